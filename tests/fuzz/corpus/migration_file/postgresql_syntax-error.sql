1-- strata:up
CREATE TABLE (;
SELECT 'x
-- strata:down
DROP TABLE;
