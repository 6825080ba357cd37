// Recognising statements that destroy data, for the warnings of plan, migrate and the workbench.
#include "Plan.h"

#include <QCoreApplication>

namespace Strata {

namespace {

// The messages of this file, in the context "Strata::Plan". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Plan)
};

// The words of a statement, comments and string literals left out, quoted identifiers unquoted.
// Keywords are compared upper-cased; identifiers keep their spelling in `raw`.
struct Word
{
    QString upper; // empty for quoted identifiers: "drop" is a name, never the keyword
    QString raw;   // as written, quotes removed; "public.deals" for a qualified name
    QString name;  // the last part of a qualified name: "deals"
};

bool isQuote(QChar c)
{
    return c == u'"' || c == u'`' || c == u'[';
}

QList<Word> wordsOf(const QString &sql)
{
    QList<Word> words;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql.at(i);
        if (c.isSpace() || c == u';' || c == u'(' || c == u')' || c == u',') {
            if (c == u',' || c == u'(' || c == u')')
                words.append({QString(c), QString(c), QString(c)});
            ++i;
        } else if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == u'\'') {
            ++i;
            while (i < n && !(sql.at(i) == u'\'' && (i + 1 >= n || sql.at(i + 1) != u'\'')))
                i += sql.at(i) == u'\'' ? 2 : 1;
            ++i;
            words.append({QStringLiteral("'"), QStringLiteral("'"), QStringLiteral("'")});
        } else {
            // A keyword or a name, possibly qualified ("public"."Deals"): parts joined by dots,
            // each bare or quoted.
            QString raw;
            QString last;
            bool quoted = false;
            while (i < n) {
                if (isQuote(sql.at(i))) {
                    const QChar close = sql.at(i) == u'[' ? u']' : sql.at(i);
                    qsizetype end = sql.indexOf(close, i + 1);
                    while (close == u'"' && end >= 0 && end + 1 < n && sql.at(end + 1) == u'"')
                        end = sql.indexOf(close, end + 2); // "" inside a quoted name
                    last = sql.mid(i + 1, (end < 0 ? n : end) - i - 1);
                    if (close == u'"')
                        last.replace(QStringLiteral("\"\""), QStringLiteral("\""));
                    quoted = true;
                    raw += last;
                    i = end < 0 ? n : end + 1;
                } else {
                    qsizetype j = i;
                    while (j < n && !sql.at(j).isSpace() && sql.at(j) != u';' && sql.at(j) != u'('
                           && sql.at(j) != u')' && sql.at(j) != u',' && sql.at(j) != u'\'' && sql.at(j) != u'"'
                           && sql.at(j) != u'`')
                        ++j;
                    const QString part = sql.mid(i, j - i);
                    last = part.mid(part.lastIndexOf(QLatin1Char('.')) + 1);
                    quoted = false;
                    raw += part;
                    i = j;
                    if (part.endsWith(QLatin1Char('.')) && i < n && isQuote(sql.at(i)))
                        continue; // public."Deals"
                }
                if (quoted && i + 1 < n && sql.at(i) == u'.') {
                    raw += QLatin1Char('.');
                    ++i;
                    continue; // "public".deals
                }
                break;
            }
            words.append({quoted ? QString() : raw.toUpper(), raw, last});
        }
    }
    return words;
}

struct Cursor
{
    const QList<Word> &words;
    qsizetype at = 0;
    bool accept(const char *keyword)
    {
        if (at < words.size() && words.at(at).upper == QLatin1String(keyword)) {
            ++at;
            return true;
        }
        return false;
    }
    bool acceptAll(std::initializer_list<const char *> keywords)
    {
        const qsizetype start = at;
        for (const char *keyword : keywords) {
            if (!accept(keyword)) {
                at = start;
                return false;
            }
        }
        return true;
    }
    QString name()
    {
        // "schema.table" -> "table": history and catalogs name tables without their schema here.
        return at < words.size() ? words.at(at++).name : QString();
    }
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
