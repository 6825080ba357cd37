// Recognising statements that destroy data, for the warnings of plan, migrate and the workbench.
#include <strata/migration/Plan.h>

#include <strata/sql/SqlWords.h>

#include <QCoreApplication>

namespace Strata {

using SqlWords::Cursor;
using SqlWords::Word;
using SqlWords::wordsOf;

namespace {

// The messages of this file, in the context "Strata::Plan". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Plan)
};

} // namespace

std::optional<DestructiveChange> classifyDestructive(const QString &statement, DialectKind dialect)
{
    Q_UNUSED(dialect) // both dialects share these forms
    // Most statements create or insert: decide on the first word before tokenizing the rest, which
    // keeps planning 10,000 migrations fast. (The splitter hands statements over without leading
    // comments; a statement that still starts with one is tokenized in full.)
    const QStringView head = QStringView(statement).trimmed();
    const bool candidate = head.startsWith(u"--") || head.startsWith(u"/*")
        || head.startsWith(u"DROP", Qt::CaseInsensitive) || head.startsWith(u"TRUNCATE", Qt::CaseInsensitive)
        || head.startsWith(u"ALTER", Qt::CaseInsensitive);
    if (!candidate)
        return std::nullopt;
    const QList<Word> words = wordsOf(statement);
    Cursor cursor{words};
    DestructiveChange change;

    if (cursor.accept("DROP")) {
        if (cursor.accept("TABLE")) {
            cursor.acceptAll({"IF", "EXISTS"});
            change.kind = DestructiveChange::Kind::DropTable;
            change.table = cursor.name();
            change.description = Text::tr("drops table %1 and all its rows").arg(change.table);
            return change;
        }
        if (cursor.accept("INDEX")) {
            cursor.accept("CONCURRENTLY");
            cursor.acceptAll({"IF", "EXISTS"});
            change.kind = DestructiveChange::Kind::DropIndex;
            change.table = cursor.name(); // the index's name; the table is not named
            change.description = Text::tr("drops index %1").arg(change.table);
            return change;
        }
        return std::nullopt;
    }
    if (cursor.accept("TRUNCATE")) {
        cursor.accept("TABLE");
        cursor.accept("ONLY");
        change.kind = DestructiveChange::Kind::Truncate;
        change.table = cursor.name();
        change.description = Text::tr("deletes every row of table %1").arg(change.table);
        return change;
    }
    if (cursor.acceptAll({"ALTER", "TABLE"})) {
        cursor.acceptAll({"IF", "EXISTS"});
        cursor.accept("ONLY");
        const QString table = cursor.name();
        // Scan the actions: DROP [COLUMN] [IF EXISTS] x, ALTER [COLUMN] x [SET DATA] TYPE t.
        while (cursor.at < words.size()) {
            if (cursor.accept("DROP")) {
                if (cursor.accept("CONSTRAINT") || cursor.accept("DEFAULT") || cursor.accept("NOT")
                    || cursor.accept("IDENTITY") || cursor.accept("EXPRESSION"))
                    continue;
                cursor.accept("COLUMN");
                cursor.acceptAll({"IF", "EXISTS"});
                change.kind = DestructiveChange::Kind::DropColumn;
                change.table = table;
                change.column = cursor.name();
                change.description = Text::tr("drops column %1.%2 and its values").arg(table, change.column);
                return change;
            }
            if (cursor.accept("ALTER")) {
                cursor.accept("COLUMN");
                const QString column = cursor.name();
                cursor.acceptAll({"SET", "DATA"});
                if (cursor.accept("TYPE")) {
                    change.kind = DestructiveChange::Kind::NarrowingTypeChange;
                    change.table = table;
                    change.column = column;
                    QStringList type;
                    int depth = 0; // numeric(10, 2): the comma inside the parentheses is the type's
                    while (cursor.at < words.size() && words.at(cursor.at).upper != u"USING"
                           && (depth > 0 || words.at(cursor.at).upper != u",")) {
                        depth += words.at(cursor.at).upper == u"(" ? 1 : words.at(cursor.at).upper == u")" ? -1 : 0;
                        type.append(words.at(cursor.at++).raw);
                    }
                    change.description = Text::tr("changes the type of %1.%2 to %3; values that do not fit are "
                                            "lost or stop the migration")
                                             .arg(table, column,
                                                  type.join(QLatin1Char(' '))
                                                      .replace(QStringLiteral(" ( "), QStringLiteral("("))
                                                      .replace(QStringLiteral(" )"), QStringLiteral(")"))
                                                      .replace(QStringLiteral(" , "), QStringLiteral(",")));
                    return change;
                }
                continue;
            }
            ++cursor.at;
        }
    }
    return std::nullopt;
}

} // namespace Strata
