0-- The audit log. Written in dbmate's format, which Strata reads as it is.
-- strata:requires @acme/core:20240302140000_invitations_api_keys

-- migrate:up
CREATE TABLE audit_events (
    id TEXT NOT NULL PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    actor_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    api_key_id TEXT REFERENCES api_keys (id) ON DELETE SET NULL,
    action VARCHAR(100) NOT NULL,
    target_type VARCHAR(60) NOT NULL,
    target_id VARCHAR(64),
    payload TEXT NOT NULL DEFAULT '{}',
    ip_address VARCHAR(45),
    occurred_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX audit_events_workspace_id_idx ON audit_events (workspace_id);
CREATE INDEX audit_events_workspace_id_occurred_at_idx ON audit_events (workspace_id, occurred_at);
CREATE INDEX audit_events_target_idx ON audit_events (target_type, target_id);
CREATE INDEX audit_events_actor_user_id_idx ON audit_events (actor_user_id);

-- migrate:down
DROP TABLE audit_events;
