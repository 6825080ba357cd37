#include "pages/SummaryPage.h"

#include "models/DiagnosticIndex.h"
#include "models/SummaryTableModel.h"
#include "pages/TableDetails.h"
#include <strata/registry/Registry.h>
#include <strata/sql/Dialect.h>
#include "style/Icons.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Strata::Ui {

namespace {

QString relativeTo(const QString &root, const QString &path)
{
    if (path.isEmpty())
        return {};
    if (root.isEmpty())
        return QDir::toNativeSeparators(path);
    const QString relative = QDir(root).relativeFilePath(path);
    return QDir::toNativeSeparators(relative.startsWith(QLatin1String("..")) ? path : relative);
}

QString problemsText(const ProblemCount &count)
{
    if (!count.errors && !count.warnings)
        return SummaryPage::tr("none");
    QStringList parts;
    if (count.errors)
        parts.append(SummaryPage::tr("%n error(s)", nullptr, count.errors));
    if (count.warnings)
        parts.append(SummaryPage::tr("%n warning(s)", nullptr, count.warnings));
    return parts.join(QStringLiteral(", "));
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? SummaryPage::tr("none") : text;
}

QString tableScope(const Table &table)
{
    if (table.workspaceScoped)
        return SummaryPage::tr("workspace");
    if (table.global)
        return SummaryPage::tr("global");
    return SummaryPage::tr("project");
}

// Link targets of the property labels.
const auto DefinitionLink = QStringLiteral("strata:definition");
const auto PackageLink = QStringLiteral("strata:package");

} // namespace

SummaryPage::SummaryPage(QWidget *parent)
    : QWidget(parent),
      m_listModel(new SummaryTableModel(this)),
      m_indexModel(new SummaryTableModel(this)),
      m_constraintModel(new SummaryTableModel(this)),
      m_referencedByModel(new SummaryTableModel(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    setAccessibleName(tr("Summary"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    m_icon = new QLabel(this);
    m_icon->setFixedSize(40, 40);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(this);
    m_subtitle->setEnabled(false); // the palette's dimmed text, right in light and dark themes
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addWidget(m_icon);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    m_properties = new QFormLayout;
    m_properties->setLabelAlignment(Qt::AlignLeft);
    m_properties->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_properties->setHorizontalSpacing(16);
    m_properties->setVerticalSpacing(4);
    layout->addLayout(m_properties);

    m_listTitle = new QLabel(this);
    QFont sectionFont = m_listTitle->font();
    sectionFont.setBold(true);
    m_listTitle->setFont(sectionFont);
    layout->addSpacing(6);
    layout->addWidget(m_listTitle);

    // One tab (the list, no tab bar) for the project and packages; four for a table.
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true);
    m_tabs->setAccessibleName(tr("Details"));
    m_list = createView(m_listModel, tr("Summary list"));
    m_listTitle->setBuddy(m_list);
    m_indexes = createView(m_indexModel, tr("Indexes"));
    m_constraints = createView(m_constraintModel, tr("Constraints"));
    m_referencedBy = createView(m_referencedByModel, tr("Referenced by"));
    m_tabs->addTab(m_list, QString());
    layout->addWidget(m_tabs, 1);

    // The dialect the column types are shown in, beside the tabs.
    m_dialectBox = new QWidget(m_tabs);
    auto *dialectLayout = new QHBoxLayout(m_dialectBox);
    dialectLayout->setContentsMargins(8, 0, 0, 2);
    auto *dialectLabel = new QLabel(tr("&Types in:"), m_dialectBox);
    m_dialectSwitch = new QComboBox(m_dialectBox);
    m_dialectSwitch->addItem(QStringLiteral("SQLite"), int(DialectKind::SQLite));
    m_dialectSwitch->addItem(QStringLiteral("PostgreSQL"), int(DialectKind::PostgreSQL));
    m_dialectSwitch->setAccessibleName(tr("Dialect of the column types"));
    m_dialectSwitch->setToolTip(tr("Show the column types, defaults and checks as this SQL dialect writes them"));
    dialectLabel->setBuddy(m_dialectSwitch);
    dialectLayout->addWidget(dialectLabel);
    dialectLayout->addWidget(m_dialectSwitch);
    m_tabs->setCornerWidget(m_dialectBox, Qt::TopRightCorner);
    m_dialectBox->hide();

    connect(m_dialectSwitch, &QComboBox::activated, this, [this](int index) {
        setTypeDialect(DialectKind(m_dialectSwitch->itemData(index).toInt()));
    });

    // Rows lead to another item (navigate) or, for indexes and constraints, to their place in the file.
    const auto navigateFrom = [this](const QModelIndex &index) {
        const QStringList target = index.data(SummaryTableModel::TargetRole).toStringList();
        if (!target.isEmpty())
            Q_EMIT navigate(target);
    };
    const auto openFrom = [this](const QList<SourceLocation> &locations, const QModelIndex &index) {
        const SourceLocation location = locations.value(index.row());
        if (location.isValid())
            Q_EMIT openLocation(location.file, location.line, location.column);
    };
    connect(m_list, &QAbstractItemView::activated, this, navigateFrom);
    connect(m_referencedBy, &QAbstractItemView::activated, this, navigateFrom);
    connect(m_indexes, &QAbstractItemView::activated, this,
            [this, openFrom](const QModelIndex &index) { openFrom(m_indexLocations, index); });
    connect(m_constraints, &QAbstractItemView::activated, this,
            [this, openFrom](const QModelIndex &index) { openFrom(m_constraintLocations, index); });
}

SummaryPage::~SummaryPage() = default;

QTableView *SummaryPage::createView(SummaryTableModel *model, const QString &accessibleName)
{
    auto *view = new QTableView(this);
    // Hidden until it is a tab: a view that is not yet one would sit, visible, in the page's corner.
    view->hide();
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setSortingEnabled(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    // Column widths come from the rows in sight and a few hundred more, not from every row of a
    // thousand-package list.
    view->horizontalHeader()->setResizeContentsPrecision(200);
    connect(model, &QAbstractItemModel::modelReset, view, [view, model] {
        view->resizeColumnsToContents();
        // Long comments must not push the other columns out of sight.
        for (int column = 0; column < model->columnCount(); ++column)
            view->setColumnWidth(column, qMin(view->columnWidth(column) + 16, 320));
    });
    return view;
}

QTableView *SummaryPage::view(Tab tab) const
{
    switch (tab) {
    case Tab::List:
        return m_list;
    case Tab::Indexes:
        return m_indexes;
    case Tab::Constraints:
        return m_constraints;
    case Tab::ReferencedBy:
        return m_referencedBy;
    }
    return m_list;
}

QString SummaryPage::title() const
{
    return m_title->text();
}

void SummaryPage::setHeader(const QIcon &icon, const QString &title, const QString &subtitle)
{
    m_icon->setPixmap(icon.pixmap(40, 40));
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    setAccessibleDescription(title);
}

void SummaryPage::clearProperties()
{
    while (m_properties->rowCount() > 0)
        m_properties->removeRow(0);
}

QLabel *SummaryPage::addProperty(const QString &label, const QString &value)
{
    auto *field = new QLabel(value, this);
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    auto *name = new QLabel(label, this);
    name->setBuddy(field);
    m_properties->addRow(name, field);
    return field;
}

void SummaryPage::addLinkProperty(const QString &label, const QString &text, const QString &link)
{
    QLabel *field = addProperty(label, QString());
    field->setTextFormat(Qt::RichText);
    field->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(link, text.toHtmlEscaped()));
    field->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    field->setAccessibleName(label + QLatin1Char(' ') + text);
    connect(field, &QLabel::linkActivated, this, &SummaryPage::onLink);
}

void SummaryPage::onLink(const QString &link)
{
    if (link == DefinitionLink)
        openDefinition();
    else if (link == PackageLink && m_details)
        Q_EMIT navigate({m_details->package});
}

void SummaryPage::openDefinition()
{
    if (m_definition.isValid())
        Q_EMIT openLocation(m_definition.file, m_definition.line, m_definition.column);
}

void SummaryPage::setListTitle(const QString &title)
{
    m_listTitle->setText(title);
    m_listTitle->setVisible(!title.isEmpty());
    m_tabs->setVisible(!title.isEmpty());
}

void SummaryPage::showTableTabs(bool shown)
{
    m_dialectBox->setVisible(shown);
    if (!shown) {
        m_details.reset();
        m_definition = {};
        m_indexLocations.clear();
        m_constraintLocations.clear();
        while (m_tabs->count() > 1)
            m_tabs->removeTab(m_tabs->count() - 1);
        m_indexModel->clear();
        m_constraintModel->clear();
        m_referencedByModel->clear();
        return;
    }
    if (m_tabs->count() == 1) {
        m_tabs->addTab(m_indexes, QString());
        m_tabs->addTab(m_constraints, QString());
        m_tabs->addTab(m_referencedBy, QString());
    }
}

void SummaryPage::setSchemaDifferences(const QHash<QString, QList<SchemaDifference>> &byPackage, bool known)
{
    m_schemaDifferences = byPackage;
    m_schemaDifferencesKnown = known;
}

// "Matches its migrations", or each difference on a line of its own (the first ones of many).
QString SummaryPage::schemaChangesText(const QString &package) const
{
    if (!m_schemaDifferencesKnown)
        return tr("being compared with the migrations...");
    const QList<SchemaDifference> differences = m_schemaDifferences.value(package);
    if (differences.isEmpty())
        return tr("database.json matches what the migrations produce");
    constexpr qsizetype Shown = 12;
    QStringList lines{tr("%n difference(s) between database.json and what the migrations produce:", nullptr,
                         int(differences.size()))};
    for (qsizetype i = 0; i < std::min(Shown, differences.size()); ++i)
        lines.append(QStringLiteral("• ") + differences.at(i).message);
    if (differences.size() > Shown)
        lines.append(tr("and %n more (strata diff lists them all)", nullptr, int(differences.size() - Shown)));
    return lines.join(QLatin1Char('\n'));
}

void SummaryPage::setDrift(const Drift &drift)
{
    m_drift = drift;
}

// "3 differences with the declared schema" and each of them (the first ones of many), as
// `strata diff --database` lists them; then the tables no package declares.
QString SummaryPage::driftText() const
{
    if (!m_drift.error.isEmpty())
        return tr("cannot be read: %1").arg(m_drift.error);
    QStringList lines;
    if (m_drift.differences.isEmpty()) {
        lines.append(tr("The database matches the declared schema."));
    } else {
        lines.append(tr("%n difference(s) with the declared schema", nullptr, int(m_drift.differences.size())));
        constexpr qsizetype Shown = 12;
        for (qsizetype i = 0; i < std::min(Shown, m_drift.differences.size()); ++i) {
            const Drift::Difference &d = m_drift.differences.at(i);
            lines.append(QStringLiteral("• ") + tr("%1 · %2: %3").arg(d.package, d.table, d.message));
        }
        if (m_drift.differences.size() > Shown)
            lines.append(tr("and %n more (strata diff --database lists them all)", nullptr,
                            int(m_drift.differences.size() - Shown)));
    }
    if (!m_drift.undeclared.isEmpty())
        lines.append(tr("Not declared by any package (not an error): %1").arg(m_drift.undeclared.join(QStringLiteral(", "))));
    // Which database: the connection may be another than the project's default shown above.
    if (!m_drift.database.isEmpty())
        lines.append(tr("Compared with %1").arg(m_drift.database));
    return lines.join(QLatin1Char('\n'));
}

void SummaryPage::showProject(const Registry &registry)
{
    const ProjectConfig &project = registry.project();
    const DiagnosticIndex problems(registry.diagnostics());
    int tableCount = 0;
    for (const PackageDefinition &package : registry.packages())
        tableCount += int(package.tables.size());

    showTableTabs(false);
    setHeader(Icons::app(), QDir(project.root).dirName(),
              tr("Project · %n package(s)", nullptr, int(registry.packages().size())) + QStringLiteral(" · ")
                  + tr("%n table(s)", nullptr, tableCount));
    clearProperties();
    addProperty(tr("Folder:"), QDir::toNativeSeparators(project.root));
    addProperty(tr("Configuration:"), project.file.isEmpty() ? tr("none (defaults)") : relativeTo(project.root, project.file));
    addProperty(tr("Dialect:"), dialectTitle(project.dialect));
    addProperty(tr("Database:"), project.database.isEmpty()
                    ? tr("embedded SQLite file (%1)").arg(relativeTo(project.root, project.embeddedDatabasePath()))
                    : project.database);
    addProperty(tr("Workspace table:"), project.workspaceTable);
    ProblemCount all;
    for (const Diagnostic &diagnostic : registry.diagnostics())
        all.add(diagnostic);
    addProperty(tr("Problems:"), problemsText(all));
    if (m_schemaDifferencesKnown) {
        int differing = 0, differences = 0;
        for (const QList<SchemaDifference> &list : std::as_const(m_schemaDifferences)) {
            differing += list.isEmpty() ? 0 : 1;
            differences += int(list.size());
        }
        addProperty(tr("Schema changes:"),
                    differing == 0 ? tr("every package's database.json matches its migrations")
                                   : tr("%n package(s) differ from their migrations", nullptr, differing)
                                         + QStringLiteral(" (") + tr("%n difference(s)", nullptr, differences)
                                         + QLatin1Char(')'));
    }
    if (m_drift.known || !m_drift.error.isEmpty())
        addProperty(tr("Database drift:"), driftText());

    std::vector<SummaryTableModel::Row> rows;
    for (const PackageDefinition &package : registry.packages()) {
        const ProblemCount count = problems.ofPackage(package.name);
        SummaryTableModel::Row row;
        row.cells = {package.name, package.version, QString::number(package.tables.size()),
                     QString::number(package.migrations.size()),
                     registry.dependenciesOf(package.name).join(QStringLiteral(", ")), problemsText(count)};
        row.icon = Icons::withState(QStringLiteral("package"), Icons::package(), count.state());
        row.toolTip = QDir::toNativeSeparators(package.directory);
        row.target = {package.name};
        rows.push_back(std::move(row));
    }
    setListTitle(tr("Packages (in dependency order)"));
    m_listModel->setContent({tr("Package"), tr("Version"), tr("Tables"), tr("Migrations"), tr("Depends on"), tr("Problems")},
                            std::move(rows));
}

void SummaryPage::showPackage(const Registry &registry, const QString &name)
{
    const PackageDefinition *package = registry.package(name);
    if (!package)
        return showProject(registry);
    const QString root = registry.project().root;
    const DiagnosticIndex problems(registry.diagnostics());
    const ProblemCount count = problems.ofPackage(name);

    showTableTabs(false);
    setHeader(Icons::withState(QStringLiteral("package"), Icons::package(), count.state()), package->name,
              package->version.isEmpty() ? tr("Package") : tr("Package · version %1").arg(package->version));
    clearProperties();
    addProperty(tr("Version:"), orNone(package->version));
    if (!package->pluginFile.isEmpty())
        addProperty(tr("Plugin:"), relativeTo(root, package->pluginFile));
    else
        addProperty(tr("Folder:"), package->directory.isEmpty() ? tr("registered from C++") : relativeTo(root, package->directory));
    if (!package->file.isEmpty())
        addProperty(tr("Definition:"), relativeTo(root, package->file));
    if (!package->migrationsDir.isEmpty())
        addProperty(tr("Migrations:"), tr("%n migration(s) in %1", nullptr, int(package->migrations.size()))
                                           .arg(relativeTo(root, package->migrationsDir)));
    addProperty(tr("Depends on:"), orNone(registry.dependenciesOf(name).join(QStringLiteral(", "))));
    addProperty(tr("Used by:"), orNone(registry.dependentsOf(name).join(QStringLiteral(", "))));
    addProperty(tr("Problems:"), problemsText(count));
    addProperty(tr("Schema changes:"), schemaChangesText(name));

    std::vector<SummaryTableModel::Row> rows;
    for (const Table &table : registry.effectiveTables(name)) {
        const ProblemCount tableCount = problems.within(name, table.location);
        SummaryTableModel::Row row;
        row.cells = {table.name, QString::number(table.columns.size()), tableScope(table),
                     table.primaryKeyColumns().join(QStringLiteral(", ")), table.comment};
        row.icon = Icons::withState(QStringLiteral("table"), Icons::table(), tableCount.state());
        row.toolTip = table.comment;
        row.target = {name, table.name};
        rows.push_back(std::move(row));
    }
    setListTitle(tr("Tables"));
    m_listModel->setContent({tr("Table"), tr("Columns"), tr("Scope"), tr("Primary key"), tr("Comment")}, std::move(rows));
}

void SummaryPage::showTable(const Registry &registry, const QString &packageName, const QString &tableName)
{
    std::optional<TableDetails> details = TableDetails::collect(registry, packageName, tableName);
    if (!details)
        return showPackage(registry, packageName);

    const QString root = registry.project().root;
    if (root != m_chosenDialectRoot) {
        m_chosenDialect.reset(); // another project: its own dialect again
        m_chosenDialectRoot = root;
    }
    m_projectDialect = registry.project().dialect;
    showTableTabs(true);
    m_details = std::make_unique<TableDetails>(std::move(*details));
    const Table &table = m_details->table;
    m_definition = table.location;

    const DiagnosticIndex problems(registry.diagnostics());
    const ProblemCount count = problems.within(packageName, table.location);
    setHeader(Icons::withState(QStringLiteral("table"), Icons::table(), count.state()), table.name,
              tr("Table in %1 · %n column(s)", nullptr, int(table.columns.size())).arg(packageName));
    clearProperties();
    addLinkProperty(tr("Package:"), packageName, PackageLink);
    addProperty(tr("Scope:"), table.workspaceScoped ? tr("workspace (workspace_id added by Strata)")
                              : table.global        ? tr("global")
                                                    : tr("project"));
    addProperty(tr("Primary key:"), orNone(table.primaryKeyColumns().join(QStringLiteral(", "))));
    if (table.location.isValid()) {
        const QString place = QStringLiteral("%1:%2").arg(relativeTo(root, table.location.file)).arg(table.location.line);
        addLinkProperty(tr("Defined in:"), place, DefinitionLink);
    } else {
        addProperty(tr("Defined in:"), tr("registered from C++"));
    }
    addProperty(tr("Comment:"), orNone(table.comment));
    addProperty(tr("Problems:"), problemsText(count));
    setListTitle(tr("Columns"));
    m_listTitle->hide(); // the tabs say it

    renderTable();
}

DialectKind SummaryPage::typeDialect() const
{
    return m_chosenDialect.value_or(m_projectDialect);
}

void SummaryPage::setTypeDialect(DialectKind kind)
{
    m_chosenDialect = kind;
    if (!m_details)
        return;
    // Keep the row the user was on: only the spelling changes.
    const int row = m_list->currentIndex().row();
    renderTable();
    if (row >= 0 && row < m_listModel->rowCount())
        m_list->setCurrentIndex(m_listModel->index(row, 0));
}

// Fills the tabs from the collected table in the chosen dialect.
void SummaryPage::renderTable()
{
    const DialectKind kind = typeDialect();
    m_dialectSwitch->setCurrentIndex(m_dialectSwitch->findData(int(kind)));
    const std::unique_ptr<Dialect> dialect = Dialect::create(kind);

    TableDetailsRows::Rows columns = TableDetailsRows::columns(*m_details, *dialect);
    TableDetailsRows::Rows indexes = TableDetailsRows::indexes(*m_details);
    TableDetailsRows::Rows constraints = TableDetailsRows::constraints(*m_details, *dialect);
    TableDetailsRows::Rows referencedBy = TableDetailsRows::referencedBy(*m_details);

    m_tabs->setTabText(int(Tab::List), tr("Columns (%1)").arg(columns.rows.size()));
    m_tabs->setTabText(int(Tab::Indexes), tr("Indexes (%1)").arg(indexes.rows.size()));
    m_tabs->setTabText(int(Tab::Constraints), tr("Constraints (%1)").arg(constraints.rows.size()));
    m_tabs->setTabText(int(Tab::ReferencedBy), tr("Referenced by (%1)").arg(referencedBy.rows.size()));
    m_indexLocations = std::move(indexes.locations);
    m_constraintLocations = std::move(constraints.locations);

    m_listModel->setContent(columns.headers, std::move(columns.rows));
    m_indexModel->setContent(indexes.headers, std::move(indexes.rows));
    m_constraintModel->setContent(constraints.headers, std::move(constraints.rows));
    m_referencedByModel->setContent(referencedBy.headers, std::move(referencedBy.rows));
}

void SummaryPage::showMigration(const Registry &registry, const QString &packageName, const QString &migrationId)
{
    const PackageDefinition *package = registry.package(packageName);
    const Migration *migration = nullptr;
    if (package) {
        for (const Migration &candidate : package->migrations) {
            if (candidate.id == migrationId)
                migration = &candidate;
        }
    }
    if (!migration)
        return showPackage(registry, packageName);

    const QString root = registry.project().root;
    const DiagnosticIndex problems(registry.diagnostics());
    const ProblemCount count = problems.inFile(packageName, migration->file);
    showTableTabs(false);
    setHeader(Icons::withState(QStringLiteral("migration"), Icons::migration(), count.state()), migration->id,
              tr("Migration of %1").arg(packageName));
    clearProperties();
    addProperty(tr("Package:"), packageName);
    addProperty(tr("Version:"), orNone(migration->version));
    addProperty(tr("File:"), migration->file.isEmpty() ? tr("registered from C++") : relativeTo(root, migration->file));
    addProperty(tr("Directions:"), migration->hasDown() ? tr("up and down") : tr("up only (cannot be rolled back)"));
    addProperty(tr("Transaction:"), migration->noTransaction ? tr("runs outside a transaction") : tr("runs in a transaction"));
    QStringList requires_;
    for (const MigrationRequirement &requirement : migration->requirements)
        requires_.append(requirement.package + QLatin1Char(':') + requirement.migrationId);
    addProperty(tr("Requires:"), orNone(requires_.join(QStringLiteral(", "))));
    addProperty(tr("Problems:"), problemsText(count));
    setListTitle({});
    m_listModel->clear();
}

} // namespace Strata::Ui
