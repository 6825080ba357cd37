#include "project/RecentProjects.h"

#include "settings/WorkbenchSettings.h"

#include <QDir>

namespace Strata::Ui {

RecentProjects::RecentProjects(QObject *parent) : QObject(parent)
{
    m_paths = workbenchSettings().recentProjects.value();
    m_paths.removeAll(QString());
    while (m_paths.size() > MaxEntries)
        m_paths.removeLast();
}

void RecentProjects::add(const QString &path)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    m_paths.removeAll(clean);
    m_paths.prepend(clean);
    while (m_paths.size() > MaxEntries)
        m_paths.removeLast();
    save();
}

void RecentProjects::remove(const QString &path)
{
    if (m_paths.removeAll(QDir::cleanPath(path)) > 0)
        save();
}

void RecentProjects::clear()
{
    m_paths.clear();
    save();
}

void RecentProjects::save()
{
    workbenchSettings().recentProjects.setValue(m_paths);
    Q_EMIT changed();
}

} // namespace Strata::Ui
