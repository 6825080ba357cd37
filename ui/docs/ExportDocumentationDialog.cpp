#include "docs/ExportDocumentationDialog.h"

#include <strata/docs/DocsPaths.h>
#include <strata/registry/Registry.h>
#include "settings/WorkbenchSettings.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Strata::Ui {

namespace {

// Where a project's documentation goes until the user picks another folder.
QString defaultFolder(const Registry &registry)
{
    return QDir(registry.project().root).filePath(QStringLiteral("docs/database"));
}

} // namespace

ExportDocumentationDialog::ExportDocumentationDialog(Registry *registry, const QString &selectedPackage, QWidget *parent)
    : QDialog(parent), m_registry(registry), m_selectedPackage(selectedPackage)
{
    setWindowTitle(tr("Export Documentation"));
    setObjectName(QStringLiteral("exportDocumentationDialog"));

    m_format = new QComboBox(this);
    m_format->addItem(tr("HTML site (Graphviz diagrams)"), docsFormatName(DocsFormat::Html));
    m_format->addItem(tr("Markdown pages (Mermaid diagrams)"), docsFormatName(DocsFormat::Markdown));
    m_format->setAccessibleName(tr("Format"));
    const int format = m_format->findData(workbenchSettings().docsFormat.value());
    m_format->setCurrentIndex(format < 0 ? 0 : format);

    m_dialect = new QComboBox(this);
    m_dialect->addItem(QStringLiteral("SQLite"), QVariant::fromValue(int(DialectKind::SQLite)));
    m_dialect->addItem(QStringLiteral("PostgreSQL"), QVariant::fromValue(int(DialectKind::PostgreSQL)));
    m_dialect->setAccessibleName(tr("Column types"));
    m_dialect->setToolTip(tr("The dialect whose type names the column tables show"));
    m_dialect->setCurrentIndex(m_registry->project().dialect == DialectKind::PostgreSQL ? 1 : 0);

    m_folder = new QLineEdit(this);
    m_folder->setAccessibleName(tr("Folder"));
    const QString savedFolder = workbenchSettings().docsFolder.value(m_registry->project().root);
    m_folder->setText(QDir::toNativeSeparators(savedFolder.isEmpty() ? defaultFolder(*m_registry) : savedFolder));
    m_folder->setToolTip(tr("Strata writes the pages here and removes the pages it wrote before that no longer "
                            "exist; files it did not write are never touched"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDocumentationDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_all = new QRadioButton(tr("&All packages (%n)", nullptr, int(m_registry->packageNames().size())), this);
    m_selected = new QRadioButton(this);
    if (m_selectedPackage.isEmpty()) {
        m_selected->setText(tr("The selected package (none is selected)"));
        m_selected->setEnabled(false);
        m_all->setChecked(true);
    } else {
        m_selected->setText(tr("%1 and the packages it depends on").arg(m_selectedPackage));
        m_selected->setChecked(true);
    }
    auto *packages = new QVBoxLayout;
    packages->addWidget(m_all);
    packages->addWidget(m_selected);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Column &types:"), m_dialect);
    auto *folderLabel = new QLabel(tr("F&older:"), this);
    folderLabel->setBuddy(m_folder); // a row holding a layout gets no buddy from QFormLayout
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Packages:"), packages);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_open = buttons->addButton(tr("Open in &Browser"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_export->setDefault(true);
    m_open->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &ExportDocumentationDialog::startExport);
    connect(m_open, &QPushButton::clicked, this, &ExportDocumentationDialog::openEntryPage);
    connect(m_close, &QPushButton::clicked, this, &ExportDocumentationDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDocumentationDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDocumentationDialog::onFinished);
    updateButtons();
}

ExportDocumentationDialog::~ExportDocumentationDialog()
{
    // The worker reads only its own copies, but it reports to this dialog: stop it first.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

DocsOptions ExportDocumentationDialog::options() const
{
    DocsOptions options;
    options.format = docsFormatFromName(m_format->currentData().toString()).value_or(DocsFormat::Html);
    options.dialect = DialectKind(m_dialect->currentData().toInt());
    return options;
}

void ExportDocumentationDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Documentation To"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ExportDocumentationDialog::updateButtons()
{
    const bool running = isRunning();
    m_export->setEnabled(!running && !m_folder->text().trimmed().isEmpty());
    m_open->setEnabled(!running && m_succeeded && !m_entryPage.isEmpty());
    m_close->setText(running ? tr("Cancel") : tr("Close"));
    for (QWidget *input : {static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_dialect),
                           static_cast<QWidget *>(m_folder), static_cast<QWidget *>(m_all)})
        input->setEnabled(!running);
    m_selected->setEnabled(!running && !m_selectedPackage.isEmpty());
}

void ExportDocumentationDialog::startExport()
{
    if (isRunning())
        return;
    const QString folder = QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    if (folder.isEmpty())
        return;
    const DocsOptions options = this->options();
    workbenchSettings().docsFormat.setValue(docsFormatName(options.format));
    workbenchSettings().docsFolder.setValue(m_registry->project().root, folder);

    // The registry changes only on this thread: the worker gets a copy (shared data, cheap).
    const QStringList packages = m_selected->isChecked() ? QStringList{m_selectedPackage} : QStringList{};
    const DocsInput input = DocsInput::of(*m_registry, packages);
    m_entryPage = QDir(folder).filePath(DocsPaths(input, options.format == DocsFormat::Markdown ? u"md"_qs : u"html"_qs).projectPage());
    m_succeeded = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, 0); // busy until the first report says how many pages there are
    m_progress->setVisible(true);
    m_status->setText(tr("Writing the documentation…"));

    auto cancel = m_cancel;
    QPointer<ExportDocumentationDialog> self(this);
    m_watcher.setFuture(QtConcurrent::run([input, options, folder, cancel, self]() -> Outcome {
        int lastPermille = -1;
        const DocsProgress progress = [&](qsizetype done, qsizetype total) {
            const int permille = total > 0 ? int(done * 1000 / total) : 0;
            if (permille != lastPermille && self) {
                lastPermille = permille;
                QMetaObject::invokeMethod(self.data(), [self, done, total] {
                    if (self)
                        self->onProgress(done, total);
                }, Qt::QueuedConnection);
            }
            return !cancel->load();
        };
        const Result<DocsSite> site = buildDocs(input, options, progress);
        if (cancel->load())
            return {false, true, tr("Export cancelled; nothing was written.")};
        if (!site)
            return {false, false, site.errorMessage()};
        const Result<DocsWriteSummary> written = writeDocsSite(folder, *site);
        if (!written)
            return {false, false, written.errorMessage()};
        return {true, false,
                tr("%n file(s) written, %1 unchanged, %2 removed, in %3.", nullptr, int(written->written.size()))
                    .arg(written->unchanged.size())
                    .arg(written->removed.size())
                    .arg(QDir::toNativeSeparators(folder))};
    }));
    updateButtons();
}

void ExportDocumentationDialog::onProgress(qsizetype done, qsizetype total)
{
    if (!isRunning())
        return;
    m_progress->setRange(0, int(qMin<qsizetype>(total, INT_MAX)));
    m_progress->setValue(int(qMin(done, total)));
    m_status->setText(tr("Writing the documentation… %1 of %2 pages").arg(done).arg(total));
}

void ExportDocumentationDialog::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_succeeded = outcome.ok;
    m_progress->setVisible(false);
    m_status->setText(outcome.message);
    updateButtons();
    if (m_succeeded)
        m_open->setFocus();
    Q_EMIT finished(m_succeeded);
}

QString ExportDocumentationDialog::outcome() const
{
    return m_status->text();
}

void ExportDocumentationDialog::openEntryPage()
{
    if (!m_entryPage.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_entryPage));
}

void ExportDocumentationDialog::reject()
{
    if (isRunning()) {
        m_cancel->store(true);
        m_status->setText(tr("Cancelling…"));
        return; // onFinished reports it; the dialog stays for the user to see
    }
    QDialog::reject();
}

} // namespace Strata::Ui
