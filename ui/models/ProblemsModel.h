#pragma once

#include "registry/Registry.h"
#include "validation/Diagnostic.h"

#include <QAbstractTableModel>
#include <QPointer>

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
    };

    explicit ProblemsModel(Registry *registry, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Diagnostic &diagnostic(int row) const { return m_diagnostics.at(row); }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    // "packages/crm/database.json:12:5"; the absolute path when the file lies outside the project.
    QString locationText(const SourceLocation &location) const;
    static QString severityText(Severity severity);

private:
    void refresh();

    QPointer<Registry> m_registry;
    Diagnostics m_diagnostics;
    QString m_root;
};

} // namespace Strata::Ui
