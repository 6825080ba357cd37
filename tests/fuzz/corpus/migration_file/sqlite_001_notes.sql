0-- strata:up
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces ON DELETE CASCADE,
    author_id INTEGER REFERENCES users ON DELETE SET NULL,
    title VARCHAR(200) NOT NULL,
    body TEXT,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    metadata TEXT DEFAULT '{"pinned":false}',
    CHECK (length(title) > 0)
);
CREATE INDEX notes_workspace_id_idx ON notes (workspace_id);
CREATE INDEX notes_author_id_idx ON notes (author_id);
-- strata:down
DROP TABLE notes;
