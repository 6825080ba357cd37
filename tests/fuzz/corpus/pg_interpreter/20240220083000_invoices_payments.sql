-- Invoices, their lines, and payments.

-- strata:up
CREATE TABLE invoices (
    id bigserial PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    subscription_id bigint REFERENCES subscriptions (id) ON DELETE SET NULL,
    number varchar(32) NOT NULL,
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'paid', 'void', 'uncollectible')),
    currency char(3) NOT NULL DEFAULT 'USD',
    total numeric(12,2) NOT NULL DEFAULT 0,
    issued_on date,
    due_on date,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (workspace_id, number)
);
CREATE INDEX invoices_workspace_id_idx ON invoices (workspace_id);
CREATE INDEX invoices_subscription_id_idx ON invoices (subscription_id);
COMMENT ON TABLE invoices IS 'A bill sent to a workspace; its lines are in invoice_lines.';
COMMENT ON COLUMN invoices.number IS 'The human-facing invoice number, unique per workspace.';

CREATE TABLE invoice_lines (
    invoice_id bigint NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    line_no smallint NOT NULL,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    description varchar(500) NOT NULL,
    quantity integer NOT NULL DEFAULT 1,
    unit_price numeric(12,2) NOT NULL,
    amount numeric(12,2) NOT NULL,
    PRIMARY KEY (invoice_id, line_no),
    CHECK (line_no > 0),
    CONSTRAINT invoice_lines_quantity_positive CHECK (quantity > 0)
);
CREATE INDEX invoice_lines_workspace_id_idx ON invoice_lines (workspace_id);
COMMENT ON TABLE invoice_lines IS 'One line of an invoice, numbered from 1 within it.';

CREATE TABLE payments (
    id bigserial PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    invoice_id bigint NOT NULL REFERENCES invoices (id) ON DELETE RESTRICT,
    amount numeric(12,2) NOT NULL,
    method text NOT NULL CHECK (method IN ('card', 'bank_transfer', 'credit')),
    provider_ref varchar(100) UNIQUE,
    received_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    raw_event jsonb,
    CONSTRAINT payments_amount_positive CHECK (amount > 0)
);
CREATE INDEX payments_workspace_id_idx ON payments (workspace_id);
CREATE INDEX payments_invoice_id_idx ON payments (invoice_id);
COMMENT ON TABLE payments IS 'Money received against an invoice.';
COMMENT ON COLUMN payments.provider_ref IS 'The payment provider''s id, to make webhook handling idempotent.';

-- strata:down
DROP TABLE payments;
DROP TABLE invoice_lines;
DROP TABLE invoices;
