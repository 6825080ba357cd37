#include <strata/migration/DatabaseMessage.h>

#include <QRegularExpression>

namespace Strata {

DatabaseMessage DatabaseMessage::parse(const QString &text)
{
    // QPSQL appends "(SQLSTATE)" to libpq's text, after its last line break.
    static const QRegularExpression sqlState(QStringLiteral("\\s*\\(([0-9A-Z]{5})\\)\\s*$"));
    // libpq's labels: an upper-case word (the server's language: ERROR, FEHLER, DETAIL, TIPP...),
    // a colon and two spaces. "LINE 1: " (a number) and the caret line below it are not labels.
    static const QRegularExpression label(QStringLiteral("^(\\p{Lu}+):  (.*)$"));

    DatabaseMessage parsed;
    QString rest = text.trimmed();
    const QRegularExpressionMatch code = sqlState.match(rest);
    if (code.hasMatch()) {
        parsed.sqlState = code.captured(1);
        rest.truncate(code.capturedStart());
    }
    const QStringList lines = rest.split(QLatin1Char('\n'));
    const QRegularExpressionMatch first = label.match(lines.value(0));
    // The first line's label is the severity ("ERROR:  "), which says nothing an error does not.
    parsed.message = (first.hasMatch() ? first.captured(2) : lines.value(0)).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QRegularExpressionMatch field = label.match(lines.at(i));
        if (field.hasMatch())
            parsed.fields.append({field.captured(1), field.captured(2).trimmed()});
    }
    return parsed;
}

QString DatabaseMessage::oneLine() const
{
    if (sqlState.isEmpty())
        return message;
    return message + QStringLiteral(" (SQLSTATE ") + sqlState + QLatin1Char(')');
}

DatabaseMessage::Kind DatabaseMessage::kind() const
{
    if (!sqlState.isEmpty()) {
        static const QStringList alreadyExists = {QStringLiteral("42P07"), QStringLiteral("42701"),
                                                  QStringLiteral("42710"), QStringLiteral("42P06")};
        return alreadyExists.contains(sqlState) ? Kind::AlreadyExists : Kind::Other;
    }
    // SQLite's messages carry no code: its own words (build.c, alter.c, trigger.c), which it never translates.
    static const QRegularExpression sqliteExists(
        QStringLiteral("^(?:(?:table|index|view|trigger) \\S.* already exists|duplicate column name: "
                       "|there is already another table or index with this name: )"));
    return sqliteExists.match(message).hasMatch() ? Kind::AlreadyExists : Kind::Other;
}

} // namespace Strata
