#include <strata/reload/ReloadSummary.h>

#include <QCoreApplication>
#include <QSet>

namespace Strata {

namespace {

// The messages of this file, in the context "Strata::Reload". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Reload)
};

bool sameColumns(const Table &a, const Table &b)
{
    if (a.columns.size() != b.columns.size() || a.primaryKey != b.primaryKey || a.comment != b.comment
        || a.workspaceScoped != b.workspaceScoped || a.indexes.size() != b.indexes.size()
        || a.uniques.size() != b.uniques.size() || a.checks.size() != b.checks.size())
        return false;
    for (qsizetype i = 0; i < a.columns.size(); ++i) {
        const Column &x = a.columns.at(i);
        const Column &y = b.columns.at(i);
        if (x.name != y.name || x.typeSpelling != y.typeSpelling || x.type.enumValues != y.type.enumValues
            || x.primaryKey != y.primaryKey || x.notNull != y.notNull || x.unique != y.unique
            || !(x.defaultValue == y.defaultValue) || !(x.references == y.references) || x.comment != y.comment)
            return false;
    }
    for (qsizetype i = 0; i < a.indexes.size(); ++i) {
        if (a.indexes.at(i).name != b.indexes.at(i).name || a.indexes.at(i).columns != b.indexes.at(i).columns
            || a.indexes.at(i).unique != b.indexes.at(i).unique)
            return false;
    }
    for (qsizetype i = 0; i < a.uniques.size(); ++i) {
        if (a.uniques.at(i).columns != b.uniques.at(i).columns)
            return false;
    }
    for (qsizetype i = 0; i < a.checks.size(); ++i) {
        if (a.checks.at(i).expression != b.checks.at(i).expression)
            return false;
    }
    return true;
}

// Findings compared by what they say, not where: moving a line must not count as fixed + new.
QSet<QString> keysOf(const Diagnostics &diagnostics)
{
    QSet<QString> keys;
    for (const Diagnostic &d : diagnostics)
        keys.insert(d.code + QLatin1Char('\n') + d.message);
    return keys;
}

} // namespace

PackageChange comparePackages(const PackageDefinition *before, const PackageDefinition *after,
                              const Diagnostics &diagnosticsBefore, const Diagnostics &diagnosticsAfter)
{
    PackageChange change;
    change.package = after ? after->name : before ? before->name : QString();
    change.added = !before && after;
    change.removed = before && !after;
    if (before && after) {
        for (const Table &table : after->tables) {
            const Table *old = before->table(table.name);
            if (!old)
                change.tablesAdded.append(table.name);
            else if (!sameColumns(*old, table))
                change.tablesChanged.append(table.name);
        }
        for (const Table &table : before->tables) {
            if (!after->table(table.name))
                change.tablesRemoved.append(table.name);
        }
        QHash<QString, QString> oldMigrations;
        for (const Migration &m : before->migrations)
            oldMigrations.insert(m.id, m.up.sql + QLatin1Char('\0') + m.down.sql);
        for (const Migration &m : after->migrations) {
            auto it = oldMigrations.constFind(m.id);
            if (it == oldMigrations.cend())
                change.migrationsAdded.append(m.id);
            else if (*it != m.up.sql + QLatin1Char('\0') + m.down.sql)
                change.migrationsChanged.append(m.id);
            oldMigrations.remove(m.id);
        }
        change.migrationsRemoved = oldMigrations.keys();
        change.migrationsRemoved.sort();
    }
    const QSet<QString> old = keysOf(diagnosticsBefore);
    const QSet<QString> now = keysOf(diagnosticsAfter);
    change.problemsFixed = int((old - now).size());
    change.problemsNew = int((now - old).size());
    return change;
}

bool PackageChange::isEmpty() const
{
    return !added && !removed && tablesAdded.isEmpty() && tablesRemoved.isEmpty() && tablesChanged.isEmpty()
        && migrationsAdded.isEmpty() && migrationsRemoved.isEmpty() && migrationsChanged.isEmpty()
        && problemsFixed == 0 && problemsNew == 0;
}

QString PackageChange::toText() const
{
    QStringList parts;
    if (added)
        parts.append(Text::tr("package added"));
    if (removed)
        parts.append(Text::tr("package removed"));
    // `one` and `many` are marked with QT_TRANSLATE_NOOP at the calls, so that lupdate finds them.
    auto list = [&parts](const QStringList &names, const char *one, const char *many) {
        if (names.size() == 1)
            parts.append(Text::tr(one).arg(names.first()));
        else if (names.size() > 1)
            parts.append(Text::tr(many).arg(names.join(QStringLiteral(", "))));
    };
    list(tablesAdded, QT_TRANSLATE_NOOP("Strata::Reload", "table %1 added"), QT_TRANSLATE_NOOP("Strata::Reload", "tables %1 added"));
    list(tablesRemoved, QT_TRANSLATE_NOOP("Strata::Reload", "table %1 removed"), QT_TRANSLATE_NOOP("Strata::Reload", "tables %1 removed"));
    list(tablesChanged, QT_TRANSLATE_NOOP("Strata::Reload", "table %1 changed"), QT_TRANSLATE_NOOP("Strata::Reload", "tables %1 changed"));
    list(migrationsAdded, QT_TRANSLATE_NOOP("Strata::Reload", "migration %1 added"), QT_TRANSLATE_NOOP("Strata::Reload", "migrations %1 added"));
    list(migrationsRemoved, QT_TRANSLATE_NOOP("Strata::Reload", "migration %1 removed"), QT_TRANSLATE_NOOP("Strata::Reload", "migrations %1 removed"));
    list(migrationsChanged, QT_TRANSLATE_NOOP("Strata::Reload", "migration %1 changed"), QT_TRANSLATE_NOOP("Strata::Reload", "migrations %1 changed"));
    if (problemsFixed > 0)
        parts.append(Text::tr("%n problem(s) fixed", nullptr, problemsFixed));
    if (problemsNew > 0)
        parts.append(Text::tr("%n new problem(s)", nullptr, problemsNew));
    if (parts.isEmpty())
        parts.append(Text::tr("no change"));
    return package + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

bool ReloadSummary::isEmpty() const
{
    for (const PackageChange &change : packages) {
        if (!change.isEmpty())
            return false;
    }
    return !projectReloaded;
}

QString ReloadSummary::toText() const
{
    QStringList lines;
    if (projectReloaded)
        lines.append(Text::tr("strata.json changed: project reloaded"));
    for (const PackageChange &change : packages) {
        if (!change.isEmpty())
            lines.append(change.toText());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Strata
