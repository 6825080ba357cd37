-- strata:up
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    name VARCHAR(80) NOT NULL
);
-- strata:down
DROP TABLE accounts;
