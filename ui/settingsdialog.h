// Edits gigmap's settings: the data source, API keys, service URLs, refresh intervals, the
// release types that count and the map tiles. Checks what is typed before it can be accepted.
#pragma once

#include "models/appsettings.h"

#include <QDialog>
#include <QMap>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gig {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setSettings(const AppSettings &settings);
    AppSettings settings() const; // as edited
    void setApiKeys(const ApiKeys &keys);
    ApiKeys apiKeys() const; // as edited
    // The shared cache's password as typed (never shown again): empty when none was typed.
    QString sharedCachePassword() const;

    // Shown above the keys when the keyring is not available (empty: hidden).
    void setKeyStoreWarning(const QString &warning);

    // Empty when everything typed is usable; otherwise what to fix, for people.
    QString problems() const;

private:
    void validate();
    void restoreDefaults();

    QMap<Source, QCheckBox *> m_switches; // one per keyed source ("ticketmasterEnabled")
    QMap<Service, QLineEdit *> m_keys; // one per keyed service ("ticketmasterKey"), and "tilesKey"
    QLabel *m_keyWarning = nullptr;
    QMap<Service, QLineEdit *> m_urls; // one per service with a base URL ("ticketmasterUrl")
    QSpinBox *m_shownMinutes = nullptr;
    QSpinBox *m_backgroundMinutes = nullptr;
    QCheckBox *m_keepInTray = nullptr;
    QCheckBox *m_albums = nullptr;
    QCheckBox *m_eps = nullptr;
    QCheckBox *m_singles = nullptr;
    QLineEdit *m_tileUrl = nullptr;
    QLineEdit *m_tileAttribution = nullptr;
    QLineEdit *m_sharedCacheUrl = nullptr;
    QLineEdit *m_sharedCachePassword = nullptr;
    QCheckBox *m_tilesShowPlaceNames = nullptr;
    QComboBox *m_colorScheme = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gig
