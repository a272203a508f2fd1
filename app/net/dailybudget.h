// Counts one lane's requests per UTC day against a limit (Ticketmaster: 5000/day), kept in
// QSettings so a restart does not reset it.
#pragma once

#include <QDate>
#include <QString>

namespace gig {

class DailyBudget
{
public:
    // `settingsFile` empty: the application's QSettings; otherwise an INI file at that path.
    DailyBudget(const QString &lane, int limit, const QString &settingsFile);

    int limit() const { return m_limit; }
    int used(QDate today) const;
    int remaining(QDate today) const;
    bool isSpent(QDate today) const { return remaining(today) <= 0; }
    // Counts one request sent on `today` and writes the count.
    void spend(QDate today);

private:
    void load();
    void store() const;

    QString m_key;
    int m_limit = 0;
    QString m_settingsFile;
    QDate m_day;
    int m_used = 0;
};

} // namespace gig
