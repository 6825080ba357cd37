// A plan as `strata plan` prints it: as text for review (whole statements under their migration),
// as the SQL script migrate would run (--sql), and as JSON.
#include "Migrations.h"

#include <strata/export/DiagnosticsReport.h>
#include <strata/migration/RunText.h>

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Strata::Cli {

namespace {

// The messages of this file, in the context "Strata::Cli". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Cli)
};

QJsonObject destructiveToJson(const DestructiveChange &change)
{
    static const char *kinds[] = {"drop-table", "drop-column", "drop-index", "truncate", "type-change", "other"};
    return QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(kinds[int(change.kind)])},
                       {QStringLiteral("table"), change.table},
                       {QStringLiteral("column"), change.column},
                       {QStringLiteral("description"), change.description},
                       {QStringLiteral("affected"), change.affected}};
}

qsizetype indentation(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
        ++i;
    return i;
}

// The statement's lines as the file has them, less the indentation they all share (the first line
// counts as indented by the column it starts at), so that a statement written inside a block reads
// from the left margin with its own layout kept.
QStringList statementLines(const SqlStatement &statement)
{
    QStringList lines = statement.sql.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    qsizetype common = std::max(0, statement.column - 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            common = std::min(common, indentation(lines.at(i)));
    }
    const qsizetype firstIndent = std::max<qsizetype>(0, statement.column - 1) - common;
    lines.first().prepend(QString(firstIndent, QLatin1Char(' ')));
    for (qsizetype i = 1; i < lines.size(); ++i)
        lines[i] = lines.at(i).trimmed().isEmpty() ? QString() : lines.at(i).mid(common);
    return lines;
}

QString migrationName(const PlannedMigration &migration)
{
    return migration.node.package + QLatin1Char(':') + migration.node.migration.id;
}

} // namespace

QJsonObject planToJson(const Plan &plan, const QString &projectRoot)
{
    QJsonArray migrations;
    for (const PlannedMigration &migration : plan.migrations) {
        QJsonArray statements;
        for (const PlannedStatement &statement : migration.statements) {
            QJsonObject entry{{QStringLiteral("number"), int(statements.size()) + 1},
                              {QStringLiteral("line"), statement.fileLine},
                              {QStringLiteral("sql"), statement.statement.sql}};
            if (statement.destructive)
                entry.insert(QStringLiteral("destructive"), destructiveToJson(*statement.destructive));
            statements.append(entry);
        }
        migrations.append(QJsonObject{
            {QStringLiteral("package"), migration.node.package},
            {QStringLiteral("id"), migration.node.migration.id},
            {QStringLiteral("file"), relativePath(migration.node.migration.file, projectRoot)},
            {QStringLiteral("transaction"), !migration.node.migration.noTransaction},
            {QStringLiteral("foreignKeysOff"), migration.foreignKeysOff},
            {QStringLiteral("destructive"), migration.isDestructive()},
            {QStringLiteral("statements"), statements}});
    }
    return QJsonObject{{QStringLiteral("direction"),
                        plan.direction == PlanDirection::Up ? QStringLiteral("up") : QStringLiteral("down")},
                       {QStringLiteral("migrations"), migrations}};
}

void printPlan(Context &context, const Plan &plan)
{
    for (const PlannedMigration &migration : plan.migrations) {
        context.out << Qt::endl << migrationName(migration);
        if (!migration.node.migration.file.isEmpty())
            context.out << QStringLiteral("  (") << relativePath(migration.node.migration.file, context.projectRoot)
                        << QLatin1Char(')');
        if (migration.node.migration.noTransaction)
            context.out << QStringLiteral("  ")
                        << Text::tr("[no transaction: statements run one by one, outside a transaction]");
        if (migration.foreignKeysOff)
            context.out << QStringLiteral("  ")
                        << Text::tr("[foreign keys off: checked before commit, then back on]");
        context.out << Qt::endl;
        if (migration.statements.isEmpty())
            context.out << QStringLiteral("    ") << Text::tr("(C++ migration)") << Qt::endl;
        for (int i = 0; i < migration.statements.size(); ++i) {
            const PlannedStatement &statement = migration.statements.at(i);
            // "  3  line 14    CREATE TABLE ...": the statement's further lines stand under its first.
            const QString head = QStringLiteral("  %1  %2  ")
                                     .arg(i + 1, 3)
                                     .arg(Text::tr("line %1").arg(statement.fileLine), -9);
            const QString indent(head.size(), QLatin1Char(' '));
            const QStringList lines = statementLines(statement.statement);
            for (qsizetype l = 0; l < lines.size(); ++l) {
                if (l == 0)
                    context.out << head << lines.at(l);
                else if (!lines.at(l).isEmpty())
                    context.out << indent << lines.at(l);
                context.out << Qt::endl;
            }
            if (statement.destructive)
                context.out << QStringLiteral("       ! ")
                            << Text::tr("destructive: %1").arg(describeDestructiveChange(*statement.destructive))
                            << Qt::endl;
        }
    }
}

void printPlanScript(Context &context, const Plan &plan, const QString &database)
{
    const bool up = plan.direction == PlanDirection::Up;
    context.out << QStringLiteral("-- ")
                << (up ? Text::tr("strata plan --sql: %n migration(s) that migrate would run on %1, in order.", nullptr,
                                  int(plan.migrations.size()))
                       : Text::tr("strata plan --sql: %n migration(s) that rollback would undo on %1, in order.", nullptr,
                                  int(plan.migrations.size())))
                       .arg(database)
                << Qt::endl
                << QStringLiteral("-- ")
                << Text::tr("Each migration also writes its row of strata_migrations in its transaction; this script does not.")
                << Qt::endl;
    for (const PlannedMigration &migration : plan.migrations) {
        context.out << Qt::endl << QStringLiteral("-- ") << migrationName(migration);
        if (!migration.node.migration.file.isEmpty())
            context.out << QStringLiteral(" (") << relativePath(migration.node.migration.file, context.projectRoot)
                        << QLatin1Char(')');
        context.out << Qt::endl;
        if (migration.statements.isEmpty()) {
            context.out << QStringLiteral("-- ") << Text::tr("A C++ migration: its statements are known only when it runs.")
                        << Qt::endl;
            continue;
        }
        const bool transaction = !migration.node.migration.noTransaction;
        if (migration.foreignKeysOff)
            context.out << QStringLiteral("-- ")
                        << Text::tr("Foreign keys off: migrate checks them before COMMIT and rolls back on a violation.")
                        << Qt::endl
                        << QStringLiteral("PRAGMA foreign_keys = OFF;") << Qt::endl;
        if (transaction)
            context.out << QStringLiteral("BEGIN;") << Qt::endl;
        else
            context.out << QStringLiteral("-- ")
                        << Text::tr("No transaction: migrate runs these statements one by one, outside a transaction.")
                        << Qt::endl;
        for (const PlannedStatement &statement : migration.statements) {
            if (statement.destructive)
                context.out << QStringLiteral("-- ! ")
                            << Text::tr("destructive: %1").arg(describeDestructiveChange(*statement.destructive))
                            << Qt::endl;
            const QStringList lines = statementLines(statement.statement);
            context.out << lines.join(QLatin1Char('\n'));
            // The splitter leaves the semicolon out; after a trailing line comment it needs a line of its own.
            context.out << (lines.last().contains(QStringLiteral("--")) ? QStringLiteral("\n;") : QStringLiteral(";"))
                        << Qt::endl;
        }
        if (migration.foreignKeysOff)
            context.out << QStringLiteral("PRAGMA foreign_key_check;") << Qt::endl;
        if (transaction)
            context.out << QStringLiteral("COMMIT;") << Qt::endl;
        if (migration.foreignKeysOff)
            context.out << QStringLiteral("PRAGMA foreign_keys = ON;") << Qt::endl;
    }
}

} // namespace Strata::Cli
