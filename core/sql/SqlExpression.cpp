#include <strata/sql/SqlExpression.h>

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Strata::SqlExpression {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c == u'.';
}

// Skips a quoted run starting at `i` (the opening quote); returns the index of the closing quote.
qsizetype closingQuote(const QString &sql, qsizetype i)
{
    const QChar quote = sql.at(i);
    for (++i; i < sql.size(); ++i) {
        if (sql.at(i) == quote) {
            if (i + 1 < sql.size() && sql.at(i + 1) == quote)
                ++i;
            else
                return i;
        }
    }
    return sql.size() - 1;
}

// Tokens: string literals (kept with their quotes), words (lower case, quotes of quoted names
// removed), and single punctuation characters; casts dropped.
QStringList tokens(const QString &sql)
{
    QStringList out;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c.isSpace())
            continue;
        if (c == u'\'') {
            const qsizetype end = closingQuote(sql, i);
            out.append(sql.mid(i, end - i + 1));
            i = end;
        } else if (c == u'"' || c == u'`') {
            const qsizetype end = closingQuote(sql, i);
            QString name = sql.mid(i + 1, end - i - 1);
            name.replace(QString(2, c), QString(c));
            out.append(name.toLower());
            i = end;
        } else if (c == u':' && i + 1 < sql.size() && sql.at(i + 1) == u':') {
            // a cast: the type name (several words: "character varying"), its modifiers, [].
            i += 2;
            static const QRegularExpression castType(
                u"\\G\\s*(\"[^\"]*\"|[A-Za-z_][A-Za-z0-9_]*)(\\s+(varying|precision|with(out)?\\s+time\\s+zone))?"
                u"(\\s*\\([^)]*\\))?(\\s*\\[\\])*"_s);
            const QRegularExpressionMatch match = castType.match(sql, i);
            i = match.hasMatch() ? match.capturedEnd() - 1 : i - 1;
        } else if (isWordChar(c)) {
            qsizetype end = i;
            while (end < sql.size() && isWordChar(sql.at(end)))
                ++end;
            out.append(sql.mid(i, end - i).toLower());
            i = end - 1;
        } else if ((c == u'<' || c == u'>' || c == u'!' || c == u'|') && i + 1 < sql.size()
                   && (sql.at(i + 1) == u'=' || sql.at(i + 1) == u'>' || sql.at(i + 1) == u'|')) {
            out.append(sql.mid(i, 2));
            ++i;
        } else {
            out.append(QString(c));
        }
    }
    return out;
}

bool isWord(const QString &token)
{
    return !token.isEmpty() && isWordChar(token.front());
}

// Drops parentheses that only group: those not right after a word (a call, IN, ANY, ARRAY).
QStringList withoutGrouping(const QStringList &in)
{
    QStringList out;
    QList<bool> kept;
    for (const QString &t : in) {
        if (t == u"(") {
            const bool call = !out.isEmpty() && isWord(out.back())
                && !QStringList{u"and"_s, u"or"_s, u"not"_s}.contains(out.back());
            kept.append(call);
            if (call)
                out.append(t);
        } else if (t == u")") {
            if (kept.isEmpty() || kept.takeLast())
                out.append(t);
        } else {
            out.append(t);
        }
    }
    return out;
}

QString joined(const QStringList &tokens)
{
    QString out;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i > 0 && isWord(tokens.at(i - 1)) && isWord(tokens.at(i)))
            out += u' ';
        out += tokens.at(i);
    }
    return out;
}

} // namespace

QString normalized(const QString &expression)
{
    QStringList t = withoutGrouping(tokens(expression));
    // x BETWEEN a AND b (single-token operands) is how PostgreSQL does not store it.
    for (qsizetype i = 1; i + 3 < t.size(); ++i) {
        if (t.at(i) == u"between" && t.at(i + 2) == u"and" && t.at(i - 1) != u"not") {
            const QString x = t.at(i - 1);
            t.replace(i, u">="_s);
            t.replace(i + 2, u"and"_s);
            t.insert(i + 3, x);
            t.insert(i + 4, u"<="_s);
            i += 5;
        }
    }
    QString out = joined(t);
    // x = ANY (ARRAY[...]) is PostgreSQL's stored form of x IN (...).
    static const QRegularExpression anyArray(u"=any\\(array\\[(.*?)\\]\\)"_s);
    out.replace(anyArray, u" in(\\1)"_s);
    static const QHash<QString, QString> sameMeaning = {
        {u"now()"_s, u"current_timestamp"_s},
        {u"transaction_timestamp()"_s, u"current_timestamp"_s},
        {u"true"_s, u"1"_s}, // SQLite has no booleans; PostgreSQL's boolean defaults are words
        {u"false"_s, u"0"_s},
    };
    return sameMeaning.value(out, out);
}

namespace {

bool isNumber(const QString &text)
{
    static const QRegularExpression number(u"^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(e[+-]?[0-9]+)?$"_s);
    return number.match(text).hasMatch();
}

// The text of a lone string literal, or a null string when `sql` is something else.
QString stringLiteral(const QString &sql)
{
    static const QRegularExpression literal(u"^'((?:[^']|'')*)'$"_s);
    const QRegularExpressionMatch match = literal.match(sql);
    if (!match.hasMatch())
        return {};
    QString text = match.captured(1);
    text.replace(u"''"_s, u"'"_s);
    return text.isNull() ? QString(u""_s) : text;
}

} // namespace

bool sameDefault(const QString &expected, const QString &actual)
{
    const QString e = normalized(expected);
    const QString a = normalized(actual);
    if (e == a)
        return true;
    // PostgreSQL shows a negative number as a string cast to the column type: '-1'::integer.
    const QString aText = stringLiteral(a);
    const QString eText = stringLiteral(e);
    if (!aText.isNull() && isNumber(aText) && (aText == e || aText == eText))
        return true;
    if (!eText.isNull() && isNumber(eText) && eText == a)
        return true;
    // jsonb keeps its own layout of a JSON default ('{"a": 1}'); compare the values.
    if (!aText.isNull() && !eText.isNull()) {
        const QJsonDocument aJson = QJsonDocument::fromJson(aText.toUtf8());
        const QJsonDocument eJson = QJsonDocument::fromJson(eText.toUtf8());
        if (!aJson.isNull() && aJson == eJson)
            return true;
    }
    return false;
}

std::optional<QStringList> inListValues(const QString &check, const QString &column)
{
    const QStringList t = withoutGrouping(tokens(check));
    const QString name = column.toLower();
    qsizetype i = 0;
    if (t.size() < 4 || t.at(0) != name)
        return std::nullopt;
    if (t.at(1) == u"in" && t.at(2) == u"(")
        i = 3;
    else if (t.size() > 6 && t.at(1) == u"=" && t.at(2) == u"any" && t.at(3) == u"(" && t.at(4) == u"array"
             && t.at(5) == u"[")
        i = 6;
    else
        return std::nullopt;
    const QString close = i == 3 ? u")"_s : u"]"_s;
    QStringList values;
    for (; i < t.size(); i += 2) {
        const QString value = stringLiteral(t.at(i));
        if (value.isNull() || i + 1 >= t.size())
            return std::nullopt;
        values.append(value);
        if (t.at(i + 1) == close)
            break;
        if (t.at(i + 1) != u",")
            return std::nullopt;
    }
    const qsizetype rest = t.size() - (i + 2);
    if (rest != (close == u"]" ? 1 : 0))
        return std::nullopt;
    return values;
}

} // namespace Strata::SqlExpression
