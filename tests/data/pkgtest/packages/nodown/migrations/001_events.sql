-- strata:up
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    kind VARCHAR(20) NOT NULL
);
