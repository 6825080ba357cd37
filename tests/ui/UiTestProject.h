#pragma once

// A small project written into a temporary folder, for UI tests that edit packages or need findings
// of their own. (Not a tst_ file: included by the tests that use it.)

#include "TestSupport.h"

#include <QByteArray>
#include <QString>

namespace Strata::Test {

inline QByteArray uiTestPackage(const QByteArray &name, const QByteArray &tables, const QByteArray &dependencies = "{}")
{
    return "{\n  \"packageName\": \"" + name + "\",\n  \"version\": \"1.0.0\",\n  \"dependencies\": " + dependencies
        + ",\n  \"tables\": [\n" + tables + "\n  ]\n}\n";
}

// Three packages: "base" (workspaces, users), "notes" (notes, with a column of an unknown type: an
// error) and "tags" (tags). The project has no strata.json.
inline bool writeUiTestProject(const QString &root)
{
    const QByteArray base = uiTestPackage("base",
        "    { \"name\": \"workspaces\", \"global\": true, \"columns\": [\n"
        "      { \"name\": \"id\", \"type\": \"bigserial\", \"primaryKey\": true },\n"
        "      { \"name\": \"name\", \"type\": \"varchar(80)\", \"notNull\": true } ] },\n"
        "    { \"name\": \"users\", \"columns\": [\n"
        "      { \"name\": \"id\", \"type\": \"bigserial\", \"primaryKey\": true },\n"
        "      { \"name\": \"email\", \"type\": \"varchar(320)\", \"notNull\": true } ] }");
    const QByteArray notes = uiTestPackage("notes",
        "    { \"name\": \"notes\", \"columns\": [\n"
        "      { \"name\": \"id\", \"type\": \"bigserial\", \"primaryKey\": true },\n"
        "      { \"name\": \"body\", \"type\": \"txet\" },\n"
        "      { \"name\": \"author_id\", \"type\": \"bigint\", \"references\": { \"table\": \"users\" } } ] }",
        "{ \"base\": \"^1.0.0\" }");
    const QByteArray tags = uiTestPackage("tags",
        "    { \"name\": \"tags\", \"columns\": [\n"
        "      { \"name\": \"id\", \"type\": \"serial\", \"primaryKey\": true },\n"
        "      { \"name\": \"label\", \"type\": \"varchar(40)\" } ] }");
    return writeFile(root + QStringLiteral("/base/database.json"), base)
        && writeFile(root + QStringLiteral("/base/migrations/001_base.sql"),
                     "-- strata:up\nCREATE TABLE workspaces (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
                     "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n"
                     "-- strata:down\nDROP TABLE users;\nDROP TABLE workspaces;\n")
        && writeFile(root + QStringLiteral("/notes/database.json"), notes)
        && writeFile(root + QStringLiteral("/tags/database.json"), tags);
}

} // namespace Strata::Test
