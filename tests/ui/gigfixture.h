// A small Berlin for the window tests: four gigs, their artists and releases in a real GigStore.
#pragma once

#include "tests/models/storefixture.h"

namespace gig::testing {

// e1 Björk (12 Dec, ok), e2 Radiohead (3 Dec, cancelled), e3 Moderat (20 Dec, postponed),
// e4 Caribou (5 Jan, ok), all around "berlin"; a1…a4 with MBIDs m1…m4, releases for m1 and m2.
inline void fillBerlin(GigStore &store)
{
    using namespace Qt::StringLiterals;
    store.setClock([] { return fixtureNow; });
    Event bjork = makeEvent(u"e1"_s, QDate(2026, 12, 12), { u"a1"_s, u"a4"_s });
    bjork.name = u"Björk: Cornucopia"_s;
    bjork.url = u"https://tickets.example/e1"_s;
    Event radiohead = makeEvent(u"e2"_s, QDate(2026, 12, 3), { u"a2"_s });
    radiohead.name = u"Radiohead"_s;
    radiohead.status = EventStatus::Cancelled;
    Event moderat = makeEvent(u"e3"_s, QDate(2026, 12, 20), { u"a3"_s });
    moderat.name = u"Moderat"_s;
    moderat.status = EventStatus::Postponed;
    moderat.venue.name = u"Columbiahalle"_s;
    Event caribou = makeEvent(u"e4"_s, QDate(2027, 1, 5), { u"a4"_s });
    caribou.name = u"Caribou"_s;
    writeRefresh(store, makeLocation(u"berlin"_s, { u"e1"_s, u"e2"_s, u"e3"_s, u"e4"_s }),
        { bjork, radiohead, moderat, caribou },
        { makeArtist(u"a1"_s, u"Björk"_s, u"m1"_s), makeArtist(u"a2"_s, u"Radiohead"_s, u"m2"_s),
            makeArtist(u"a3"_s, u"Moderat"_s, u"m3"_s),
            makeArtist(u"a4"_s, u"Caribou"_s, u"m4"_s) });
    writeRelease(store, u"m1"_s,
        Release { u"rg1"_s, u"Fossora"_s, ReleaseType::Album,
            PartialDate::fromDate(QDate(2022, 9, 30)) });
    writeRelease(store, u"m2"_s, std::nullopt);
}

} // namespace gig::testing
