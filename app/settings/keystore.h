// Keeps the event sources' API keys in the system keyring (QtKeychain), or, when no keyring
// answers, in gigmap's settings file with a visible warning. Asynchronous; keys are never logged.
#pragma once

#include "models/appsettings.h"

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace gig {

class KeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)

public:
    // The keyring entry: service "gigmap", key "api-keys", a small JSON object.
    static constexpr QLatin1StringView keyringService { "gigmap" };
    static constexpr QLatin1StringView keyringKey { "api-keys" };
    // Set to 1 to go straight to the settings file (tests, machines without a keyring).
    static constexpr const char *skipKeyringVariable = "GIGMAP_SKIP_KEYRING";

    explicit KeyStore(QObject *parent = nullptr);
    ~KeyStore() override;

    // On by default unless GIGMAP_SKIP_KEYRING=1.
    void setKeyringEnabled(bool enabled) { m_keyringEnabled = enabled; }
    bool isKeyringEnabled() const { return m_keyringEnabled; }

    // Non-empty once the settings-file fallback is in use: what happened and what it means.
    QString warning() const { return m_warning; }
    bool usesFallback() const { return !m_warning.isEmpty(); }

public slots:
    // Each answers with one signal, always after the call returns.
    void readKeys(); // → keysRead()
    void writeKeys(const gig::ApiKeys &keys); // → keysWritten()

signals:
    void keysRead(const gig::ApiKeys &keys);
    void keysWritten();
    void warningChanged(const QString &warning);

private:
    void onReadFinished(QKeychain::Job *job);
    void onWriteFinished(QKeychain::Job *job, const gig::ApiKeys &keys);
    void fallBack(const QString &why);
    static ApiKeys readFallback();
    static void writeFallback(const ApiKeys &keys);
    static void clearFallback();
    static QString toJson(const ApiKeys &keys);
    static ApiKeys fromJson(const QString &json);

    bool m_keyringEnabled = true;
    QString m_warning;
};

} // namespace gig
