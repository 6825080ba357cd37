0-- 1.2.0: per-user locale, and an index for the "inactive users" report.

-- strata:up
ALTER TABLE users ADD COLUMN locale VARCHAR(16) NOT NULL DEFAULT 'en';
CREATE INDEX users_last_login_at_idx ON users (last_login_at);

-- strata:down
DROP INDEX users_last_login_at_idx;
ALTER TABLE users DROP COLUMN locale;
