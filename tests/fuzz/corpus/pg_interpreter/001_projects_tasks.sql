-- Projects, tasks and their assignees.

-- strata:up
CREATE TABLE projects (
    id bigserial PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    code varchar(10) NOT NULL,
    name varchar(200) NOT NULL,
    description text,
    company_id bigint REFERENCES companies (id) ON DELETE SET NULL,
    owner_id bigint REFERENCES users (id) ON DELETE SET NULL,
    status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'active', 'on_hold', 'completed', 'archived')),
    starts_on date,
    due_on date,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (workspace_id, code),
    CHECK (due_on IS NULL OR starts_on IS NULL OR due_on >= starts_on)
);
CREATE INDEX projects_workspace_id_idx ON projects (workspace_id);
CREATE INDEX projects_company_id_idx ON projects (company_id);
COMMENT ON TABLE projects IS 'A body of work, optionally delivered for a CRM company.';
COMMENT ON COLUMN projects.code IS 'Short prefix of task keys, e.g. "WEB" in WEB-42.';
COMMENT ON COLUMN projects.company_id IS 'The client (a company of @acme/crm).';

CREATE TABLE tasks (
    id bigserial PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    parent_task_id bigint REFERENCES tasks (id) ON DELETE CASCADE,
    title varchar(300) NOT NULL,
    description text,
    status text NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'blocked', 'done')),
    priority smallint NOT NULL DEFAULT 3,
    estimate_hours numeric(6,1),
    due_on date,
    contact_id bigint REFERENCES contacts (id) ON DELETE SET NULL,
    created_by bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT tasks_priority_range CHECK (priority BETWEEN 1 AND 5)
);
CREATE INDEX tasks_workspace_id_idx ON tasks (workspace_id);
CREATE INDEX tasks_project_id_status_idx ON tasks (project_id, status);
CREATE INDEX tasks_parent_task_id_idx ON tasks (parent_task_id);
CREATE INDEX tasks_due_idx ON tasks (due_on);
COMMENT ON TABLE tasks IS 'A unit of work in a project; tasks nest through parent_task_id.';
COMMENT ON COLUMN tasks.priority IS '1 (highest) to 5 (lowest).';
COMMENT ON COLUMN tasks.contact_id IS 'The client contact the task is for (@acme/crm).';

CREATE TABLE task_assignees (
    task_id bigint NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    assigned_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (task_id, user_id)
);
CREATE INDEX task_assignees_workspace_id_idx ON task_assignees (workspace_id);
CREATE INDEX task_assignees_user_id_idx ON task_assignees (user_id);
COMMENT ON TABLE task_assignees IS 'Who works on a task; a task can have several assignees.';

-- strata:down
DROP TABLE task_assignees;
DROP TABLE tasks;
DROP TABLE projects;
