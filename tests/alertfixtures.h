// SPDX-License-Identifier: GPL-3.0-or-later
// Alerts raised as the engine raises them, for the view-model and QML tests.
#pragma once

#include "alerts/alertstore.h"
#include "hotlist/hotlistmatcher.h"
#include "hotlist/hotliststore.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

#include <string>
#include <vector>

// Puts entry on the hotlist, stores a read of its VRM at camera and timeMs, and raises (or folds) the alert
// for it in one transaction, as the engine's writer does (or, retrospective, as an entry going live does).
// Returns the alert as stored.
inline kestrel::Alert raiseTestAlert(kestrel::Database& db, kestrel::AlertStore& alerts, kestrel::HotlistEntry entry,
    const std::string& camera, qint64 timeMs, qint64 foldWindowMs = 0, bool retrospective = false)
{
    using namespace kestrel;
    std::vector<HotlistEntry> entries { std::move(entry) };
    for (auto& e : entries)
        e.state = EntryState::Live; // validated
    HotlistStore(db).add(entries, 0);
    std::vector<Read> reads(1);
    reads[0].vrm = entries[0].vrm;
    reads[0].camera = camera;
    reads[0].timeMs = timeMs;
    Database::Transaction tx(db);
    SqliteReadStore(db).append(reads);
    const auto raised = alerts.raiseOrFold(
        reads[0], { entries[0].id, entries[0].priority, 0, false }, entries[0], foldWindowMs, timeMs, retrospective);
    tx.commit();
    return raised.alert;
}
