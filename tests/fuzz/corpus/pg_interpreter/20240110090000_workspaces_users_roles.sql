-- Tenancy and identity: workspaces, users, and who belongs to which workspace.

-- strata:up
CREATE TABLE workspaces (
    id bigserial PRIMARY KEY,
    slug varchar(63) NOT NULL UNIQUE,
    name varchar(200) NOT NULL,
    is_archived boolean NOT NULL DEFAULT FALSE,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT workspaces_slug_length CHECK (length(slug) >= 3)
);
COMMENT ON TABLE workspaces IS 'A tenant: every workspace-scoped row of every package belongs to exactly one workspace.';
COMMENT ON COLUMN workspaces.slug IS 'URL-safe name, used in links.';

CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email varchar(320) NOT NULL UNIQUE,
    display_name varchar(200) NOT NULL,
    password_hash text,
    is_staff boolean NOT NULL DEFAULT FALSE,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_login_at timestamptz
);
COMMENT ON TABLE users IS 'A person who can sign in; belongs to workspaces through memberships.';
COMMENT ON COLUMN users.password_hash IS 'Empty for users who sign in with SSO only.';
COMMENT ON COLUMN users.is_staff IS 'Acme employees with support access.';

CREATE TABLE roles (
    id serial PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    slug varchar(40) NOT NULL,
    name varchar(100) NOT NULL,
    permissions jsonb NOT NULL DEFAULT '[]',
    is_builtin boolean NOT NULL DEFAULT FALSE,
    UNIQUE (workspace_id, slug)
);
CREATE INDEX roles_workspace_id_idx ON roles (workspace_id);
COMMENT ON TABLE roles IS 'A named set of permissions within one workspace.';
COMMENT ON COLUMN roles.permissions IS 'Permission strings such as "crm.deals.write".';

CREATE TABLE memberships (
    id bigserial PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_id integer NOT NULL REFERENCES roles (id) ON DELETE RESTRICT,
    joined_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (workspace_id, user_id)
);
CREATE INDEX memberships_workspace_id_idx ON memberships (workspace_id);
CREATE INDEX memberships_role_id_idx ON memberships (role_id);
COMMENT ON TABLE memberships IS 'A user''s membership of a workspace, with the role that grants their permissions.';

-- strata:down
DROP TABLE memberships;
DROP TABLE roles;
DROP TABLE users;
DROP TABLE workspaces;
