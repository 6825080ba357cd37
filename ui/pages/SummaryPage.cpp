#include "pages/SummaryPage.h"

#include "models/DiagnosticIndex.h"
#include "models/SummaryTableModel.h"
#include "registry/Registry.h"
#include "sql/Dialect.h"
#include "style/Icons.h"

#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
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

QString dialectTitle(DialectKind kind)
{
    return kind == DialectKind::PostgreSQL ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
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

QString indexText(const Table &table, const Index &index)
{
    QString name = index.name;
    if (name.isEmpty())
        name = table.name + QLatin1Char('_') + index.columns.join(QLatin1Char('_')) + QStringLiteral("_idx");
    QString text = name + QStringLiteral(" (") + index.columns.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (index.unique)
        text += QLatin1Char(' ') + SummaryPage::tr("unique");
    return text;
}

} // namespace

SummaryPage::SummaryPage(QWidget *parent) : QWidget(parent), m_listModel(new SummaryTableModel(this))
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

    m_list = new QTableView(this);
    m_list->setModel(m_listModel);
    m_list->setAccessibleName(tr("Summary list"));
    m_listTitle->setBuddy(m_list);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setSortingEnabled(false);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setHighlightSections(false);
    layout->addWidget(m_list, 1);

    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QStringList target = index.data(SummaryTableModel::TargetRole).toStringList();
        if (!target.isEmpty())
            Q_EMIT navigate(target);
    });
    connect(m_listModel, &QAbstractItemModel::modelReset, this, [this] {
        m_list->resizeColumnsToContents();
        // Long comments must not push the other columns out of sight.
        for (int column = 0; column < m_listModel->columnCount(); ++column)
            m_list->setColumnWidth(column, qMin(m_list->columnWidth(column) + 16, 320));
    });
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

void SummaryPage::addProperty(const QString &label, const QString &value)
{
    auto *field = new QLabel(value, this);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    auto *name = new QLabel(label, this);
    name->setBuddy(field);
    m_properties->addRow(name, field);
}

void SummaryPage::setListTitle(const QString &title)
{
    m_listTitle->setText(title);
    m_listTitle->setVisible(!title.isEmpty());
    m_list->setVisible(!title.isEmpty());
}

void SummaryPage::showProject(const Registry &registry)
{
    const ProjectConfig &project = registry.project();
    const DiagnosticIndex problems(registry.diagnostics());
    int tableCount = 0;
    for (const PackageDefinition &package : registry.packages())
        tableCount += int(package.tables.size());

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

    setHeader(Icons::withState(QStringLiteral("package"), Icons::package(), count.state()), package->name,
              package->version.isEmpty() ? tr("Package") : tr("Package · version %1").arg(package->version));
    clearProperties();
    addProperty(tr("Version:"), orNone(package->version));
    addProperty(tr("Folder:"), package->directory.isEmpty() ? tr("registered from C++") : relativeTo(root, package->directory));
    if (!package->file.isEmpty())
        addProperty(tr("Definition:"), relativeTo(root, package->file));
    if (!package->migrationsDir.isEmpty())
        addProperty(tr("Migrations:"), tr("%n migration(s) in %1", nullptr, int(package->migrations.size()))
                                           .arg(relativeTo(root, package->migrationsDir)));
    addProperty(tr("Depends on:"), orNone(registry.dependenciesOf(name).join(QStringLiteral(", "))));
    addProperty(tr("Used by:"), orNone(registry.dependentsOf(name).join(QStringLiteral(", "))));
    addProperty(tr("Problems:"), problemsText(count));

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
    const QList<Table> tables = registry.effectiveTables(packageName);
    const Table *table = nullptr;
    for (const Table &candidate : tables) {
        if (candidate.name == tableName) {
            table = &candidate;
            break;
        }
    }
    if (!table)
        return showPackage(registry, packageName);

    const QString root = registry.project().root;
    const DiagnosticIndex problems(registry.diagnostics());
    const ProblemCount count = problems.within(packageName, table->location);
    const DialectKind kind = registry.project().dialect;
    const std::unique_ptr<Dialect> dialect = Dialect::create(kind);

    setHeader(Icons::withState(QStringLiteral("table"), Icons::table(), count.state()), table->name,
              tr("Table in %1 · %n column(s)", nullptr, int(table->columns.size())).arg(packageName));
    clearProperties();
    addProperty(tr("Package:"), packageName);
    addProperty(tr("Scope:"), table->workspaceScoped ? tr("workspace (workspace_id added by Strata)")
                              : table->global        ? tr("global")
                                                     : tr("project"));
    addProperty(tr("Primary key:"), orNone(table->primaryKeyColumns().join(QStringLiteral(", "))));
    QStringList indexes;
    for (const Index &index : table->indexes)
        indexes.append(indexText(*table, index));
    for (const UniqueConstraint &unique : table->uniques)
        indexes.append(tr("unique (%1)").arg(unique.columns.join(QStringLiteral(", "))));
    addProperty(tr("Indexes:"), orNone(indexes.join(QLatin1Char('\n'))));
    if (!table->comment.isEmpty())
        addProperty(tr("Comment:"), table->comment);
    if (table->location.isValid())
        addProperty(tr("Defined in:"), tr("%1, line %2").arg(relativeTo(root, table->location.file)).arg(table->location.line));
    addProperty(tr("Problems:"), problemsText(count));

    const QStringList key = table->primaryKeyColumns();
    std::vector<SummaryTableModel::Row> rows;
    for (const Column &column : table->columns) {
        const ProblemCount columnCount = column.generated ? ProblemCount() : problems.within(packageName, column.location);
        QString references;
        if (column.references.isSet()) {
            references = column.references.table;
            if (!column.references.column.isEmpty())
                references += QLatin1Char('.') + column.references.column;
            if (!column.references.onDelete.isEmpty())
                references += QLatin1Char(' ') + tr("on delete %1").arg(column.references.onDelete);
        }
        QStringList constraints;
        if (key.contains(column.name))
            constraints.append(tr("primary key"));
        if (column.notNull && !key.contains(column.name))
            constraints.append(tr("not null"));
        if (column.unique)
            constraints.append(tr("unique"));
        SummaryTableModel::Row row;
        row.cells = {column.name,
                     column.type.isValid() && dialect ? dialect->typeName(column.type) : column.typeSpelling,
                     column.type.isValid() ? column.type.portableName() : column.typeSpelling,
                     constraints.join(QStringLiteral(", ")),
                     dialect ? dialect->defaultExpression(column) : QString(),
                     references,
                     column.generated ? tr("added by Strata") : column.comment};
        const QIcon base = key.contains(column.name) ? Icons::keyColumn() : Icons::column();
        row.icon = Icons::withState(key.contains(column.name) ? QStringLiteral("column-key") : QStringLiteral("column"),
                                    base, columnCount.state());
        row.toolTip = column.comment;
        if (column.references.isSet()) {
            const TableRef target = registry.findTable(column.references.table);
            if (target)
                row.target = {target.package, target.table->name};
        }
        rows.push_back(std::move(row));
    }
    setListTitle(tr("Columns"));
    m_listModel->setContent({tr("Column"), tr("Type (%1)").arg(dialectTitle(kind)), tr("Portable type"),
                             tr("Constraints"), tr("Default"), tr("References"), tr("Comment")},
                            std::move(rows));
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
