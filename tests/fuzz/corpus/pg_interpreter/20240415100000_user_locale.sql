-- 1.2.0: per-user locale, and an index for the "inactive users" report.
-- Dropping the column in the down section drops its comment too.

-- strata:up
ALTER TABLE users ADD COLUMN locale varchar(16) NOT NULL DEFAULT 'en';
COMMENT ON COLUMN users.locale IS 'Added in 1.2.0.';
CREATE INDEX users_last_login_at_idx ON users (last_login_at);

-- strata:down
DROP INDEX users_last_login_at_idx;
ALTER TABLE users DROP COLUMN locale;
