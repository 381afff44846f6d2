// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotliststore.h"

#include "store/database.h"

namespace kestrel {

namespace {
constexpr std::string_view columns
    = "id, vrm, list, category, priority, action, source, reference, effective, expiry FROM hotlist_entries";

HotlistEntry entryFrom(const Statement& row)
{
    HotlistEntry e;
    e.id = row.int64(0);
    e.vrm = row.text(1);
    e.list = row.qtext(2);
    e.category = row.qtext(3);
    e.priority = static_cast<Priority>(row.int64(4));
    e.action = row.qtext(5);
    e.source = row.qtext(6);
    e.reference = row.qtext(7);
    e.effectiveMs = row.int64(8);
    if (!row.isNull(9))
        e.expiryMs = row.int64(9);
    return e;
}
} // namespace

HotlistStore::HotlistStore(Database& db)
    : m_db(db)
{
}

void HotlistStore::add(std::vector<HotlistEntry>& entries, qint64 addedMs)
{
    Database::Transaction tx(m_db);
    auto& insert = m_db.prepared("INSERT INTO hotlist_entries(vrm, list, category, priority, action, source, "
                                 "reference, effective, expiry, added) VALUES (?,?,?,?,?,?,?,?,?,?)");
    for (auto& e : entries) {
        insert.bind(1, e.vrm)
            .bind(2, e.list)
            .bind(3, e.category)
            .bind(4, static_cast<int>(e.priority))
            .bind(5, e.action)
            .bind(6, e.source)
            .bind(7, e.reference)
            .bind(8, e.effectiveMs)
            .bind(10, addedMs);
        if (e.expiryMs == std::numeric_limits<qint64>::max())
            insert.bindNull(9);
        else
            insert.bind(9, e.expiryMs);
        insert.run();
        e.id = m_db.lastInsertId();
    }
    tx.commit();
}

std::optional<HotlistEntry> HotlistStore::get(qint64 id)
{
    auto& select = m_db.prepared(std::string("SELECT ").append(columns).append(" WHERE id = ?"));
    select.bind(1, id);
    std::optional<HotlistEntry> out;
    if (select.step())
        out = entryFrom(select);
    select.reset();
    return out;
}

void HotlistStore::forEachUnexpired(qint64 nowMs, const std::function<void(const HotlistEntry&)>& visit)
{
    auto& select = m_db.prepared(
        std::string("SELECT ").append(columns).append(" WHERE expiry IS NULL OR expiry > ? ORDER BY id"));
    select.bind(1, nowMs);
    while (select.step())
        visit(entryFrom(select));
    select.reset();
}

qint64 HotlistStore::count()
{
    return m_db.prepared("SELECT count(*) FROM hotlist_entries").scalar().value_or(0);
}

} // namespace kestrel
