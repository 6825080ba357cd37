-- strata:up
CREATE TABLE orders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    number VARCHAR(20) NOT NULL,
    buyer_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid', 'shipped')),
    total NUMERIC(12,2) NOT NULL DEFAULT 0,
    UNIQUE (workspace_id, number),
    CONSTRAINT orders_total_positive CHECK (total >= 0 AND status <> 'x|y')
);
CREATE INDEX orders_workspace_id_idx ON orders (workspace_id);
CREATE INDEX orders_buyer_id_idx ON orders (buyer_id);
CREATE TABLE order_lines (
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    sku VARCHAR(40) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX order_lines_workspace_id_idx ON order_lines (workspace_id);

-- strata:down
DROP TABLE order_lines;
DROP TABLE orders;
