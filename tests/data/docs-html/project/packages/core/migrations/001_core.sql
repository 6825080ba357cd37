-- strata:up
CREATE TABLE workspaces (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(100) NOT NULL);
CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
  email VARCHAR(320) NOT NULL UNIQUE,
  manager_id INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX users_workspace_id_idx ON users (workspace_id);
-- strata:down
DROP TABLE users;
DROP TABLE workspaces;
