#include "diff/GenerateMigrationDialog.h"

#include "diff/SchemaDiffTracker.h"
#include "migrations/PlanScript.h"
#include "migrations/SqlView.h"
#include <strata/registry/Registry.h>
#include "style/Icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStringListModel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Strata::Ui {

namespace {

const auto DefaultName = QStringLiteral("schema_changes");

} // namespace

GenerateMigrationDialog::GenerateMigrationDialog(Registry *registry, SchemaDiffTracker *tracker,
                                                 const QStringList &packages, QWidget *parent)
    : QDialog(parent), m_registry(registry), m_tracker(tracker), m_packages(packages)
{
    setWindowTitle(tr("Generate Migration"));
    setObjectName(QStringLiteral("generateMigrationDialog"));

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    m_differences = new QStringListModel(this);
    m_differenceView = new QListView(this);
    m_differenceView->setModel(m_differences);
    m_differenceView->setAccessibleName(tr("Schema changes"));
    m_differenceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_differenceView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_differenceView->setAlternatingRowColors(true);
    m_differenceView->setUniformItemSizes(true);

    m_name = new QLineEdit(DefaultName, this);
    m_name->setAccessibleName(tr("Migration name"));
    m_name->setToolTip(tr("Ends the file name: lower-case letters, digits and underscores"));
    // Only what a migration's file name may hold can be typed.
    m_name->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9_]*")), m_name));
    m_file = new QLabel(this);
    m_file->setTextFormat(Qt::PlainText);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setWordWrap(true);
    m_file->setAccessibleName(tr("File"));

    m_allowDestructive = new QCheckBox(tr("Allow &destructive changes"), this);
    m_allowDestructive->setToolTip(
        tr("Also write changes that lose data: a dropped table or column, a narrower type, a dropped enum value"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(tr("File:"), m_file);
    form->addRow(QString(), m_allowDestructive);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(fontMetrics().height() / 2 + 4);
    m_busy->setAccessibleName(tr("Comparing"));
    m_busy->hide();

    m_up = new SqlView(this);
    m_up->setAccessibleName(tr("Up section"));
    m_down = new SqlView(this);
    m_down->setAccessibleName(tr("Down section"));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_up, tr("&Up"));
    m_tabs->addTab(m_down, tr("Do&wn"));

    m_refusals = new QLabel(this);
    m_refusals->setTextFormat(Qt::RichText);
    m_refusals->setWordWrap(true);
    m_refusals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusals->setAccessibleName(tr("Refused changes"));
    m_refusals->hide();

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_write = buttons->addButton(tr("&Write"), QDialogButtonBox::ApplyRole);
    m_write->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_write, &QPushButton::clicked, this, &GenerateMigrationDialog::write);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_differenceView);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_refusals);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(860, 640);

    connect(m_name, &QLineEdit::textChanged, this, &GenerateMigrationDialog::updateFiles);
    // The refusals depend on it: generated again.
    connect(m_allowDestructive, &QCheckBox::toggled, this, &GenerateMigrationDialog::generate);
    if (m_tracker) {
        // A newer comparison (the project changed on disk meanwhile): the migration follows it.
        connect(m_tracker, &SchemaDiffTracker::diffChanged, this, &GenerateMigrationDialog::generate);
    }
    generate();
}

QString GenerateMigrationDialog::shownPath(const QString &path) const
{
    const QString root = m_registry ? m_registry->project().root : QString();
    if (root.isEmpty())
        return QDir::toNativeSeparators(path);
    return QDir::toNativeSeparators(QDir(root).relativeFilePath(path));
}

void GenerateMigrationDialog::generate()
{
    m_planned.clear();
    m_problem.clear();
    m_waiting = false;
    QStringList differences;
    QStringList packages = m_packages;

    if (!m_registry || !m_tracker) {
        m_problem = tr("No project is open.");
    } else if (!m_tracker->isIdle() || (!m_tracker->hasResult() && m_tracker->error().isEmpty())) {
        // The comparison of the project as it is now has not ended: diffChanged brings us back.
        m_waiting = true;
        if (m_tracker->isIdle())
            m_tracker->refresh();
    } else if (!m_tracker->error().isEmpty()) {
        m_problem = tr("The migrations could not be compared: %1").arg(m_tracker->error());
    } else if (const std::shared_ptr<const MigratedSchema> migrated = m_tracker->migrated();
               migrated && migrated->failure) {
        m_problem = tr("Migration %1 of %2 does not run: %3. Fix it before generating.")
                        .arg(migrated->failure->migration, migrated->failure->package,
                             migrated->failure->error.message);
    } else if (migrated) {
        if (packages.isEmpty())
            packages = m_tracker->packagesWithChanges();
        GenerationOptions options;
        options.allowDestructive = m_allowDestructive->isChecked();
        for (const QString &package : packages) {
            if (!m_registry->package(package))
                continue;
            const QList<SchemaDifference> changes = m_tracker->differencesOf(package);
            for (const SchemaDifference &d : changes)
                differences.append(packages.size() > 1 ? tr("%1: %2").arg(package, d.message) : d.message);
            Planned planned;
            planned.migration = generateMigration(*m_registry, *migrated, package, options);
            if (planned.migration.isEmpty())
                continue;
            m_planned.append(planned);
        }
    }

    if (m_waiting)
        m_heading->setText(tr("Comparing the declared schema with what the migrations produce…"));
    else if (packages.size() == 1)
        m_heading->setText(tr("Schema changes of %1").arg(packages.constFirst()));
    else
        m_heading->setText(tr("Schema changes of %n package(s)", nullptr, int(packages.size())));
    m_busy->setVisible(m_waiting);
    m_differences->setStringList(differences);
    // As tall as its rows, up to six (then it scrolls): the SQL below gets the rest of the height.
    const int rowHeight = differences.isEmpty() ? m_differenceView->fontMetrics().height() + 4
                                                : m_differenceView->sizeHintForRow(0);
    m_differenceView->setFixedHeight(rowHeight * int(std::clamp<qsizetype>(differences.size(), 1, 6))
                                     + 2 * m_differenceView->frameWidth() + 2);

    // The refusals, each with what to do about it: the dialog's own word for the check box.
    QStringList refusals;
    for (const Planned &planned : std::as_const(m_planned)) {
        for (const GenerationRefusal &refusal : planned.migration.refusals) {
            const QString help = refusal.destructive
                ? tr("Tick “Allow destructive changes” to write it anyway, or change database.json back "
                     "(a rename is written with \"renamedFrom\").")
                : refusal.help;
            refusals.append(QStringLiteral("<p style=\"margin:0 0 4px 0\"><b>%1</b> %2<br>%3</p>")
                                .arg(tr("Refused:"), refusal.message.toHtmlEscaped(), help.toHtmlEscaped()));
        }
    }
    m_refusals->setText(refusals.join(QString()));
    m_refusals->setVisible(!refusals.isEmpty());
    m_message->hide();
    if (!m_problem.isEmpty())
        showMessage(m_problem, true);
    else if (!m_writeError.isEmpty())
        showMessage(m_writeError, true); // kept until the next Write, whatever reloads meanwhile
    else if (!m_waiting && m_planned.isEmpty())
        showMessage(tr("Nothing to generate: database.json matches what the migrations produce."), false);

    updateFiles();
    Q_EMIT generated();
}

// The file names follow the name; the statements do not depend on it.
void GenerateMigrationDialog::updateFiles()
{
    const QString name = m_name->text();
    const bool validName = isValidMigrationName(name);
    QStringList lines;
    QList<ScriptBlock> upBlocks, downBlocks;
    for (Planned &planned : m_planned) {
        const PackageDefinition *package = m_registry ? m_registry->package(planned.migration.package) : nullptr;
        planned.path = validName && package ? nextMigrationPath(*package, name) : QString();
        QString shown;
        if (!validName)
            shown = tr("(enter a name)");
        else if (planned.path.isEmpty())
            shown = tr("%1 has no folder to write a migration into").arg(planned.migration.package);
        else
            shown = shownPath(planned.path);
        lines.append(m_planned.size() > 1 ? tr("%1: %2").arg(planned.migration.package, shown) : shown);
        const QString target = planned.path.isEmpty() ? planned.migration.package
                                                      : planned.migration.package + QStringLiteral(" → ")
                + QFileInfo(planned.path).fileName();
        // The file's "-- strata:foreign-keys off" holds for both sections (a rebuild in either).
        QString heading = target;
        if (planned.migration.foreignKeysOff)
            heading += QStringLiteral("  (") + tr("foreign keys off: checked before commit, then back on")
                + QLatin1Char(')');
        upBlocks.append({planned.migration.package, heading, planned.migration.up});
        downBlocks.append({planned.migration.package, heading, planned.migration.down});
    }
    if (!validName && m_planned.isEmpty())
        lines.append(tr("(enter a name)"));
    if (!validName)
        lines.append(tr("The name must be lower-case letters, digits and underscores."));
    m_file->setText(lines.isEmpty() ? tr("none") : lines.join(QLatin1Char('\n')));

    const DialectKind dialect = m_registry ? m_registry->project().dialect : DialectKind::SQLite;
    m_up->setScript(statementsScript(upBlocks, dialect));
    m_down->setScript(statementsScript(downBlocks, dialect));
    const int destructive = m_up->script().destructiveCount();
    m_tabs->setTabText(0, destructive > 0 ? tr("&Up (%n destructive)", nullptr, destructive) : tr("&Up"));

    m_write->setEnabled(canWrite());
    if (m_waiting)
        m_write->setToolTip(tr("Waiting for the comparison to end"));
    else if (!m_problem.isEmpty() || m_planned.isEmpty())
        m_write->setToolTip(tr("There is nothing to write"));
    else if (!validName)
        m_write->setToolTip(tr("Enter a name for the migration"));
    else if (!canWrite())
        m_write->setToolTip(tr("Some changes are refused: see below"));
    else
        m_write->setToolTip(tr("Create the migration files"));
}

bool GenerateMigrationDialog::canWrite() const
{
    if (m_waiting || !m_problem.isEmpty() || m_planned.isEmpty())
        return false;
    for (const Planned &planned : m_planned) {
        if (planned.path.isEmpty() || !planned.migration.refusals.isEmpty())
            return false;
    }
    return true;
}

void GenerateMigrationDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    // The palette's own colours (light and dark alike) for the note; an error stands out in bold.
    QFont font = m_message->font();
    font.setBold(error);
    m_message->setFont(font);
    m_message->setVisible(!text.isEmpty());
}

bool GenerateMigrationDialog::write()
{
    if (!canWrite())
        return false;
    m_writeError.clear();
    QStringList written;
    QString failureText;
    for (const Planned &planned : std::as_const(m_planned)) {
        if (QFileInfo::exists(planned.path)) {
            failureText = tr("Cannot write %1: the file already exists.").arg(shownPath(planned.path));
            break;
        }
        const Result<> result = writeMigrationFile(planned.path, migrationFileText(planned.migration));
        if (!result) {
            failureText = tr("Cannot write %1: %2").arg(shownPath(planned.path), result.errorMessage());
            break;
        }
        written.append(planned.path);
    }
    m_written += written;
    for (const QString &path : std::as_const(written))
        Q_EMIT fileWritten(path);
    if (!failureText.isEmpty()) {
        if (!written.isEmpty()) {
            QStringList shown;
            for (const QString &path : std::as_const(written))
                shown.append(shownPath(path));
            failureText += QLatin1Char('\n') + tr("Written: %1").arg(shown.join(QStringLiteral(", ")));
        }
        m_writeError = failureText;
        showMessage(failureText, true);
        return false;
    }
    accept();
    return true;
}

} // namespace Strata::Ui
