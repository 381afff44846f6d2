// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesspolicy.h"
#include "userstore.h"

#include "policy/policy.h"
#include "store/read.h"

#include <string>
#include <vector>

namespace kestrel {

class Database;
class ReadStore;

struct SearchResult {
    AccessDecision decision;
    std::vector<Read> reads; // newest first; empty when refused
    QString problem; // a malformed VRM or pattern (nothing searched)
};

// The one way reads are searched, by the command line and the console alike: the access policy decides with
// the user's grants, only what it allows is searched, and the search is audited (query, range asked and
// range allowed, purpose, reference, grant, result count), refused or not.
class SearchService {
public:
    SearchService(Database& db, ReadStore& reads, Policy policy);

    // user: signed in (the caller checked the password). vrm: a VRM or a pattern (? one character, * any run).
    SearchResult search(const User& user, Purpose purpose, const QString& reference, const QString& vrm, qint64 fromMs,
        qint64 toMs, const std::vector<std::string>& cameras, int limit, qint64 nowMs);

    // Where a search starts when the user gives no start: as far back as the first access band reaches.
    qint64 defaultFrom(qint64 nowMs) const;

private:
    Database& m_db;
    ReadStore& m_reads;
    Policy m_policy;
};

} // namespace kestrel
