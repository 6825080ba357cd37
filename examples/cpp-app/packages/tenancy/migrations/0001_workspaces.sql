-- strata:up
CREATE TABLE workspaces (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug VARCHAR(63) NOT NULL UNIQUE
);

-- strata:down
DROP TABLE workspaces;
