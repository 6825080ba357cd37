-- The price list and workspace subscriptions.

-- strata:up
CREATE TABLE plans (
    id serial PRIMARY KEY,
    code varchar(40) NOT NULL UNIQUE,
    name varchar(100) NOT NULL,
    monthly_price numeric(10,2) NOT NULL,
    currency char(3) NOT NULL DEFAULT 'USD',
    seat_limit integer,
    is_public boolean NOT NULL DEFAULT TRUE,
    features json NOT NULL DEFAULT '{}',
    CHECK (monthly_price >= 0)
);
COMMENT ON TABLE plans IS 'The price list, shared by every workspace.';
COMMENT ON COLUMN plans.code IS 'Stable identifier used by the checkout page, e.g. "team-monthly".';
COMMENT ON COLUMN plans.seat_limit IS 'Empty for unlimited seats.';

CREATE TABLE subscriptions (
    id bigserial PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    plan_id integer NOT NULL REFERENCES plans (id) ON DELETE RESTRICT,
    status text NOT NULL DEFAULT 'trialing' CHECK (status IN ('trialing', 'active', 'past_due', 'canceled')),
    seats integer NOT NULL DEFAULT 1,
    current_period_start timestamptz NOT NULL,
    current_period_end timestamptz NOT NULL,
    cancel_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT subscriptions_seats_positive CHECK (seats > 0),
    CHECK (current_period_end > current_period_start)
);
CREATE INDEX subscriptions_workspace_id_idx ON subscriptions (workspace_id);
CREATE INDEX subscriptions_plan_id_idx ON subscriptions (plan_id);
CREATE INDEX subscriptions_status_idx ON subscriptions (status);
COMMENT ON TABLE subscriptions IS 'A workspace''s subscription to a plan.';

-- strata:down
DROP TABLE subscriptions;
DROP TABLE plans;
