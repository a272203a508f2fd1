// Reads the JSON fixtures of tests/data/ for the sources' tests.
#pragma once

#include "app/sources/parsed.h"
#include "models/event.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>
#include <algorithm>

namespace gig::test {

inline QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(GIGMAP_TEST_DATA_DIR)).filePath(relative);
}

// The bytes of tests/data/<relative>; fails the running test when the file cannot be read.
inline QByteArray fixture(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(
            qPrintable(QStringLiteral("cannot read fixture %1").arg(relative)), __FILE__, __LINE__);
        return {};
    }
    return file.readAll();
}

// Checks what a parser gave: no error when `errorKind` < 0, else that kind of error with `message`
// in its text. The caller returns when QTest::currentTestFailed().
template<typename T>
void verifyOutcome(const Parsed<T> &result, int errorKind, const QString &message)
{
    if (errorKind < 0) {
        QVERIFY2(result.ok(), qPrintable(toString(result.error.value_or(SourceError {}))));
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error->kind), errorKind);
        QVERIFY2(result.error->message.contains(message), qPrintable(result.error->message));
    }
}

// The event with `id` in `events`, or nullptr.
inline const Event *findEvent(const QList<Event> &events, const QString &id)
{
    const auto it = std::find_if(
        events.cbegin(), events.cend(), [&](const Event &event) { return event.id == id; });
    return it == events.cend() ? nullptr : &*it;
}

} // namespace gig::test
