// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotliststore.h"

#include "access/userstore.h"
#include "audit/auditlog.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>

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
      "e.added_by, e.added, e.validated_by, e.validated_at, e.removed_by, e.removed_at, e.removed_reason, "
      "e.amended_by, e.amended_at "
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
    e.amendedBy = row.qtext(18);
    e.amendedMs = row.isNull(19) ? 0 : row.int64(19);
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

QString HotlistStore::addPending(HotlistEntry& entry, const User& by, qint64 nowMs)
{
    if (!allows(by.roles, Capability::EditHotlists))
        return HotlistText::tr("%1 may not change hotlists").arg(by.name);
    std::optional<Database::Transaction> own; // or the caller's (a clone case confirmed)
    if (!m_db.inTransaction())
        own.emplace(m_db);
    std::vector<HotlistEntry> one { entry };
    one.front().state = EntryState::Pending;
    insert(one, nowMs, by.name, 0);
    changed();
    entry = one.front();
    AuditLog(m_db).append({ 0, nowMs, by.name, roleNames(by.roles).join(QLatin1Char(',')),
        QStringLiteral("hotlist-added"), describe(entry) });
    if (own)
        own->commit();
    return {};
}

void HotlistStore::insert(std::vector<HotlistEntry>& entries, qint64 addedMs, const QString& addedBy, qint64 importId)
{
    // A list comes to be with its first entry, owned by who added it, from that entry's source.
    QSet<QString> lists;
    for (const auto& e : entries)
        if (!lists.contains(e.list)) {
            lists.insert(e.list);
            m_db.prepared("INSERT OR IGNORE INTO hotlist_lists(name, owner, source) VALUES (?,?,?)")
                .bind(1, e.list)
                .bind(2, addedBy)
                .bind(3, e.source)
                .run();
        }
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
        m_db.prepared("UPDATE hotlist_lists SET current_import = ? WHERE name = ?")
            .bind(1, importId)
            .bind(2, list)
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
    if (by.name == entry->amendedBy)
        return HotlistText::tr("%1 changed entry %2: a second person must validate it").arg(by.name).arg(id);
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

QString HotlistStore::amend(const HotlistEntry& edit, const User& by, qint64 nowMs)
{
    if (!allows(by.roles, Capability::EditHotlists))
        return HotlistText::tr("%1 may not change hotlists").arg(by.name);
    for (const auto& [value, name] :
        { std::pair(&edit.category, HotlistText::tr("category")), std::pair(&edit.action, HotlistText::tr("action")),
            std::pair(&edit.reference, HotlistText::tr("reference")) })
        if (value->trimmed().isEmpty())
            return HotlistText::tr("the %1 is empty").arg(name);
    if (edit.expiryMs <= edit.effectiveMs)
        return HotlistText::tr("it would expire before it takes effect");
    Database::Transaction tx(m_db);
    const auto entry = get(edit.id);
    if (!entry)
        return HotlistText::tr("there is no hotlist entry %1").arg(edit.id);
    if (entry->state == EntryState::Removed)
        return HotlistText::tr("entry %1 was removed").arg(edit.id);
    if (importedState(entry->source) == EntryState::Live)
        return HotlistText::tr("entry %1 comes from the PNC extract: the next refresh changes it").arg(edit.id);
    auto& update
        = m_db.prepared("UPDATE hotlist_entries SET category = ?, priority = ?, action = ?, reference = ?, "
                        "effective = ?, expiry = ?, state = 'pending', validated_by = '', validated_at = NULL, "
                        "amended_by = ?, amended_at = ? WHERE id = ?");
    update.bind(1, edit.category.trimmed())
        .bind(2, static_cast<int>(edit.priority))
        .bind(3, edit.action.trimmed())
        .bind(4, edit.reference.trimmed())
        .bind(5, edit.effectiveMs);
    if (edit.expiryMs == std::numeric_limits<qint64>::max())
        update.bindNull(6);
    else
        update.bind(6, edit.expiryMs);
    update.bind(7, by.name).bind(8, nowMs).bind(9, edit.id).run();
    changed();
    QJsonObject detail = describe(*entry);
    detail.insert(QStringLiteral("was"),
        QStringList { entry->category, QLatin1String(priorityName(entry->priority)), entry->action, entry->reference }
            .join(QStringLiteral(" | ")));
    detail.insert(QStringLiteral("now"),
        QStringList { edit.category.trimmed(), QLatin1String(priorityName(edit.priority)), edit.action.trimmed(),
            edit.reference.trimmed() }
            .join(QStringLiteral(" | ")));
    AuditLog(m_db).append(
        { 0, nowMs, by.name, roleNames(by.roles).join(QLatin1Char(',')), QStringLiteral("hotlist-amended"), detail });
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

std::vector<HotlistList> HotlistStore::lists(qint64 nowMs)
{
    std::vector<HotlistList> out;
    auto& select
        = m_db.prepared(std::string("SELECT l.name, l.owner, l.source, l.covert, "
                                    "(SELECT group_concat(reader, char(10)) FROM (SELECT reader FROM "
                                    "hotlist_list_readers r WHERE r.list = l.name ORDER BY reader)), "
                                    "(SELECT count(*) FROM hotlist_entries e WHERE e.list = l.name AND "
                                    "e.state = 'live' AND (e.expiry IS NULL OR e.expiry > ?1) AND (e.import_id "
                                    "IS NULL OR e.import_id = l.current_import)), "
                                    "(SELECT count(*) FROM hotlist_entries e WHERE e.list = l.name AND "
                                    "e.state = 'pending') FROM hotlist_lists l ORDER BY l.name"));
    select.bind(1, nowMs);
    while (select.step())
        out.push_back({ select.qtext(0), select.qtext(1), select.qtext(2), select.int64(3) != 0,
            select.isNull(4) ? QStringList() : select.qtext(4).split(QLatin1Char('\n')), select.int64(5),
            select.int64(6) });
    select.reset();
    return out;
}

QString HotlistStore::configureList(const HotlistList& list, const QString& by, const QString& role, qint64 nowMs)
{
    Database::Transaction tx(m_db);
    auto& current = m_db.prepared("SELECT owner FROM hotlist_lists WHERE name = ?");
    current.bind(1, list.name);
    const std::optional<QString> owner = current.step() ? std::optional(current.qtext(0)) : std::nullopt;
    current.reset();
    if (!owner)
        return HotlistText::tr("there is no list %1").arg(list.name);
    UserStore users(m_db);
    if (list.owner != *owner && !users.find(list.owner))
        return HotlistText::tr("the owner %1 is not a user").arg(list.owner);
    if (list.covert && list.readers.isEmpty())
        return HotlistText::tr("name at least one reader of covert list %1: its hits go to nobody else").arg(list.name);
    for (const QString& reader : list.readers)
        if (!users.find(reader))
            return HotlistText::tr("the reader %1 is not a user").arg(reader);
    m_db.prepared("UPDATE hotlist_lists SET owner = ?, source = ?, covert = ? WHERE name = ?")
        .bind(1, list.owner)
        .bind(2, list.source)
        .bind(3, list.covert ? 1 : 0)
        .bind(4, list.name)
        .run();
    m_db.prepared("DELETE FROM hotlist_list_readers WHERE list = ?").bind(1, list.name).run();
    for (const QString& reader : list.readers)
        m_db.prepared("INSERT OR IGNORE INTO hotlist_list_readers(list, reader) VALUES (?, ?)")
            .bind(1, list.name)
            .bind(2, reader)
            .run();
    AuditLog(m_db).append({ 0, nowMs, by, role, QStringLiteral("hotlist-list-configured"),
        { { QStringLiteral("list"), list.name }, { QStringLiteral("owner"), list.owner },
            { QStringLiteral("source"), list.source }, { QStringLiteral("covert"), list.covert },
            { QStringLiteral("readers"), list.readers.join(QLatin1Char(',')) } } });
    tx.commit();
    return {};
}

QStringList HotlistStore::recipients(const QString& list)
{
    QStringList out;
    auto& select = m_db.prepared("SELECT r.reader FROM hotlist_list_readers r JOIN hotlist_lists l ON l.name = r.list "
                                 "WHERE r.list = ? AND l.covert = 1 ORDER BY r.reader");
    select.bind(1, list);
    while (select.step())
        out << select.qtext(0);
    select.reset();
    return out;
}

std::vector<HotlistCategory> HotlistStore::categories()
{
    std::vector<HotlistCategory> out;
    auto& select = m_db.prepared("SELECT name, priority, action FROM hotlist_categories ORDER BY priority, name");
    while (select.step())
        out.push_back({ select.qtext(0), static_cast<Priority>(select.int64(1)), select.qtext(2) });
    select.reset();
    return out;
}

QString HotlistStore::setCategory(const HotlistCategory& category, const QString& by, const QString& role, qint64 nowMs)
{
    const QString name = category.name.trimmed().toLower();
    if (name.isEmpty())
        return HotlistText::tr("a category needs a name");
    if (category.action.trimmed().isEmpty())
        return HotlistText::tr("say what officers are to do on a hit in category %1").arg(name);
    Database::Transaction tx(m_db);
    m_db.prepared("INSERT INTO hotlist_categories(name, priority, action) VALUES (?1, ?2, ?3) "
                  "ON CONFLICT(name) DO UPDATE SET priority = ?2, action = ?3")
        .bind(1, name)
        .bind(2, static_cast<int>(category.priority))
        .bind(3, category.action.trimmed())
        .run();
    AuditLog(m_db).append({ 0, nowMs, by, role, QStringLiteral("hotlist-category-set"),
        { { QStringLiteral("category"), name },
            { QStringLiteral("priority"), QLatin1String(priorityName(category.priority)) },
            { QStringLiteral("action"), category.action.trimmed() } } });
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
    forEachMatching(HotlistQuery::inState(QStringLiteral("live")), nowMs, 0, visit);
}

qint64 HotlistStore::forEachMatching(
    const HotlistQuery& query, qint64 nowMs, qint64 limit, const std::function<void(const HotlistEntry&)>& visit)
{
    std::string where;
    if (query.state == QLatin1String("live"))
        where = " AND e.state = 'live' AND (e.expiry IS NULL OR e.expiry > ?1)";
    else if (query.state == QLatin1String("expired"))
        where = " AND e.state = 'live' AND e.expiry <= ?1";
    else if (query.state == QLatin1String("pending") || query.state == QLatin1String("removed"))
        where = " AND e.state = ?2";
    // Part of a VRM, or a pattern with * (any characters) and ? (one): as a LIKE pattern of letters and digits.
    QString vrm;
    for (const QChar c : query.vrm.toUpper())
        if (c.isLetterOrNumber() && c.unicode() < 128)
            vrm += c;
        else if (c == QLatin1Char('*'))
            vrm += QLatin1Char('%');
        else if (c == QLatin1Char('?'))
            vrm += QLatin1Char('_');
    if (!vrm.isEmpty()) {
        if (!query.vrm.contains(QLatin1Char('*')) && !query.vrm.contains(QLatin1Char('?')))
            vrm = QLatin1Char('%') + vrm + QLatin1Char('%');
        where += " AND e.vrm LIKE ?3";
    }
    if (!query.list.isEmpty())
        where += " AND e.list = ?4";
    if (!query.category.isEmpty())
        where += " AND e.category = ?5 COLLATE NOCASE";
    const auto bindAll = [&](Statement& statement) {
        for (const auto& [index, name] :
            { std::pair(1, "?1"), std::pair(2, "?2"), std::pair(3, "?3"), std::pair(4, "?4"), std::pair(5, "?5") }) {
            if (where.find(name) == std::string::npos)
                continue;
            if (index == 1)
                statement.bind(1, nowMs);
            else
                statement.bind(index,
                    index == 2       ? query.state
                        : index == 3 ? vrm
                        : index == 4 ? query.list
                                     : query.category);
        }
    };
    auto& select
        = m_db.prepared(std::string("SELECT ").append(columns).append(where).append(" ORDER BY e.id LIMIT ?6"));
    bindAll(select);
    select.bind(6, limit > 0 ? limit : std::numeric_limits<qint64>::max());
    qint64 visited = 0;
    while (select.step()) {
        visit(entryFrom(select));
        ++visited;
    }
    select.reset();
    if (limit <= 0 || visited < limit)
        return visited;
    auto& count
        = m_db.prepared(std::string("SELECT count(*) ").append(columns.substr(columns.find("FROM"))).append(where));
    bindAll(count);
    return count.scalar().value_or(visited);
}

void HotlistStore::forEachDueForReview(
    qint64 nowMs, qint64 withinMs, const QString& owner, const std::function<void(const HotlistEntry&)>& visit)
{
    auto& select = m_db.prepared(std::string("SELECT ").append(columns).append(
        " AND e.state = 'live' AND e.expiry > ?1 AND e.expiry <= ?2 AND (?3 = '' "
        "OR e.added_by = ?3 OR l.owner = ?3) ORDER BY e.expiry, e.id"));
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
