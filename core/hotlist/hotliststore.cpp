// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotliststore.h"

#include "access/userstore.h"
#include "audit/auditlog.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace kestrel {

namespace {
class HotlistText {
    Q_DECLARE_TR_FUNCTIONS(HotlistStore)
};

constexpr std::string_view columns
    = "id, vrm, list, category, priority, action, source, reference, effective, expiry, state, added_by, added, "
      "validated_by, validated_at, removed_by, removed_at, removed_reason FROM hotlist_entries";

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
    e.state = parseEntryState(row.text(10)).value_or(EntryState::Removed);
    e.addedBy = row.qtext(11);
    e.addedMs = row.int64(12);
    e.validatedBy = row.qtext(13);
    e.validatedMs = row.isNull(14) ? 0 : row.int64(14);
    e.removedBy = row.qtext(15);
    e.removedMs = row.isNull(16) ? 0 : row.int64(16);
    e.removedReason = row.qtext(17);
    return e;
}

QJsonObject describe(const HotlistEntry& e)
{
    return { { QStringLiteral("entry"), e.id }, { QStringLiteral("vrm"), QString::fromStdString(e.vrm) },
        { QStringLiteral("list"), e.list }, { QStringLiteral("category"), e.category },
        { QStringLiteral("reference"), e.reference } };
}
} // namespace

HotlistStore::HotlistStore(Database& db)
    : m_db(db)
{
}

void HotlistStore::changed()
{
    m_db.prepared("UPDATE hotlist_version SET version = version + 1").run();
}

void HotlistStore::add(std::vector<HotlistEntry>& entries, qint64 addedMs, const QString& addedBy)
{
    std::optional<Database::Transaction> own;
    if (!m_db.inTransaction())
        own.emplace(m_db);
    auto& insert = m_db.prepared("INSERT INTO hotlist_entries(vrm, list, category, priority, action, source, "
                                 "reference, effective, expiry, added, state, added_by, validated_by, validated_at) "
                                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (auto& e : entries) {
        e.addedMs = addedMs;
        e.addedBy = addedBy;
        insert.bind(1, e.vrm)
            .bind(2, e.list)
            .bind(3, e.category)
            .bind(4, static_cast<int>(e.priority))
            .bind(5, e.action)
            .bind(6, e.source)
            .bind(7, e.reference)
            .bind(8, e.effectiveMs)
            .bind(10, addedMs)
            .bind(11, std::string_view(entryStateName(e.state)))
            .bind(12, addedBy)
            .bind(13, e.validatedBy);
        if (e.validatedMs)
            insert.bind(14, e.validatedMs);
        else
            insert.bindNull(14);
        if (e.expiryMs == std::numeric_limits<qint64>::max())
            insert.bindNull(9);
        else
            insert.bind(9, e.expiryMs);
        insert.run();
        e.id = m_db.lastInsertId();
    }
    changed();
    if (own)
        own->commit();
}

bool HotlistStore::replaceList(const QString& list, std::vector<HotlistEntry>& entries, qint64 addedMs,
    const QString& addedBy, const std::function<bool(qint64, qint64)>& progress)
{
    std::optional<Database::Transaction> own;
    if (!m_db.inTransaction())
        own.emplace(m_db);
    m_db.prepared("DELETE FROM hotlist_entries WHERE list = ?").bind(1, list).run();
    constexpr size_t step = 10'000;
    for (size_t done = 0; done < entries.size(); done += step) {
        std::vector<HotlistEntry> part(
            entries.begin() + long(done), entries.begin() + long(std::min(entries.size(), done + step)));
        for (auto& e : part)
            e.list = list;
        add(part, addedMs, addedBy);
        std::copy(part.begin(), part.end(), entries.begin() + long(done));
        if (progress && !progress(qint64(std::min(entries.size(), done + step)), qint64(entries.size())))
            return false; // rolled back (by the caller, inside its transaction): the old list stands
    }
    if (own)
        own->commit();
    return true;
}

QString HotlistStore::validate(qint64 id, const User& by, qint64 nowMs)
{
    Database::Transaction tx(m_db);
    const auto entry = get(id);
    if (!entry)
        return HotlistText::tr("there is no hotlist entry %1").arg(id);
    if (entry->state != EntryState::Pending)
        return HotlistText::tr("entry %1 is %2, not pending").arg(id).arg(QLatin1String(entryStateName(entry->state)));
    if (!allows(by.roles, Capability::ValidateHotlistEntries))
        return HotlistText::tr("only a supervisor validates hotlist entries");
    if (by.name == entry->addedBy)
        return HotlistText::tr("%1 added entry %2: a second person must validate it").arg(by.name).arg(id);
    m_db.prepared("UPDATE hotlist_entries SET state = 'live', validated_by = ?, validated_at = ? WHERE id = ?")
        .bind(1, by.name)
        .bind(2, nowMs)
        .bind(3, id)
        .run();
    changed();
    AuditLog(m_db).append({ 0, nowMs, by.name, roleNames(by.roles).join(QLatin1Char(',')),
        QStringLiteral("hotlist-validated"), describe(*entry) });
    tx.commit();
    return {};
}

QString HotlistStore::remove(qint64 id, const QString& reason, const QString& by, qint64 nowMs)
{
    if (reason.trimmed().isEmpty())
        return HotlistText::tr("say why the entry goes (recovered, sold, no longer wanted ...)");
    Database::Transaction tx(m_db);
    const auto entry = get(id);
    if (!entry)
        return HotlistText::tr("there is no hotlist entry %1").arg(id);
    if (entry->state == EntryState::Removed)
        return HotlistText::tr("entry %1 was removed already").arg(id);
    m_db.prepared("UPDATE hotlist_entries SET state = 'removed', removed_by = ?, removed_at = ?, removed_reason = ? "
                  "WHERE id = ?")
        .bind(1, by)
        .bind(2, nowMs)
        .bind(3, reason.trimmed())
        .bind(4, id)
        .run();
    changed();
    QJsonObject detail = describe(*entry);
    detail.insert(QStringLiteral("reason"), reason.trimmed());
    AuditLog(m_db).append({ 0, nowMs, by, {}, QStringLiteral("hotlist-removed"), detail });
    tx.commit();
    return {};
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

void HotlistStore::forEachLive(qint64 nowMs, const std::function<void(const HotlistEntry&)>& visit)
{
    forEachIn(QStringLiteral("live"), nowMs, visit);
}

void HotlistStore::forEachIn(const QString& state, qint64 nowMs, const std::function<void(const HotlistEntry&)>& visit)
{
    std::string where;
    if (state == QLatin1String("live"))
        where = " WHERE state = 'live' AND (expiry IS NULL OR expiry > ?1)";
    else if (state == QLatin1String("expired"))
        where = " WHERE state = 'live' AND expiry <= ?1";
    else if (state == QLatin1String("pending") || state == QLatin1String("removed"))
        where = " WHERE state = ?2";
    auto& select = m_db.prepared(std::string("SELECT ").append(columns).append(where).append(" ORDER BY id"));
    if (where.find("?1") != std::string::npos)
        select.bind(1, nowMs);
    if (where.find("?2") != std::string::npos)
        select.bind(2, state);
    while (select.step())
        visit(entryFrom(select));
    select.reset();
}

qint64 HotlistStore::count()
{
    return m_db.prepared("SELECT count(*) FROM hotlist_entries").scalar().value_or(0);
}

qint64 HotlistStore::version()
{
    return m_db.prepared("SELECT version FROM hotlist_version").scalar().value_or(0);
}

} // namespace kestrel
