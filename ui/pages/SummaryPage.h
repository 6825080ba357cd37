#pragma once

#include <strata/common/SourceLocation.h>
#include <strata/sql/Dialect.h>
#include <strata/sql/SchemaComparison.h>

#include <QHash>

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QTabWidget;
class QTableView;

namespace Strata {
class Registry;
}

namespace Strata::Ui {

class SummaryTableModel;
struct TableDetails;

// The central page for what is selected: the project, a package, a table or a migration. A header,
// the item's properties, and a list (packages, tables or columns) whose rows lead further in.
// A table gets tabs: its columns with types in a chosen dialect (the project's by default), its
// indexes, its constraints, and every foreign key of the project that refers to it.
class SummaryPage : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { List, Indexes, Constraints, ReferencedBy }; // List: packages, tables or columns

    explicit SummaryPage(QWidget *parent = nullptr);
    ~SummaryPage() override;

    // What each package's declared schema has that its migrations do not produce, and the reverse
    // (SchemaDiffTracker): shown on the project's and the package's page from the next show*();
    // `known` false while nothing is worked out yet.
    void setSchemaDifferences(const QHash<QString, QList<SchemaDifference>> &byPackage, bool known);

    // The connected database against the declared schema (DriftTracker), as `strata diff --database`
    // lists it: shown on the project's page from the next showProject().
    struct Drift
    {
        struct Difference
        {
            QString package;
            QString table;
            QString message;
        };
        bool known = false; // false: not connected, or not worked out yet
        QString database;   // password masked
        QString error;      // why it could not be read (translated)
        QList<Difference> differences;
        QStringList undeclared; // tables no package declares
    };
    void setDrift(const Drift &drift);
    const Drift &drift() const { return m_drift; }

    void showProject(const Registry &registry);
    void showPackage(const Registry &registry, const QString &package);
    void showTable(const Registry &registry, const QString &package, const QString &table);
    void showMigration(const Registry &registry, const QString &package, const QString &migrationId);

    QString title() const;
    SummaryTableModel *listModel() const { return m_listModel; }
    QTableView *listView() const { return m_list; }

    // The table details (valid while a table is shown).
    SummaryTableModel *indexModel() const { return m_indexModel; }
    SummaryTableModel *constraintModel() const { return m_constraintModel; }
    SummaryTableModel *referencedByModel() const { return m_referencedByModel; }
    QTableView *view(Tab tab) const;
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *dialectSwitch() const { return m_dialectSwitch; }
    // The dialect the column types are shown in.
    DialectKind typeDialect() const;
    void setTypeDialect(DialectKind kind);
    // Where the shown table is declared (invalid for other items).
    SourceLocation definition() const { return m_definition; }
    // Asks for the definition of the shown table to be opened (what the "Defined in" link does).
    void openDefinition();

Q_SIGNALS:
    // A row of the list was activated: {package} or {package, table}.
    void navigate(const QStringList &target);
    // A place in a file was asked for (the "Defined in" link, an index or a constraint).
    void openLocation(const QString &file, int line, int column);

private:
    QString schemaChangesText(const QString &package) const;
    QString driftText() const;
    void setHeader(const QIcon &icon, const QString &title, const QString &subtitle);
    void clearProperties();
    QLabel *addProperty(const QString &label, const QString &value);
    void addLinkProperty(const QString &label, const QString &text, const QString &link);
    void setListTitle(const QString &title);
    void showTableTabs(bool shown);
    void renderTable();
    void onLink(const QString &link);
    QTableView *createView(SummaryTableModel *model, const QString &accessibleName);

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFormLayout *m_properties;
    QLabel *m_listTitle;
    QTabWidget *m_tabs;
    QWidget *m_dialectBox;
    QComboBox *m_dialectSwitch;
    QTableView *m_list;
    QTableView *m_indexes;
    QTableView *m_constraints;
    QTableView *m_referencedBy;
    SummaryTableModel *m_listModel;
    SummaryTableModel *m_indexModel;
    SummaryTableModel *m_constraintModel;
    SummaryTableModel *m_referencedByModel;

    // The shown table (none for other items) and the source of each row of its tabs.
    std::unique_ptr<TableDetails> m_details;
    QList<SourceLocation> m_indexLocations;
    QList<SourceLocation> m_constraintLocations;
    SourceLocation m_definition;
    // The dialect the user picked, kept while they stay in the same project.
    std::optional<DialectKind> m_chosenDialect;
    QString m_chosenDialectRoot;
    DialectKind m_projectDialect = DialectKind::SQLite;
    QHash<QString, QList<SchemaDifference>> m_schemaDifferences;
    bool m_schemaDifferencesKnown = false;
    Drift m_drift;
};

} // namespace Strata::Ui
