// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/accesspolicy.h"
#include "alerts/alert.h"
#include "hotlistentry.h"

#include <vector>

namespace kestrel {

class Database;
struct Policy;
struct User;

// What checking a newly live entry against earlier reads found.
struct RetrospectiveHits {
    AccessDecision decision; // how far back the owner's access band let the search reach
    std::vector<Alert> alerts; // raised or folded into, each marked retrospective
    int reads = 0;
};

// A hotlist entry that has just gone live, checked against the reads of the policy's retrospective days:
// searched as its owner (who added it) through the one search path, so within the owner's access band and
// audited as a search under the entry's reference; each earlier sighting raises (or folds into) an alert
// marked retrospective.
RetrospectiveHits checkRetrospectively(
    Database& db, const HotlistEntry& entry, const User& owner, const Policy& policy, qint64 nowMs);

// Validates a pending entry (HotlistStore::validate: a supervisor other than who added it), then checks it
// against earlier reads as its owner. Returns why it was refused, or an empty string; hits says what was found.
QString makeLive(Database& db, qint64 id, const User& validator, qint64 nowMs, RetrospectiveHits& hits);

} // namespace kestrel
