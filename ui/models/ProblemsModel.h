#pragma once

#include <strata/common/Diagnostic.h>
#include <strata/registry/Registry.h>

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace Strata::Ui {

// Every finding of the project (Registry::diagnostics()), one per row:
// Severity | Code | Message | Package | Location ("file:line:column", relative to the project) | Help.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, CodeColumn, MessageColumn, PackageColumn, LocationColumn, HelpColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // Severity as int
        FileRole,         // absolute path
        LineRole,
        ColumnNumberRole, // 1-based column in the file
        SortRole,         // a value that sorts the column the way a reader expects
        RuntimeRole,      // bool: a runtime finding (addRuntimeDiagnostic), not one of the registry
    };

    explicit ProblemsModel(Registry *registry, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Diagnostic &diagnostic(int row) const { return m_diagnostics.at(row); }
    // The registry's findings, then the runtime ones.
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    // Findings that no validation produces (a migration that failed on the database): listed after
    // the registry's, and kept through re-validations and reloads until cleared.
    void addRuntimeDiagnostic(const Diagnostic &diagnostic);
    // Removes the runtime findings `matches` accepts; returns how many.
    int removeRuntimeDiagnostics(const std::function<bool(const Diagnostic &)> &matches);
    void clearRuntimeDiagnostics();
    const Diagnostics &runtimeDiagnostics() const { return m_runtime; }
    bool isRuntime(int row) const { return row >= m_registryCount; }
    // "packages/crm/database.json:12:5"; the absolute path when the file lies outside the project.
    QString locationText(const SourceLocation &location) const;
    static QString severityText(Severity severity);

private:
    void refresh();

    QPointer<Registry> m_registry;
    Diagnostics m_diagnostics; // the registry's (m_registryCount of them), then m_runtime
    Diagnostics m_runtime;
    int m_registryCount = 0;
    QString m_root;
};

} // namespace Strata::Ui
