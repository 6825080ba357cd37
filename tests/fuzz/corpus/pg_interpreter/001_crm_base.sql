-- Companies, contacts and the sales pipeline.
-- strata:requires @acme/core:20240110090000_workspaces_users_roles

-- strata:up
CREATE TABLE companies (
    id bigserial PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name varchar(200) NOT NULL,
    domain varchar(253),
    industry varchar(80),
    employee_count integer,
    owner_id bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (employee_count IS NULL OR employee_count >= 0)
);
CREATE INDEX companies_workspace_id_idx ON companies (workspace_id);
CREATE UNIQUE INDEX companies_workspace_id_domain_idx ON companies (workspace_id, domain);
CREATE INDEX companies_owner_id_idx ON companies (owner_id);
COMMENT ON TABLE companies IS 'An organisation the workspace sells to.';
COMMENT ON COLUMN companies.domain IS 'Web domain, used to match incoming e-mail to the company.';
COMMENT ON COLUMN companies.owner_id IS 'The account owner (a user of @acme/core).';

CREATE TABLE contacts (
    id bigserial PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    company_id bigint REFERENCES companies (id) ON DELETE SET NULL,
    first_name varchar(100) NOT NULL,
    last_name varchar(100) NOT NULL,
    email varchar(320),
    phone varchar(40),
    lifecycle text NOT NULL DEFAULT 'lead' CHECK (lifecycle IN ('lead', 'prospect', 'customer', 'churned')),
    owner_id bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX contacts_workspace_id_idx ON contacts (workspace_id);
CREATE INDEX contacts_company_id_idx ON contacts (company_id);
CREATE UNIQUE INDEX contacts_email_unique_idx ON contacts (workspace_id, email);
COMMENT ON TABLE contacts IS 'A person at a company (or on their own).';

CREATE TABLE deal_stages (
    id serial PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name varchar(80) NOT NULL,
    position smallint NOT NULL DEFAULT 0,
    kind text NOT NULL DEFAULT 'open' CHECK (kind IN ('open', 'won', 'lost')),
    probability numeric(5,2) NOT NULL DEFAULT 10,
    UNIQUE (workspace_id, name),
    CONSTRAINT deal_stages_probability_range CHECK (probability BETWEEN 0 AND 100)
);
CREATE INDEX deal_stages_workspace_id_idx ON deal_stages (workspace_id);
COMMENT ON TABLE deal_stages IS 'The columns of a workspace''s sales pipeline board.';
COMMENT ON COLUMN deal_stages.kind IS 'Whether a deal in this stage is still open, or closed as won or lost.';
COMMENT ON COLUMN deal_stages.probability IS 'Win probability in percent, for the weighted forecast.';

CREATE TABLE deals (
    id bigserial PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    company_id bigint REFERENCES companies (id) ON DELETE CASCADE,
    contact_id bigint REFERENCES contacts (id) ON DELETE SET NULL,
    stage_id integer NOT NULL REFERENCES deal_stages (id) ON DELETE RESTRICT,
    owner_id bigint REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    title varchar(200) NOT NULL,
    amount numeric(14,2) NOT NULL DEFAULT 0,
    currency char(3) NOT NULL DEFAULT 'USD',
    expected_close_on date,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (amount >= 0)
);
CREATE INDEX deals_workspace_id_idx ON deals (workspace_id);
CREATE INDEX deals_stage_id_idx ON deals (stage_id);
CREATE INDEX deals_owner_id_idx ON deals (owner_id);
COMMENT ON TABLE deals IS 'A sales opportunity moving through the pipeline.';
COMMENT ON COLUMN deals.currency IS 'ISO 4217 code.';

CREATE TABLE notes (
    id bigserial PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    author_id bigint REFERENCES users (id) ON DELETE SET NULL,
    contact_id bigint REFERENCES contacts (id) ON DELETE CASCADE,
    deal_id bigint REFERENCES deals (id) ON DELETE CASCADE,
    body text NOT NULL,
    search_vector tsvector,
    pinned boolean NOT NULL DEFAULT FALSE,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT notes_has_subject CHECK (contact_id IS NOT NULL OR deal_id IS NOT NULL)
);
CREATE INDEX notes_workspace_id_idx ON notes (workspace_id);
CREATE INDEX notes_contact_id_idx ON notes (contact_id);
CREATE INDEX notes_deal_id_idx ON notes (deal_id);
COMMENT ON TABLE notes IS 'Free-text notes on a contact or a deal.';
COMMENT ON COLUMN notes.search_vector IS 'Full-text search document; a tsvector on PostgreSQL.';

-- strata:down
DROP TABLE notes;
DROP TABLE deals;
DROP TABLE deal_stages;
DROP TABLE contacts;
DROP TABLE companies;
