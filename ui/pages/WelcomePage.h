#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Strata::Ui {

// What the workbench shows with no project open: open a folder, or one of the recent projects.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentProjects(const QStringList &paths);
    // A problem with the last attempt to open a project; empty hides it.
    void setError(const QString &message);

    QPushButton *openButton() const { return m_open; }
    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void openProjectRequested();
    void openRecentRequested(const QString &path);

private:
    QPushButton *m_open;
    QLabel *m_error;
    QLabel *m_recentTitle;
    QListWidget *m_recent;
    QLabel *m_noRecent;
};

} // namespace Strata::Ui
