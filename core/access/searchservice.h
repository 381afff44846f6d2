// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesspolicy.h"
#include "userstore.h"

#include "policy/policy.h"
#include "store/readstore.h"

#include <string>
#include <vector>

namespace kestrel {

class Database;

// What a user asks: for a purpose and reference, a VRM or pattern (? one character, * any run) over a time range
// and cameras (none: all), one page of at most limit reads.
struct SearchRequest {
    Purpose purpose = Purpose::Investigation;
    QString reference;
    QString vrm;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    std::vector<std::string> cameras;
    bool tolerant = false; // also the VRMs a camera may have misread it as (ReadQuery::tolerant)
    bool oldestFirst = false;
    std::optional<ReadCursor> after; // the next page: after the last read of the page before
    int limit = 1000;
};

struct SearchResult {
    QString pattern; // the VRM or pattern as searched for: upper case, no spaces
    AccessDecision decision;
    ReadPage page; // empty when refused
    QString problem; // a malformed VRM or pattern (nothing searched)
};

// The one way reads are searched, by the command line and the console alike: the access policy decides with
// the user's grants, only what it allows is searched, and the search is audited (query, range asked and
// range allowed, purpose, reference, grant, result count), refused or not.
class SearchService {
public:
    SearchService(Database& db, ReadStore& reads, Policy policy);

    // user: signed in (the caller checked the password). progress: see ReadStore::search; a search stopped by
    // it is audited as cancelled, with what it had found.
    SearchResult search(
        const User& user, const SearchRequest& request, qint64 nowMs, const SearchProgress& progress = {});

    // Where a search starts when the user gives no start: as far back as the first access band reaches.
    qint64 defaultFrom(qint64 nowMs) const;

private:
    Database& m_db;
    ReadStore& m_reads;
    Policy m_policy;
};

} // namespace kestrel
