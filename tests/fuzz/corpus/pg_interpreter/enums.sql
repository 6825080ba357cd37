CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE t (m mood DEFAULT 'ok', ms mood[]);
ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';
ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';
ALTER TYPE mood RENAME TO feeling;
DROP TYPE feeling CASCADE;