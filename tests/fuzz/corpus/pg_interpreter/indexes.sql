CREATE TABLE t (id int, a text);
CREATE INDEX ON t (a);
CREATE UNIQUE INDEX u ON t (id, a);
CREATE INDEX ON t (lower(a)) WHERE id > 0;
ALTER INDEX u RENAME TO v;
DROP INDEX t_a_idx;