-- Rebuilds items with a narrower code, but copies none of the rows.
-- strata:up
CREATE TABLE items_new (
    id INTEGER PRIMARY KEY,
    code VARCHAR(20) NOT NULL
);
DROP TABLE items;
ALTER TABLE items_new RENAME TO items;
-- strata:down
CREATE TABLE items_old (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL
);
INSERT INTO items_old (id, code) SELECT id, code FROM items;
DROP TABLE items;
ALTER TABLE items_old RENAME TO items;
