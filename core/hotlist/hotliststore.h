// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hotlistentry.h"

#include <functional>
#include <optional>
#include <vector>

namespace kestrel {

class Database;

// Hotlist entries on a Kestrel database.
class HotlistStore {
public:
    explicit HotlistStore(Database& db);

    // Adds the entries in one transaction, assigning their ids; addedMs records when.
    void add(std::vector<HotlistEntry>& entries, qint64 addedMs);
    std::optional<HotlistEntry> get(qint64 id);
    // Every entry that has not expired by nowMs, in id order.
    void forEachUnexpired(qint64 nowMs, const std::function<void(const HotlistEntry&)>& visit);
    qint64 count();

private:
    Database& m_db;
};

} // namespace kestrel
