#pragma once

#include <QDockWidget>

class QComboBox;
class QLineEdit;
class QModelIndex;
class QTableView;
class QToolButton;

namespace Strata {
struct Diagnostic;
}

namespace Strata::Ui {

class ProblemsFilterModel;
class ProblemsModel;
class ProblemsScopeFilter;

// The "Problems" dock: every finding of the project, sortable, filtered by severity, package, code
// and text. Choosing a row says so (the window selects its package or table); activating it
// (double-click, Enter) asks for its file at its line and column.
class ProblemsPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(ProblemsModel *model, QWidget *parent = nullptr);

    ProblemsModel *model() const { return m_model; }
    ProblemsFilterModel *filterModel() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QToolButton *errorsButton() const { return m_errors; }
    QToolButton *warningsButton() const { return m_warnings; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *packageFilter() const { return m_packageBox; }
    QComboBox *codeFilter() const { return m_codeBox; }
    // Shows only the problems of `package` / with `code` (empty: all).
    void setPackageFilter(const QString &package);
    void setCodeFilter(const QString &code);
    // The finding a row of view() shows (null for an invalid index).
    const Diagnostic *diagnosticAt(const QModelIndex &viewIndex) const;

Q_SIGNALS:
    void openLocation(const QString &file, int line, int column);
    // The user made a problem the current row.
    void problemChosen(const Strata::Diagnostic &diagnostic);

private:
    void updateCounts();
    void updateChoices();

    ProblemsModel *m_model;
    ProblemsScopeFilter *m_scope;
    ProblemsFilterModel *m_proxy;
    QToolButton *m_errors;
    QToolButton *m_warnings;
    QComboBox *m_packageBox;
    QComboBox *m_codeBox;
    QLineEdit *m_filter;
    QTableView *m_view;
};

} // namespace Strata::Ui
