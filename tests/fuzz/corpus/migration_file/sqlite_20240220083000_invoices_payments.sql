0-- Invoices, their lines, and payments.

-- strata:up
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    subscription_id INTEGER REFERENCES subscriptions (id) ON DELETE SET NULL,
    number VARCHAR(32) NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'paid', 'void', 'uncollectible')),
    currency CHAR(3) NOT NULL DEFAULT 'USD',
    total NUMERIC(12,2) NOT NULL DEFAULT 0,
    issued_on TEXT,
    due_on TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (workspace_id, number)
);
CREATE INDEX invoices_workspace_id_idx ON invoices (workspace_id);
CREATE INDEX invoices_subscription_id_idx ON invoices (subscription_id);

CREATE TABLE invoice_lines (
    invoice_id INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    description VARCHAR(500) NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 1,
    unit_price NUMERIC(12,2) NOT NULL,
    amount NUMERIC(12,2) NOT NULL,
    PRIMARY KEY (invoice_id, line_no),
    CHECK (line_no > 0),
    CONSTRAINT invoice_lines_quantity_positive CHECK (quantity > 0)
);
CREATE INDEX invoice_lines_workspace_id_idx ON invoice_lines (workspace_id);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    invoice_id INTEGER NOT NULL REFERENCES invoices (id) ON DELETE RESTRICT,
    amount NUMERIC(12,2) NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('card', 'bank_transfer', 'credit')),
    provider_ref VARCHAR(100) UNIQUE,
    received_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    raw_event TEXT,
    CONSTRAINT payments_amount_positive CHECK (amount > 0)
);
CREATE INDEX payments_workspace_id_idx ON payments (workspace_id);
CREATE INDEX payments_invoice_id_idx ON payments (invoice_id);

-- strata:down
DROP TABLE payments;
DROP TABLE invoice_lines;
DROP TABLE invoices;
