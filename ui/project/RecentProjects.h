#pragma once

#include <QObject>
#include <QStringList>

namespace Strata::Ui {

// The projects opened last, newest first, kept in WorkbenchSettings (recentProjects).
class RecentProjects : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxEntries = 10;

    explicit RecentProjects(QObject *parent = nullptr);

    QStringList paths() const { return m_paths; }
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void save();

    QStringList m_paths;
};

} // namespace Strata::Ui
