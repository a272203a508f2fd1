// The sandbox's deterministic dice: the same key always rolls the same numbers, on every machine.
#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <initializer_list>

namespace gig {

class SandboxRandom
{
public:
    // A stream keyed by any number of integers (seed, kind tag, coordinates, ids…).
    SandboxRandom(std::initializer_list<quint64> key);

    quint64 next();
    // 0 <= value < bound (bound > 0).
    quint64 below(quint64 bound);
    // lowest <= value <= highest.
    int between(int lowest, int highest);
    // 0 <= value < 1.
    double unit();
    bool chance(double probability);

    static quint64 mix(quint64 value);
    static quint64 hash(std::initializer_list<quint64> key);
    static quint64 hashString(QStringView text);
    // A UUID of the version-4 shape (as MusicBrainz ids look), derived from the key.
    static QString uuid(std::initializer_list<quint64> key);

private:
    quint64 m_state = 0;
};

} // namespace gig
