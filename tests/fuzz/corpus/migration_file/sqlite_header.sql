0-- strata:no-transaction
-- strata:requires core:0001_init
-- strata:requires billing:2
-- strata:up
SELECT 1;
