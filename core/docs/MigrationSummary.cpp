#include <strata/docs/MigrationSummary.h>

#include <strata/sql/SqlWords.h>
#include <strata/sql/StatementSplitter.h>

#include <QCoreApplication>

namespace Strata {

using SqlWords::Cursor;
using SqlWords::Word;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::MigrationSummary)
};

// "CREATE UNIQUE INDEX" -> the kind of object after CREATE or DROP, lower-cased ("index"); the
// cursor stands on the object's name afterwards.
QString objectKind(Cursor &cursor)
{
    cursor.acceptAll({"OR", "REPLACE"});
    for (const char *modifier : {"UNIQUE", "TEMP", "TEMPORARY", "MATERIALIZED"})
        cursor.accept(modifier);
    if (cursor.atEnd())
        return {};
    QString kind = cursor.words.at(cursor.at++).upper.toLower();
    cursor.accept("CONCURRENTLY");
    if (!cursor.acceptAll({"IF", "NOT", "EXISTS"}))
        cursor.acceptAll({"IF", "EXISTS"});
    return kind;
}

QString createPhrase(const QString &kind, Cursor &cursor)
{
    if (kind == u"index") {
        // CREATE INDEX [name] ON [ONLY] table: PostgreSQL lets the name out.
        QString index;
        if (!cursor.accept("ON")) {
            index = cursor.name();
            cursor.accept("ON");
        }
        cursor.accept("ONLY");
        const QString table = cursor.name();
        return index.isEmpty() ? Text::tr("creates an index on %1").arg(table)
                               : Text::tr("creates index %1 on %2").arg(index, table);
    }
    const QString name = cursor.name();
    if (kind == u"table")
        return Text::tr("creates table %1").arg(name);
    if (kind == u"view")
        return Text::tr("creates view %1").arg(name);
    if (kind == u"trigger")
        return Text::tr("creates trigger %1").arg(name);
    return Text::tr("creates %1 %2").arg(kind, name);
}

QString dropPhrase(const QString &kind, const QString &name)
{
    if (kind == u"table")
        return Text::tr("drops table %1").arg(name);
    if (kind == u"index")
        return Text::tr("drops index %1").arg(name);
    return Text::tr("drops %1 %2").arg(kind, name);
}

// ALTER TABLE t action [, action]...
QStringList alterTablePhrases(Cursor &cursor)
{
    cursor.acceptAll({"IF", "EXISTS"});
    cursor.accept("ONLY");
    const QString table = cursor.name();
    QStringList phrases;
    while (!cursor.atEnd()) {
        if (cursor.accept("ADD")) {
            if (cursor.accept("CONSTRAINT")) {
                phrases.append(Text::tr("adds constraint %1 to %2").arg(cursor.name(), table));
            } else if (cursor.accept("PRIMARY") || cursor.accept("FOREIGN") || cursor.accept("UNIQUE")
                       || cursor.accept("CHECK")) {
                phrases.append(Text::tr("adds a constraint to %1").arg(table));
            } else {
                cursor.accept("COLUMN");
                cursor.acceptAll({"IF", "NOT", "EXISTS"});
                phrases.append(Text::tr("adds column %1.%2").arg(table, cursor.name()));
            }
        } else if (cursor.accept("DROP")) {
            if (cursor.accept("CONSTRAINT")) {
                cursor.acceptAll({"IF", "EXISTS"});
                phrases.append(Text::tr("drops constraint %1 from %2").arg(cursor.name(), table));
            } else {
                cursor.accept("COLUMN");
                cursor.acceptAll({"IF", "EXISTS"});
                phrases.append(Text::tr("drops column %1.%2").arg(table, cursor.name()));
            }
        } else if (cursor.accept("RENAME")) {
            if (cursor.accept("TO")) {
                phrases.append(Text::tr("renames table %1 to %2").arg(table, cursor.name()));
            } else {
                cursor.accept("COLUMN");
                const QString from = cursor.name();
                cursor.accept("TO");
                phrases.append(Text::tr("renames column %1.%2 to %3").arg(table, from, cursor.name()));
            }
        } else if (cursor.accept("ALTER")) {
            cursor.accept("COLUMN");
            phrases.append(Text::tr("changes column %1.%2").arg(table, cursor.name()));
        } else {
            phrases.append(Text::tr("alters table %1").arg(table));
        }
        // On to the next action: after the comma at depth 0 (numeric(10, 2) holds one of its own).
        int depth = 0;
        while (!cursor.atEnd()) {
            const QString &word = cursor.words.at(cursor.at++).upper;
            if (word == u"(")
                ++depth;
            else if (word == u")")
                --depth;
            else if (word == u"," && depth <= 0)
                break;
        }
    }
    return phrases.isEmpty() ? QStringList{Text::tr("alters table %1").arg(table)} : phrases;
}

QStringList statementPhrases(const QString &sql)
{
    const QList<Word> words = SqlWords::wordsOf(sql);
    Cursor cursor{words};
    if (cursor.accept("CREATE")) {
        const QString kind = objectKind(cursor);
        return {createPhrase(kind, cursor)};
    }
    if (cursor.accept("DROP")) {
        const QString kind = objectKind(cursor);
        return {dropPhrase(kind, cursor.name())};
    }
    if (cursor.acceptAll({"ALTER", "TABLE"}))
        return alterTablePhrases(cursor);
    if (cursor.accept("INSERT") || cursor.accept("REPLACE")) {
        if (cursor.accept("OR"))
            cursor.name(); // INSERT OR IGNORE: the conflict clause
        cursor.accept("INTO");
        return {Text::tr("inserts rows into %1").arg(cursor.name())};
    }
    if (cursor.accept("UPDATE")) {
        cursor.accept("ONLY");
        return {Text::tr("updates rows of %1").arg(cursor.name())};
    }
    if (cursor.acceptAll({"DELETE", "FROM"})) {
        cursor.accept("ONLY");
        return {Text::tr("deletes rows from %1").arg(cursor.name())};
    }
    if (cursor.accept("TRUNCATE")) {
        cursor.accept("TABLE");
        cursor.accept("ONLY");
        return {Text::tr("deletes every row of %1").arg(cursor.name())};
    }
    const QString first = words.isEmpty() ? QString() : words.first().upper;
    return {Text::tr("runs a %1 statement").arg(first.isEmpty() ? QStringLiteral("SQL") : first)};
}

} // namespace

QStringList describeMigration(const Migration &migration, DialectKind dialect)
{
    if (migration.up.isCallable())
        return {Text::tr("runs C++ code")};
    QStringList phrases;
    for (const SqlStatement &statement : StatementSplitter::split(migration.up.sql, dialect))
        phrases += statementPhrases(statement.sql);
    if (phrases.isEmpty())
        phrases.append(Text::tr("runs no statement"));
    return phrases;
}

} // namespace Strata
