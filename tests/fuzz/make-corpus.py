#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus/<target>/ from the repository's own examples and test
data, plus hand-written tricky cases. Run it again after changing the examples; the files it writes
are committed (libFuzzer starts from them, and ctest replays them through every harness)."""

import json
import pathlib
import shutil

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fuzz" / "corpus"


def write(target, name, content):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    (folder / name).write_bytes(data)


def package_input(folder, strata_json=None):
    """A package folder in fuzz_package's format: database.json, then "==> NAME <==" sections."""
    folder = pathlib.Path(folder)
    parts = [(folder / "database.json").read_text()]
    if (folder / "package.json").exists():
        parts.append("==> package.json <==\n" + (folder / "package.json").read_text())
    if strata_json is not None:
        parts.append("==> strata.json <==\n" + strata_json)
    for sql in sorted((folder / "migrations").glob("*.sql")) if (folder / "migrations").is_dir() else []:
        parts.append(f"==> migrations/{sql.name} <==\n" + sql.read_text())
    return "\n".join(parts)


def sql_files(dialect):
    base = ROOT / "examples" / ("postgresql/packages" if dialect == "postgresql" else "packages")
    files = sorted(base.glob("*/migrations/*.sql"))
    if dialect == "sqlite":
        files += sorted((ROOT / "tests" / "data").glob("**/*.sql"))
    return files


def main():
    shutil.rmtree(CORPUS, ignore_errors=True)

    # JSON: every JSON file of the examples and test data, and the grammar's corners.
    for path in sorted(list(ROOT.glob("examples/**/*.json")) + list(ROOT.glob("tests/data/**/*.json"))):
        name = "_".join(path.relative_to(ROOT).parts)
        write("json", name, path.read_bytes())
    tricky_json = {
        "bom.json": b'\xef\xbb\xbf{"a": 1}',
        "escapes.json": r'{"s": "\" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude00 \u0000"}',
        "lone-surrogate.json": r'["\ud800", "\udc00x"]',
        "numbers.json": "[0, -0, 1.5e10, -2E-3, 9007199254740993, 123456789012345678901234567890, 1e308, 1e-400]",
        "too-large.json": "[1e400]",
        "literals.json": "[true, false, null, {}, []]",
        "duplicate-keys.json": '{"a": 1, "b": 2, "a": 3}',
        "nested.json": "[" * 40 + "]" * 40,
        "too-deep.json": "[" * 300 + "]" * 300,
        "unicode.json": '{"名前": "值 ✓ 😀", "crlf": true}\r\n',
        "trailing-comma.json": '{"a": [1, 2,],\n}',
        "comment.json": '{"a": 1 // no comments\n}',
        "unterminated.json": '{"a": "line\nbreak"',
        "invalid-utf8.json": b'{"a": "\xff\xfe"}',
        "control.json": '{"a": "tab\there"}',
        "scalar.json": '"just a string"',
        "empty.json": "",
        "whitespace.json": " \t\r\n ",
    }
    for name, content in tricky_json.items():
        write("json", name, content)

    # strata.json: the examples', the CLI test projects', and each setting with a wrong type.
    for path in sorted(list(ROOT.glob("examples/**/strata.json")) + list(ROOT.glob("tests/data/**/strata.json"))):
        write("project_config", "_".join(path.relative_to(ROOT).parts), path.read_bytes())
    tricky_config = {
        "all-settings.json": json.dumps({
            "packages": ["packages/*", "vendor/**"], "dialect": "postgresql", "workspaceTable": "tenants",
            "database": "postgresql://user@localhost/db",
            "rules": {"tablePrefix": "acme_", "requireWorkspaceScope": True, "requireComments": True},
            "validation": {"disable": ["missing-comment", "table-prefix"]}}, indent=2),
        "packages-string.json": '{"packages": "packages/*"}',
        "wrong-types.json": '{"packages": 3, "dialect": ["x"], "rules": {"tablePrefix": 1, "requireComments": "yes"},\n'
                            ' "validation": {"disable": [1, null]}, "unknown": {}}',
        "unknown-dialect.json": '{"dialect": "oracle"}',
        "not-an-object.json": '["packages"]',
        "broken.json": '{"dialect": "sqlite",',
        "bom.json": b'\xef\xbb\xbf{"dialect": "pg"}',
    }
    for name, content in tricky_config.items():
        write("project_config", name, content)

    # Packages: every example package (both dialects) and CLI test package, in fuzz_package's format.
    pg_config = (ROOT / "examples" / "postgresql" / "strata.json").read_text()
    for folder in sorted((ROOT / "examples" / "packages").iterdir()):
        write("package", f"sqlite_{folder.name}", package_input(folder))
        pg_folder = ROOT / "examples" / "postgresql" / "packages" / folder.name
        if pg_folder.is_dir():
            # The PostgreSQL example shares database.json with the SQLite one; its migrations differ.
            parts = [(folder / "database.json").read_text(), "==> strata.json <==\n" + pg_config]
            if (folder / "package.json").exists():
                parts.append("==> package.json <==\n" + (folder / "package.json").read_text())
            for sql in sorted((pg_folder / "migrations").glob("*.sql")):
                parts.append(f"==> migrations/{sql.name} <==\n" + sql.read_text())
            write("package", f"postgresql_{folder.name}", "\n".join(parts))
    for path in sorted(ROOT.glob("tests/data/cli/*/packages/*")):
        write("package", "cli_" + "_".join(path.relative_to(ROOT / "tests" / "data" / "cli").parts), package_input(path))
    write("package", "package-json.txt",
          '{"tables": []}\n==> package.json <==\n{"name": "@acme/pkg", "version": "1.2.3",\n'
          ' "dependencies": {"@acme/core": "^1.0.0", "left-pad": "1.x"}}\n')
    write("package", "migrations-folder.txt",
          '{"packageName": "p", "version": "1.0.0", "migrations": "sql"}\n==> sql/0001_a.sql <==\n'
          '-- strata:requires core:0001_init\n-- strata:up\nCREATE TABLE p_a (id INTEGER PRIMARY KEY);\n'
          '-- strata:down\nDROP TABLE p_a;\n')
    write("package", "broken-json.txt", '{"packageName": "p", "tables": [\n==> package.json <==\n{"name": "p"}\n')

    # Migration files: the first byte picks the dialect ("0" SQLite, "1" PostgreSQL).
    for dialect, tag in (("sqlite", "0"), ("postgresql", "1")):
        for path in sql_files(dialect):
            write("migration_file", f"{dialect}_{path.name}", tag.encode() + path.read_bytes())
    tricky_migrations = {
        "dbmate.sql": "-- migrate:up transaction:false\nCREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;\n",
        "header.sql": "-- strata:no-transaction\n-- strata:requires core:0001_init\n-- strata:requires billing:2\n"
                      "-- strata:up\nSELECT 1;\n",
        "sql-before-up.sql": "/* x */ SELECT 1;\n-- strata:up\nSELECT 2;\n",
        "unknown-directive.sql": "-- strata:upp\nSELECT 1;\n--  STRATA:Down  \n",
        "duplicate.sql": "-- strata:up\nSELECT 1;\n-- strata:up\nSELECT 2;\n-- strata:down\n-- strata:down\n",
        "syntax-error.sql": "-- strata:up\r\nCREATE TABLE (;\r\nSELECT 'x\r\n-- strata:down\r\nDROP TABLE;\r\n",
        "unicode.sql": "\ufeff-- strata:up\nCREATE TABLE t (name TEXT DEFAULT 'é😀');\n-- strata:down\nDROP TABLE t;",
        "empty-up.sql": "-- strata:up\n",
        "trigger.sql": "-- strata:up\nCREATE TABLE t (a INT);\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
                       "  UPDATE t SET a = 1; SELECT 2;\nEND;\n",
        "dollar.sql": "-- strata:up\nCREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n"
                      "DO $$ BEGIN PERFORM 1; END $$;\n",
    }
    for name, content in tricky_migrations.items():
        for dialect, tag in (("sqlite", "0"), ("postgresql", "1")):
            write("migration_file", f"{dialect}_{name}", tag + content)

    # Statement splitters: the example migrations of each dialect and scripts at the lexer's edges.
    tricky_sql = {
        "strings.sql": "SELECT ';' AS a, \"x;y\" FROM t; SELECT 'it''s';",
        "comments.sql": "-- a; comment\nSELECT 1; /* block ; */ SELECT /* nested /* ? */ 2;\n-- trailing",
        "unterminated-string.sql": "SELECT 'abc;\nSELECT 2;",
        "unterminated-comment.sql": "SELECT 1; /* never closed",
        "empty-statements.sql": ";;; ; SELECT 1;;",
        "unicode.sql": "SELECT 'é😀'; SELECT \"名\";\r\nSELECT 3",
        "trigger.sql": "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = 1; SELECT CASE WHEN 1 THEN 2 END; END;"
                       "\nSELECT 1;",
        "dollar.sql": "CREATE FUNCTION f() RETURNS text AS $$ SELECT 'a;b'; $$ LANGUAGE sql;\n"
                      "SELECT $tag$ ; $notend$ $tag$; SELECT E'\\';', U&'\\0041';",
        "syntax-error.sql": "CREATE TABLE (;\nSELECT FROM WHERE;\nINSERT INTO t VALUES (1",
        "brackets.sql": "SELECT [a;b], `c;d` FROM t;",
    }
    for target, dialect in (("sqlite_splitter", "sqlite"), ("postgres_splitter", "postgresql")):
        for path in sql_files(dialect):
            write(target, path.name, path.read_bytes())
        for name, content in tricky_sql.items():
            write(target, name, content)

    # The PostgreSQL DDL interpreter: the PostgreSQL migrations and scripts, and DDL of every kind it
    # follows (from tests/core/tst_pg_interpreter.cpp).
    interpreter_sql = {
        "alter-columns.sql": "CREATE TABLE t (id serial PRIMARY KEY, a text, b int, d text DEFAULT 'd');\n"
                             "ALTER TABLE t ADD COLUMN e varchar(10) NOT NULL DEFAULT 'e', ADD f int UNIQUE CHECK (f > 0);\n"
                             "ALTER TABLE t DROP COLUMN a, ALTER COLUMN b TYPE bigint USING b::bigint;\n"
                             "ALTER TABLE t RENAME COLUMN f TO eff;\nALTER TABLE t RENAME TO u;\n"
                             "ALTER TABLE u ALTER d SET NOT NULL, ALTER d DROP DEFAULT, ALTER b SET DEFAULT 1 + 1;",
        "constraints.sql": "CREATE TABLE p (id int, code text);\nCREATE TABLE c (id int, p_id int, code text);\n"
                           "ALTER TABLE p ADD PRIMARY KEY (id), ADD CONSTRAINT p_code UNIQUE (code);\n"
                           "ALTER TABLE c ADD FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE SET NULL;\n"
                           "ALTER TABLE c ADD CHECK (id > 0), ADD FOREIGN KEY (id, code) REFERENCES p (id, code);\n"
                           "ALTER TABLE c DROP CONSTRAINT c_id_check;\nALTER TABLE c RENAME CONSTRAINT c_p_id_fkey TO fk;\n"
                           "DROP TABLE p CASCADE;",
        "indexes.sql": "CREATE TABLE t (id int, a text);\nCREATE INDEX ON t (a);\nCREATE UNIQUE INDEX u ON t (id, a);\n"
                       "CREATE INDEX ON t (lower(a)) WHERE id > 0;\nALTER INDEX u RENAME TO v;\nDROP INDEX t_a_idx;",
        "enums.sql": "CREATE TYPE mood AS ENUM ('sad', 'ok');\nCREATE TABLE t (m mood DEFAULT 'ok', ms mood[]);\n"
                     "ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';\nALTER TYPE mood RENAME VALUE 'sad' TO 'blue';\n"
                     "ALTER TYPE mood RENAME TO feeling;\nDROP TYPE feeling CASCADE;",
        "comments.sql": "CREATE TABLE t (id int);\nCOMMENT ON TABLE t IS 'x';\nCOMMENT ON COLUMN public.t.id IS NULL;",
        "not-followed.sql": "CREATE EXTENSION x;\nDO $$ BEGIN END $$;\nCREATE VIEW v AS SELECT 1;\n"
                            "CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, x int, EXCLUDE USING gist (x WITH =));",
    }
    for path in sql_files("postgresql"):
        write("pg_interpreter", path.name, path.read_bytes())
    for name, content in {**tricky_sql, **interpreter_sql}.items():
        write("pg_interpreter", name, content)

    # Semver: a range on the first line, versions on the next lines (from tests/core/tst_semver.cpp).
    semver = {
        "caret.txt": "^1.2.0\n1.2.0\n1.9.9\n2.0.0\n1.2.0-rc.1",
        "tilde.txt": "~1.2\n1.2.5\n1.3.0",
        "hyphen.txt": "1.0.0 - 1.4.0\n1.4.0\n1.4.1",
        "or.txt": "^1 || ^2\n2.5.0\n3.0.0",
        "and.txt": ">= 1.2.3 < 2\n1.5.0\n2.0.0",
        "x-range.txt": "1.x\n1.0.0\n2.0.0-0",
        "star.txt": "*\n0.0.1\n1.0.0-alpha",
        "prerelease.txt": "^1.2.3-beta.1\n1.2.3-beta.2\n1.3.0-beta.1\n1.0.0-alpha.1\n1.0.0-alpha.beta",
        "build.txt": ">=1.0.0+build.5\n1.0.0+sha.abc\n1.0.0-rc.1+x",
        "workspace.txt": "workspace:^1.2.0\n1.2.3",
        "workspace-star.txt": "workspace:*\n2.0.0-beta.1",
        "latest.txt": "latest\nv2.0.1",
        "ruby.txt": "~>1.2\n1.2.9",
        "zero.txt": "^0.0.3\n0.0.3\n0.0.4",
        "partial.txt": "<=1\n1.9.9\n2.0.0",
        "invalid.txt": ">=\n01.2.3\n1.2.3.4\n1.2.3-01",
        "long-identifiers.txt": "=1.0.0-123456789012345678901\n1.0.0-123456789012345678901\n1.0.0-99",
        "equals.txt": "=1.2.3\n 1.2.3 \nv1.2.3",
    }
    for name, content in semver.items():
        write("semver", name, content)


if __name__ == "__main__":
    main()
