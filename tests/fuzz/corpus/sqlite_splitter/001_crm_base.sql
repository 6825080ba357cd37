-- Companies, contacts and the sales pipeline.
-- strata:requires @acme/core:20240110090000_workspaces_users_roles

-- strata:up
CREATE TABLE companies (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name VARCHAR(200) NOT NULL,
    domain VARCHAR(253),
    industry VARCHAR(80),
    employee_count INTEGER,
    owner_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (employee_count IS NULL OR employee_count >= 0)
);
CREATE INDEX companies_workspace_id_idx ON companies (workspace_id);
CREATE UNIQUE INDEX companies_workspace_id_domain_idx ON companies (workspace_id, domain);
CREATE INDEX companies_owner_id_idx ON companies (owner_id);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    company_id INTEGER REFERENCES companies (id) ON DELETE SET NULL,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    email VARCHAR(320),
    phone VARCHAR(40),
    lifecycle TEXT NOT NULL DEFAULT 'lead' CHECK (lifecycle IN ('lead', 'prospect', 'customer', 'churned')),
    owner_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX contacts_workspace_id_idx ON contacts (workspace_id);
CREATE INDEX contacts_company_id_idx ON contacts (company_id);
CREATE UNIQUE INDEX contacts_email_unique_idx ON contacts (workspace_id, email);

CREATE TABLE deal_stages (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name VARCHAR(80) NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'open' CHECK (kind IN ('open', 'won', 'lost')),
    probability NUMERIC(5,2) NOT NULL DEFAULT 10,
    UNIQUE (workspace_id, name),
    CONSTRAINT deal_stages_probability_range CHECK (probability BETWEEN 0 AND 100)
);
CREATE INDEX deal_stages_workspace_id_idx ON deal_stages (workspace_id);

CREATE TABLE deals (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    company_id INTEGER REFERENCES companies (id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    stage_id INTEGER NOT NULL REFERENCES deal_stages (id) ON DELETE RESTRICT,
    owner_id INTEGER REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    title VARCHAR(200) NOT NULL,
    amount NUMERIC(14,2) NOT NULL DEFAULT 0,
    currency CHAR(3) NOT NULL DEFAULT 'USD',
    expected_close_on TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (amount >= 0)
);
CREATE INDEX deals_workspace_id_idx ON deals (workspace_id);
CREATE INDEX deals_stage_id_idx ON deals (stage_id);
CREATE INDEX deals_owner_id_idx ON deals (owner_id);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    contact_id INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
    deal_id INTEGER REFERENCES deals (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    search_vector TEXT,
    pinned BOOLEAN NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT notes_has_subject CHECK (contact_id IS NOT NULL OR deal_id IS NOT NULL)
);
CREATE INDEX notes_workspace_id_idx ON notes (workspace_id);
CREATE INDEX notes_contact_id_idx ON notes (contact_id);
CREATE INDEX notes_deal_id_idx ON notes (deal_id);

-- strata:down
DROP TABLE notes;
DROP TABLE deals;
DROP TABLE deal_stages;
DROP TABLE contacts;
DROP TABLE companies;
