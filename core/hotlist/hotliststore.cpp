// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotliststore.h"

#include "access/userstore.h"
#include "audit/auditlog.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QScopeGuard>

#include <chrono>
#include <thread>

namespace kestrel {

namespace {
class HotlistText {
    Q_DECLARE_TR_FUNCTIONS(HotlistStore)
};

// Entries as they stand: those of a list's refresh that has not been made current (still being written, or
// abandoned) are nobody's.
constexpr std::string_view columns
    = "e.id, e.vrm, e.list, e.category, e.priority, e.action, e.source, e.reference, e.effective, e.expiry, e.state, "
      "e.added_by, e.added, e.validated_by, e.validated_at, e.removed_by, e.removed_at, e.removed_reason "
      "FROM hotlist_entries e LEFT JOIN hotlist_lists l ON l.name = e.list "
      "WHERE (e.import_id IS NULL OR e.import_id = l.current_import)";

// Rows written or deleted per transaction when a list is replaced: a few milliseconds' work, after which the
// refresh stands aside for a moment, so that the engine's writer, waiting for the database, gets in between.
constexpr size_t rowsPerTransaction = 2'000;
void standAside()
{
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
}

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
    insert(entries, addedMs, addedBy, 0);
    changed();
    if (own)
        own->commit();
}

void HotlistStore::insert(std::vector<HotlistEntry>& entries, qint64 addedMs, const QString& addedBy, qint64 importId)
{
    auto& insert = m_db.prepared("INSERT INTO hotlist_entries(vrm, list, category, priority, action, source, "
                                 "reference, effective, expiry, added, state, added_by, validated_by, validated_at, "
                                 "import_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
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
        if (importId)
            insert.bind(15, importId);
        else
            insert.bindNull(15);
        insert.run();
        e.id = m_db.lastInsertId();
    }
}

bool HotlistStore::replaceList(const QString& list, std::vector<HotlistEntry>& entries, qint64 addedMs,
    const QString& addedBy, const std::function<bool(qint64, qint64)>& progress, const QJsonObject& audit)
{
    // The new list is written beside the old under an import number of its own, a part at a time; until it is
    // made current nothing matches it, and nothing of the old changes.
    qint64 importId = 0;
    {
        Database::Transaction tx(m_db);
        m_db.prepared("INSERT INTO hotlist_imports(list, started, by) VALUES (?,?,?)")
            .bind(1, list)
            .bind(2, addedMs)
            .bind(3, addedBy)
            .run();
        importId = m_db.lastInsertId();
        tx.commit();
    }
    // Rows written beside the old list need not survive a power cut on their own: the refresh is only done when
    // the switch commits, durably (its sync writes them all). Meanwhile each part skips the disk flush.
    m_db.exec("PRAGMA synchronous=NORMAL");
    const auto durable = qScopeGuard([this] { m_db.exec("PRAGMA synchronous=FULL"); });
    for (size_t done = 0; done < entries.size(); done += rowsPerTransaction) {
        std::vector<HotlistEntry> part(
            entries.begin() + long(done), entries.begin() + long(std::min(entries.size(), done + rowsPerTransaction)));
        for (auto& e : part)
            e.list = list;
        {
            Database::Transaction tx(m_db);
            insert(part, addedMs, addedBy, importId);
            tx.commit();
        }
        standAside();
        std::copy(part.begin(), part.end(), entries.begin() + long(done));
        if (progress
            && !progress(qint64(std::min(entries.size(), done + rowsPerTransaction)), qint64(entries.size()))) {
            dropStale(list, 0, importId);
            return false; // the old list stands
        }
    }
    // The switch: one short transaction. Entries of the list added one by one are replaced too.
    m_db.exec("PRAGMA synchronous=FULL");
    {
        Database::Transaction tx(m_db);
        m_db.prepared("INSERT OR REPLACE INTO hotlist_lists(name, current_import) VALUES (?, ?)")
            .bind(1, list)
            .bind(2, importId)
            .run();
        m_db.prepared("UPDATE hotlist_entries SET state = 'removed', removed_by = ?, removed_at = ?, "
                      "removed_reason = 'replaced by a refresh of the list' WHERE list = ? AND import_id IS NULL "
                      "AND state != 'removed'")
            .bind(1, addedBy)
            .bind(2, addedMs)
            .bind(3, list)
            .run();
        changed();
        if (!audit.isEmpty())
            AuditLog(m_db).append({ 0, addedMs, addedBy, {}, QStringLiteral("hotlist-imported"), audit });
        tx.commit();
    }
    dropStale(list, importId, 0);
    return true;
}

void HotlistStore::dropStale(const QString& list, qint64 current, qint64 only)
{
    // Rows of earlier refreshes (or of one abandoned: only), refresh by refresh, a part at a time.
    std::vector<qint64> stale;
    auto& imports = m_db.prepared("SELECT id FROM hotlist_imports WHERE list = ? AND id != ? AND (?3 = 0 OR id = ?3)");
    imports.bind(1, list).bind(2, current).bind(3, only);
    while (imports.step())
        stale.push_back(imports.int64(0));
    imports.reset();
    auto& remove = m_db.prepared("DELETE FROM hotlist_entries WHERE rowid IN (SELECT rowid FROM hotlist_entries "
                                 "WHERE list = ? AND import_id = ? LIMIT ?)");
    for (const qint64 importId : stale) {
        for (int removed = -1; removed != 0;) {
            Database::Transaction tx(m_db);
            remove.bind(1, list).bind(2, importId).bind(3, qint64(rowsPerTransaction)).run();
            removed = m_db.changes();
            tx.commit();
            standAside();
        }
        Database::Transaction tx(m_db);
        m_db.prepared("DELETE FROM hotlist_imports WHERE id = ?").bind(1, importId).run();
        tx.commit();
    }
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

QString HotlistStore::remove(qint64 id, const QString& reason, const User& by, qint64 nowMs)
{
    if (!allows(by.roles, Capability::EditHotlists))
        return HotlistText::tr("%1 may not change hotlists").arg(by.name);
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
        .bind(1, by.name)
        .bind(2, nowMs)
        .bind(3, reason.trimmed())
        .bind(4, id)
        .run();
    changed();
    QJsonObject detail = describe(*entry);
    detail.insert(QStringLiteral("reason"), reason.trimmed());
    AuditLog(m_db).append(
        { 0, nowMs, by.name, roleNames(by.roles).join(QLatin1Char(',')), QStringLiteral("hotlist-removed"), detail });
    tx.commit();
    return {};
}

std::optional<HotlistEntry> HotlistStore::get(qint64 id)
{
    auto& select = m_db.prepared(std::string("SELECT ").append(columns).append(" AND e.id = ?"));
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
        where = " AND e.state = 'live' AND (e.expiry IS NULL OR e.expiry > ?1)";
    else if (state == QLatin1String("expired"))
        where = " AND e.state = 'live' AND e.expiry <= ?1";
    else if (state == QLatin1String("pending") || state == QLatin1String("removed"))
        where = " AND e.state = ?2";
    auto& select = m_db.prepared(std::string("SELECT ").append(columns).append(where).append(" ORDER BY e.id"));
    if (where.find("?1") != std::string::npos)
        select.bind(1, nowMs);
    if (where.find("?2") != std::string::npos)
        select.bind(2, state);
    while (select.step())
        visit(entryFrom(select));
    select.reset();
}

void HotlistStore::forEachDueForReview(
    qint64 nowMs, qint64 withinMs, const QString& owner, const std::function<void(const HotlistEntry&)>& visit)
{
    auto& select = m_db.prepared(std::string("SELECT ").append(columns).append(
        " AND e.state = 'live' AND e.expiry > ?1 AND e.expiry <= ?2 AND (?3 = '' "
        "OR e.added_by = ?3) ORDER BY e.expiry, e.id"));
    select.bind(1, nowMs).bind(2, nowMs + withinMs).bind(3, owner);
    while (select.step())
        visit(entryFrom(select));
    select.reset();
}

qint64 HotlistStore::count()
{
    return m_db.prepared(std::string("SELECT count(*) ").append(columns.substr(columns.find("FROM"))))
        .scalar()
        .value_or(0);
}

qint64 HotlistStore::version()
{
    return m_db.prepared("SELECT version FROM hotlist_version").scalar().value_or(0);
}

} // namespace kestrel
