#pragma once

#include <QDockWidget>

class QLineEdit;
class QTableView;
class QToolButton;

namespace Strata::Ui {

class ProblemsFilterModel;
class ProblemsModel;

// The "Problems" dock: every finding of the project, sortable, filtered by severity and text.
// Activating a row (double-click, Enter) asks for its file at its line and column.
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

Q_SIGNALS:
    void openLocation(const QString &file, int line, int column);

private:
    void updateCounts();

    ProblemsModel *m_model;
    ProblemsFilterModel *m_proxy;
    QToolButton *m_errors;
    QToolButton *m_warnings;
    QLineEdit *m_filter;
    QTableView *m_view;
};

} // namespace Strata::Ui
