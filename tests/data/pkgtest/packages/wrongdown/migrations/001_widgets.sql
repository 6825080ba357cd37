-- strata:up
CREATE TABLE widgets (
    id INTEGER PRIMARY KEY,
    name VARCHAR(40) NOT NULL
);
CREATE INDEX widgets_name_idx ON widgets (name);
-- strata:down
-- Wrong: drops the index and leaves the table behind.
DROP INDEX widgets_name_idx;
