#include "panels/ProblemsPanel.h"

#include "models/ProblemsFilterModel.h"
#include "models/ProblemsModel.h"
#include "panels/ProblemsScopeFilter.h"
#include "style/Icons.h"

#include <QComboBox>
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
    : QDockWidget(tr("Problems"), parent),
      m_model(model),
      m_scope(new ProblemsScopeFilter(this)),
      m_proxy(new ProblemsFilterModel(this))
{
    setObjectName(QStringLiteral("problemsDock"));
    // model -> package/code scope -> severity, text and sorting -> view
    m_scope->setSourceModel(model);
    m_proxy->setSourceModel(m_scope);

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
    m_packageBox = new QComboBox(content);
    m_packageBox->setAccessibleName(tr("Show problems of package"));
    m_packageBox->setToolTip(tr("Show the problems of one package"));
    m_packageBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_packageBox->setMinimumContentsLength(12);
    m_codeBox = new QComboBox(content);
    m_codeBox->setAccessibleName(tr("Show problems with code"));
    m_codeBox->setToolTip(tr("Show the problems with one code"));
    m_codeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_codeBox->setMinimumContentsLength(14);
    m_filter = new QLineEdit(content);
    m_filter->setPlaceholderText(tr("Filter problems…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter problems"));
    bar->addWidget(m_errors);
    bar->addWidget(m_warnings);
    bar->addWidget(m_packageBox);
    bar->addWidget(m_codeBox);
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
    connect(m_packageBox, &QComboBox::activated, this,
            [this] { m_scope->setPackage(m_packageBox->currentData().toString()); });
    connect(m_codeBox, &QComboBox::activated, this, [this] { m_scope->setCode(m_codeBox->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        // A reset of the list (a reload) leaves no current row: no choice of the user's.
        if (const Diagnostic *diagnostic = diagnosticAt(current))
            Q_EMIT problemChosen(*diagnostic);
    });
    // activated(): a double-click, or Enter, or a single click where the platform says so.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString file = index.data(ProblemsModel::FileRole).toString();
        if (file.isEmpty())
            return;
        Q_EMIT openLocation(file, index.data(ProblemsModel::LineRole).toInt(),
                            index.data(ProblemsModel::ColumnNumberRole).toInt());
    });
    connect(model, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updateCounts);
    connect(model, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updateChoices);
    updateCounts();
    updateChoices();
}

void ProblemsPanel::setPackageFilter(const QString &package)
{
    m_scope->setPackage(package);
    updateChoices();
}

void ProblemsPanel::setCodeFilter(const QString &code)
{
    m_scope->setCode(code);
    updateChoices();
}

const Diagnostic *ProblemsPanel::diagnosticAt(const QModelIndex &viewIndex) const
{
    if (!viewIndex.isValid())
        return nullptr;
    const QModelIndex source = m_scope->mapToSource(m_proxy->mapToSource(viewIndex));
    if (!source.isValid() || source.row() >= m_model->rowCount())
        return nullptr;
    return &m_model->diagnostic(source.row());
}

// The choices are the packages and codes that have problems now; a chosen one that has none left
// stays listed, so that the filter never changes under the user's hands.
void ProblemsPanel::updateChoices()
{
    auto fill = [](QComboBox *box, const QString &all, QStringList values, const QString &chosen) {
        if (!chosen.isEmpty() && !values.contains(chosen))
            values.append(chosen);
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &value : std::as_const(values))
            box->addItem(value, value);
        box->setCurrentIndex(qMax(0, box->findData(chosen)));
    };
    fill(m_packageBox, tr("All packages"), m_scope->packages(), m_scope->package());
    fill(m_codeBox, tr("All codes"), m_scope->codes(), m_scope->code());
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
