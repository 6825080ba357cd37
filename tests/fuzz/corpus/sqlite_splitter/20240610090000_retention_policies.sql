-- 1.1.0: per-workspace retention of audit events.

-- migrate:up
CREATE TABLE audit_retention_policies (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    action_prefix VARCHAR(100) NOT NULL DEFAULT '',
    keep_days INTEGER NOT NULL DEFAULT 365,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (workspace_id, action_prefix),
    CHECK (keep_days > 0)
);
CREATE INDEX audit_retention_policies_workspace_id_idx ON audit_retention_policies (workspace_id);

-- migrate:down
DROP TABLE audit_retention_policies;
