-- Declares notes and tags, creates only notes: the migration for tags was forgotten.
-- strata:up
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    body TEXT
);
CREATE INDEX notes_account_id_idx ON notes (account_id);
-- strata:down
DROP TABLE notes;
