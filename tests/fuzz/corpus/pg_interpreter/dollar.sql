CREATE FUNCTION f() RETURNS text AS $$ SELECT 'a;b'; $$ LANGUAGE sql;
SELECT $tag$ ; $notend$ $tag$; SELECT E'\';', U&'\0041';