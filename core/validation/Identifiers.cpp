#include <strata/validation/Identifiers.h>

#include <strata/model/Schema.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Strata::Identifiers {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

bool isValid(QStringView identifier)
{
    if (identifier.isEmpty())
        return false;
    if (!isAsciiLetter(identifier.front()) && identifier.front() != u'_')
        return false;
    return std::all_of(identifier.begin(), identifier.end(),
                       [](QChar c) { return isAsciiLetter(c) || isAsciiDigit(c) || c == u'_'; });
}

QString invalidReason(QStringView identifier)
{
    if (identifier.isEmpty())
        return QCoreApplication::translate("Strata::Validation", "it is empty");
    if (isAsciiDigit(identifier.front()))
        return QCoreApplication::translate("Strata::Validation", "it starts with a digit");
    for (QChar c : identifier) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'_') {
            if (c.isSpace())
                return QCoreApplication::translate("Strata::Validation", "it contains a space");
            return QCoreApplication::translate("Strata::Validation", "it contains \"%1\"").arg(c);
        }
    }
    return {};
}

QString sanitized(QStringView identifier)
{
    QString result = toSnakeCase(identifier);
    if (result.isEmpty() || isAsciiDigit(result.front()))
        result.prepend(u'_');
    return result;
}

const QStringList &reservedWords()
{
    // SQLite 3.40: the keywords that fail as a bare table, column or index name (measured by
    // creating and querying each); PostgreSQL 15: pg_get_keywords() categories R and T.
    static const QStringList words = [] {
        QStringList list{
            // SQLite
            u"ADD"_s, u"ALL"_s, u"ALTER"_s, u"AND"_s, u"AS"_s, u"AUTOINCREMENT"_s, u"BETWEEN"_s,
            u"CASE"_s, u"CAST"_s, u"CHECK"_s, u"COLLATE"_s, u"COMMIT"_s, u"CONSTRAINT"_s,
            u"CREATE"_s, u"CURRENT_DATE"_s, u"CURRENT_TIME"_s, u"CURRENT_TIMESTAMP"_s,
            u"DEFAULT"_s, u"DEFERRABLE"_s, u"DELETE"_s, u"DISTINCT"_s, u"DROP"_s, u"ELSE"_s,
            u"ESCAPE"_s, u"EXCEPT"_s, u"EXISTS"_s, u"FOREIGN"_s, u"FROM"_s, u"GROUP"_s,
            u"HAVING"_s, u"IF"_s, u"IN"_s, u"INDEX"_s, u"INSERT"_s, u"INTERSECT"_s, u"INTO"_s,
            u"IS"_s, u"ISNULL"_s, u"JOIN"_s, u"LIMIT"_s, u"NOT"_s, u"NOTHING"_s, u"NOTNULL"_s,
            u"NULL"_s, u"ON"_s, u"OR"_s, u"ORDER"_s, u"PRIMARY"_s, u"RAISE"_s, u"REFERENCES"_s,
            u"RETURNING"_s, u"SELECT"_s, u"SET"_s, u"TABLE"_s, u"THEN"_s, u"TO"_s,
            u"TRANSACTION"_s, u"UNION"_s, u"UNIQUE"_s, u"UPDATE"_s, u"USING"_s, u"VALUES"_s,
            u"WHEN"_s, u"WHERE"_s,
            // PostgreSQL
            u"ANALYSE"_s, u"ANALYZE"_s, u"ANY"_s, u"ARRAY"_s, u"ASC"_s, u"ASYMMETRIC"_s,
            u"AUTHORIZATION"_s, u"BINARY"_s, u"BOTH"_s, u"COLLATION"_s, u"COLUMN"_s,
            u"CONCURRENTLY"_s, u"CROSS"_s, u"CURRENT_CATALOG"_s, u"CURRENT_ROLE"_s,
            u"CURRENT_SCHEMA"_s, u"CURRENT_USER"_s, u"DESC"_s, u"DO"_s, u"END"_s, u"FALSE"_s,
            u"FETCH"_s, u"FOR"_s, u"FREEZE"_s, u"FULL"_s, u"GRANT"_s, u"ILIKE"_s,
            u"INITIALLY"_s, u"INNER"_s, u"LATERAL"_s, u"LEADING"_s, u"LEFT"_s, u"LIKE"_s,
            u"LOCALTIME"_s, u"LOCALTIMESTAMP"_s, u"NATURAL"_s, u"OFFSET"_s, u"ONLY"_s,
            u"OUTER"_s, u"OVERLAPS"_s, u"PLACING"_s, u"RIGHT"_s, u"SESSION_USER"_s,
            u"SIMILAR"_s, u"SOME"_s, u"SYMMETRIC"_s, u"TABLESAMPLE"_s, u"TRAILING"_s,
            u"TRUE"_s, u"USER"_s, u"VARIADIC"_s, u"VERBOSE"_s, u"WINDOW"_s, u"WITH"_s,
        };
        list.sort();
        list.removeDuplicates();
        return list;
    }();
    return words;
}

bool isReserved(QStringView identifier)
{
    const QStringList &words = reservedWords();
    const QString upper = identifier.toString().toUpper();
    return std::binary_search(words.cbegin(), words.cend(), upper);
}

bool isSnakeCase(QStringView identifier)
{
    if (!isValid(identifier))
        return false;
    for (qsizetype i = 0; i < identifier.size(); ++i) {
        const QChar c = identifier.at(i);
        if (c >= u'A' && c <= u'Z')
            return false;
        // "a__b" and a trailing "_" read as typos; a leading "_" is a common convention for internals.
        if (c == u'_' && i > 0 && (i + 1 == identifier.size() || identifier.at(i + 1) == u'_'))
            return false;
    }
    return true;
}

QString toSnakeCase(QStringView identifier)
{
    QString result;
    result.reserve(identifier.size() + 4);
    for (qsizetype i = 0; i < identifier.size(); ++i) {
        const QChar c = identifier.at(i);
        if (c.isUpper()) {
            // A word starts at an upper-case letter after a lower-case one or a digit ("createdAt"),
            // or at the last capital of an acronym followed by lower case ("HTTPServer").
            const bool afterLower = i > 0 && (identifier.at(i - 1).isLower() || identifier.at(i - 1).isDigit());
            const bool acronymEnd = i > 0 && identifier.at(i - 1).isUpper() && i + 1 < identifier.size()
                && identifier.at(i + 1).isLower();
            if ((afterLower || acronymEnd) && !result.endsWith(u'_'))
                result.append(u'_');
            result.append(c.toLower());
        } else if (isAsciiLetter(c) || isAsciiDigit(c)) {
            result.append(c);
        } else if (!result.isEmpty() && !result.endsWith(u'_')) {
            result.append(u'_'); // '-', ' ', '.', '__' and other characters become one separator
        }
    }
    while (result.endsWith(u'_'))
        result.chop(1);
    if (identifier.startsWith(u'_'))
        result.prepend(u'_');
    return result;
}

bool isValidPackageName(QStringView name)
{
    // npm's validate-npm-package-name for new packages: lower case, URL-safe, no leading '.' or '_'.
    static const QRegularExpression pattern(
        QStringLiteral("^(?:@[a-z0-9~-][a-z0-9._~-]*/)?[a-z0-9~-][a-z0-9._~-]*$"));
    return !name.isEmpty() && name.size() <= 214 && pattern.match(name).hasMatch();
}

QString indexName(const Table &table, const Index &index)
{
    if (!index.name.isEmpty())
        return index.name;
    return table.name + u'_' + index.columns.join(u'_') + QStringLiteral("_idx");
}

} // namespace Strata::Identifiers
