#pragma once

#include <strata/docs/Docs.h>

#include <QDialog>
#include <QFutureWatcher>
#include <QString>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Strata {
class Registry;
}

namespace Strata::Ui {

// File > Export Documentation...: what `strata docs` writes, from the workbench. The user picks the
// format (an HTML site or Markdown pages), the dialect the column types are shown in, the folder, and
// every package or the selected one (with what it depends on). The pages are built and written on a
// worker thread with a progress bar and a Cancel; then "Open in Browser" shows the result.
class ExportDocumentationDialog : public QDialog
{
    Q_OBJECT

public:
    // `selectedPackage` empty: only "All packages" is offered.
    ExportDocumentationDialog(Registry *registry, const QString &selectedPackage, QWidget *parent = nullptr);
    ~ExportDocumentationDialog() override;

    // What Export does; the result arrives with finished().
    void startExport();
    bool isRunning() const { return m_watcher.isRunning(); }
    // The page "Open in Browser" opens (index.html or README.md in the folder); empty before an export.
    QString entryPage() const { return m_entryPage; }
    // The last export's outcome, translated: "Wrote ...", or why it failed.
    QString outcome() const;
    bool succeeded() const { return m_succeeded; }

    QComboBox *formatBox() const { return m_format; }
    QComboBox *dialectBox() const { return m_dialect; }
    QLineEdit *folderEdit() const { return m_folder; }
    QRadioButton *allPackagesButton() const { return m_all; }
    QRadioButton *selectedPackageButton() const { return m_selected; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *openButton() const { return m_open; }

    void reject() override; // Cancel while exporting stops the export; otherwise closes

Q_SIGNALS:
    void finished(bool succeeded);

private:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString message; // translated
    };

    void chooseFolder();
    void updateButtons();
    void onProgress(qsizetype done, qsizetype total);
    void onFinished();
    void openEntryPage();
    DocsOptions options() const;

    Registry *m_registry;
    QString m_selectedPackage;
    QComboBox *m_format = nullptr;
    QComboBox *m_dialect = nullptr;
    QLineEdit *m_folder = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_selected = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_close = nullptr;

    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_entryPage;
    bool m_succeeded = false;
};

} // namespace Strata::Ui
