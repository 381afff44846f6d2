// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrospective.h"

#include "hotlistmatcher.h"

#include "access/searchservice.h"
#include "access/userstore.h"
#include "alerts/alertstore.h"
#include "hotliststore.h"
#include "policy/policy.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

namespace kestrel {

RetrospectiveHits checkRetrospectively(
    Database& db, const HotlistEntry& entry, const User& owner, const Policy& policy, qint64 nowMs)
{
    RetrospectiveHits out;
    if (policy.retrospectiveDays <= 0 || entry.state != EntryState::Live)
        return out;
    SqliteReadStore reads(db);
    SearchRequest request;
    request.purpose = Purpose::Investigation;
    request.reference = entry.reference;
    request.vrm = QString::fromStdString(entry.vrm);
    request.fromMs = nowMs - qint64(policy.retrospectiveDays) * 24 * 3600 * 1000; // before it was listed: the point
    request.toMs = std::min(nowMs, entry.expiryMs - 1);
    request.oldestFirst = true;
    const SearchResult found = SearchService(db, reads, policy).search(owner, request, nowMs);
    out.decision = found.decision;
    AlertStore alerts(db);
    const HotlistMatch match { entry.id, entry.priority, 0, false };
    for (const Read& read : found.page.reads) {
        auto raised = alerts.raiseOrFold(read, match, entry, policy.foldWindowMs, nowMs, true);
        if (raised.isNew)
            out.alerts.push_back(std::move(raised.alert));
        ++out.reads;
    }
    return out;
}

QString makeLive(Database& db, qint64 id, const User& validator, qint64 nowMs, RetrospectiveHits& hits)
{
    HotlistStore store(db);
    if (QString problem = store.validate(id, validator, nowMs); !problem.isEmpty())
        return problem;
    const auto entry = store.get(id);
    // Searched as the person who listed the vehicle, within what they may see; one who cannot sign in (an
    // import by an administrator's command) has no band, and nothing earlier is looked at.
    if (const auto owner = UserStore(db).find(entry->addedBy))
        hits = checkRetrospectively(db, *entry, *owner, Policy::load(db), nowMs);
    return {};
}

} // namespace kestrel
