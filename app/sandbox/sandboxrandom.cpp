#include "app/sandbox/sandboxrandom.h"

namespace gig {

SandboxRandom::SandboxRandom(std::initializer_list<quint64> key)
    : m_state(hash(key))
{ }

quint64 SandboxRandom::mix(quint64 value)
{
    // SplitMix64 finaliser: a bijection with good avalanche.
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

quint64 SandboxRandom::hash(std::initializer_list<quint64> key)
{
    quint64 state = 0x243f6a8885a308d3ULL;
    for (quint64 part : key)
        state = mix(state ^ mix(part));
    return state;
}

quint64 SandboxRandom::hashString(QStringView text)
{
    quint64 state = 0xcbf29ce484222325ULL; // FNV-1a over UTF-16 units, then mixed
    for (QChar c : text) {
        state ^= c.unicode();
        state *= 0x100000001b3ULL;
    }
    return mix(state);
}

quint64 SandboxRandom::next()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    quint64 value = m_state;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

quint64 SandboxRandom::below(quint64 bound)
{
    return bound == 0 ? 0 : next() % bound;
}

int SandboxRandom::between(int lowest, int highest)
{
    if (highest <= lowest)
        return lowest;
    return lowest + int(below(quint64(highest - lowest) + 1));
}

double SandboxRandom::unit()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

bool SandboxRandom::chance(double probability)
{
    return unit() < probability;
}

QString SandboxRandom::uuid(std::initializer_list<quint64> key)
{
    SandboxRandom random(key);
    const quint64 high = random.next();
    const quint64 low = random.next();
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char((high >> (56 - 8 * i)) & 0xff);
        bytes[8 + i] = char((low >> (56 - 8 * i)) & 0xff);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    const QByteArray hex = bytes.toHex();
    return QString::fromLatin1(hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
        + hex.mid(16, 4) + '-' + hex.mid(20, 12));
}

} // namespace gig
