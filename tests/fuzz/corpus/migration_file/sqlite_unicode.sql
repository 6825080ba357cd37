0﻿-- strata:up
CREATE TABLE t (name TEXT DEFAULT 'é😀');
-- strata:down
DROP TABLE t;