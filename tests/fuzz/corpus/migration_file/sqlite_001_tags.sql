0-- strata:up
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces ON DELETE CASCADE,
    label VARCHAR(60) NOT NULL,
    UNIQUE (workspace_id, label)
);
CREATE INDEX tags_workspace_id_idx ON tags (workspace_id);

CREATE TABLE note_tags (
    note_id INTEGER NOT NULL REFERENCES notes ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    price NUMERIC(10,2) DEFAULT 0,
    raw BLOB,
    ref TEXT,
    PRIMARY KEY (note_id, tag_id)
);
CREATE INDEX note_tags_by_tag ON note_tags (tag_id);
-- strata:down
DROP TABLE note_tags;
DROP TABLE tags;
