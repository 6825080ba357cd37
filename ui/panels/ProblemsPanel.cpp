#include "panels/ProblemsPanel.h"

#include "models/ProblemsFilterModel.h"
#include "models/ProblemsModel.h"
#include "style/Icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Strata::Ui {

namespace {

QToolButton *makeToggle(const QIcon &icon, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(icon);
    button->setCheckable(true);
    button->setChecked(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

ProblemsPanel::ProblemsPanel(ProblemsModel *model, QWidget *parent)
    : QDockWidget(tr("Problems"), parent), m_model(model), m_proxy(new ProblemsFilterModel(this))
{
    setObjectName(QStringLiteral("problemsDock"));
    m_proxy->setSourceModel(model);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    m_errors = makeToggle(Icons::error(), content);
    m_errors->setAccessibleName(tr("Show errors"));
    m_errors->setToolTip(tr("Show errors"));
    m_warnings = makeToggle(Icons::warning(), content);
    m_warnings->setAccessibleName(tr("Show warnings"));
    m_warnings->setToolTip(tr("Show warnings"));
    m_filter = new QLineEdit(content);
    m_filter->setPlaceholderText(tr("Filter problems…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter problems"));
    bar->addWidget(m_errors);
    bar->addWidget(m_warnings);
    bar->addWidget(m_filter, 1);
    layout->addLayout(bar);

    m_view = new QTableView(content);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Problems"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProblemsModel::SeverityColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true); // the help text takes what is left
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    header->resizeSection(ProblemsModel::SeverityColumn, 8 * em);
    header->resizeSection(ProblemsModel::CodeColumn, 15 * em);
    header->resizeSection(ProblemsModel::MessageColumn, 40 * em);
    header->resizeSection(ProblemsModel::PackageColumn, 9 * em);
    header->resizeSection(ProblemsModel::LocationColumn, 20 * em);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_errors, &QToolButton::toggled, this,
            [this](bool on) { m_proxy->setSeverityShown(Severity::Error, on); });
    connect(m_warnings, &QToolButton::toggled, this,
            [this](bool on) { m_proxy->setSeverityShown(Severity::Warning, on); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ProblemsFilterModel::setFilterText);
    // activated(): a double-click, or Enter, or a single click where the platform says so.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString file = index.data(ProblemsModel::FileRole).toString();
        if (file.isEmpty())
            return;
        Q_EMIT openLocation(file, index.data(ProblemsModel::LineRole).toInt(),
                            index.data(ProblemsModel::ColumnNumberRole).toInt());
    });
    connect(model, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updateCounts);
    updateCounts();
}

void ProblemsPanel::updateCounts()
{
    const int errors = countErrors(m_model->diagnostics());
    const int warnings = countWarnings(m_model->diagnostics());
    m_errors->setText(tr("%n error(s)", nullptr, errors));
    m_warnings->setText(tr("%n warning(s)", nullptr, warnings));
    setWindowTitle(errors + warnings ? tr("Problems (%1)").arg(errors + warnings) : tr("Problems"));
}

} // namespace Strata::Ui
