-- Discussion threads on tasks.

-- strata:up
CREATE TABLE comments (
    id bigserial PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    task_id bigint NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    author_id bigint REFERENCES users (id) ON DELETE SET NULL,
    body text NOT NULL,
    edited boolean NOT NULL DEFAULT FALSE,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX comments_workspace_id_idx ON comments (workspace_id);
CREATE INDEX comments_task_id_created_at_idx ON comments (task_id, created_at);
COMMENT ON TABLE comments IS 'Discussion on a task.';

-- strata:down
DROP TABLE comments;
