#include "editor/EditorArea.h"

#include "editor/SourceEditor.h"
#include "style/Icons.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedLayout>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>

namespace Strata::Ui {

EditorArea::EditorArea(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_placeholder(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_saveAction(new QAction(tr("&Save File"), this))
    , m_closeAction(new QAction(tr("Close &File"), this))
    , m_watcher(new QFileSystemWatcher(this))
{
    setAccessibleName(tr("Editor"));
    m_placeholder->setText(tr("Double-click a problem, a table or a migration to open its file here."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setAccessibleName(tr("No open files"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->tabBar()->setElideMode(Qt::ElideMiddle);
    m_tabs->setAccessibleName(tr("Open files"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);

    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Write the current file to disk"));
    m_saveAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setStatusTip(tr("Close the current file"));
    // Added here as well, so that the shortcuts work whether or not the window puts them in a menu.
    addAction(m_saveAction);
    addAction(m_closeAction);
    connect(m_saveAction, &QAction::triggered, this, &EditorArea::saveCurrent);
    connect(m_closeAction, &QAction::triggered, this, &EditorArea::closeCurrent);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &EditorArea::closeEditor);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateActions();
        SourceEditor *editor = currentEditor();
        Q_EMIT currentFileChanged(editor ? editor->filePath() : QString());
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &EditorArea::onFileChanged);

    m_saveQuestion = [this](SourceEditor *editor) { return askSaveDefault(editor); };
    m_reloadQuestion = [this](SourceEditor *editor) { return askReloadDefault(editor); };
    m_errorReporter = [this](const QString &message) { QMessageBox::warning(this, tr("Editor"), message); };
    updateActions();
}

EditorArea::~EditorArea()
{
    // The tabs and their editors are deleted with this widget's children, after this destructor:
    // a tab widget losing its pages says that its current tab changed, and the handlers above must
    // not run on a half-destroyed area.
    m_tabs->disconnect(this);
    for (int index = 0; index < m_tabs->count(); ++index) {
        if (SourceEditor *editor = editorAt(index))
            editor->disconnect(this);
    }
}

QString EditorArea::normalizedPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

bool EditorArea::openLocation(const QString &file, int line, int column)
{
    SourceEditor *editor = openFile(file);
    if (!editor)
        return false;
    if (line > 0)
        editor->goToLine(line, column);
    editor->setFocus(Qt::OtherFocusReason);
    return true;
}

SourceEditor *EditorArea::openFile(const QString &file)
{
    const QString path = normalizedPath(file);
    if (SourceEditor *open = editorFor(path)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    auto *editor = new SourceEditor(m_tabs);
    if (!editor->load(path)) {
        reportError(editor->errorString());
        delete editor;
        return nullptr;
    }
    showDiagnostics(editor);
    connect(editor, &QsciScintilla::modificationChanged, this, [this, editor] {
        updateTab(editor);
        updateActions();
    });
    const int index = m_tabs->addTab(editor, QFileInfo(path).fileName());
    m_tabs->setTabToolTip(index, QDir::toNativeSeparators(path));
    watch(path);
    updateTitles();
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(index);
    Q_EMIT countChanged(count());
    return editor;
}

void EditorArea::setDiagnostics(const Diagnostics &all)
{
    m_diagnosticsByFile.clear();
    QHash<QString, QString> normalized; // a few files hold most findings: resolve each path once
    for (const Diagnostic &diagnostic : all) {
        const QString &file = diagnostic.location.file;
        if (file.isEmpty())
            continue;
        auto found = normalized.constFind(file);
        if (found == normalized.constEnd())
            found = normalized.insert(file, normalizedPath(file));
        m_diagnosticsByFile[*found].append(diagnostic);
    }
    for (int i = 0; i < count(); ++i)
        showDiagnostics(editorAt(i));
}

void EditorArea::showDiagnostics(SourceEditor *editor)
{
    const Diagnostics diagnostics = m_diagnosticsByFile.value(editor->filePath());
    // A modified buffer's marks have moved with its edits; the same findings again (the disk did not
    // change) would put them back on the old positions.
    if (editor->isModified() && editor->diagnostics() == diagnostics)
        return;
    editor->setDiagnostics(diagnostics);
    updateTab(editor);
}

bool EditorArea::maybeSaveAll()
{
    for (int i = 0; i < count(); ++i) {
        SourceEditor *editor = editorAt(i);
        if (editor->isModified()) {
            m_tabs->setCurrentIndex(i);
            if (!askToSave(editor))
                return false;
        }
    }
    return true;
}

bool EditorArea::askToSave(SourceEditor *editor)
{
    switch (m_saveQuestion(editor)) {
    case SaveAnswer::Save:
        return save(editor);
    case SaveAnswer::Discard:
        return true;
    case SaveAnswer::Cancel:
        break;
    }
    return false;
}

bool EditorArea::saveCurrent()
{
    SourceEditor *editor = currentEditor();
    return editor && save(editor);
}

bool EditorArea::save(SourceEditor *editor)
{
    if (!editor->save()) {
        reportError(editor->errorString());
        return false;
    }
    // The save replaced the file (QSaveFile renames), which ends the watch on the old one.
    watch(editor->filePath());
    updateTab(editor);
    updateActions();
    Q_EMIT fileSaved(editor->filePath());
    return true;
}

bool EditorArea::closeCurrent()
{
    return m_tabs->currentIndex() >= 0 && closeEditor(m_tabs->currentIndex());
}

bool EditorArea::closeEditor(int index)
{
    SourceEditor *editor = editorAt(index);
    if (!editor)
        return false;
    if (editor->isModified()) {
        m_tabs->setCurrentIndex(index);
        if (!askToSave(editor))
            return false;
    }
    m_watcher->removePath(editor->filePath());
    m_tabs->removeTab(m_tabs->indexOf(editor));
    editor->deleteLater();
    updateTitles();
    updateActions();
    if (count() == 0)
        m_stack->setCurrentWidget(m_placeholder);
    Q_EMIT countChanged(count());
    return true;
}

bool EditorArea::closeAll()
{
    while (count() > 0) {
        if (!closeEditor(count() - 1))
            return false;
    }
    return true;
}

SourceEditor *EditorArea::currentEditor() const
{
    return qobject_cast<SourceEditor *>(m_tabs->currentWidget());
}

SourceEditor *EditorArea::editorFor(const QString &file) const
{
    const QString path = normalizedPath(file);
    for (int i = 0; i < count(); ++i) {
        if (editorAt(i)->filePath() == path)
            return editorAt(i);
    }
    return nullptr;
}

SourceEditor *EditorArea::editorAt(int index) const
{
    return qobject_cast<SourceEditor *>(m_tabs->widget(index));
}

int EditorArea::count() const
{
    return m_tabs->count();
}

void EditorArea::watch(const QString &path)
{
    if (!m_watcher->files().contains(path) && QFileInfo::exists(path))
        m_watcher->addPath(path);
}

void EditorArea::onFileChanged(const QString &path)
{
    SourceEditor *editor = editorFor(path);
    if (!editor)
        return;
    if (!QFileInfo::exists(path)) {
        // Editors that save by writing a new file and renaming it leave a moment without one:
        // look again shortly. A file that stays deleted keeps its buffer, to be saved again.
        QTimer::singleShot(300, this, [this, path] {
            if (QFileInfo::exists(path)) {
                watch(path);
                onFileChanged(path);
            }
        });
        return;
    }
    watch(path); // a replaced file is a new one to the watcher
    if (!editor->changedOnDisk() || m_asking.contains(path))
        return; // our own save, a touch, or a question already open
    if (!editor->isModified()) {
        if (!editor->reload())
            reportError(editor->errorString());
        return;
    }
    m_asking.insert(path);
    const bool reload = m_reloadQuestion(editor);
    m_asking.remove(path);
    if (!editorFor(path))
        return; // closed meanwhile
    if (reload) {
        if (!editor->reload())
            reportError(editor->errorString());
    } else {
        editor->acceptDiskVersion();
    }
    updateTab(editor);
    updateActions();
}

void EditorArea::updateTab(SourceEditor *editor)
{
    const int index = m_tabs->indexOf(editor);
    if (index < 0)
        return;
    const QFileInfo info(editor->filePath());
    QString title = info.fileName();
    // Every package has a database.json: name the package folder when two open files share a name.
    for (int i = 0; i < count(); ++i) {
        if (i != index && QFileInfo(editorAt(i)->filePath()).fileName() == title) {
            title = info.dir().dirName() + u'/' + title;
            break;
        }
    }
    if (editor->isModified())
        title += u'*';
    // "&" in a file name is not a mnemonic.
    title.replace(u'&', QStringLiteral("&&"));
    m_tabs->setTabText(index, title);

    const Diagnostics &diagnostics = editor->diagnostics();
    const int errors = countErrors(diagnostics);
    const int warnings = countWarnings(diagnostics);
    m_tabs->setTabIcon(index, errors > 0 ? Icons::error() : warnings > 0 ? Icons::warning() : QIcon());
    QString tip = QDir::toNativeSeparators(editor->filePath());
    if (errors > 0 || warnings > 0)
        tip += u'\n' + tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings);
    m_tabs->setTabToolTip(index, tip);
}

void EditorArea::updateTitles()
{
    for (int i = 0; i < count(); ++i)
        updateTab(editorAt(i));
}

void EditorArea::updateActions()
{
    SourceEditor *editor = currentEditor();
    m_saveAction->setEnabled(editor && editor->isModified());
    m_closeAction->setEnabled(editor != nullptr);
}

void EditorArea::reportError(const QString &message)
{
    if (m_errorReporter)
        m_errorReporter(message);
}

EditorArea::SaveAnswer EditorArea::askSaveDefault(SourceEditor *editor)
{
    const QString name = QFileInfo(editor->filePath()).fileName();
    const auto answer = QMessageBox::question(
        this, tr("Save Changes"), tr("%1 has changes that are not saved. Save them?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return SaveAnswer::Save;
    if (answer == QMessageBox::Discard)
        return SaveAnswer::Discard;
    return SaveAnswer::Cancel;
}

bool EditorArea::askReloadDefault(SourceEditor *editor)
{
    const QString name = QFileInfo(editor->filePath()).fileName();
    QMessageBox box(QMessageBox::Question, tr("File Changed on Disk"),
                    tr("%1 changed on disk, and the editor has changes that are not saved.").arg(name),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Reload the file and lose your changes, or keep your text (saving it then "
                              "overwrites the file)?"));
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Keep My Text"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == reload;
}

} // namespace Strata::Ui
