#include "pages/WelcomePage.h"

#include "style/Icons.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Strata::Ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Welcome"));

    auto *outer = new QHBoxLayout(this);
    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::app().pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    logo->setAccessibleName(tr("Strata logo"));

    auto *title = new QLabel(tr("Strata Workbench"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *subtitle = new QLabel(tr("The schema workbench for modular applications: every package's tables, "
                                   "migrations and problems in one place."), this);
    subtitle->setWordWrap(true);
    subtitle->setAlignment(Qt::AlignCenter);

    m_open = new QPushButton(Icons::package(), tr("Open Project…"), this);
    m_open->setDefault(true);
    m_open->setMinimumHeight(m_open->sizeHint().height() + 8);
    m_open->setAccessibleName(tr("Open Project"));
    m_open->setToolTip(tr("Open a folder that holds packages (Ctrl+O)"));

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setStyleSheet(QStringLiteral("color: #d64541;"));
    m_error->hide();

    m_recentTitle = new QLabel(tr("Recent Projects"), this);
    QFont sectionFont = m_recentTitle->font();
    sectionFont.setBold(true);
    m_recentTitle->setFont(sectionFont);

    m_recent = new QListWidget(this);
    m_recent->setAccessibleName(tr("Recent projects"));
    m_recent->setIconSize(QSize(20, 20));
    m_recent->setMaximumHeight(260);
    m_recentTitle->setBuddy(m_recent);

    m_noRecent = new QLabel(tr("No recent projects. Open a folder with packages, or start the workbench "
                               "with a folder: strata-workbench PATH"), this);
    m_noRecent->setWordWrap(true);
    m_noRecent->setAlignment(Qt::AlignCenter);
    m_noRecent->setEnabled(false);

    column->addStretch(2);
    column->addWidget(logo);
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(16);
    column->addWidget(m_open, 0, Qt::AlignHCenter);
    column->addWidget(m_error);
    column->addSpacing(16);
    column->addWidget(m_recentTitle);
    column->addWidget(m_recent);
    column->addWidget(m_noRecent);
    column->addStretch(3);

    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRecentRequested(item->data(Qt::UserRole).toString());
    });
    setRecentProjects({});
}

void WelcomePage::setRecentProjects(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(Icons::folder(), QFileInfo(path).fileName() + QStringLiteral("  —  ")
                                                             + QDir::toNativeSeparators(path), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentTitle->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
}

void WelcomePage::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace Strata::Ui
