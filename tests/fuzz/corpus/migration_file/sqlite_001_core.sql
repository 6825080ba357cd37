0-- strata:up
CREATE TABLE workspaces (
    id INTEGER PRIMARY KEY,
    name VARCHAR(120) NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email VARCHAR(320) NOT NULL UNIQUE,
    active BOOLEAN NOT NULL DEFAULT 1
);
-- strata:down
DROP TABLE users;
DROP TABLE workspaces;
