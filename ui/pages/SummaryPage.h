#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableView;

namespace Strata {
class Registry;
}

namespace Strata::Ui {

class SummaryTableModel;

// The central page for what is selected: the project, a package, a table or a migration. A header,
// the item's properties, and a list (packages, tables or columns) whose rows lead further in.
// Column types are shown as the project's dialect spells them.
class SummaryPage : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryPage(QWidget *parent = nullptr);

    void showProject(const Registry &registry);
    void showPackage(const Registry &registry, const QString &package);
    void showTable(const Registry &registry, const QString &package, const QString &table);
    void showMigration(const Registry &registry, const QString &package, const QString &migrationId);

    QString title() const;
    SummaryTableModel *listModel() const { return m_listModel; }
    QTableView *listView() const { return m_list; }

Q_SIGNALS:
    // A row of the list was activated: {package} or {package, table}.
    void navigate(const QStringList &target);

private:
    void setHeader(const QIcon &icon, const QString &title, const QString &subtitle);
    void clearProperties();
    void addProperty(const QString &label, const QString &value);
    void setListTitle(const QString &title);

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFormLayout *m_properties;
    QLabel *m_listTitle;
    QTableView *m_list;
    SummaryTableModel *m_listModel;
};

} // namespace Strata::Ui
