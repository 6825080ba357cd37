#pragma once

#include <strata/diff/MigrationGenerator.h>

#include <QDialog>
#include <QPointer>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QStringListModel;
class QTabWidget;

namespace Strata {
class Registry;
}

namespace Strata::Ui {

class SchemaDiffTracker;
class SqlView;

// "Generate Migration...": for one package (or every package with schema changes), what its
// database.json has that its migrations do not produce, the migration that makes them equal (its
// up and down sections in SQL views, destructive statements highlighted), the refusals with what
// to do about them, and Write, which creates the files (as `strata generate` does). The project's
// hot reload then picks them up. The other side of the comparison is what SchemaDiffTracker
// worked out on its worker thread: while it is still at work the dialog says so and waits.
class GenerateMigrationDialog : public QDialog
{
    Q_OBJECT

public:
    // `packages` empty: every package with schema changes.
    GenerateMigrationDialog(Registry *registry, SchemaDiffTracker *tracker, const QStringList &packages,
                            QWidget *parent = nullptr);

    // One migration to write: its package, its statements and where it goes.
    struct Planned
    {
        GeneratedMigration migration;
        QString path; // empty when the name is not valid or the package has no folder
    };

    // Waiting for the tracker's comparison.
    bool isWaiting() const { return m_waiting; }
    const QList<Planned> &planned() const { return m_planned; }
    // Why nothing can be generated (a migration does not run, the comparison failed); translated.
    QString problem() const { return m_problem; }
    // Why the last Write failed (translated); empty when it did not.
    QString writeError() const { return m_writeError; }
    bool canWrite() const;
    // Writes the migrations (what Write does); false when something could not be written, which
    // the dialog then shows. Closes the dialog when every file was written.
    bool write();
    QStringList writtenFiles() const { return m_written; }

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *allowDestructiveBox() const { return m_allowDestructive; }
    QStringListModel *differencesModel() const { return m_differences; }
    SqlView *upView() const { return m_up; }
    SqlView *downView() const { return m_down; }
    QLabel *fileLabel() const { return m_file; }
    QLabel *refusalsLabel() const { return m_refusals; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *writeButton() const { return m_write; }

Q_SIGNALS:
    // The views show a new generation (or why there is none).
    void generated();
    // A migration file was created.
    void fileWritten(const QString &path);

private:
    void generate();
    void updateFiles();
    void showMessage(const QString &text, bool error);
    QString shownPath(const QString &path) const;

    QPointer<Registry> m_registry;
    QPointer<SchemaDiffTracker> m_tracker;
    QStringList m_packages;
    QList<Planned> m_planned;
    QString m_problem;
    QString m_writeError; // the last Write's failure, shown until the next Write
    QStringList m_written;
    bool m_waiting = false;

    QLabel *m_heading;
    QListView *m_differenceView;
    QStringListModel *m_differences;
    QLineEdit *m_name;
    QLabel *m_file;
    QCheckBox *m_allowDestructive;
    QProgressBar *m_busy;
    QTabWidget *m_tabs;
    SqlView *m_up;
    SqlView *m_down;
    QLabel *m_refusals;
    QLabel *m_message;
    QPushButton *m_write;
};

} // namespace Strata::Ui
