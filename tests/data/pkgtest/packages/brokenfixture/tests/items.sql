-- strata:after 001_items
INSERT INTO items (id, code) VALUES (7, 'seven');
-- A row in the dependency's table, which every later step must keep.
INSERT INTO accounts (id, name) VALUES (70, 'owner of seven');
