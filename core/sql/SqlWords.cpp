#include <strata/sql/SqlWords.h>

namespace Strata::SqlWords {

namespace {

bool isQuote(QChar c)
{
    return c == u'"' || c == u'`' || c == u'[';
}

} // namespace

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

bool Cursor::accept(const char *keyword)
{
    if (at < words.size() && words.at(at).upper == QLatin1String(keyword)) {
        ++at;
        return true;
    }
    return false;
}

bool Cursor::acceptAll(std::initializer_list<const char *> keywords)
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

QString Cursor::name()
{
    // "schema.table" -> "table": history and catalogs name tables without their schema here.
    return at < words.size() ? words.at(at++).name : QString();
}

} // namespace Strata::SqlWords
