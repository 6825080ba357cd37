#include <strata/diff/RenameHints.h>

#include <strata/registry/Registry.h>

#include <QCoreApplication>

namespace Strata {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::RenameHints)
};

bool hasHints(const PackageDefinition &package)
{
    for (const Table &table : package.tables) {
        if (!table.renamedFrom.isEmpty())
            return true;
        for (const Column &column : table.columns) {
            if (!column.renamedFrom.isEmpty())
                return true;
        }
    }
    return false;
}

} // namespace

QStringList packagesWithRenameHints(const Registry &registry)
{
    QStringList names;
    for (const PackageDefinition &package : registry.packages()) {
        if (package.loaded && hasHints(package))
            names.append(package.name);
    }
    return names;
}

Diagnostics settledRenameHints(const Registry &registry, const MigratedSchema &migrated)
{
    Diagnostics found;
    const auto settled = [&](const QString &message, const SourceLocation &hint, const PackageDefinition &package) {
        found.append(makeWarning(DiagnosticCode::RenameSettled, message, hint,
                                 Text::tr("Remove \"renamedFrom\": it only tells strata generate what to rename, "
                                          "and nothing is left to rename."),
                                 package.name));
    };
    for (const PackageDefinition &package : registry.packages()) {
        if (!package.loaded || migrated.notReplayed.contains(package.name) || !hasHints(package))
            continue;
        const QList<Table> produced = migrated.tablesOf(package.name);
        const auto producedTable = [&](const QString &name) -> const Table * {
            for (const Table &t : produced) {
                if (t.name == name)
                    return &t;
            }
            return nullptr;
        };
        for (const Table &table : package.tables) {
            const Table *current = producedTable(table.name);
            if (!table.renamedFrom.isEmpty() && current && !producedTable(table.renamedFrom)) {
                settled(Text::tr("table \"%1\" is renamed from \"%2\" already: its migrations produce \"%1\" and no \"%2\"")
                            .arg(table.name, table.renamedFrom),
                        table.fields.value(u"renamedFrom", table.location), package);
            }
            if (!current)
                continue;
            for (const Column &column : table.columns) {
                if (column.renamedFrom.isEmpty() || !current->column(column.name) || current->column(column.renamedFrom))
                    continue;
                settled(Text::tr("column \"%1.%2\" is renamed from \"%3\" already: its migrations produce \"%2\" and no \"%3\"")
                            .arg(table.name, column.name, column.renamedFrom),
                        column.fields.value(u"renamedFrom", column.location), package);
            }
        }
    }
    return found;
}

} // namespace Strata
