// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessrequests.h"

#include "session.h"

#include "access/userstore.h"
#include "io/isotime.h"

#include <QRegularExpression>

namespace kestrel {

namespace {
bool same(const std::vector<AccessRequest>& a, const std::vector<AccessRequest>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
        [](const AccessRequest& x, const AccessRequest& y) { return x.id == y.id && x.state == y.state; });
}
} // namespace

AccessRequests::AccessRequests(
    AccessStore& store, const Session& session, const AccessBands& bands, Clock clock, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_session(session)
    , m_clock(std::move(clock))
    , m_purposes(bands.grantedPurposes())
{
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &AccessRequests::refresh);
    connect(&session, &Session::changed, this, &AccessRequests::refresh);
    m_timer.start();
    refresh();
}

int AccessRequests::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AccessRequests::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessRequest& r = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
        return r.id;
    case RequesterRole:
        return r.requester;
    case PurposeRole:
        return purposeName(r.purpose);
    case ReferenceRole:
        return r.reference;
    case VrmsRole:
        return r.vrms.isEmpty() ? tr("any VRM in the investigation") : r.vrms.join(QStringLiteral(", "));
    case RangeRole:
        return tr("%1 to %2").arg(isotime::format(r.fromMs), isotime::format(r.toMs));
    case JustificationRole:
        return r.justification;
    case StateRole:
        return requestStateName(r.state);
    case DecisionRole:
        if (r.state == AccessRequest::State::Pending)
            return tr("waiting for a supervisor");
        return r.state == AccessRequest::State::Granted
            ? tr("granted by %1 until %2: %3").arg(r.decidedBy, isotime::format(r.expiresMs), r.note)
            : tr("refused by %1: %2").arg(r.decidedBy, r.note);
    case PendingRole:
        return r.state == AccessRequest::State::Pending;
    case MineRole:
        return r.requester == m_session.userName();
    }
    return {};
}

QHash<int, QByteArray> AccessRequests::roleNames() const
{
    return { { IdRole, "requestId" }, { RequesterRole, "requester" }, { PurposeRole, "purpose" },
        { ReferenceRole, "reference" }, { VrmsRole, "vrms" }, { RangeRole, "range" },
        { JustificationRole, "justification" }, { StateRole, "state" }, { DecisionRole, "decision" },
        { PendingRole, "pending" }, { MineRole, "mine" } };
}

void AccessRequests::refresh()
{
    std::vector<AccessRequest> rows;
    if (m_session.signedIn())
        for (auto& r : m_store.list(false))
            if (m_session.canDecideAccess() || r.requester == m_session.userName())
                rows.push_back(std::move(r));
    if (same(rows, m_rows))
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    m_pending = int(std::count_if(
        m_rows.begin(), m_rows.end(), [](const AccessRequest& r) { return r.state == AccessRequest::State::Pending; }));
    Q_EMIT changed();
}

bool AccessRequests::finish(const QString& problem, const QString& done)
{
    m_message = problem.isEmpty() ? done : problem;
    Q_EMIT messageChanged();
    refresh();
    return problem.isEmpty();
}

bool AccessRequests::request(const QString& purpose, const QString& reference, const QString& vrms, const QString& from,
    const QString& to, const QString& justification)
{
    AccessRequest r;
    r.requester = m_session.userName();
    const auto why = purposeFromName(purpose);
    const auto fromMs = isotime::parse(from.trimmed().toStdString());
    const auto toMs = isotime::parse(to.trimmed().toStdString(), isotime::DateOnly::EndOfDay);
    if (!m_session.canRequestAccess())
        return finish(tr("Your roles do not include asking for extended access."), {});
    if (!why || !fromMs || !toMs)
        return finish(tr("Give a purpose, and 'from' and 'to' as dates (2026-05-01)."), {});
    r.purpose = *why;
    r.reference = reference;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    r.vrms = vrms.split(separators, Qt::SkipEmptyParts);
    r.fromMs = *fromMs;
    r.toMs = *toMs;
    r.justification = justification;
    QString problem;
    const auto id = m_store.request(r, m_clock(), &problem);
    return finish(problem, id ? tr("Request %1 sent: a supervisor will decide.").arg(*id) : QString());
}

bool AccessRequests::grant(int row, const QString& note, const QString& expires)
{
    if (row < 0 || row >= rowCount())
        return false;
    const auto until = isotime::parse(expires.trimmed().toStdString(), isotime::DateOnly::EndOfDay);
    if (!until)
        return finish(tr("Give the grant's expiry as a date (2026-12-31)."), {});
    const qint64 id = m_rows[size_t(row)].id;
    const User user = m_session.user();
    return finish(m_store.grant(id, user.name, user.roles, note, *until, m_clock()), tr("Request %1 granted.").arg(id));
}

bool AccessRequests::refuse(int row, const QString& note)
{
    if (row < 0 || row >= rowCount())
        return false;
    const qint64 id = m_rows[size_t(row)].id;
    const User user = m_session.user();
    return finish(m_store.refuse(id, user.name, user.roles, note, m_clock()), tr("Request %1 refused.").arg(id));
}

} // namespace kestrel
