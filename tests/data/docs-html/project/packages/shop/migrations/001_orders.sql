-- strata:up
CREATE TABLE orders (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
  placed_by INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid')),
  total NUMERIC(10,2) NOT NULL DEFAULT 0,
  placed_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CHECK (total >= 0)
);
CREATE INDEX users_workspace_id_idx2 ON orders (workspace_id);
CREATE INDEX orders_placed_by_idx ON orders (placed_by);
-- strata:down
DROP TABLE orders;
