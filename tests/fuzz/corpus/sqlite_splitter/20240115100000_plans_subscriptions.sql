-- The price list and workspace subscriptions.

-- strata:up
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    code VARCHAR(40) NOT NULL UNIQUE,
    name VARCHAR(100) NOT NULL,
    monthly_price NUMERIC(10,2) NOT NULL,
    currency CHAR(3) NOT NULL DEFAULT 'USD',
    seat_limit INTEGER,
    is_public BOOLEAN NOT NULL DEFAULT 1,
    features TEXT NOT NULL DEFAULT '{}',
    CHECK (monthly_price >= 0)
);

CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'trialing' CHECK (status IN ('trialing', 'active', 'past_due', 'canceled')),
    seats INTEGER NOT NULL DEFAULT 1,
    current_period_start TEXT NOT NULL,
    current_period_end TEXT NOT NULL,
    cancel_at TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT subscriptions_seats_positive CHECK (seats > 0),
    CHECK (current_period_end > current_period_start)
);
CREATE INDEX subscriptions_workspace_id_idx ON subscriptions (workspace_id);
CREATE INDEX subscriptions_plan_id_idx ON subscriptions (plan_id);
CREATE INDEX subscriptions_status_idx ON subscriptions (status);

-- strata:down
DROP TABLE subscriptions;
DROP TABLE plans;
