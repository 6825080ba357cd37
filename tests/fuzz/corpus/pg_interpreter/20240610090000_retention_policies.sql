-- 1.1.0: per-workspace retention of audit events.

-- migrate:up
CREATE TABLE audit_retention_policies (
    id serial PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    action_prefix varchar(100) NOT NULL DEFAULT '',
    keep_days integer NOT NULL DEFAULT 365,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (workspace_id, action_prefix),
    CHECK (keep_days > 0)
);
CREATE INDEX audit_retention_policies_workspace_id_idx ON audit_retention_policies (workspace_id);
COMMENT ON TABLE audit_retention_policies IS 'How long a workspace keeps events whose action starts with a prefix.';
COMMENT ON COLUMN audit_retention_policies.action_prefix IS 'Empty: every action.';

-- migrate:down
DROP TABLE audit_retention_policies;
