-- 0.3.0: link delivery tasks to the CRM deal they fulfil.
-- strata:requires @acme/crm:001_crm_base

-- strata:up
ALTER TABLE tasks ADD COLUMN deal_id bigint REFERENCES deals (id) ON DELETE SET NULL;
COMMENT ON COLUMN tasks.deal_id IS 'The deal whose delivery this task belongs to. Added in 0.3.0.';
CREATE INDEX tasks_deal_id_idx ON tasks (deal_id);

-- strata:down
DROP INDEX tasks_deal_id_idx;
ALTER TABLE tasks DROP COLUMN deal_id;
