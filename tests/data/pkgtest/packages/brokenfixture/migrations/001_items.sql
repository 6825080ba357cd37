-- strata:up
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL
);
-- strata:down
DROP TABLE items;
