#include "models/ProblemsModel.h"

#include <strata/registry/Registry.h>
#include "style/Icons.h"

#include <QDir>

namespace Strata::Ui {

ProblemsModel::ProblemsModel(Registry *registry, QObject *parent)
    : QAbstractTableModel(parent), m_registry(registry)
{
    m_diagnostics = registry->diagnostics();
    m_registryCount = int(m_diagnostics.size());
    m_root = registry->project().root;
    // The list is flat and replaced as a whole by every re-validation: a reset is the honest signal.
    connect(registry, &Registry::diagnosticsChanged, this, &ProblemsModel::refresh);
    connect(registry, &Registry::reset, this, &ProblemsModel::refresh);
}

void ProblemsModel::refresh()
{
    beginResetModel();
    m_diagnostics = m_registry ? m_registry->diagnostics() : Diagnostics();
    m_registryCount = int(m_diagnostics.size());
    m_diagnostics += m_runtime;
    m_root = m_registry ? m_registry->project().root : QString();
    endResetModel();
}

void ProblemsModel::addRuntimeDiagnostic(const Diagnostic &diagnostic)
{
    const int row = int(m_diagnostics.size());
    beginInsertRows({}, row, row);
    m_runtime.append(diagnostic);
    m_diagnostics.append(diagnostic);
    endInsertRows();
}

int ProblemsModel::removeRuntimeDiagnostics(const std::function<bool(const Diagnostic &)> &matches)
{
    int removed = 0;
    // From the end, so that the rows before the one removed keep their numbers.
    for (int i = int(m_runtime.size()) - 1; i >= 0; --i) {
        if (!matches(m_runtime.at(i)))
            continue;
        const int row = m_registryCount + i;
        beginRemoveRows({}, row, row);
        m_runtime.removeAt(i);
        m_diagnostics.removeAt(row);
        endRemoveRows();
        ++removed;
    }
    return removed;
}

void ProblemsModel::clearRuntimeDiagnostics()
{
    removeRuntimeDiagnostics([](const Diagnostic &) { return true; });
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProblemsModel::severityText(Severity severity)
{
    return severity == Severity::Error ? tr("Error") : tr("Warning");
}

QString ProblemsModel::locationText(const SourceLocation &location) const
{
    if (location.file.isEmpty())
        return {};
    QString path = location.file;
    if (!m_root.isEmpty()) {
        const QString relative = QDir(m_root).relativeFilePath(location.file);
        if (!relative.startsWith(QLatin1String("..")))
            path = relative;
    }
    if (location.line > 0) {
        path += QLatin1Char(':') + QString::number(location.line);
        if (location.column > 0)
            path += QLatin1Char(':') + QString::number(location.column);
    }
    return path;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(d.severity);
        case CodeColumn:
            return d.code;
        case MessageColumn:
            return d.message;
        case PackageColumn:
            return d.package;
        case LocationColumn:
            return locationText(d.location);
        case HelpColumn:
            return d.help;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return d.isError() ? Icons::error() : Icons::warning();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LocationColumn)
            return d.location.file;
        return d.help.isEmpty() ? d.message : QString(d.message + QLatin1Char('\n') + d.help);
    case SeverityRole:
        return int(d.severity);
    case FileRole:
        return d.location.file;
    case LineRole:
        return d.location.line;
    case ColumnNumberRole:
        return d.location.column;
    case RuntimeRole:
        return isRuntime(index.row());
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return int(d.severity);
        case LocationColumn:
            // File, then line and column as numbers, not as text ("10" after "9").
            return QString(d.location.file + QLatin1Char('\x1f')
                           + QStringLiteral("%1:%2").arg(d.location.line, 9, 10, QLatin1Char('0')).arg(d.location.column, 9, 10, QLatin1Char('0')));
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    case PackageColumn:
        return tr("Package");
    case LocationColumn:
        return tr("Location");
    case HelpColumn:
        return tr("Help");
    default:
        return {};
    }
}

} // namespace Strata::Ui
