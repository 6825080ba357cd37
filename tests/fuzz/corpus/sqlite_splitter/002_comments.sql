-- Discussion threads on tasks.

-- strata:up
CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    edited BOOLEAN NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX comments_workspace_id_idx ON comments (workspace_id);
CREATE INDEX comments_task_id_created_at_idx ON comments (task_id, created_at);

-- strata:down
DROP TABLE comments;
