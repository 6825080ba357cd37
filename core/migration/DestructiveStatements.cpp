// Recognising statements that destroy data, for the warnings of plan, migrate and the workbench.
#include "Plan.h"

#include <QCoreApplication>

namespace Strata {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Strata::Plan", text);
}

// The words of a statement, comments and string literals left out, quoted identifiers unquoted.
// Keywords are compared upper-cased; identifiers keep their spelling in `raw`.
struct Word
{
    QString upper;
    QString raw;
};

QList<Word> wordsOf(const QString &sql)
{
    QList<Word> words;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql.at(i);
        if (c.isSpace() || c == u';' || c == u'(' || c == u')' || c == u',') {
            if (c == u',' || c == u'(' || c == u')')
                words.append({QString(c), QString(c)});
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
            words.append({QStringLiteral("'"), QStringLiteral("'")});
        } else if (c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? u']' : c;
            const qsizetype end = sql.indexOf(close, i + 1);
            const QString name = sql.mid(i + 1, (end < 0 ? n : end) - i - 1);
            words.append({name.toUpper(), name});
            i = end < 0 ? n : end + 1;
        } else {
            qsizetype j = i;
            while (j < n && !sql.at(j).isSpace() && sql.at(j) != u';' && sql.at(j) != u'(' && sql.at(j) != u')'
                   && sql.at(j) != u',')
                ++j;
            const QString word = sql.mid(i, j - i);
            words.append({word.toUpper(), word});
            i = j;
        }
    }
    return words;
}

// "schema.table" -> "table": history and catalogs name tables without their schema here.
QString tableName(const QString &raw)
{
    const qsizetype dot = raw.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? raw : raw.mid(dot + 1);
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
        return at < words.size() ? tableName(words.at(at++).raw) : QString();
    }
};

} // namespace

std::optional<DestructiveChange> classifyDestructive(const QString &statement, DialectKind dialect)
{
    Q_UNUSED(dialect) // both dialects share these forms
    const QList<Word> words = wordsOf(statement);
    Cursor cursor{words};
    DestructiveChange change;

    if (cursor.accept("DROP")) {
        if (cursor.accept("TABLE")) {
            cursor.acceptAll({"IF", "EXISTS"});
            change.kind = DestructiveChange::Kind::DropTable;
            change.table = cursor.name();
            change.description = tr("drops table %1 and all its rows").arg(change.table);
            return change;
        }
        if (cursor.accept("INDEX")) {
            cursor.accept("CONCURRENTLY");
            cursor.acceptAll({"IF", "EXISTS"});
            change.kind = DestructiveChange::Kind::DropIndex;
            change.table = cursor.name(); // the index's name; the table is not named
            change.description = tr("drops index %1").arg(change.table);
            return change;
        }
        return std::nullopt;
    }
    if (cursor.accept("TRUNCATE")) {
        cursor.accept("TABLE");
        cursor.accept("ONLY");
        change.kind = DestructiveChange::Kind::Truncate;
        change.table = cursor.name();
        change.description = tr("deletes every row of table %1").arg(change.table);
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
                change.description = tr("drops column %1.%2 and its values").arg(table, change.column);
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
                    while (cursor.at < words.size() && words.at(cursor.at).upper != u"USING"
                           && words.at(cursor.at).upper != u",")
                        type.append(words.at(cursor.at++).raw);
                    change.description = tr("changes the type of %1.%2 to %3; values that do not fit are "
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
