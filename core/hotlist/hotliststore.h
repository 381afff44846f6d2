// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hotlistentry.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace kestrel {

class Database;
struct User;

// Which entries to show (an empty field: any).
struct HotlistQuery {
    QString state; // "pending", "live" (not expired by now), "expired" (live, but past expiry), "removed"
    QString vrm; // part of a VRM (spaces and case do not matter), or a pattern with * and ?
    QString list;
    QString category;

    static HotlistQuery inState(const QString& state)
    {
        HotlistQuery query;
        query.state = state;
        return query;
    }
};

// A list of entries: who owns it (its entries due for review are theirs to weed or renew), where its entries
// come from, and whether it is covert: a covert list's hits go only to its readers, never to the shared queue.
struct HotlistList {
    QString name;
    QString owner;
    QString source;
    bool covert = false;
    QStringList readers; // of a covert list
    qint64 live = 0; // entries matching now
    qint64 pending = 0; // entries waiting for validation
};

// Hotlist entries on a Kestrel database, and every change to them: each is audited in the transaction that
// makes it, and counted (version()) so that a running engine can tell its matcher is out of date.
class HotlistStore {
public:
    explicit HotlistStore(Database& db);

    // Adds the entries, each in the state it holds (pending unless the caller decided otherwise), in one
    // transaction, assigning their ids; addedMs and addedBy say when and who (who: the audit trail's actor).
    void add(std::vector<HotlistEntry>& entries, qint64 addedMs, const QString& addedBy = {});
    // Adds one entry by hand, pending until a second person validates it, audited as hotlist-added (in the
    // caller's transaction, if any). Refused, with why, unless `by` may edit hotlists.
    QString addPending(HotlistEntry& entry, const User& by, qint64 nowMs);
    // Replaces every entry of a list with these (a PNC extract is a full refresh). The new list is written
    // beside the old in short transactions, so that ingest and matching go on meanwhile, and is made current in
    // one, with the audit record given; a refresh that fails, is stopped by progress(done, total) returning
    // false, or is killed leaves the old list live and whole. Not inside a caller's transaction. True when the
    // new list replaced the old.
    bool replaceList(const QString& list, std::vector<HotlistEntry>& entries, qint64 addedMs, const QString& addedBy,
        const std::function<bool(qint64, qint64)>& progress = {}, const QJsonObject& audit = {});
    // Makes a pending entry live. Refused, with why, unless `by` holds the supervisor role and is not who added
    // it; nothing changes then.
    QString validate(qint64 id, const User& by, qint64 nowMs);
    // Changes a pending or live entry's category, priority, action, reference, effective and expiry dates (as in
    // edit; its VRM and list stay). The entry is checked again: it waits as pending until a supervisor other than
    // who changed it validates it. Refused, with why, unless `by` may edit hotlists, for a removed entry, or for a
    // line of the PNC extract (its refresh changes it).
    QString amend(const HotlistEntry& edit, const User& by, qint64 nowMs);
    // Stops an entry matching for good, with the reason (recovered, sold, no longer wanted ...); kept for the
    // record. Refused, with why, unless `by` may edit hotlists, for an unknown or removed entry, or an empty reason.
    QString remove(qint64 id, const QString& reason, const User& by, qint64 nowMs);

    // Every list, by name, with its entries counted as of nowMs. A list comes to be with its first entry, owned
    // by whoever added it.
    std::vector<HotlistList> lists(qint64 nowMs);
    // Sets a list's owner, source and readers (who alone see a covert list's hits: at least one, each a user).
    // Refused, with why, for an unknown list, owner or reader; audited as done by `by` in `role`.
    QString configureList(const HotlistList& list, const QString& by, const QString& role, qint64 nowMs);
    // Who a hit on this list goes to: its readers if it is covert; empty (the shared queue) if not.
    QStringList recipients(const QString& list);

    std::vector<HotlistCategory> categories();
    // Adds or changes a category's default priority and action; refused, with why, for an empty name or action.
    // Audited as done by `by` in `role`.
    QString setCategory(const HotlistCategory& category, const QString& by, const QString& role, qint64 nowMs);

    std::optional<HotlistEntry> get(qint64 id);
    // What the matcher holds: live entries that have not expired by nowMs, in id order.
    void forEachLive(qint64 nowMs, const std::function<void(const HotlistEntry&)>& visit);
    // The entries the query asks for, in id order, at most limit of them (0: all); returns how many match in all.
    qint64 forEachMatching(
        const HotlistQuery& query, qint64 nowMs, qint64 limit, const std::function<void(const HotlistEntry&)>& visit);
    // Live entries whose expiry (their review date) falls within withinMs of nowMs, soonest first; owner: only
    // those that person added or whose list they own (empty: everyone's). Shown to their owners, so that an entry no
    // longer true is weeded before it sends officers after an innocent driver, and one still true is renewed.
    void forEachDueForReview(
        qint64 nowMs, qint64 withinMs, const QString& owner, const std::function<void(const HotlistEntry&)>& visit);
    qint64 count();
    // How many changes the hotlists have seen: it moves whenever what matches may have.
    qint64 version();

private:
    void changed();
    void insert(std::vector<HotlistEntry>& entries, qint64 addedMs, const QString& addedBy, qint64 importId);
    // Deletes the list's rows of refreshes other than current (or only those of one: only).
    void dropStale(const QString& list, qint64 current, qint64 only);

    Database& m_db;
};

} // namespace kestrel
