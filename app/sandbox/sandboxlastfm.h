// The sandbox's Last.fm: user.getTopArtists (GET /2.0/?method=user.gettopartists&user=…&api_key=…
// &format=json&limit=…&page=…) in the real answer's shape — numbers as strings, the "@attr"
// paging object, empty MBIDs — drawn from the generated world's artists. Users whose name starts
// with "unknown" do not exist (404, error 6 "User not found"); a key starting with "invalid" is
// refused (403, error 10); a missing user or key is error 6 (400), as on the real service.
#pragma once

#include "app/sandbox/sandboxservicehandler.h"

namespace gig {

class SandboxLastFm final : public SandboxServiceHandler
{
public:
    SandboxReply handle(const SandboxWorld &world, const SandboxCall &call) const override;
    SandboxReply errorReply(int status) const override;
    SandboxReply wrongShapeReply() const override;

    static constexpr int maxLimit = 1000;
    static constexpr int defaultLimit = 50;
    // How many artists a user's library lists (the same on every call).
    static int artistCountOf(const QString &user);
};

} // namespace gig
