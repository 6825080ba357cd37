#pragma once

#include <strata/common/Diagnostic.h>

#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QStackedLayout;
class QTabWidget;

namespace Strata::Ui {

class SourceEditor;

// The files open in the workbench, one SourceEditor per tab: closable tabs marked "*" while
// modified, Save (Ctrl+S) and Close (Ctrl+W), the diagnostics of each file on it, and files that
// change on disk read again (or, for a modified buffer, a question first).
//
// Questions go through replaceable functions so that tests and scripts can answer them.
class EditorArea : public QWidget
{
    Q_OBJECT

public:
    enum class SaveAnswer { Save, Discard, Cancel };
    // Asked before a modified editor closes (or the window does).
    using SaveQuestion = std::function<SaveAnswer(SourceEditor *editor)>;
    // Asked when the file of a modified editor changed on disk: true reloads, false keeps the buffer.
    using ReloadQuestion = std::function<bool(SourceEditor *editor)>;
    // Told when a file cannot be opened or saved (the message is translated).
    using ErrorReporter = std::function<void(const QString &message)>;

    explicit EditorArea(QWidget *parent = nullptr);
    ~EditorArea() override;

    // Opens `file` (or shows its tab), puts the cursor on 1-based `line` and `column` (code points;
    // 0 for none), centers the line and focuses the editor. False when the file cannot be read.
    bool openLocation(const QString &file, int line, int column);
    // Opens `file` or shows its tab, without moving its cursor. Null when it cannot be read.
    SourceEditor *openFile(const QString &file);

    // Every diagnostic of the project: each editor shows those of its file, now and when opened later.
    void setDiagnostics(const Strata::Diagnostics &all);

    // Asks about every modified editor (Save, Discard, Cancel); false when the user cancels or a
    // save fails. For the window's close.
    bool maybeSaveAll();
    bool saveCurrent();
    // Closes one tab, asking first when modified; false when the user cancels.
    bool closeEditor(int index);
    bool closeCurrent();
    // Closes every tab, asking about modified ones; false (with the rest left open) on Cancel. For
    // closing the project.
    bool closeAll();

    SourceEditor *currentEditor() const;
    SourceEditor *editorFor(const QString &file) const;
    SourceEditor *editorAt(int index) const;
    int count() const;
    QTabWidget *tabWidget() const { return m_tabs; }

    // For the window's File menu.
    QAction *saveAction() const { return m_saveAction; }
    QAction *closeAction() const { return m_closeAction; }

    void setSaveQuestion(SaveQuestion question) { m_saveQuestion = std::move(question); }
    void setReloadQuestion(ReloadQuestion question) { m_reloadQuestion = std::move(question); }
    void setErrorReporter(ErrorReporter reporter) { m_errorReporter = std::move(reporter); }

    // The form in which paths are compared: canonical when the file exists, else absolute and clean.
    static QString normalizedPath(const QString &path);

Q_SIGNALS:
    void fileSaved(const QString &path);
    // The file of the current tab (empty when none is open).
    void currentFileChanged(const QString &path);
    void countChanged(int count);

private:
    bool save(SourceEditor *editor);
    bool askToSave(SourceEditor *editor);
    void onFileChanged(const QString &path);
    void watch(const QString &path);
    void updateTab(SourceEditor *editor);
    void updateTitles();
    void updateActions();
    void showDiagnostics(SourceEditor *editor);
    void reportError(const QString &message);

    SaveAnswer askSaveDefault(SourceEditor *editor);
    bool askReloadDefault(SourceEditor *editor);

    QStackedLayout *m_stack;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;
    QAction *m_saveAction;
    QAction *m_closeAction;
    QFileSystemWatcher *m_watcher;
    QHash<QString, Strata::Diagnostics> m_diagnosticsByFile; // by normalizedPath()
    QSet<QString> m_asking; // files whose reload question is open
    SaveQuestion m_saveQuestion;
    ReloadQuestion m_reloadQuestion;
    ErrorReporter m_errorReporter;
};

} // namespace Strata::Ui
