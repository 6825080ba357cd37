-- 1.4.0: record when a deal closed, for the win-rate and cycle-time reports.

-- strata:up
ALTER TABLE deals ADD COLUMN closed_at timestamptz;
COMMENT ON COLUMN deals.closed_at IS 'Set when the deal enters a won or lost stage. Added in 1.4.0.';
CREATE INDEX deals_pipeline_close_idx ON deals (stage_id, closed_at);

-- strata:down
DROP INDEX deals_pipeline_close_idx;
ALTER TABLE deals DROP COLUMN closed_at;
