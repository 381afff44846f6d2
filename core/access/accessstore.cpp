// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessstore.h"

#include "audit/auditlog.h"
#include "io/isotime.h"
#include "store/database.h"
#include "vrm/vrm.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kestrel {

namespace {
class AccessStoreText {
    Q_DECLARE_TR_FUNCTIONS(AccessStore)
};

constexpr std::string_view columns = "SELECT id, requester, purpose, reference, vrms, from_ms, to_ms, justification, "
                                     "created, state, decided_by, decided_at, note, expires FROM access_requests";

AccessRequest requestAt(const Statement& row)
{
    AccessRequest r;
    r.id = row.int64(0);
    r.requester = row.qtext(1);
    r.purpose = purposeFromName(row.qtext(2)).value_or(Purpose::Serious);
    r.reference = row.qtext(3);
    r.vrms = row.qtext(4).split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.fromMs = row.int64(5);
    r.toMs = row.int64(6);
    r.justification = row.qtext(7);
    r.createdMs = row.int64(8);
    const QString state = row.qtext(9);
    r.state = state == QLatin1String("granted") ? AccessRequest::State::Granted
        : state == QLatin1String("refused")     ? AccessRequest::State::Refused
                                                : AccessRequest::State::Pending;
    r.decidedBy = row.qtext(10);
    r.decidedMs = row.isNull(11) ? 0 : row.int64(11);
    r.note = row.qtext(12);
    r.expiresMs = row.isNull(13) ? 0 : row.int64(13);
    return r;
}

QJsonObject describe(const AccessRequest& r)
{
    return { { QStringLiteral("request"), r.id }, { QStringLiteral("requester"), r.requester },
        { QStringLiteral("purpose"), purposeName(r.purpose) }, { QStringLiteral("reference"), r.reference },
        { QStringLiteral("vrms"), QJsonArray::fromStringList(r.vrms) },
        { QStringLiteral("from"), isotime::format(r.fromMs, true) },
        { QStringLiteral("to"), isotime::format(r.toMs, true) } };
}
} // namespace

QString requestStateName(AccessRequest::State state)
{
    switch (state) {
    case AccessRequest::State::Pending:
        return QStringLiteral("pending");
    case AccessRequest::State::Granted:
        return QStringLiteral("granted");
    case AccessRequest::State::Refused:
        break;
    }
    return QStringLiteral("refused");
}

AccessStore::AccessStore(Database& db)
    : m_db(db)
{
}

std::optional<qint64> AccessStore::request(AccessRequest r, qint64 nowMs, QString* problem)
{
    if (r.reference.trimmed().isEmpty())
        *problem = AccessStoreText::tr("a request names its investigation: give a reference");
    else if (r.justification.trimmed().isEmpty())
        *problem = AccessStoreText::tr("say why the extended access is needed (--justification)");
    else if (r.fromMs >= r.toMs)
        *problem = AccessStoreText::tr("the time range is empty: --from must be before --to");
    if (!problem->isEmpty())
        return std::nullopt;
    QStringList vrms;
    for (const QString& v : r.vrms) {
        const std::string normal = vrm::normalise(v.toStdString());
        if (normal.empty()) {
            *problem = AccessStoreText::tr("'%1' is not a VRM").arg(v);
            return std::nullopt;
        }
        vrms << QString::fromStdString(normal);
    }
    r.vrms = vrms;
    Database::Transaction tx(m_db);
    m_db.prepared("INSERT INTO access_requests(requester, purpose, reference, vrms, from_ms, to_ms, justification, "
                  "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, r.requester)
        .bind(2, purposeName(r.purpose))
        .bind(3, r.reference.trimmed())
        .bind(4, vrms.join(QLatin1Char(',')))
        .bind(5, r.fromMs)
        .bind(6, r.toMs)
        .bind(7, r.justification.trimmed())
        .bind(8, nowMs)
        .run();
    r.id = m_db.lastInsertId();
    QJsonObject detail = describe(r);
    detail.insert(QStringLiteral("justification"), r.justification.trimmed());
    AuditLog(m_db).append({ 0, nowMs, r.requester, {}, QStringLiteral("access-requested"), detail });
    tx.commit();
    return r.id;
}

QString AccessStore::grant(
    qint64 id, const QString& supervisor, Roles roles, const QString& note, qint64 expiresMs, qint64 nowMs)
{
    if (expiresMs <= nowMs)
        return AccessStoreText::tr("a grant needs an expiry in the future (--expires)");
    return decide(id, supervisor, roles, AccessRequest::State::Granted, note, expiresMs, nowMs);
}

QString AccessStore::refuse(qint64 id, const QString& supervisor, Roles roles, const QString& note, qint64 nowMs)
{
    return decide(id, supervisor, roles, AccessRequest::State::Refused, note, 0, nowMs);
}

QString AccessStore::decide(qint64 id, const QString& supervisor, Roles roles, AccessRequest::State state,
    const QString& note, qint64 expiresMs, qint64 nowMs)
{
    if (!roles.testFlag(Role::Supervisor))
        return AccessStoreText::tr("only a supervisor decides on extended access");
    if (note.trimmed().isEmpty())
        return AccessStoreText::tr("a decision carries a note for the requester and the record (--note)");
    Database::Transaction tx(m_db);
    const auto r = get(id);
    if (!r)
        return AccessStoreText::tr("there is no request %1").arg(id);
    if (r->state != AccessRequest::State::Pending)
        return AccessStoreText::tr("request %1 was already %2 by %3")
            .arg(id)
            .arg(requestStateName(r->state), r->decidedBy);
    if (r->requester == supervisor)
        return AccessStoreText::tr("nobody decides on their own request: another supervisor must");
    auto& update = m_db.prepared(
        "UPDATE access_requests SET state = ?, decided_by = ?, decided_at = ?, note = ?, expires = ? WHERE id = ?");
    update.bind(1, requestStateName(state)).bind(2, supervisor).bind(3, nowMs).bind(4, note.trimmed());
    if (expiresMs)
        update.bind(5, expiresMs);
    else
        update.bindNull(5);
    update.bind(6, id).run();
    QJsonObject detail = describe(*r);
    detail.insert(QStringLiteral("note"), note.trimmed());
    if (expiresMs)
        detail.insert(QStringLiteral("expires"), isotime::format(expiresMs, true));
    AuditLog(m_db).append({ 0, nowMs, supervisor, {},
        state == AccessRequest::State::Granted ? QStringLiteral("access-granted") : QStringLiteral("access-refused"),
        detail });
    tx.commit();
    return {};
}

std::optional<AccessRequest> AccessStore::get(qint64 id)
{
    static const std::string sql = std::string(columns) + " WHERE id = ?";
    auto& select = m_db.prepared(sql);
    select.bind(1, id);
    std::optional<AccessRequest> out;
    if (select.step())
        out = requestAt(select);
    select.reset();
    return out;
}

std::vector<AccessRequest> AccessStore::list(bool pendingOnly)
{
    static const std::string all = std::string(columns) + " ORDER BY id DESC";
    static const std::string pending = std::string(columns) + " WHERE state = 'pending' ORDER BY id DESC";
    auto& select = m_db.prepared(pendingOnly ? pending : all);
    std::vector<AccessRequest> out;
    while (select.step())
        out.push_back(requestAt(select));
    select.reset();
    return out;
}

std::vector<AccessGrant> AccessStore::grantsFor(const QString& user, qint64 nowMs)
{
    static const std::string sql = std::string(columns) + " WHERE requester = ? AND state = 'granted' AND expires > ?";
    auto& select = m_db.prepared(sql);
    select.bind(1, user).bind(2, nowMs);
    std::vector<AccessGrant> out;
    while (select.step()) {
        const AccessRequest r = requestAt(select);
        out.push_back({ r.id, r.requester, r.purpose, r.reference, r.vrms, r.fromMs, r.toMs, r.expiresMs });
    }
    select.reset();
    return out;
}

} // namespace kestrel
