#include <strata/migration/RunText.h>

#include <strata/export/DiagnosticsReport.h>
#include <strata/migration/DatabaseMessage.h>

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace Strata {

namespace {

// The messages of this file, in the context "Strata::Migrations". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Migrations)
};

} // namespace

QString describeDestructiveChange(const DestructiveChange &change)
{
    QString note = change.description;
    if (change.affected >= 0) {
        const bool rows = change.kind == DestructiveChange::Kind::DropTable
            || change.kind == DestructiveChange::Kind::Truncate;
        // tr()'s count is an int and a table may hold more rows: the count goes in as %1 (whole), and
        // chooses the plural form clamped to an int.
        const int form = int(std::min<qint64>(change.affected, std::numeric_limits<int>::max()));
        note += QStringLiteral(" (") + (rows ? Text::tr("%1 row(s)", nullptr, form).arg(change.affected)
                                              : Text::tr("%1 non-null value(s)", nullptr, form).arg(change.affected))
            + QLatin1Char(')');
    }
    return note;
}

QString describeMigrationFailure(const MigrationFailure &failure, const QString &projectRoot)
{
    QString where = relativePath(failure.file, projectRoot);
    if (failure.fileLine > 0)
        where += QLatin1Char(':') + QString::number(failure.fileLine);
    if (failure.statementNumber > 0)
        return Text::tr("%1:%2 failed at statement %3 (%4): %5")
            .arg(failure.package, failure.id)
            .arg(failure.statementNumber)
            .arg(where, failure.databaseError);
    return Text::tr("%1:%2 failed: %3").arg(failure.package, failure.id, failure.databaseError);
}

QString migrationFailureHelp(const MigrationFailure &failure)
{
    if (DatabaseMessage::parse(failure.databaseError).kind() != DatabaseMessage::Kind::AlreadyExists)
        return {};
    return Text::tr("The database already has objects that this migration creates. If another tool created them, "
                    "check with 'strata diff --database URL' and record the migrations as applied with "
                    "'strata baseline'.");
}

} // namespace Strata
