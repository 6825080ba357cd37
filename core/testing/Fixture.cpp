#include <strata/testing/Fixture.h>

#include <strata/model/Package.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::PackageTest)
};

SourceLocation at(const QString &file, int line)
{
    SourceLocation where;
    where.file = file;
    where.line = line;
    where.column = 1;
    return where;
}

Result<Fixture> readFixture(const QString &path, const PackageDefinition &package, DialectKind dialect)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Text::tr("cannot read the fixture: %1").arg(file.errorString()), at(path, 0));
    const QString text = QString::fromUtf8(file.readAll());
    Fixture fixture;
    fixture.file = path;
    static const QRegularExpression after(u"^\\s*--\\s*strata:after\\s+(\\S+)\\s*$"_s);
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = after.match(lines.at(i));
        if (!match.hasMatch())
            continue;
        if (!fixture.after.isEmpty())
            return failure(Text::tr("a fixture says after which migration it loads once"), at(path, i + 1));
        fixture.after = match.captured(1);
        fixture.afterAt = at(path, i + 1);
        bool known = false;
        for (const Migration &migration : package.migrations)
            known = known || migration.id == fixture.after;
        if (!known)
            return failure(Text::tr("no migration %1 in package %2").arg(fixture.after, package.name), fixture.afterAt);
    }
    QList<SqlSyntaxError> errors;
    fixture.statements = StatementSplitter::split(text, dialect, &errors);
    if (!errors.isEmpty())
        return failure(Text::tr("syntax error in the fixture: %1").arg(errors.constFirst().message),
                       at(path, errors.constFirst().line));
    return fixture;
}

} // namespace

Result<QList<Fixture>> readFixtures(const PackageDefinition &package, DialectKind dialect)
{
    QList<Fixture> fixtures;
    if (package.directory.isEmpty())
        return fixtures;
    const QDir folder(QDir(package.directory).filePath(u"tests"_s));
    for (const QString &name : folder.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        Result<Fixture> fixture = readFixture(folder.filePath(name), package, dialect);
        if (!fixture)
            return fixture.error();
        fixtures.append(std::move(fixture).value());
    }
    return fixtures;
}

} // namespace Strata
