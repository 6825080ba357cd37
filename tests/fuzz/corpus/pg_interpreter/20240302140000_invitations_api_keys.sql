-- Inviting people by e-mail, and API keys for machine access.

-- strata:up
CREATE TABLE invitations (
    id bigserial PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    email varchar(320) NOT NULL,
    role_id integer NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    token char(43) NOT NULL UNIQUE,
    invited_by bigint REFERENCES users (id) ON DELETE SET NULL,
    expires_at timestamptz NOT NULL,
    accepted_at timestamptz
);
CREATE INDEX invitations_workspace_id_idx ON invitations (workspace_id);
CREATE UNIQUE INDEX invitations_workspace_id_email_idx ON invitations (workspace_id, email);
COMMENT ON TABLE invitations IS 'An e-mail invitation to join a workspace with a role.';
COMMENT ON COLUMN invitations.token IS 'Random, URL-safe; sent in the invitation link.';

CREATE TABLE api_keys (
    id uuid PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name varchar(100) NOT NULL,
    prefix char(8) NOT NULL UNIQUE,
    secret_hash bytea NOT NULL,
    created_by bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_used_at timestamptz,
    revoked_at timestamptz
);
CREATE INDEX api_keys_workspace_id_idx ON api_keys (workspace_id);
COMMENT ON TABLE api_keys IS 'Credentials for machine access to a workspace. Only a hash of the secret is stored.';
COMMENT ON COLUMN api_keys.prefix IS 'The visible start of the key, to tell keys apart.';

-- strata:down
DROP TABLE api_keys;
DROP TABLE invitations;
