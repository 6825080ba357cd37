#include "project/RecentProjects.h"

#include <QDir>
#include <QSettings>

namespace Strata::Ui {

namespace {
const auto SettingsKey = QStringLiteral("recentProjects");
}

RecentProjects::RecentProjects(QObject *parent) : QObject(parent)
{
    m_paths = QSettings().value(SettingsKey).toStringList();
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
    QSettings().setValue(SettingsKey, m_paths);
    Q_EMIT changed();
}

} // namespace Strata::Ui
