1/* x */ SELECT 1;
-- strata:up
SELECT 2;
