-- strata:up
CREATE TABLE order_lines (
  order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
  position INTEGER NOT NULL,
  sku VARCHAR(40) NOT NULL,
  PRIMARY KEY (order_id, position),
  UNIQUE (order_id, sku)
);
CREATE INDEX order_lines_workspace_id_idx ON order_lines (workspace_id);
