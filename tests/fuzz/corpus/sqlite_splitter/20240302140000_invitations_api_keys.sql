-- Inviting people by e-mail, and API keys for machine access.

-- strata:up
CREATE TABLE invitations (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    email VARCHAR(320) NOT NULL,
    role_id INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    token CHAR(43) NOT NULL UNIQUE,
    invited_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    expires_at TEXT NOT NULL,
    accepted_at TEXT
);
CREATE INDEX invitations_workspace_id_idx ON invitations (workspace_id);
CREATE UNIQUE INDEX invitations_workspace_id_email_idx ON invitations (workspace_id, email);

CREATE TABLE api_keys (
    id TEXT NOT NULL PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name VARCHAR(100) NOT NULL,
    prefix CHAR(8) NOT NULL UNIQUE,
    secret_hash BLOB NOT NULL,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_used_at TEXT,
    revoked_at TEXT
);
CREATE INDEX api_keys_workspace_id_idx ON api_keys (workspace_id);

-- strata:down
DROP TABLE api_keys;
DROP TABLE invitations;
