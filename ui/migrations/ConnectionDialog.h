#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Strata::Ui {

class MigrationConnection;

// "Connect to Database": the project's default database or a URL (postgresql://USER@HOST:PORT/DB,
// sqlite:PATH), a password kept for this session only, a test of the connection off the GUI
// thread, and the URL shown with its password masked. OK applies the choice to the connection.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(MigrationConnection *connection, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *passwordEdit() const { return m_password; }
    void setUseProjectDefault(bool useDefault);
    // Tests what the fields say now; testFinished() follows.
    void testConnection();
    bool isTesting() const { return m_test.isRunning(); }
    QString testResult() const;
    // Applies the fields to the connection; false (and the reason shown) when the URL is invalid.
    bool apply();

    void accept() override;

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);

private:
    void updateDisplay();
    QString chosenText() const;

    QPointer<MigrationConnection> m_connection;
    QRadioButton *m_useDefault;
    QRadioButton *m_useUrl;
    QLineEdit *m_url;
    QLineEdit *m_password;
    QLabel *m_display;
    QPushButton *m_testButton;
    QLabel *m_result;
    QFutureWatcher<QString> m_test;
};

} // namespace Strata::Ui
