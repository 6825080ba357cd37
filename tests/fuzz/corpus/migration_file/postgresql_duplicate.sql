1-- strata:up
SELECT 1;
-- strata:up
SELECT 2;
-- strata:down
-- strata:down
