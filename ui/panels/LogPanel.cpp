#include "panels/LogPanel.h"

#include <strata/common/Logging.h>
#include "models/LogFilterModel.h"
#include "models/LogModel.h"
#include "settings/WorkbenchSettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Strata::Ui {

namespace {

QString levelKey(LogPanel::Level level)
{
    switch (level) {
    case LogPanel::Level::Warnings:
        return QStringLiteral("warnings");
    case LogPanel::Level::Info:
        return QStringLiteral("info");
    case LogPanel::Level::Debug:
        return QStringLiteral("debug");
    }
    return QStringLiteral("info");
}

int minimumSeverity(LogPanel::Level level)
{
    switch (level) {
    case LogPanel::Level::Warnings:
        return LogModel::severity(QtWarningMsg);
    case LogPanel::Level::Info:
        return LogModel::severity(QtInfoMsg);
    case LogPanel::Level::Debug:
        return LogModel::severity(QtDebugMsg);
    }
    return 0;
}

// The core's categories are offered before they have said anything.
QStringList coreCategories()
{
    return {QString::fromLatin1(lcScanner().categoryName()), QString::fromLatin1(lcLoader().categoryName()),
            QString::fromLatin1(lcRegistry().categoryName()), QString::fromLatin1(lcValidate().categoryName()),
            QString::fromLatin1(lcSql().categoryName()),      QString::fromLatin1(lcMigrate().categoryName()),
            QString::fromLatin1(lcReload().categoryName())};
}

QToolButton *makeButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

LogPanel::LogPanel(LogModel *model, QWidget *parent)
    : QDockWidget(tr("Log"), parent), m_model(model), m_proxy(new LogFilterModel(this))
{
    setObjectName(QStringLiteral("logDock"));
    m_proxy->setLogModel(model);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    auto *levelLabel = new QLabel(tr("&Level:"), content);
    m_level = new QComboBox(content);
    m_level->addItem(tr("Warnings"), int(Level::Warnings));
    m_level->addItem(tr("Info"), int(Level::Info));
    m_level->addItem(tr("Debug"), int(Level::Debug));
    m_level->setAccessibleName(tr("Log level"));
    m_level->setToolTip(tr("How much Strata logs: warnings only, also progress, or everything for debugging"));
    levelLabel->setBuddy(m_level);
    m_category = new QComboBox(content);
    m_category->setAccessibleName(tr("Category filter"));
    m_category->setToolTip(tr("Show the messages of one category only"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter = new QLineEdit(content);
    m_filter->setPlaceholderText(tr("Filter messages…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter messages"));
    m_clear = makeButton(tr("C&lear"), tr("Clear the log"), content);
    m_copy = makeButton(tr("&Copy"), tr("Copy the selected messages, or all shown"), content);
    bar->addWidget(levelLabel);
    bar->addWidget(m_level);
    bar->addWidget(m_category);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_clear);
    bar->addWidget(m_copy);
    layout->addLayout(bar);

    m_view = new QTableView(content);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Log messages"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 10,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    header->resizeSection(LogModel::TimeColumn, 8 * em);
    header->resizeSection(LogModel::LevelColumn, 7 * em);
    header->resizeSection(LogModel::CategoryColumn, 10 * em);
    layout->addWidget(m_view);
    setWidget(content);

    auto *copyAction = new QAction(tr("Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &LogPanel::copy);

    connect(m_level, &QComboBox::activated, this,
            [this](int index) { setLevel(Level(m_level->itemData(index).toInt())); });
    connect(m_category, &QComboBox::activated, this,
            [this](int index) { m_proxy->setCategory(m_category->itemData(index).toString()); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &LogFilterModel::setText);
    connect(m_clear, &QToolButton::clicked, m_model, &LogModel::clear);
    connect(m_copy, &QToolButton::clicked, this, &LogPanel::copy);
    connect(m_model, &LogModel::categoriesChanged, this, &LogPanel::updateCategories);

    // Follow the end while the user is there; a scroll up (or a selection above) stops it.
    QScrollBar *scrollBar = m_view->verticalScrollBar();
    connect(scrollBar, &QScrollBar::valueChanged, this,
            [this, scrollBar](int value) { m_following = value >= scrollBar->maximum(); });
    connect(scrollBar, &QScrollBar::rangeChanged, this, [this, scrollBar](int, int maximum) {
        if (m_following)
            scrollBar->setValue(maximum);
    });

    updateCategories();
    setLevel(savedLevel());
}

LogPanel::~LogPanel()
{
    // The view is deleted with the dock's children, after this destructor; letting go of its model
    // changes its scroll bar's range, and the handlers above must not run on a half-destroyed panel.
    m_view->verticalScrollBar()->disconnect(this);
}

LogPanel::Level LogPanel::level() const
{
    return Level(m_level->currentData().toInt());
}

void LogPanel::setLevel(Level level)
{
    m_level->setCurrentIndex(m_level->findData(int(level)));
    QLoggingCategory::setFilterRules(filterRules(level));
    m_proxy->setMinimumSeverity(minimumSeverity(level));
    workbenchSettings().logLevel.setValue(levelKey(level));
}

QString LogPanel::filterRules(Level level)
{
    switch (level) {
    case Level::Warnings:
        return QStringLiteral("strata.*.debug=false\nstrata.*.info=false");
    case Level::Info:
        return QStringLiteral("strata.*.debug=false\nstrata.*.info=true");
    case Level::Debug:
        return QStringLiteral("strata.*.debug=true\nstrata.*.info=true");
    }
    return {};
}

LogPanel::Level LogPanel::savedLevel()
{
    const QString saved = workbenchSettings().logLevel.value();
    for (Level level : {Level::Warnings, Level::Info, Level::Debug}) {
        if (saved == levelKey(level))
            return level;
    }
    return Level::Info;
}

void LogPanel::copy()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        rows.reserve(m_proxy->rowCount());
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    } else {
        for (const QModelIndex &index : selected)
            rows.append(m_proxy->mapToSource(index).row());
        std::sort(rows.begin(), rows.end());
    }
    QApplication::clipboard()->setText(m_model->toText(rows));
}

void LogPanel::updateCategories()
{
    const QString current = m_category->currentData().toString();
    QStringList categories = coreCategories();
    for (const QString &category : m_model->categories()) {
        if (!categories.contains(category))
            categories.append(category);
    }
    std::sort(categories.begin(), categories.end());
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString &category : std::as_const(categories))
        m_category->addItem(category, category);
    m_category->setCurrentIndex(qMax(0, m_category->findData(current)));
}

} // namespace Strata::Ui
