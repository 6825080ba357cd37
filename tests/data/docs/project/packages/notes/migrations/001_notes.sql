-- strata:up
CREATE TABLE order_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    order_id INTEGER REFERENCES orders (id) ON DELETE SET NULL,
    body TEXT NOT NULL DEFAULT 'it''s | here'
);
CREATE INDEX order_notes_workspace_id_idx ON order_notes (workspace_id);
