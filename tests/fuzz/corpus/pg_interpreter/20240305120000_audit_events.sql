-- The audit log. Written in dbmate's format, which Strata reads as it is.
-- strata:requires @acme/core:20240302140000_invitations_api_keys

-- migrate:up
CREATE TABLE audit_events (
    id uuid PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    actor_user_id bigint REFERENCES users (id) ON DELETE SET NULL,
    api_key_id uuid REFERENCES api_keys (id) ON DELETE SET NULL,
    action varchar(100) NOT NULL,
    target_type varchar(60) NOT NULL,
    target_id varchar(64),
    payload jsonb NOT NULL DEFAULT '{}',
    ip_address varchar(45),
    occurred_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX audit_events_workspace_id_idx ON audit_events (workspace_id);
CREATE INDEX audit_events_workspace_id_occurred_at_idx ON audit_events (workspace_id, occurred_at);
CREATE INDEX audit_events_target_idx ON audit_events (target_type, target_id);
CREATE INDEX audit_events_actor_user_id_idx ON audit_events (actor_user_id);
COMMENT ON TABLE audit_events IS 'Append-only log of security-relevant actions. Rows are never updated.';
COMMENT ON COLUMN audit_events.id IS 'A UUIDv7, so ids sort by time.';
COMMENT ON COLUMN audit_events.actor_user_id IS 'Empty for actions by API keys or by the system.';
COMMENT ON COLUMN audit_events.action IS 'Dotted verb, e.g. "billing.invoice.void".';
COMMENT ON COLUMN audit_events.payload IS 'Before/after values of what changed.';

-- migrate:down
DROP TABLE audit_events;
