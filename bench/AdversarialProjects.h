#pragma once

// Projects shaped to make validation slow: one value repeated n times where code once did work
// per item that grew with the items before it (a linear search per key, a rescan of a line per
// finding, a re-read of a statement per semicolon). Used by bench/adversarial_bench.cpp, which
// writes them at about 1 MB each for `strata validate` to be timed on, and by
// tests/core/tst_lineartime.cpp, which loads them in process at a size where quadratic time would
// take minutes. Header-only and QtCore-only, so that both can include it.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace Strata::Adversarial {

struct Project
{
    QString name;                    // "trigger-without-end"
    QString shape;                   // what is repeated, for the benchmark's table
    QMap<QString, QByteArray> files; // path relative to the project root -> contents

    qsizetype bytes() const
    {
        qsizetype total = 0;
        for (const QByteArray &content : files)
            total += content.size();
        return total;
    }

    // Writes every file below `root`; false when one cannot be written.
    bool write(const QString &root) const
    {
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QString path = root + QLatin1Char('/') + it.key();
            if (!QDir().mkpath(QFileInfo(path).absolutePath()))
                return false;
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(*it) != it->size())
                return false;
        }
        return true;
    }
};

// A shape: builds its project with `n` repetitions; `benchCount` is the n that makes about 1 MB.
struct Shape
{
    QString name;
    int benchCount;
    std::function<Project(int n)> build;
};

namespace Detail {

inline QByteArray number(int i)
{
    return QByteArray::number(i);
}

// strata.json, SQLite, packages under packages/.
inline Project project(const QString &name, const QString &shape)
{
    Project p;
    p.name = name;
    p.shape = shape;
    p.files.insert(QStringLiteral("strata.json"),
                   QByteArrayLiteral("{\n  \"packages\": [\"packages/*\"],\n  \"dialect\": \"sqlite\"\n}\n"));
    return p;
}

// A package "@adversarial/p" whose database.json has `tables` (a JSON array) and `extra` members.
inline void addPackage(Project &p, const QByteArray &tables, const QByteArray &extra = {})
{
    QByteArray json = "{\n  \"packageName\": \"@adversarial/p\",\n  \"version\": \"1.0.0\",\n";
    json += extra;
    json += "  \"tables\": " + tables + "\n}\n";
    p.files.insert(QStringLiteral("packages/p/database.json"), json);
}

inline QByteArray simpleTable()
{
    return "[{ \"name\": \"items\", \"columns\": [{ \"name\": \"id\", \"type\": \"bigserial\", \"primaryKey\": true }] }]";
}

inline void addMigration(Project &p, const QByteArray &sql)
{
    p.files.insert(QStringLiteral("packages/p/migrations/0001_adversarial.sql"), sql);
}

// n columns "c0" ... of type integer, as a JSON array body.
inline QByteArray integerColumns(int n, const QByteArray &extra = {})
{
    QByteArray columns;
    columns.reserve(qsizetype(n) * (48 + extra.size()));
    for (int i = 0; i < n; ++i) {
        if (i)
            columns += ",\n";
        columns += "  { \"name\": \"c" + number(i) + "\", \"type\": \"integer\"" + extra + " }";
    }
    return columns;
}

} // namespace Detail

inline QList<Shape> shapes()
{
    using namespace Detail;
    QList<Shape> all;

    // StatementSplitter: sqlite3_complete() asked from the statement's start at every semicolon.
    all.append({QStringLiteral("trigger-without-end"), 100000, [](int n) {
                    Project p = project(QStringLiteral("trigger-without-end"),
                                        QStringLiteral("CREATE TRIGGER ... BEGIN, then n \"SELECT 1;\" lines, no END"));
                    addPackage(p, simpleTable());
                    QByteArray sql = "-- strata:up\nCREATE TRIGGER t AFTER INSERT ON items BEGIN\n";
                    sql.reserve(sql.size() + qsizetype(n) * 10);
                    for (int i = 0; i < n; ++i)
                        sql += "SELECT 1;\n";
                    addMigration(p, sql);
                    return p;
                }});

    // FieldLocations: "values[i]" recorded with a linear search for an existing key each.
    all.append({QStringLiteral("enum-values"), 110000, [](int n) {
                    Project p = project(QStringLiteral("enum-values"), QStringLiteral("an enum column of n values"));
                    QByteArray values;
                    values.reserve(qsizetype(n) * 10);
                    for (int i = 0; i < n; ++i)
                        values += (i ? ", \"v" : "\"v") + number(i) + '"';
                    addPackage(p, "[{ \"name\": \"items\", \"columns\": [\n"
                                  "  { \"name\": \"id\", \"type\": \"bigserial\", \"primaryKey\": true },\n"
                                  "  { \"name\": \"state\", \"type\": \"enum\", \"values\": [" + values + "] }\n] }]");
                    return p;
                }});

    // FieldLocations again: "checks[i]".
    all.append({QStringLiteral("checks"), 60000, [](int n) {
                    Project p = project(QStringLiteral("checks"), QStringLiteral("a table of n checks"));
                    QByteArray checks;
                    checks.reserve(qsizetype(n) * 16);
                    for (int i = 0; i < n; ++i)
                        checks += (i ? ", \"id > " : "\"id > ") + number(i) + '"';
                    addPackage(p, "[{ \"name\": \"items\", \"columns\": [\n"
                                  "  { \"name\": \"id\", \"type\": \"bigserial\", \"primaryKey\": true }\n"
                                  "], \"checks\": [" + checks + "] }]");
                    return p;
                }});

    // FieldLocations: "dependencies[i]", and the dependency graph's targets deduplicated per package.
    all.append({QStringLiteral("dependencies"), 40000, [](int n) {
                    Project p = project(QStringLiteral("dependencies"),
                                        QStringLiteral("a dependencies array naming one package n times"));
                    QByteArray deps = "  \"dependencies\": [\n";
                    deps.reserve(qsizetype(n) * 24);
                    for (int i = 0; i < n; ++i)
                        deps += i ? ",\n    \"@adversarial/q\"" : "    \"@adversarial/q\"";
                    deps += "\n  ],\n";
                    addPackage(p, simpleTable(), deps);
                    p.files.insert(QStringLiteral("packages/q/database.json"),
                                   "{ \"packageName\": \"@adversarial/q\", \"version\": \"1.0.0\", \"tables\": [] }\n");
                    return p;
                }});

    // Table::column() per index column, and "columns[i]" of the index.
    all.append({QStringLiteral("index-columns"), 25000, [](int n) {
                    Project p = project(QStringLiteral("index-columns"),
                                        QStringLiteral("a table of n columns and an index over all of them"));
                    QByteArray names;
                    names.reserve(qsizetype(n) * 10);
                    for (int i = 0; i < n; ++i)
                        names += (i ? ", \"c" : "\"c") + number(i) + '"';
                    addPackage(p, "[{ \"name\": \"items\", \"columns\": [\n" + integerColumns(n) + "\n], "
                                  "\"primaryKey\": [\"c0\"], \"indexes\": [{ \"name\": \"items_all\", \"columns\": ["
                                      + names + "] }] }]");
                    return p;
                }});

    // Table::column() per key column, "primaryKey[i]", and the registry placing workspace_id
    // after the leading key columns.
    all.append({QStringLiteral("primary-key-columns"), 20000, [](int n) {
                    Project p = project(QStringLiteral("primary-key-columns"),
                                        QStringLiteral("a workspace-scoped table whose key has n columns"));
                    QByteArray names;
                    names.reserve(qsizetype(n) * 10);
                    for (int i = 0; i < n; ++i)
                        names += (i ? ", \"c" : "\"c") + number(i) + '"';
                    addPackage(p, "[{ \"name\": \"workspaces\", \"columns\": [{ \"name\": \"id\", \"type\": \"bigserial\", "
                                  "\"primaryKey\": true }] },\n"
                                  " { \"name\": \"items\", \"workspaceScoped\": true, \"columns\": [\n"
                                      + integerColumns(n) + "\n], \"primaryKey\": [" + names + "] }]");
                    return p;
                }});

    // Columns that reference a table without naming a column: its key worked out per reference.
    all.append({QStringLiteral("references-to-one-table"), 13000, [](int n) {
                    Project p = project(QStringLiteral("references-to-one-table"),
                                        QStringLiteral("n columns that reference one table of n columns"));
                    addPackage(p, "[{ \"name\": \"items\", \"columns\": [\n"
                                  "  { \"name\": \"id\", \"type\": \"integer\", \"primaryKey\": true },\n"
                                      + integerColumns(n, ", \"references\": { \"table\": \"items\" }") + "\n] }]");
                    return p;
                }});

    // JsonObjectReader: each key compared with every key before it to find repeats.
    all.append({QStringLiteral("unknown-keys"), 80000, [](int n) {
                    Project p = project(QStringLiteral("unknown-keys"),
                                        QStringLiteral("database.json with n keys it does not know"));
                    QByteArray keys;
                    keys.reserve(qsizetype(n) * 14);
                    for (int i = 0; i < n; ++i)
                        keys += "  \"k" + number(i) + "\": 0,\n";
                    addPackage(p, simpleTable(), keys);
                    return p;
                }});

    // MigrationFile: the column of each syntax error counted from the start of its line.
    all.append({QStringLiteral("statements-on-one-line"), 100000, [](int n) {
                    Project p = project(QStringLiteral("statements-on-one-line"),
                                        QStringLiteral("n \"x;\" on one migration line (n syntax errors)"));
                    addPackage(p, simpleTable());
                    QByteArray sql = "-- strata:up\n";
                    sql.reserve(sql.size() + qsizetype(n) * 2 + 1);
                    for (int i = 0; i < n; ++i)
                        sql += "x;";
                    sql += '\n';
                    addMigration(p, sql);
                    return p;
                }});

    // MigrationFile: the location of each requirement counted from the start of its line.
    all.append({QStringLiteral("requires-on-one-line"), 60000, [](int n) {
                    Project p = project(QStringLiteral("requires-on-one-line"),
                                        QStringLiteral("n \"strata:requires\" tokens on one line (n findings)"));
                    addPackage(p, simpleTable());
                    QByteArray sql = "-- strata:requires";
                    sql.reserve(sql.size() + qsizetype(n) * 9 + 32);
                    for (int i = 0; i < n; ++i)
                        sql += " q:" + number(i);
                    sql += "\n-- strata:up\nSELECT 1;\n";
                    addMigration(p, sql);
                    return p;
                }});

    return all;
}

} // namespace Strata::Adversarial
