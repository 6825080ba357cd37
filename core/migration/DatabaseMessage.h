#pragma once

#include <QList>
#include <QString>

namespace Strata {

// A database's error text taken apart, so that it can be shown on one line with its code.
//
// Qt's PostgreSQL driver hands over libpq's whole report with the SQLSTATE appended:
//   "ERROR:  relation \"x\" does not exist\nLINE 1: INSERT INTO x ...\n                    ^\n(42P01)"
// (severity, primary message, DETAIL/HINT/CONTEXT lines, the quoted statement with a caret).
// SQLite's driver gives one line ("no such table: x") and no SQLSTATE.
struct DatabaseMessage
{
    struct Field
    {
        QString label; // as the server wrote it: "DETAIL", "HINT", "CONTEXT" (or their translations)
        QString text;
    };

    // The failures Strata has something to add to (a help line). What the database said stays as it was.
    enum class Kind {
        Other,
        // An object a statement creates is there already: PostgreSQL's duplicate_table (42P07),
        // duplicate_column (42701), duplicate_object (42710), duplicate_schema (42P06); SQLite's
        // "table x already exists", "index x already exists", "duplicate column name: x".
        AlreadyExists,
    };

    QString message;     // the primary message, without severity: "relation \"x\" does not exist"
    QString sqlState;    // "42P01"; empty when the database gave none (SQLite)
    QList<Field> fields; // the labelled lines after the primary message, in order

    static DatabaseMessage parse(const QString &text);

    // "relation \"x\" does not exist (SQLSTATE 42P01)", or the message alone without a SQLSTATE.
    QString oneLine() const;
    // By the SQLSTATE when there is one, by SQLite's (English, untranslated) wording otherwise.
    Kind kind() const;
};

} // namespace Strata
