#include "migrations/PlanScript.h"

#include <strata/export/DiagnosticsReport.h>
#include <strata/migration/RunText.h>
#include <strata/sql/DdlRenderer.h>

#include <QCoreApplication>

namespace Strata::Ui {

namespace {

// The messages of this file, in the context "Strata::Ui::PlanScript". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Ui::PlanScript)
};

// Appends `lines` to the script, returning the 0-based number of its first line.
class ScriptWriter
{
public:
    int line() const { return m_line; }
    void add(const QString &text)
    {
        m_text += text;
        m_text += QLatin1Char('\n');
        m_line += int(text.count(QLatin1Char('\n'))) + 1;
    }
    QString text() const { return m_text; }

private:
    QString m_text;
    int m_line = 0;
};

QString withSemicolon(const QString &sql)
{
    const QString trimmed = sql.trimmed();
    return trimmed.endsWith(QLatin1Char(';')) ? trimmed : trimmed + QLatin1Char(';');
}

} // namespace

int PlanScript::destructiveCount() const
{
    int n = 0;
    for (const Statement &statement : statements)
        n += statement.destructive ? 1 : 0;
    return n;
}

QList<int> PlanScript::destructiveLines() const
{
    QList<int> lines;
    for (const Statement &statement : statements) {
        if (!statement.destructive)
            continue;
        // The warning comment sits on the line above the statement.
        for (int line = statement.firstLine - 1; line <= statement.lastLine; ++line)
            lines.append(line);
    }
    return lines;
}

PlanScript planScript(const Plan &plan, const QString &projectRoot)
{
    PlanScript script;
    ScriptWriter out;
    const bool up = plan.direction == PlanDirection::Up;
    for (const PlannedMigration &migration : plan.migrations) {
        const MigrationNode &node = migration.node;
        if (script.migrationCount > 0)
            out.add(QString());
        ++script.migrationCount;
        QString header = QStringLiteral("-- %1:%2").arg(node.package, node.migration.id);
        if (!node.migration.file.isEmpty())
            header += QStringLiteral("  (%1)").arg(relativePath(node.migration.file, projectRoot));
        header += up ? Text::tr("  [up]") : Text::tr("  [down]");
        out.add(header);
        if (node.migration.noTransaction)
            out.add(Text::tr("-- no transaction: statements run one by one, outside a transaction"));
        if (migration.foreignKeysOff)
            out.add(Text::tr("-- foreign keys off: checked before commit, then back on"));
        if (migration.statements.isEmpty())
            out.add(Text::tr("-- (C++ migration: its code runs here)"));
        for (int i = 0; i < migration.statements.size(); ++i) {
            const PlannedStatement &planned = migration.statements.at(i);
            PlanScript::Statement statement;
            statement.package = node.package;
            statement.migration = node.migration.id;
            statement.number = i + 1;
            statement.fileLine = planned.fileLine;
            statement.sql = planned.statement.sql;
            statement.destructive = planned.destructive;
            out.add(Text::tr("-- statement %1, line %2").arg(i + 1).arg(planned.fileLine));
            if (planned.destructive)
                out.add(Text::tr("-- DESTRUCTIVE: %1").arg(describeDestructiveChange(*planned.destructive)));
            statement.firstLine = out.line();
            out.add(withSemicolon(planned.statement.sql));
            statement.lastLine = out.line() - 1;
            script.statements.append(statement);
        }
    }
    script.text = out.text();
    return script;
}

PlanScript statementsScript(const QList<ScriptBlock> &blocks, DialectKind dialect)
{
    PlanScript script;
    ScriptWriter out;
    for (const ScriptBlock &block : blocks) {
        if (script.migrationCount > 0)
            out.add(QString());
        ++script.migrationCount;
        out.add(QStringLiteral("-- ") + block.heading);
        for (int i = 0; i < block.statements.size(); ++i) {
            PlanScript::Statement statement;
            statement.package = block.package;
            statement.number = i + 1;
            statement.sql = block.statements.at(i);
            statement.destructive = classifyDestructive(statement.sql, dialect);
            if (statement.destructive)
                out.add(Text::tr("-- DESTRUCTIVE: %1").arg(statement.destructive->description));
            statement.firstLine = out.line();
            out.add(withSemicolon(statement.sql));
            statement.lastLine = out.line() - 1;
            script.statements.append(statement);
        }
    }
    script.text = out.text();
    return script;
}

PlanScript schemaScript(const QList<Table> &tables, DialectKind dialect)
{
    PlanScript script;
    ScriptWriter out;
    const std::unique_ptr<Dialect> sqlDialect = Dialect::create(dialect);
    const DdlRenderer renderer(*sqlDialect);
    const QStringList statements = renderer.statements(tables);
    for (int i = 0; i < statements.size(); ++i) {
        const QString &sql = statements.at(i);
        // A blank line before each table, as DdlRenderer::script does.
        if (i > 0 && sql.startsWith(QLatin1String("CREATE TABLE"), Qt::CaseInsensitive))
            out.add(QString());
        PlanScript::Statement statement;
        statement.number = i + 1;
        statement.sql = sql;
        statement.destructive = classifyDestructive(sql, dialect);
        if (statement.destructive)
            out.add(Text::tr("-- DESTRUCTIVE: %1").arg(statement.destructive->description));
        statement.firstLine = out.line();
        out.add(withSemicolon(sql));
        statement.lastLine = out.line() - 1;
        script.statements.append(statement);
    }
    script.text = out.text();
    return script;
}

} // namespace Strata::Ui
