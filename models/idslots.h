// Interns string ids as dense small numbers, so that GigStore's sweep marks rows by index
// instead of hashing hundreds of thousands of id strings.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <variant>

namespace gig {

// Each slot holds the sweep epoch that last reached it (0 when none has) and a value of the
// owner's choice (`unset` until the owner writes one). Slots are never freed one by one: an
// owner whose slots outnumber its live ids clear()s and interns its live ids again.
template<class Value = std::monostate> class IdSlots
{
public:
    explicit IdSlots(Value unset = {})
        : m_unset(std::move(unset))
    { }

    // The slot of `id`; a new one when the id has none yet.
    quint32 intern(const QString &id)
    {
        const auto it = m_slots.constFind(id);
        if (it != m_slots.cend())
            return *it;
        const auto slot = quint32(m_marks.size());
        m_slots.insert(id, slot);
        m_marks.append(0);
        m_values.append(m_unset);
        return slot;
    }

    qsizetype size() const { return m_marks.size(); }

    void clear()
    {
        m_slots.clear();
        m_marks.clear();
        m_values.clear();
    }

    // By slot, as arrays, for the sweep's inner loops. Valid until the next intern() or clear().
    quint32 *marks() { return m_marks.data(); }
    const Value *values() const { return m_values.constData(); }

    Value &value(quint32 slot) { return m_values[slot]; }

private:
    Value m_unset;
    QHash<QString, quint32> m_slots;
    QList<quint32> m_marks;
    QList<Value> m_values;
};

} // namespace gig
