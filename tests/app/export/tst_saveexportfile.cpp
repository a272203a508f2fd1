// saveExportFile(): an export is written all or nothing, so a failed write never harms the file
// that was there before and leaves no half file or stray temporary file behind.
#include "app/export/exportgig.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Lowers the largest file this process may write (RLIMIT_FSIZE) for its lifetime; writing past
// it fails with EFBIG (SIGXFSZ ignored). Unlike permissions, this holds for root as well.
class FileSizeLimit
{
    Q_DISABLE_COPY_MOVE(FileSizeLimit)

public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_ok = ::getrlimit(RLIMIT_FSIZE, &m_saved) == 0;
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        m_ok = m_ok && ::setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool isActive() const { return m_ok; }

private:
    rlimit m_saved {};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

class TestSaveExportFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void writesAndReplacesTheFile();
    void failedWriteLeavesTheOldFileUntouched();
    void targetThatIsAFolderIsRefusedAndKept();
};

void TestSaveExportFile::writesAndReplacesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"gigs.csv"_s);
    QString error;
    QVERIFY(gig::saveExportFile(path, "first\r\n", &error));
    QCOMPARE(readAll(path), "first\r\n"_ba);
    QVERIFY(gig::saveExportFile(path, "second\r\n", &error));
    QCOMPARE(readAll(path), "second\r\n"_ba);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"gigs.csv"_s });
}

// The disk refuses the write half way (here: a file size limit, which stops root too).
void TestSaveExportFile::failedWriteLeavesTheOldFileUntouched()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"gigs.csv"_s);
    const QByteArray old = "date,time,event\r\n2026-12-05,20:00,Old gig\r\n";
    QVERIFY(gig::saveExportFile(path, old, nullptr));

    QString error;
    bool saved = true;
    {
        FileSizeLimit limit(16 * 1024);
        QVERIFY(limit.isActive());
        saved = gig::saveExportFile(path, QByteArray(256 * 1024, 'x'), &error);
    }
    QVERIFY(!saved);
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"gigs.csv"_s });
}

void TestSaveExportFile::targetThatIsAFolderIsRefusedAndKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"gigs.csv"_s);
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(gig::saveExportFile(folder + u"/inside.txt"_s, "kept\r\n", nullptr));

    QString error;
    QVERIFY(!gig::saveExportFile(folder, "new\r\n", &error));
    QVERIFY2(error.contains(folder), qPrintable(error));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList { u"inside.txt"_s });
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

QTEST_GUILESS_MAIN(TestSaveExportFile)
#include "tst_saveexportfile.moc"
