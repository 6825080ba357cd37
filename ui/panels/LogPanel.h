#pragma once

#include <QDockWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QToolButton;

namespace Strata::Ui {

class LogFilterModel;
class LogModel;

// The "Log" dock: what the program's logging categories say (discovery, loading, validation,
// migration, ...), newest last. The level switch decides how much the strata.* categories say
// (QLoggingCategory filter rules) and is remembered; the category and text filters narrow the view.
// The view follows new messages until the user scrolls up, and again once they are back at the end.
class LogPanel : public QDockWidget
{
    Q_OBJECT

public:
    enum class Level { Warnings, Info, Debug };

    explicit LogPanel(LogModel *model, QWidget *parent = nullptr);
    ~LogPanel() override;

    LogModel *model() const { return m_model; }
    LogFilterModel *filterModel() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *levelSwitch() const { return m_level; }
    QComboBox *categoryFilter() const { return m_category; }
    QLineEdit *filterEdit() const { return m_filter; }
    QToolButton *clearButton() const { return m_clear; }
    QToolButton *copyButton() const { return m_copy; }

    Level level() const;
    // Applies the filter rules for strata.*, filters the view and remembers the choice.
    void setLevel(Level level);
    // The QLoggingCategory rules of a level, for the strata.* categories only.
    static QString filterRules(Level level);
    // The level remembered in WorkbenchSettings (Info when none was chosen yet).
    static Level savedLevel();

    // Copies the selected rows, or every shown row when none is selected.
    void copy();
    // Whether new messages scroll the view to the end.
    bool isFollowing() const { return m_following; }

private:
    void updateCategories();

    LogModel *m_model;
    LogFilterModel *m_proxy;
    QComboBox *m_level;
    QComboBox *m_category;
    QLineEdit *m_filter;
    QToolButton *m_clear;
    QToolButton *m_copy;
    QTableView *m_view;
    bool m_following = true;
};

} // namespace Strata::Ui
