#pragma once

#include <strata/common/Result.h>
#include <strata/common/SourceLocation.h>
#include <strata/model/Schema.h>

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

namespace Strata {

namespace PostgresParseTree {
class Value;
}
using ParseNode = PostgresParseTree::Value; // a node of libpg_query's parse tree

// A statement the interpreter did not follow: it may change the schema in a way the model cannot
// hold (a function, a trigger, a view) or that is not interpreted (a sequence, a partition).
struct NotFollowedStatement
{
    QString kind;            // "CREATE FUNCTION", "DO", "CREATE TRIGGER", "composite FOREIGN KEY", ...
    QString sql;             // the statement, as written
    SourceLocation location; // its first character

    bool operator==(const NotFollowedStatement &) const = default;
};

// A constraint by the name PostgreSQL gave it, for whoever must drop or alter it later (the
// generator): a table renamed keeps its constraints' names (parents_pkey on table folks).
struct PostgresConstraint
{
    enum class Kind { PrimaryKey, Unique, Check, ForeignKey, Other };
    QString name;
    Kind kind = Kind::Other;
    QStringList columns; // key columns; for checks, the columns the expression names

    bool operator==(const PostgresConstraint &) const = default;
};

// The schema a sequence of PostgreSQL migrations produces, computed without any server: each
// statement is parsed with libpg_query and its effect on the tables is applied to model values.
//
// The tables follow the conventions every producer of "the schema migrations produce" shares
// (issue #11), so that two producers of the same schema give equal values:
// - Tables in creation order. `Table::location`: the statement that created it (file, line, column).
// - Column types: the portable ColumnType when the native type maps back to exactly one portable
//   type (integer, bigint, smallint, text, character varying(n) -> varchar(n), character(n) ->
//   char(n), boolean, real, double precision -> double, numeric(p,s) / numeric, date, time,
//   timestamp, timestamptz, uuid, json, jsonb, bytea -> bytes; serial / bigserial as written).
//   Anything else (arrays, enum types, tsvector, timestamp(3), varchar without a length, ...):
//   ColumnType::dialectSpecific({{"postgresql", the type as the catalog spells it}}), an enum
//   type by its name. `Column::typeSpelling` (and `ColumnType::spelling`) = the type as written.
// - Defaults: ColumnDefault{Kind::Sql, {}, expression as written}; no default = Kind::None.
//   (The comparison compares defaults by meaning; producers do not normalise.)
// - Primary key: always table-level in `Table::primaryKey` (in key order); `Column::primaryKey`
//   stays false.
// - `Column::notNull`: as the database reports it (primary-key, serial and identity columns are
//   NOT NULL).
// - Foreign keys: single-column keys only, as `Column::references` {table, column (empty when the
//   key names no column), onDelete, onUpdate in lower case: "cascade", "set null", "set default",
//   "restrict"; empty for NO ACTION}. A composite foreign key is reported as not followed.
// - UNIQUE constraints (a column's own UNIQUE too): `Table::uniques` entries; `Column::unique`
//   stays false. A unique index (CREATE UNIQUE INDEX) is an Index with unique = true.
// - Indexes: Index{name (always set, PostgreSQL's own name when the statement gives none),
//   columns, unique}; the indexes behind primary keys and UNIQUE constraints are not listed.
// - Checks: CheckConstraint{name (empty when unnamed), expression}, the expression being the text
//   inside CHECK ( ... ) as written (column-level checks too).
// - Comments: `Table::comment`, `Column::comment`.
// - `workspaceScoped` / `global` / `generated`: false.
//
// Constraint names are tracked beside the model (the model's UniqueConstraint has none):
// PostgreSQL's default names (t_pkey, t_col_key, t_col_fkey, t_col_check, with its truncation to 63
// bytes and its numbered suffixes on a clash) so that a later DROP CONSTRAINT finds them.
//
// Followed: CREATE TABLE, DROP TABLE, ALTER TABLE (columns, defaults, NOT NULL, types, constraints,
// renames), CREATE / DROP INDEX, ALTER INDEX RENAME, COMMENT ON TABLE / COLUMN, CREATE TYPE AS ENUM,
// ALTER TYPE ADD / RENAME VALUE, ALTER TYPE RENAME, DROP TYPE. Transaction control, SET and data
// statements (SELECT, INSERT, UPDATE, DELETE) change no schema. Anything else is not followed and
// listed by notFollowed(), never ignored silently.
class PostgresDdlInterpreter
{
public:
    // `initial`: the tables before the first script, put in the conventions' shape (key columns in
    // Table::primaryKey, a column's UNIQUE among Table::uniques); their constraints take the names
    // PostgreSQL would give them (named checks keep theirs).
    explicit PostgresDdlInterpreter(QList<Table> initial = {});

    // Interprets every statement of one script (a migration's up or down section). `location` is
    // where the script starts (its file, and the line and column of its first character), so that
    // each statement's location is exact. A statement that contradicts the schema so far (ALTER of
    // a missing table, a duplicate column, a syntax error) is a failure naming the statement's
    // location; what the statements before it changed stays.
    Result<> apply(const QString &script, const SourceLocation &location);

    // One script and where it starts, for applyAll().
    struct Script
    {
        QString sql;
        SourceLocation location;
    };
    // Interprets the scripts in order, as apply() each, stopping at the first failure. Scripts are
    // parsed on the thread pool, a batch ahead of the one this thread applies.
    Result<> applyAll(const QList<Script> &scripts);

    const QList<Table> &tables() const { return m_tables; }
    const QList<NotFollowedStatement> &notFollowed() const { return m_notFollowed; }
    // CREATE TYPE x AS ENUM values, in order, by type name.
    QMap<QString, QStringList> enumTypes() const { return m_enums; }

    // The constraint names PostgreSQL gives the table's constraints (primary key, uniques, checks,
    // foreign keys), in creation order; empty for an unknown table. For tests and diagnostics.
    QStringList constraintNames(const QString &table) const;
    // The same with each constraint's kind and columns; the checks in the order of Table::checks.
    QList<PostgresConstraint> constraints(const QString &table) const;

private:
    struct Statement;    // diff/PostgresDdlNodes.h
    struct ParsedScript; // diff/PostgresDdlNodes.h
    // Parsing needs no state: it runs on any thread.
    static ParsedScript parse(const QString &script);
    Result<> apply(ParsedScript &parsed, const SourceLocation &location);

    // UnheldForeignKey: a composite key, or a second key of one column, which the model cannot hold.
    enum class ConstraintKind { PrimaryKey, Unique, Check, ForeignKey, UnheldForeignKey, Exclusion };
    struct TrackedConstraint
    {
        QString name;
        ConstraintKind kind = ConstraintKind::Check;
        QStringList columns; // key columns; for checks, the columns the expression names
    };
    // What the model cannot hold about a table, kept in step with m_tables.
    struct TableSide
    {
        QList<TrackedConstraint> constraints; // uniques and checks in the order of Table::uniques / checks
        QHash<QString, QString> sequences;    // serial column -> its sequence
    };

    Result<> applyStatement(const Statement &statement);
    void notFollowed(const Statement &statement, const QString &kind);

    // Statements
    Result<> createTable(const Statement &statement, const ParseNode &node);
    Result<> dropObjects(const Statement &statement, const ParseNode &node);
    Result<> alterTable(const Statement &statement, const ParseNode &node);
    Result<> rename(const Statement &statement, const ParseNode &node);
    Result<> createIndex(const Statement &statement, const ParseNode &node);
    Result<> comment(const Statement &statement, const ParseNode &node);
    Result<> createEnum(const Statement &statement, const ParseNode &node);
    Result<> alterEnum(const Statement &statement, const ParseNode &node);

    // Pieces
    Result<> addColumn(const Statement &statement, qsizetype table, const ParseNode &columnDef,
                       QList<ParseNode> *constraints, bool ifNotExists);
    Result<> addConstraint(const Statement &statement, qsizetype table, const ParseNode &constraint,
                           const QString &column);
    Result<> dropConstraint(const Statement &statement, qsizetype table, const QString &name, bool missingOk,
                            bool cascade);
    Result<> dropColumn(const Statement &statement, qsizetype table, const QString &name, bool missingOk,
                        bool cascade);
    Result<> dropTable(const Statement &statement, const QString &name, bool missingOk, bool cascade);
    // SET / DROP NOT NULL, SET / DROP DEFAULT, TYPE; `statement` is the command's own text.
    Result<> alterColumn(const Statement &statement, qsizetype table, const ParseNode &command);
    // Removes the foreign keys that reference `key` of `table` (any of its keys when empty, except
    // the table's own), or fails naming the first one when not `cascade`.
    Result<> dropReferencesTo(const Statement &statement, const QString &table, const QStringList &key, bool cascade);
    void removeConstraintAt(qsizetype table, qsizetype position);
    void renameColumnEverywhere(qsizetype table, const QString &from, const QString &to);

    // Names
    qsizetype tableIndex(const QString &name) const { return m_tableIndex.value(name, -1); }
    void reindexTables();
    // Where the index of that name is: its table and position in Table::indexes; {-1, -1} when none.
    std::pair<qsizetype, qsizetype> findIndex(const QString &name) const;
    bool relationExists(const QString &name) const { return m_relations.value(name) > 0; }
    void addRelation(const QString &name) { ++m_relations[name]; }
    void removeRelation(const QString &name);
    void addConstraintName(const QString &name) { ++m_constraintNames[name]; }
    void removeConstraintName(const QString &name);
    // PostgreSQL's ChooseRelationName / ChooseConstraintName: name1_name2_label, truncated, with a
    // number after the label while the name is taken.
    QString chooseRelationName(const QString &name1, const QString &name2, const QString &label,
                               bool isConstraint) const;
    QString chooseConstraintName(const QString &name1, const QString &name2, const QString &label,
                                 const QStringList &others) const;

    // Everything a statement can change, to put back when one of several steps fails.
    struct State
    {
        QList<Table> tables;
        QList<TableSide> sides;
        QHash<QString, qsizetype> tableIndex;
        QHash<QString, int> relations;
        QHash<QString, int> constraintNames;
        QMap<QString, QStringList> enums;
        qsizetype notFollowed = 0;
    };

    QList<Table> m_tables;
    QList<TableSide> m_sides; // one per table, same order
    QHash<QString, qsizetype> m_tableIndex;
    QHash<QString, int> m_relations;       // tables, indexes and sequences of the schema (a name's count)
    QHash<QString, int> m_constraintNames; // every constraint of the schema (names repeat across tables)
    QMap<QString, QStringList> m_enums;
    QList<NotFollowedStatement> m_notFollowed;
};

} // namespace Strata
