0-- strata:upp
SELECT 1;
--  STRATA:Down  
