-- Loaded after the package's last migration (no strata:after line).
INSERT INTO accounts (id, name) VALUES (1, 'first');
INSERT INTO accounts (id, name) VALUES (2, 'second');
