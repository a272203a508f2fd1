// Runs the built gigmap-sandbox as a developer would start it by hand.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxExecutable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void servesWithTheFaultsOfItsFile();
    void badFaultsFileFailsWithReason();
};

void TestSandboxExecutable::servesWithTheFaultsOfItsFile()
{
    QTemporaryFile faults;
    QVERIFY(faults.open());
    faults.write(R"({"musicbrainz":{"kind":"serviceUnavailable","retryAfter":3}})");
    faults.close();

    QProcess sandbox;
    sandbox.start(QStringLiteral(GIGMAP_SANDBOX_EXECUTABLE),
        { u"--port"_s, u"0"_s, u"--seed"_s, u"9"_s, u"--faults"_s, faults.fileName() });
    QVERIFY(sandbox.waitForStarted(10000));
    QByteArray output;
    const QRegularExpression serving(u"serving at (http://127\\.0\\.0\\.1:\\d+) \\(seed 9\\)"_s);
    QRegularExpressionMatch match;
    QTRY_VERIFY_WITH_TIMEOUT(
        (match = serving.match(QString::fromUtf8(output += sandbox.readAllStandardOutput())))
            .hasMatch(),
        20000);
    const QString base = match.captured(1);
    QVERIFY2(output.contains("/musicbrainz/ws/2"), output.constData());

    QNetworkAccessManager network;
    QNetworkReply *reply
        = network.get(QNetworkRequest(QUrl(base + u"/musicbrainz/ws/2/artist?query=x&fmt=json"_s)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
    QCOMPARE(reply->rawHeader("Retry-After"), "3"_ba);
    reply->deleteLater();

    sandbox.terminate();
    QVERIFY(sandbox.waitForFinished(10000));
}

void TestSandboxExecutable::badFaultsFileFailsWithReason()
{
    QTemporaryFile faults;
    QVERIFY(faults.open());
    faults.write(R"({"musicbrainz":{"kind":"meltdown"}})");
    faults.close();
    QProcess sandbox;
    sandbox.start(QStringLiteral(GIGMAP_SANDBOX_EXECUTABLE),
        { u"--port"_s, u"0"_s, u"--faults"_s, faults.fileName() });
    QVERIFY(sandbox.waitForFinished(10000));
    QCOMPARE(sandbox.exitCode(), 2);
    QVERIFY(sandbox.readAllStandardError().contains("meltdown"));
}

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandboxexecutable.moc"
