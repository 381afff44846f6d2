// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertstore.h"

#include "hotlist/hotlistmatcher.h"
#include "hotlist/hotliststore.h"
#include "store/database.h"
#include "store/read.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace kestrel {

namespace {
class AlertStoreText {
    Q_DECLARE_TR_FUNCTIONS(AlertStore)
};

constexpr std::string_view columns
    = "a.id, a.vrm, a.read_vrm, a.read_id, a.entry_id, c.code, a.priority, a.list, a.category, a.action, "
      "a.source, a.reference, a.possible_misread, a.first_seen, a.last_seen, a.sightings, a.state, "
      "a.claimed_by, a.incident, a.close_reason, a.updated, a.escalated, a.retrospective, a.recipients "
      "FROM alerts a JOIN cameras c ON c.id = a.camera_id";

Alert alertFrom(const Statement& row)
{
    Alert a;
    a.id = row.int64(0);
    a.vrm = row.text(1);
    a.readVrm = row.text(2);
    a.readId = row.int64(3);
    a.entryId = row.int64(4);
    a.camera = row.text(5);
    a.priority = static_cast<Priority>(row.int64(6));
    a.list = row.qtext(7);
    a.category = row.qtext(8);
    a.action = row.qtext(9);
    a.source = row.qtext(10);
    a.reference = row.qtext(11);
    a.possibleMisread = row.int64(12) != 0;
    a.firstSeenMs = row.int64(13);
    a.lastSeenMs = row.int64(14);
    a.sightings = static_cast<int>(row.int64(15));
    a.state = static_cast<AlertState>(row.int64(16));
    a.claimedBy = row.qtext(17);
    a.incident = row.qtext(18);
    a.closeReason = row.qtext(19);
    a.updatedMs = row.int64(20);
    a.escalated = row.int64(21) != 0;
    a.retrospective = row.int64(22) != 0;
    if (const QString recipients = row.qtext(23); !recipients.isEmpty())
        a.recipients = recipients.split(QLatin1Char('\n'));
    return a;
}

} // namespace

QString alertStateText(AlertState state)
{
    switch (state) {
    case AlertState::New:
        return AlertStoreText::tr("new");
    case AlertState::Claimed:
        return AlertStoreText::tr("claimed");
    case AlertState::Dispatched:
        return AlertStoreText::tr("dispatched");
    case AlertState::Closed:
        break;
    }
    return AlertStoreText::tr("closed");
}

const char* alertStateName(AlertState state)
{
    switch (state) {
    case AlertState::New:
        return "new";
    case AlertState::Claimed:
        return "claimed";
    case AlertState::Dispatched:
        return "dispatched";
    case AlertState::Closed:
        break;
    }
    return "closed";
}

AlertStore::AlertStore(Database& db)
    : m_db(db)
    , m_audit(db)
{
}

AlertStore::Raised AlertStore::raiseOrFold(const Read& read, const HotlistMatch& match, const HotlistEntry& entry,
    qint64 foldWindowMs, qint64 nowMs, bool retrospective)
{
    const qint64 cameraId
        = m_db.prepared("SELECT camera_id FROM reads WHERE id = ?").bind(1, read.id).scalar().value_or(0);
    const auto earlier = m_db.prepared("SELECT id FROM alerts WHERE vrm = ? AND camera_id = ? AND last_seen >= ? AND "
                                       "first_seen <= ? ORDER BY last_seen DESC LIMIT 1")
                             .bind(1, entry.vrm)
                             .bind(2, cameraId)
                             .bind(3, read.timeMs - foldWindowMs)
                             .bind(4, read.timeMs + foldWindowMs)
                             .scalar();
    const QString system = QStringLiteral("system");
    if (earlier) {
        m_db.prepared("UPDATE alerts SET sightings = sightings + 1, last_seen = max(last_seen, ?), "
                      "first_seen = min(first_seen, ?), updated = max(updated, ?) WHERE id = ?")
            .bind(1, read.timeMs)
            .bind(2, read.timeMs)
            .bind(3, nowMs)
            .bind(4, *earlier)
            .run();
        record(*earlier, nowMs, system, QStringLiteral("sighting"),
            QStringLiteral("read %1 %2").arg(read.id).arg(QString::fromStdString(read.vrm)));
        return { *get(*earlier), false };
    }
    // A hit on a covert list goes to its readers as they stand now; later changes to them do not reach back.
    const QStringList recipients = HotlistStore(m_db).recipients(entry.list);
    m_db.prepared("INSERT INTO alerts(vrm, read_vrm, read_id, entry_id, camera_id, priority, list, category, "
                  "action, source, reference, possible_misread, first_seen, last_seen, sightings, state, updated, "
                  "retrospective, recipients) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,0,?,?,?)")
        .bind(1, entry.vrm)
        .bind(2, read.vrm)
        .bind(3, read.id)
        .bind(4, entry.id)
        .bind(5, cameraId)
        .bind(6, static_cast<int>(match.priority))
        .bind(7, entry.list)
        .bind(8, entry.category)
        .bind(9, entry.action)
        .bind(10, entry.source)
        .bind(11, entry.reference)
        .bind(12, match.possibleMisread() ? 1 : 0)
        .bind(13, read.timeMs)
        .bind(14, read.timeMs)
        .bind(15, nowMs)
        .bind(16, retrospective ? 1 : 0)
        .bind(17, recipients.join(QLatin1Char('\n')))
        .run();
    const qint64 id = m_db.lastInsertId();
    record(id, nowMs, system, retrospective ? QStringLiteral("raised retrospectively") : QStringLiteral("raised"),
        QStringLiteral("read %1 %2").arg(read.id).arg(QString::fromStdString(read.vrm)));
    Alert raised = *get(id);
    if (raised.covert())
        audit(raised, nowMs, system, QStringLiteral("covert-hit"),
            QStringLiteral("list %1, shown only to %2").arg(entry.list, recipients.join(QStringLiteral(", "))));
    return { raised, true };
}

std::optional<Alert> AlertStore::get(qint64 id)
{
    auto& select = m_db.prepared(std::string("SELECT ").append(columns).append(" WHERE a.id = ?"));
    select.bind(1, id);
    std::optional<Alert> out;
    if (select.step())
        out = alertFrom(select);
    select.reset();
    return out;
}

std::vector<Alert> AlertStore::open(const QString& viewer)
{
    auto& select = m_db.prepared(
        std::string("SELECT ").append(columns).append(" WHERE a.state < 2 ORDER BY a.priority, a.first_seen"));
    std::vector<Alert> out;
    while (select.step())
        if (Alert a = alertFrom(select); a.visibleTo(viewer))
            out.push_back(std::move(a));
    select.reset();
    return out;
}

std::vector<Alert> AlertStore::forVrm(const std::string& vrm, qint64 sinceMs, const QString& viewer)
{
    auto& select = m_db.prepared(std::string("SELECT ").append(columns).append(
        " WHERE a.vrm = ? AND a.last_seen >= ? ORDER BY a.first_seen DESC"));
    select.bind(1, vrm).bind(2, sinceMs);
    std::vector<Alert> out;
    while (select.step())
        if (Alert a = alertFrom(select); a.visibleTo(viewer))
            out.push_back(std::move(a));
    select.reset();
    return out;
}

qint64 AlertStore::openCount()
{
    return m_db.prepared("SELECT count(*) FROM alerts WHERE state < 2 AND recipients = ''").scalar().value_or(0);
}

std::vector<AlertEvent> AlertStore::history(qint64 id)
{
    auto& select = m_db.prepared("SELECT ts, who, action, detail FROM alert_events WHERE alert_id = ? ORDER BY id");
    select.bind(1, id);
    std::vector<AlertEvent> out;
    while (select.step())
        out.push_back({ select.int64(0), select.qtext(1), select.qtext(2), select.qtext(3) });
    select.reset();
    return out;
}

std::pair<qint64, qint64> AlertStore::lastChange()
{
    auto& select = m_db.prepared("SELECT coalesce(max(id), 0), coalesce(max(updated), 0) FROM alerts");
    std::pair<qint64, qint64> out;
    if (select.step())
        out = { select.int64(0), select.int64(1) };
    select.reset();
    return out;
}

std::vector<Alert> AlertStore::changedSince(qint64 afterId, qint64 afterMs)
{
    auto& select = m_db.prepared(std::string("SELECT ")
                                     .append(columns)
                                     .append(" WHERE a.id > ?1 UNION SELECT ")
                                     .append(columns)
                                     .append(" WHERE a.updated > ?2 ORDER BY 21, 1"));
    select.bind(1, afterId).bind(2, afterMs);
    std::vector<Alert> out;
    while (select.step())
        out.push_back(alertFrom(select));
    select.reset();
    return out;
}

std::vector<std::pair<QString, qint64>> AlertStore::countByCategory(qint64 sinceMs)
{
    auto& select = m_db.prepared(
        "SELECT category, count(*) AS n FROM alerts WHERE first_seen >= ? AND recipients = '' GROUP BY category "
        "ORDER BY n DESC, category");
    select.bind(1, sinceMs);
    std::vector<std::pair<QString, qint64>> out;
    while (select.step())
        out.emplace_back(select.qtext(0), select.int64(1));
    select.reset();
    return out;
}

std::vector<qint64> AlertStore::claimDelaysMs(qint64 sinceMs)
{
    auto& select = m_db.prepared("SELECT min(e.ts) - a.first_seen FROM alerts a JOIN alert_events e "
                                 "ON e.alert_id = a.id AND e.action = 'claimed' WHERE a.first_seen >= ? AND "
                                 "a.recipients = '' GROUP BY a.id");
    select.bind(1, sinceMs);
    std::vector<qint64> out;
    while (select.step())
        out.push_back(std::max<qint64>(0, select.int64(0)));
    select.reset();
    return out;
}

void AlertStore::audit(
    const Alert& alert, qint64 timeMs, const QString& who, const QString& action, const QString& detail)
{
    QJsonObject particulars { { QStringLiteral("alert"), alert.id },
        { QStringLiteral("vrm"), QString::fromStdString(alert.vrm) },
        { QStringLiteral("camera"), QString::fromStdString(alert.camera) } };
    if (!detail.isEmpty())
        particulars.insert(QStringLiteral("detail"), detail);
    m_audit.append({ 0, timeMs, who, {}, QStringLiteral("alert-") + action, particulars });
}

void AlertStore::record(qint64 id, qint64 timeMs, const QString& who, const QString& action, const QString& detail)
{
    m_db.prepared("INSERT INTO alert_events(alert_id, ts, who, action, detail) VALUES (?,?,?,?,?)")
        .bind(1, id)
        .bind(2, timeMs)
        .bind(3, who)
        .bind(4, action)
        .bind(5, detail)
        .run();
}

QString AlertStore::transition(qint64 id, const QString& who, AlertState from, AlertState to, const QString& action,
    const QString& detail, qint64 nowMs)
{
    if (who.trimmed().isEmpty())
        return AlertStoreText::tr("no user given: every step on an alert records who took it");
    // IMMEDIATE: the check and the change happen under one write lock, so two consoles cannot both claim.
    Database::Transaction tx(m_db);
    const auto alert = get(id);
    if (!alert || !alert->visibleTo(who))
        return AlertStoreText::tr("there is no alert %1").arg(id);
    if (alert->state != from) {
        if (alert->state == AlertState::Claimed && alert->claimedBy != who)
            return AlertStoreText::tr("alert %1 is held by %2").arg(id).arg(alert->claimedBy);
        return AlertStoreText::tr("alert %1 is %2, so it cannot be %3")
            .arg(id)
            .arg(alertStateText(alert->state), alertStateText(to));
    }
    if (from == AlertState::Claimed && alert->claimedBy != who)
        return AlertStoreText::tr("alert %1 is held by %2; only they can do that").arg(id).arg(alert->claimedBy);

    auto& update = m_db.prepared("UPDATE alerts SET state = ?, claimed_by = ?, incident = coalesce(?, incident), "
                                 "close_reason = coalesce(?, close_reason), updated = ? WHERE id = ?");
    update.bind(1, static_cast<int>(to));
    if (to == AlertState::New)
        update.bindNull(2);
    else
        update.bind(2, who);
    if (to == AlertState::Dispatched)
        update.bind(3, detail);
    else
        update.bindNull(3);
    if (to == AlertState::Closed)
        update.bind(4, detail);
    else
        update.bindNull(4);
    update.bind(5, nowMs).bind(6, id).run();
    record(id, nowMs, who, action, detail);
    audit(*alert, nowMs, who, action, detail);
    tx.commit();
    return {};
}

QString AlertStore::claim(qint64 id, const QString& who, qint64 nowMs)
{
    return transition(id, who, AlertState::New, AlertState::Claimed, QStringLiteral("claimed"), {}, nowMs);
}

QString AlertStore::release(qint64 id, const QString& who, qint64 nowMs)
{
    return transition(id, who, AlertState::Claimed, AlertState::New, QStringLiteral("released"), {}, nowMs);
}

QString AlertStore::escalate(qint64 id, const QString& who, const QString& note, qint64 nowMs)
{
    if (who.trimmed().isEmpty())
        return AlertStoreText::tr("no user given: every step on an alert records who took it");
    if (note.trimmed().isEmpty())
        return AlertStoreText::tr("say what the supervisor needs to decide");
    Database::Transaction tx(m_db);
    const auto alert = get(id);
    if (!alert || !alert->visibleTo(who))
        return AlertStoreText::tr("there is no alert %1").arg(id);
    if (!alert->isOpen())
        return AlertStoreText::tr("alert %1 is %2; only an open alert can be escalated")
            .arg(id)
            .arg(alertStateText(alert->state));
    if (alert->state == AlertState::Claimed && alert->claimedBy != who)
        return AlertStoreText::tr("alert %1 is held by %2; only they can do that").arg(id).arg(alert->claimedBy);
    if (alert->escalated)
        return AlertStoreText::tr("alert %1 is already with a supervisor").arg(id);
    m_db.prepared("UPDATE alerts SET escalated = 1, updated = ? WHERE id = ?").bind(1, nowMs).bind(2, id).run();
    record(id, nowMs, who, QStringLiteral("escalated"), note.trimmed());
    audit(*alert, nowMs, who, QStringLiteral("escalated"), note.trimmed());
    tx.commit();
    return {};
}

QString AlertStore::dispatch(qint64 id, const QString& who, const QString& incident, qint64 nowMs)
{
    if (incident.trimmed().isEmpty())
        return AlertStoreText::tr("give the incident number the unit was dispatched under");
    return transition(
        id, who, AlertState::Claimed, AlertState::Dispatched, QStringLiteral("dispatched"), incident.trimmed(), nowMs);
}

QString AlertStore::close(
    qint64 id, const QString& who, const QString& reason, const QStringList& allowedReasons, qint64 nowMs)
{
    if (!allowedReasons.contains(reason))
        return AlertStoreText::tr("'%1' is not a closing reason; use one of: %2")
            .arg(reason, allowedReasons.join(QStringLiteral(", ")));
    return transition(id, who, AlertState::Claimed, AlertState::Closed, QStringLiteral("closed"), reason, nowMs);
}

} // namespace kestrel
