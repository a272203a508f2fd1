#include "app/settings/sharedcachepassword.h"

#include "app/settings/keystore.h"
#include "app/storage/cachelocation.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>
#include <memory>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

Q_LOGGING_CATEGORY(lcSharedPassword, "gigmap.settings.sharedcache")

QString entryKey(const CacheLocation &location)
{
    return u"shared-cache:"_s + location.displayText();
}

bool keyringEnabled()
{
    return qEnvironmentVariableIntValue(KeyStore::skipKeyringVariable) != 1;
}

// Runs `job` and waits for it, at most `timeout`; false when it did not finish in time (then it
// deletes itself whenever it does).
bool runAndWait(std::unique_ptr<QKeychain::Job> &job, std::chrono::milliseconds timeout)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished) {
        job->setAutoDelete(true);
        job.release();
    }
    return finished;
}

} // namespace

QString SharedCachePassword::read(const CacheLocation &location, std::chrono::milliseconds timeout)
{
    if (!location.isShared() || !keyringEnabled())
        return {};
    auto read = std::make_unique<QKeychain::ReadPasswordJob>(KeyStore::keyringService);
    read->setKey(entryKey(location));
    const QKeychain::ReadPasswordJob *answer = read.get();
    std::unique_ptr<QKeychain::Job> job = std::move(read);
    if (!runAndWait(job, timeout)) {
        qCWarning(lcSharedPassword) << "the keyring did not answer in time";
        return {};
    }
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        qCWarning(lcSharedPassword) << "the keyring did not answer:" << job->errorString();
    return job->error() == QKeychain::NoError ? answer->textData() : QString();
}

bool SharedCachePassword::write(
    const CacheLocation &location, const QString &password, std::chrono::milliseconds timeout)
{
    if (!location.isShared() || !keyringEnabled())
        return false;
    std::unique_ptr<QKeychain::Job> job;
    if (password.isEmpty()) {
        auto remove = std::make_unique<QKeychain::DeletePasswordJob>(KeyStore::keyringService);
        remove->setKey(entryKey(location));
        job = std::move(remove);
    } else {
        auto keep = std::make_unique<QKeychain::WritePasswordJob>(KeyStore::keyringService);
        keep->setKey(entryKey(location));
        keep->setTextData(password);
        job = std::move(keep);
    }
    if (!runAndWait(job, timeout))
        return false;
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
        qCWarning(lcSharedPassword)
            << "the keyring did not keep the password:" << job->errorString();
        return false;
    }
    return true;
}

QString SharedCachePassword::withKeptPassword(const QString &cacheLocation)
{
    const CacheLocation location = CacheLocation::fromText(cacheLocation);
    if (!location.isShared() || !location.password().isEmpty())
        return cacheLocation;
    const QString password = read(location);
    if (password.isEmpty())
        return cacheLocation;
    QUrl url(cacheLocation.trimmed());
    url.setPassword(password);
    return url.toString();
}

} // namespace gig
