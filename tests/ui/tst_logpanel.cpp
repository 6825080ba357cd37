#include "TestSupport.h"

#include <strata/common/Logging.h>
#include "models/LogFilterModel.h"
#include "models/LogModel.h"
#include "panels/LogPanel.h"
#include "style/Theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QToolButton>

using namespace Strata::Ui;

namespace {

bool contains(const LogModel &model, const QString &message)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.entry(row).message == message)
            return true;
    }
    return false;
}

QStringList shownMessages(const LogPanel &panel)
{
    QStringList messages;
    const QAbstractItemModel *model = panel.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        messages.append(model->index(row, LogModel::MessageColumn).data(LogModel::MessageRole).toString());
    return messages;
}

} // namespace

class TestLogPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Strata::Test::isolateSettings(QStringLiteral("tst_logpanel"));
        LogModel::installMessageHandler();
        LogModel::installMessageHandler(); // a second call changes nothing
    }

    void cleanup() { QSettings().clear(); }

    void panelBasics()
    {
        LogModel model;
        LogPanel panel(&model);
        QCOMPARE(panel.objectName(), QStringLiteral("logDock"));
        QCOMPARE(panel.windowTitle(), QStringLiteral("Log"));
        QCOMPARE(panel.level(), LogPanel::Level::Info); // the core's own default
        QVERIFY(!panel.view()->accessibleName().isEmpty());
        QVERIFY(!panel.levelSwitch()->accessibleName().isEmpty());
        QVERIFY(!panel.categoryFilter()->accessibleName().isEmpty());
        QVERIFY(!panel.filterEdit()->accessibleName().isEmpty());
        QVERIFY(!panel.clearButton()->accessibleName().isEmpty());
        QVERIFY(!panel.copyButton()->accessibleName().isEmpty());
        // The core's categories can be chosen before they said anything.
        QVERIFY(panel.categoryFilter()->findText(QStringLiteral("strata.loader")) > 0);
        QVERIFY(panel.categoryFilter()->findText(QStringLiteral("strata.migrate")) > 0);
    }

    void debugOnlyAtDebugLevel()
    {
        LogModel model;
        model.connectToMessageHandler();
        LogPanel panel(&model);

        panel.setLevel(LogPanel::Level::Warnings);
        QVERIFY(!lcLoader().isDebugEnabled());
        QVERIFY(!lcLoader().isInfoEnabled());
        qCDebug(lcLoader) << "debug at warnings";
        qCInfo(lcLoader) << "info at warnings";
        qCWarning(lcLoader) << "warning at warnings";

        panel.setLevel(LogPanel::Level::Info);
        QVERIFY(!lcLoader().isDebugEnabled());
        QVERIFY(lcLoader().isInfoEnabled());
        qCDebug(lcLoader) << "debug at info";
        qCInfo(lcLoader) << "info at info";

        panel.levelSwitch()->setCurrentIndex(panel.levelSwitch()->findText(QStringLiteral("Debug")));
        Q_EMIT panel.levelSwitch()->activated(panel.levelSwitch()->currentIndex());
        QCOMPARE(panel.level(), LogPanel::Level::Debug);
        QVERIFY(lcLoader().isDebugEnabled());
        QVERIFY(lcMigrate().isDebugEnabled());
        qCDebug(lcLoader) << "debug at debug";

        QTRY_VERIFY(contains(model, QStringLiteral("debug at debug")));
        QVERIFY(contains(model, QStringLiteral("warning at warnings")));
        QVERIFY(contains(model, QStringLiteral("info at info")));
        QVERIFY(!contains(model, QStringLiteral("debug at warnings")));
        QVERIFY(!contains(model, QStringLiteral("info at warnings")));
        QVERIFY(!contains(model, QStringLiteral("debug at info")));
        const int row = [&] {
            for (int r = 0; r < model.rowCount(); ++r) {
                if (model.entry(r).message == QStringLiteral("debug at debug"))
                    return r;
            }
            return -1;
        }();
        QCOMPARE(model.entry(row).category, QStringLiteral("strata.loader"));
        QCOMPARE(model.entry(row).type, QtDebugMsg);
        QCOMPARE(model.index(row, LogModel::LevelColumn).data().toString(), QStringLiteral("Debug"));

        // The view follows the level too: back at Warnings, only the warning shows.
        panel.setLevel(LogPanel::Level::Warnings);
        QVERIFY(shownMessages(panel).contains(QStringLiteral("warning at warnings")));
        QVERIFY(!shownMessages(panel).contains(QStringLiteral("debug at debug")));
        QVERIFY(!shownMessages(panel).contains(QStringLiteral("info at info")));
    }

    void levelIsRemembered()
    {
        {
            LogModel model;
            LogPanel panel(&model);
            panel.setLevel(LogPanel::Level::Debug);
        }
        QCOMPARE(LogPanel::savedLevel(), LogPanel::Level::Debug);
        QLoggingCategory::setFilterRules(QString());
        LogModel model;
        LogPanel panel(&model);
        QCOMPARE(panel.level(), LogPanel::Level::Debug);
        QVERIFY(lcValidate().isDebugEnabled()); // applied again at start
        panel.setLevel(LogPanel::Level::Warnings);
        QCOMPARE(LogPanel::savedLevel(), LogPanel::Level::Warnings);
        QVERIFY(!lcValidate().isInfoEnabled());
        QVERIFY(lcValidate().isWarningEnabled());
        panel.setLevel(LogPanel::Level::Info);
    }

    void messagesFromAWorkerThread()
    {
        LogModel model;
        model.connectToMessageHandler();
        LogPanel panel(&model);
        panel.setLevel(LogPanel::Level::Debug);
        QThread *worker = QThread::create([] {
            for (int i = 0; i < 500; ++i)
                qCDebug(lcMigrate, "step %d of the worker", i);
            qCWarning(lcMigrate) << "worker done";
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QTRY_VERIFY(contains(model, QStringLiteral("worker done")));
        QStringList steps;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.entry(row).category == QStringLiteral("strata.migrate"))
                steps.append(model.entry(row).message);
        }
        QCOMPARE(steps.size(), 501);
        QCOMPARE(steps.first(), QStringLiteral("step 0 of the worker")); // in order
        QCOMPARE(steps.at(499), QStringLiteral("step 499 of the worker"));
        panel.setLevel(LogPanel::Level::Info);
    }

    void bufferIsBounded()
    {
        LogModel model(nullptr, 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 70; ++i)
            model.append(QtWarningMsg, QStringLiteral("strata.sql"), QStringLiteral("message %1").arg(i));
        model.flush();
        QCOMPARE(model.rowCount(), 70);
        // A second batch pushes the oldest out.
        for (int i = 70; i < 150; ++i)
            model.append(QtWarningMsg, QStringLiteral("strata.sql"), QStringLiteral("message %1").arg(i));
        model.flush();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.entry(0).message, QStringLiteral("message 50"));
        QCOMPARE(model.entry(99).message, QStringLiteral("message 149"));
        // A batch larger than the buffer keeps its newest.
        for (int i = 150; i < 400; ++i)
            model.append(QtWarningMsg, QStringLiteral("strata.sql"), QStringLiteral("message %1").arg(i));
        model.flush();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.entry(0).message, QStringLiteral("message 300"));

        // Through the handler and threads too: a flood stays at the capacity.
        model.connectToMessageHandler();
        QLoggingCategory::setFilterRules(QStringLiteral("strata.*.debug=true"));
        QThread *worker = QThread::create([] {
            for (int i = 0; i < 5000; ++i)
                qCDebug(lcSql, "flood %d", i);
        });
        worker->start();
        QVERIFY(worker->wait(20000));
        delete worker;
        QTRY_COMPARE(model.entry(model.rowCount() - 1).message, QStringLiteral("flood 4999"));
        QCOMPARE(model.rowCount(), 100);
        QLoggingCategory::setFilterRules(QString());

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void filters()
    {
        LogModel model;
        LogPanel panel(&model);
        QAbstractItemModelTester tester(panel.view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setLevel(LogPanel::Level::Debug);
        model.append(QtDebugMsg, QStringLiteral("strata.loader"), QStringLiteral("read database.json"));
        model.append(QtInfoMsg, QStringLiteral("strata.migrate"), QStringLiteral("applied 001_base"));
        model.append(QtWarningMsg, QStringLiteral("qt.widgets"), QStringLiteral("something of Qt's"));
        model.flush();
        QCOMPARE(shownMessages(panel).size(), 3);
        QVERIFY(panel.categoryFilter()->findText(QStringLiteral("qt.widgets")) > 0); // seen, so offered

        const int migrate = panel.categoryFilter()->findText(QStringLiteral("strata.migrate"));
        panel.categoryFilter()->setCurrentIndex(migrate);
        Q_EMIT panel.categoryFilter()->activated(migrate);
        QCOMPARE(shownMessages(panel), QStringList{QStringLiteral("applied 001_base")});
        panel.categoryFilter()->setCurrentIndex(0);
        Q_EMIT panel.categoryFilter()->activated(0);
        QCOMPARE(shownMessages(panel).size(), 3);

        panel.filterEdit()->setText(QStringLiteral("DATABASE"));
        QCOMPARE(shownMessages(panel), QStringList{QStringLiteral("read database.json")});
        panel.filterEdit()->clear();

        panel.copy();
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied.split(QLatin1Char('\n')).size(), 3);
        QVERIFY(copied.contains(QStringLiteral("\tInfo\tstrata.migrate\tapplied 001_base")));
        panel.view()->selectRow(2);
        panel.copy();
        QVERIFY(QApplication::clipboard()->text().endsWith(QStringLiteral("\tWarning\tqt.widgets\tsomething of Qt's")));

        panel.clearButton()->click();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(shownMessages(panel).size(), 0);
        panel.setLevel(LogPanel::Level::Info);
    }

    void followsUntilTheUserScrollsUp()
    {
        LogModel model;
        LogPanel panel(&model);
        panel.resize(700, 260);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto fill = [&model](int from, int to) {
            for (int i = from; i < to; ++i)
                model.append(QtWarningMsg, QStringLiteral("strata.reload"), QStringLiteral("line %1").arg(i));
            model.flush();
        };
        fill(0, 100);
        QScrollBar *bar = panel.view()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(panel.isFollowing());

        bar->setValue(bar->maximum() / 2); // the user reads something further up
        QVERIFY(!panel.isFollowing());
        const int kept = bar->value();
        fill(100, 200);
        QCOMPARE(bar->value(), kept);

        bar->setValue(bar->maximum()); // back at the end: following again
        QVERIFY(panel.isFollowing());
        fill(200, 250);
        QCOMPARE(bar->value(), bar->maximum());
    }

    // Pictures to look at, in the light and the dark palette.
    void screenshots()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        QVERIFY(app);
        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            Theme::apply(*app, theme);
            QMainWindow window;
            LogModel model;
            auto *panel = new LogPanel(&model, &window);
            window.setCentralWidget(new QWidget(&window));
            window.addDockWidget(Qt::BottomDockWidgetArea, panel);
            window.resize(1000, 420);
            panel->setLevel(LogPanel::Level::Debug);
            model.append(QtInfoMsg, QStringLiteral("strata.scanner"), QStringLiteral("found 5 package folders in 3 ms"));
            for (int i = 0; i < 5; ++i)
                model.append(QtDebugMsg, QStringLiteral("strata.loader"),
                             QStringLiteral("loaded packages/p%1/database.json: 6 tables, 3 migrations").arg(i));
            model.append(QtDebugMsg, QStringLiteral("strata.registry"), QStringLiteral("rebuilt 5 packages, 22 tables, 3 diagnostics in 4 ms"));
            model.append(QtWarningMsg, QStringLiteral("strata.validate"), QStringLiteral("deals.owner_id: no index on a foreign key"));
            model.append(QtCriticalMsg, QStringLiteral("strata.migrate"), QStringLiteral("migration 002_comments failed:\nno such table: tasks"));
            model.append(QtInfoMsg, QStringLiteral("strata.reload"), QStringLiteral("reloaded @acme/crm after 1 change"));
            model.flush();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.grab().save(QStringLiteral("/tmp/logpanel-%1.png").arg(theme));
            panel->setLevel(LogPanel::Level::Info);
        }
        Theme::apply(*app, QStringLiteral("light"));
    }
};

QTEST_MAIN(TestLogPanel)
#include "tst_logpanel.moc"
