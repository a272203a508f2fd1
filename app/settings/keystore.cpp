#include "app/settings/keystore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeys, "gigmap.settings.keys", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace gig {

namespace {

const QString fallbackGroup = u"apiKeys"_s;

// The names the keys go by in the keyring entry and the settings file: the services' ids.
QString keyName(Service service)
{
    return serviceSpec(service).id;
}

} // namespace

KeyStore::KeyStore(QObject *parent)
    : QObject(parent)
    , m_keyringEnabled(qEnvironmentVariableIntValue(skipKeyringVariable) != 1)
{ }

KeyStore::~KeyStore() = default;

void KeyStore::readKeys()
{
    if (!m_keyringEnabled) {
        fallBack(tr("the keyring is switched off"));
        QMetaObject::invokeMethod(
            this, [this] { emit keysRead(readFallback()); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(keyringService, this);
    job->setKey(keyringKey);
    connect(job, &QKeychain::Job::finished, this, &KeyStore::onReadFinished);
    job->start();
}

void KeyStore::onReadFinished(QKeychain::Job *job)
{
    const auto *read = static_cast<QKeychain::ReadPasswordJob *>(job);
    switch (job->error()) {
    case QKeychain::NoError:
        qCDebug(lcKeys) << "API keys read from the keyring";
        emit keysRead(fromJson(read->textData()));
        return;
    case QKeychain::EntryNotFound:
        // Keys written while no keyring answered are still in the settings file.
        qCDebug(lcKeys) << "no API keys in the keyring yet";
        emit keysRead(readFallback());
        return;
    default:
        qCWarning(lcKeys) << "the keyring did not answer:" << job->error() << job->errorString();
        fallBack(job->errorString());
        emit keysRead(readFallback());
        return;
    }
}

void KeyStore::writeKeys(const ApiKeys &keys)
{
    if (!m_keyringEnabled) {
        fallBack(tr("the keyring is switched off"));
        writeFallback(keys);
        QMetaObject::invokeMethod(this, &KeyStore::keysWritten, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(keyringService, this);
    job->setKey(keyringKey);
    job->setTextData(toJson(keys));
    connect(job, &QKeychain::Job::finished, this,
        [this, keys](QKeychain::Job *finished) { onWriteFinished(finished, keys); });
    job->start();
}

void KeyStore::onWriteFinished(QKeychain::Job *job, const ApiKeys &keys)
{
    if (job->error() == QKeychain::NoError) {
        qCDebug(lcKeys) << "API keys written to the keyring";
        clearFallback(); // no copy in clear text once the keyring holds them
        if (!m_warning.isEmpty()) {
            m_warning.clear();
            emit warningChanged(m_warning);
        }
    } else {
        qCWarning(lcKeys) << "the keyring did not take the keys:" << job->error()
                          << job->errorString();
        fallBack(job->errorString());
        writeFallback(keys);
    }
    emit keysWritten();
}

void KeyStore::fallBack(const QString &why)
{
    const QString warning = tr("No keyring answered (%1): API keys are stored unencrypted in "
                               "gigmap's settings file.")
                                .arg(why);
    if (warning == m_warning)
        return;
    m_warning = warning;
    emit warningChanged(m_warning);
}

ApiKeys KeyStore::readFallback()
{
    QSettings settings;
    settings.beginGroup(fallbackGroup);
    ApiKeys keys;
    for (const Service service : storedKeyServices())
        keys.setKey(service, settings.value(keyName(service)).toString());
    return keys;
}

void KeyStore::writeFallback(const ApiKeys &keys)
{
    QSettings settings;
    settings.beginGroup(fallbackGroup);
    for (const Service service : storedKeyServices())
        settings.setValue(keyName(service), keys.key(service));
}

void KeyStore::clearFallback()
{
    QSettings().remove(fallbackGroup);
}

QString KeyStore::toJson(const ApiKeys &keys)
{
    QJsonObject object;
    for (const Service service : storedKeyServices())
        object.insert(keyName(service), keys.key(service));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ApiKeys KeyStore::fromJson(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (object.isEmpty() && !json.isEmpty())
        qCWarning(lcKeys) << "the keyring entry is not the JSON gigmap writes; ignoring it";
    ApiKeys keys;
    for (const Service service : storedKeyServices())
        keys.setKey(service, object.value(keyName(service)).toString());
    return keys;
}

} // namespace gig
