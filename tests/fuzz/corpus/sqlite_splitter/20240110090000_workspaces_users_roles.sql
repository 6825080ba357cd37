-- Tenancy and identity: workspaces, users, and who belongs to which workspace.

-- strata:up
CREATE TABLE workspaces (
    id INTEGER PRIMARY KEY,
    slug VARCHAR(63) NOT NULL UNIQUE,
    name VARCHAR(200) NOT NULL,
    is_archived BOOLEAN NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT workspaces_slug_length CHECK (length(slug) >= 3)
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email VARCHAR(320) NOT NULL UNIQUE,
    display_name VARCHAR(200) NOT NULL,
    password_hash TEXT,
    is_staff BOOLEAN NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_login_at TEXT
);

CREATE TABLE roles (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    slug VARCHAR(40) NOT NULL,
    name VARCHAR(100) NOT NULL,
    permissions TEXT NOT NULL DEFAULT '[]',
    is_builtin BOOLEAN NOT NULL DEFAULT 0,
    UNIQUE (workspace_id, slug)
);
CREATE INDEX roles_workspace_id_idx ON roles (workspace_id);

CREATE TABLE memberships (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_id INTEGER NOT NULL REFERENCES roles (id) ON DELETE RESTRICT,
    joined_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (workspace_id, user_id)
);
CREATE INDEX memberships_workspace_id_idx ON memberships (workspace_id);
CREATE INDEX memberships_role_id_idx ON memberships (role_id);

-- strata:down
DROP TABLE memberships;
DROP TABLE roles;
DROP TABLE users;
DROP TABLE workspaces;
