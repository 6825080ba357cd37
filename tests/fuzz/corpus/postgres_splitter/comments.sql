-- a; comment
SELECT 1; /* block ; */ SELECT /* nested /* ? */ 2;
-- trailing