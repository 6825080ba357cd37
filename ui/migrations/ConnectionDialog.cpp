#include "migrations/ConnectionDialog.h"

#include <strata/migration/MigrationQueries.h>
#include "migrations/MigrationConnection.h"
#include <strata/sql/Dialect.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Strata::Ui {

ConnectionDialog::ConnectionDialog(MigrationConnection *connection, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_useDefault(new QRadioButton(this)),
      m_useUrl(new QRadioButton(tr("&Another database:"), this)), m_url(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_display(new QLabel(this)), m_testButton(new QPushButton(tr("&Test Connection"), this)),
      m_result(new QLabel(this))
{
    setWindowTitle(tr("Connect to Database"));
    const QString defaultText = connection ? connection->defaultUrlText() : QString();
    m_useDefault->setText(tr("The project's &database: %1").arg(defaultText));
    m_url->setPlaceholderText(tr("postgresql://user@host:5432/database or sqlite:path/to/file.db"));
    m_url->setAccessibleName(tr("Database URL"));
    m_url->setMinimumWidth(420);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("From PGPASSWORD or ~/.pgpass when empty"));
    m_display->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_display->setWordWrap(true);
    m_display->setAccessibleName(tr("Connects to"));
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Test result"));

    auto *passwordNote = new QLabel(tr("Kept for this session only; never saved."), this);
    QFont small = passwordNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    passwordNote->setFont(small);
    passwordNote->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), passwordNote);
    form->setContentsMargins(24, 0, 0, 0);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_useDefault);
    layout->addWidget(m_useUrl);
    layout->addLayout(form);
    auto *displayRow = new QHBoxLayout;
    displayRow->addWidget(new QLabel(tr("Connects to:"), this));
    displayRow->addWidget(m_display, 1);
    layout->addLayout(displayRow);
    layout->addLayout(testRow);
    // Its own row: driver messages run to several lines.
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);

    if (connection && !connection->isProjectDefault()) {
        m_useUrl->setChecked(true);
        m_url->setText(connection->urlText());
    } else {
        m_useDefault->setChecked(true);
    }
    connect(m_useDefault, &QRadioButton::toggled, this, &ConnectionDialog::updateDisplay);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionDialog::updateDisplay);
    connect(m_url, &QLineEdit::textEdited, this, [this] { m_useUrl->setChecked(true); });
    connect(m_password, &QLineEdit::textEdited, this, &ConnectionDialog::updateDisplay);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(&m_test, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_test.result();
        m_testButton->setEnabled(true);
        m_result->setText(error.isEmpty() ? tr("Connected.") : error);
        m_result->setStyleSheet(error.isEmpty() ? QStringLiteral("color: #2e9d4f;") : QStringLiteral("color: #c0392b;"));
        Q_EMIT testFinished(error.isEmpty(), m_result->text());
    });
    updateDisplay();
}

ConnectionDialog::~ConnectionDialog()
{
    m_test.waitForFinished();
}

void ConnectionDialog::setUseProjectDefault(bool useDefault)
{
    (useDefault ? m_useDefault : m_useUrl)->setChecked(true);
    updateDisplay();
}

QString ConnectionDialog::chosenText() const
{
    if (!m_connection)
        return {};
    return m_useDefault->isChecked() ? m_connection->defaultUrlText() : m_url->text().trimmed();
}

void ConnectionDialog::updateDisplay()
{
    m_url->setEnabled(m_useUrl->isChecked());
    m_password->setEnabled(m_useUrl->isChecked());
    m_result->clear();
    if (!m_connection)
        return;
    const Result<DatabaseUrl> url = DatabaseUrl::parse(chosenText(), m_connection->project().root);
    if (!url) {
        m_display->setText(chosenText().isEmpty() ? QString() : url.errorMessage());
        return;
    }
    const QString wrong = checkMigrationDialect(*url, m_connection->project().dialect);
    m_display->setText(wrong.isEmpty() ? url->display() : url->display() + QStringLiteral(" — ") + wrong);
}

void ConnectionDialog::testConnection()
{
    if (!m_connection || m_test.isRunning())
        return;
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(chosenText(), m_connection->project().root);
    if (!parsed) {
        m_result->setText(parsed.errorMessage());
        Q_EMIT testFinished(false, parsed.errorMessage());
        return;
    }
    DatabaseUrl url = std::move(parsed).value();
    if (m_useUrl->isChecked() && !m_password->text().isEmpty())
        url.password = m_password->text();
    else if (url.password.isEmpty() && m_useUrl->isChecked()
             && MigrationConnection::withoutPassword(chosenText()) == m_connection->urlText())
        url.password = m_connection->url().password; // the session's password for this URL
    url.resolvePassword();
    m_testButton->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Connecting to %1…").arg(url.display()));
    m_test.setFuture(MigrationConnection::testConnection(url));
}

QString ConnectionDialog::testResult() const
{
    return m_result->text();
}

bool ConnectionDialog::apply()
{
    if (!m_connection)
        return false;
    if (m_useDefault->isChecked()) {
        m_connection->useProjectDefault();
        return true;
    }
    QString error;
    if (!m_connection->setTarget(m_url->text(), m_password->text(), &error)) {
        m_result->setText(error);
        m_result->setStyleSheet(QStringLiteral("color: #c0392b;"));
        return false;
    }
    return true;
}

void ConnectionDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace Strata::Ui
