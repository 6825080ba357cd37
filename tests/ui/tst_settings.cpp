// WorkbenchSettings: every setting reads and writes its value under the key the workbench has always
// used (so a user's existing settings keep working), falls back to its default, and says when it
// changed.
#include "TestSupport.h"

#include "settings/WorkbenchSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Strata::Ui;

namespace {

// A typed Setting read and written through QVariant, so that one test body serves every type.
struct SettingAccess
{
    SettingBase *setting = nullptr;
    std::function<QVariant()> value;
    std::function<void(const QVariant &)> setValue;
};

template<typename T>
SettingAccess accessTo(Setting<T> &setting)
{
    return {&setting, [&setting] { return QVariant::fromValue(setting.value()); },
            [&setting](const QVariant &value) { setting.setValue(value.value<T>()); }};
}

// Every Setting of WorkbenchSettings, by its key.
QHash<QString, SettingAccess> settingsByKey()
{
    WorkbenchSettings &settings = workbenchSettings();
    QHash<QString, SettingAccess> byKey;
    for (const SettingAccess &access :
         {accessTo(settings.windowGeometry), accessTo(settings.windowState), accessTo(settings.workSplitterState),
          accessTo(settings.lastFolder), accessTo(settings.recentProjects), accessTo(settings.language),
          accessTo(settings.theme), accessTo(settings.nodeListFraction), accessTo(settings.nodeListShown),
          accessTo(settings.logLevel)})
        byKey.insert(access.setting->key(), access);
    return byKey;
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Strata::Test::isolateSettings(QStringLiteral("tst_settings"));
    }

    void init() { QSettings().clear(); }
    void cleanup() { QSettings().clear(); }

    void eachSettingUsesItsKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("defaultValue");
        QTest::addColumn<QVariant>("otherValue");
        QTest::addColumn<bool>("defaultRemovesTheKey");

        const QVariant noBytes = QVariant::fromValue(QByteArray());
        const QVariant bytes = QVariant::fromValue(QByteArray("\x01\x02saved"));
        QTest::newRow("window geometry") << QStringLiteral("mainWindow/geometry") << noBytes << bytes << false;
        QTest::newRow("window state") << QStringLiteral("mainWindow/state") << noBytes << bytes << false;
        QTest::newRow("work splitter") << QStringLiteral("mainWindow/workSplitter") << noBytes << bytes << false;
        QTest::newRow("last folder") << QStringLiteral("mainWindow/lastFolder") << QVariant(QDir::homePath())
                                     << QVariant(QStringLiteral("/srv/projects")) << false;
        QTest::newRow("recent projects") << QStringLiteral("recentProjects") << QVariant(QStringList())
                                         << QVariant(QStringList{QStringLiteral("/a"), QStringLiteral("/b")}) << false;
        QTest::newRow("language") << QStringLiteral("preferences/language") << QVariant(QString())
                                  << QVariant(QStringLiteral("de")) << true;
        QTest::newRow("theme") << QStringLiteral("preferences/theme") << QVariant(QString())
                               << QVariant(QStringLiteral("dark")) << true;
        QTest::newRow("node list fraction") << QStringLiteral("graph/nodeListFraction") << QVariant(0.25) << QVariant(0.4)
                                            << false;
        QTest::newRow("node list shown") << QStringLiteral("graph/nodeListShown") << QVariant(true) << QVariant(false)
                                         << false;
        QTest::newRow("log level") << QStringLiteral("log/level") << QVariant(QStringLiteral("info"))
                                   << QVariant(QStringLiteral("debug")) << false;
    }

    void eachSettingUsesItsKey()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, defaultValue);
        QFETCH(QVariant, otherValue);
        QFETCH(bool, defaultRemovesTheKey);

        const QHash<QString, SettingAccess> settings = settingsByKey();
        QVERIFY2(settings.contains(key), qPrintable(key + QStringLiteral(" is declared by no setting")));
        const SettingAccess setting = settings.value(key);
        QSignalSpy changed(setting.setting, &SettingBase::changed);

        // Nothing stored: the default.
        QVERIFY(!QSettings().contains(key));
        QCOMPARE(setting.value(), defaultValue);

        // Written under the old key, and read back from it; the same value again is no change.
        setting.setValue(otherValue);
        QCOMPARE(QSettings().value(key), otherValue);
        QCOMPARE(setting.value(), otherValue);
        QCOMPARE(changed.size(), 1);
        setting.setValue(otherValue);
        QCOMPARE(changed.size(), 1);

        // What a user's settings hold under the old key is what the setting reads.
        QSettings().setValue(key, defaultValue);
        QCOMPARE(setting.value(), defaultValue);
        QSettings().setValue(key, otherValue);
        QCOMPARE(setting.value(), otherValue);

        // Back to the default: written, or the key removed ("follow the system").
        setting.setValue(defaultValue);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(setting.value(), defaultValue);
        if (defaultRemovesTheKey)
            QVERIFY(!QSettings().contains(key));
        else
            QCOMPARE(QSettings().value(key), defaultValue);
    }

    // The database URL is kept per project under "projects/<first 16 hex digits of the SHA-1 of the
    // project's root>/databaseUrl".
    void databaseUrlIsKeptPerProject()
    {
        ProjectSetting &databaseUrl = workbenchSettings().databaseUrl;
        const QString root = QStringLiteral("/home/someone/shop");
        const QString other = QStringLiteral("/home/someone/blog");
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(root.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
        const QString key = QStringLiteral("projects/") + hash + QStringLiteral("/databaseUrl");
        QCOMPARE(databaseUrl.key(root), key);
        QSignalSpy changed(&databaseUrl, &ProjectSetting::changed);

        QCOMPARE(databaseUrl.value(root), QString());
        const QString url = QStringLiteral("postgresql://app@db.example/shop");
        databaseUrl.setValue(root, url);
        QCOMPARE(QSettings().value(key).toString(), url);
        QCOMPARE(databaseUrl.value(root), url);
        QCOMPARE(databaseUrl.value(other), QString()); // another project has its own
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), root);
        databaseUrl.setValue(root, url);
        QCOMPARE(changed.size(), 1);

        QSettings().setValue(key, QStringLiteral("sqlite:other.db"));
        QCOMPARE(databaseUrl.value(root), QStringLiteral("sqlite:other.db"));

        // Empty: the project's default, and nothing stored.
        databaseUrl.setValue(root, QString());
        QVERIFY(!QSettings().contains(key));
        QCOMPARE(changed.size(), 2);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
