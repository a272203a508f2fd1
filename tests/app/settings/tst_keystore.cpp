#include "app/settings/keystore.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::ApiKeys;
using gig::KeyStore;

namespace {

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

const ApiKeys secretKeys { { gig::Service::Ticketmaster, u"tm-secret-4711"_s },
    { gig::Service::Songkick, u"sk-secret-0815"_s } };

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"gigmap-tests"_s);
        QCoreApplication::setApplicationName(u"tst_keystore"_s);
        QLoggingCategory::setFilterRules(u"gigmap.*.debug=true"_s);
        g_previousHandler = qInstallMessageHandler(recordMessage);
    }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }
    void init()
    {
        QSettings().clear();
        g_messages.clear();
    }
    void skippedKeyringUsesSettingsWithWarning();
    void keysRoundTripWhateverTheKeyringDoes();
    void answersComeAfterTheCall();
    void nothingStoredReadsEmptyKeys();
};

void TestKeyStore::skippedKeyringUsesSettingsWithWarning()
{
    qputenv(KeyStore::skipKeyringVariable, "1");
    KeyStore store;
    QVERIFY(!store.isKeyringEnabled());
    QSignalSpy warning(&store, &KeyStore::warningChanged);
    QSignalSpy written(&store, &KeyStore::keysWritten);
    store.writeKeys(secretKeys);
    QVERIFY(written.count() == 1 || written.wait(2000));
    QCOMPARE(warning.count(), 1);
    QVERIFY(store.usesFallback());
    QVERIFY(store.warning().contains(u"unencrypted"_s));
    QCOMPARE(QSettings().value(u"apiKeys/ticketmaster"_s).toString(),
        secretKeys.key(gig::Service::Ticketmaster));

    KeyStore again;
    QSignalSpy read(&again, &KeyStore::keysRead);
    again.readKeys();
    QVERIFY(read.count() == 1 || read.wait(2000));
    QCOMPARE(read.constFirst().constFirst().value<ApiKeys>(), secretKeys);
    QVERIFY(again.usesFallback());
    for (const QString &message : std::as_const(g_messages)) {
        QVERIFY2(!message.contains(secretKeys.key(gig::Service::Ticketmaster))
                && !message.contains(secretKeys.key(gig::Service::Songkick)),
            qPrintable(message));
    }
}

void TestKeyStore::keysRoundTripWhateverTheKeyringDoes()
{
    // Without a D-Bus session QtKeychain fails at once and the settings file takes over with a
    // warning; with a working keyring the keys go there and the settings file holds none.
    qunsetenv(KeyStore::skipKeyringVariable);
    KeyStore store;
    QVERIFY(store.isKeyringEnabled());
    QSignalSpy written(&store, &KeyStore::keysWritten);
    store.writeKeys(secretKeys);
    QVERIFY(written.count() == 1 || written.wait(10000));
    if (store.usesFallback()) {
        QVERIFY(!store.warning().isEmpty());
        QCOMPARE(QSettings().value(u"apiKeys/songkick"_s).toString(),
            secretKeys.key(gig::Service::Songkick));
    } else {
        QVERIFY(!QSettings().contains(u"apiKeys/songkick"_s));
    }
    KeyStore again;
    QSignalSpy read(&again, &KeyStore::keysRead);
    again.readKeys();
    QVERIFY(read.count() == 1 || read.wait(10000));
    QCOMPARE(read.constFirst().constFirst().value<ApiKeys>(), secretKeys);
    for (const QString &message : std::as_const(g_messages))
        QVERIFY2(
            !message.contains(secretKeys.key(gig::Service::Ticketmaster)), qPrintable(message));
    if (!store.usesFallback())
        store.writeKeys({}); // leave no test keys in a real keyring
    qputenv(KeyStore::skipKeyringVariable, "1");
}

void TestKeyStore::answersComeAfterTheCall()
{
    qputenv(KeyStore::skipKeyringVariable, "1");
    KeyStore store;
    QSignalSpy read(&store, &KeyStore::keysRead);
    QSignalSpy written(&store, &KeyStore::keysWritten);
    store.readKeys();
    store.writeKeys(secretKeys);
    QCOMPARE(read.count(), 0);
    QCOMPARE(written.count(), 0);
    QTRY_COMPARE(written.count(), 1);
    QCOMPARE(read.count(), 1);
}

void TestKeyStore::nothingStoredReadsEmptyKeys()
{
    qputenv(KeyStore::skipKeyringVariable, "1");
    KeyStore store;
    QSignalSpy read(&store, &KeyStore::keysRead);
    store.readKeys();
    QVERIFY(read.wait(2000));
    QCOMPARE(read.constFirst().constFirst().value<ApiKeys>(), ApiKeys());
}

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
