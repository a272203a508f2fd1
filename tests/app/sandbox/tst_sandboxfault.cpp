#include "app/sandbox/sandboxfault.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::SandboxFault;

class TestSandboxFault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyKindSurvivesJson_data();
    void everyKindSurvivesJson();
    void badJsonSaysWhatIsWrong_data();
    void badJsonSaysWhatIsWrong();
    void serviceNamesRoundTrip();
};

void TestSandboxFault::everyKindSurvivesJson_data()
{
    QTest::addColumn<int>("kind");
    for (int kind = int(SandboxFault::Kind::None); kind <= int(SandboxFault::Kind::WrongShape);
         ++kind)
        QTest::newRow(qPrintable(SandboxFault::kindName(SandboxFault::Kind(kind)))) << kind;
}

void TestSandboxFault::everyKindSurvivesJson()
{
    QFETCH(int, kind);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind(kind);
    fault.latency = std::chrono::milliseconds(250);
    fault.retryAfterSeconds = 12;
    fault.retryAfterAsHttpDate = true;
    fault.remaining = 3;
    fault.bodyBytes = 4096;
    QString error;
    const auto back = SandboxFault::fromJson(fault.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, fault);
}

void TestSandboxFault::badJsonSaysWhatIsWrong_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown kind") << QJsonObject { { u"kind"_s, u"explode"_s } } << u"explode"_s;
    QTest::newRow("negative latency")
        << QJsonObject { { u"kind"_s, u"latency"_s }, { u"latencyMs"_s, -5 } } << u"latencyMs"_s;
    QTest::newRow("text retry") << QJsonObject { { u"kind"_s, u"tooManyRequests"_s },
        { u"retryAfter"_s, u"soon"_s } }
                                << u"retryAfter"_s;
    QTest::newRow("bad remaining") << QJsonObject { { u"kind"_s, u"internalError"_s },
        { u"remaining"_s, -3 } } << u"remaining"_s;
}

void TestSandboxFault::badJsonSaysWhatIsWrong()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!SandboxFault::fromJson(json, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestSandboxFault::serviceNamesRoundTrip()
{
    for (gig::SandboxService service : gig::allSandboxServices())
        QCOMPARE(gig::sandboxServiceFromName(gig::sandboxServiceName(service)), service);
    QCOMPARE(gig::sandboxServiceFromName(u"MusicBrainz"), gig::SandboxService::MusicBrainz);
    QVERIFY(!gig::sandboxServiceFromName(u"spotify"));
}

QTEST_GUILESS_MAIN(TestSandboxFault)
#include "tst_sandboxfault.moc"
