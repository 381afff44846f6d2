// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertqueuemodel.h"

#include "cameraplaces.h"

#include "alerts/alertstore.h"
#include "io/isotime.h"
#include "vrm/vrm.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace kestrel {

namespace {
// Queue order: most urgent first, then the one waiting longest.
bool before(const Alert& a, const Alert& b)
{
    return std::tie(a.priority, a.firstSeenMs, a.id) < std::tie(b.priority, b.firstSeenMs, b.id);
}
} // namespace

AlertQueueModel::AlertQueueModel(
    AlertStore& store, Policy policy, Clock clock, const CameraPlaces* places, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_policy(std::move(policy))
    , m_clock(std::move(clock))
    , m_places(places)
    , m_rows(store.open({}))
    , m_seen(store.lastChange())
{
    m_follow.setInterval(1000);
    connect(&m_follow, &QTimer::timeout, this, &AlertQueueModel::followStore);
    m_follow.start();
}

void AlertQueueModel::followStore()
{
    for (const Alert& alert : m_store.changedSince(m_seen.first, m_seen.second)) {
        m_seen = { std::max(m_seen.first, alert.id), std::max(m_seen.second, alert.updatedMs) };
        updateAlert(alert); // a covert hit goes no further than its readers' queues
    }
}

int AlertQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AlertQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert& a = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case PlateRole:
        return QString::fromStdString(vrm::displayForm(a.vrm));
    case AlertIdRole:
        return a.id;
    case ReadVrmRole:
        return QString::fromStdString(vrm::displayForm(a.readVrm));
    case CameraRole:
        return QString::fromStdString(a.camera);
    case TimeRole: {
        // The time of day for today's sightings; with the date for older ones (a retrospective hit, an alert
        // left open overnight), which must not pass for today's.
        const QDateTime seen = QDateTime::fromMSecsSinceEpoch(a.lastSeenMs, isotime::london());
        const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock(), isotime::london()).date();
        return seen.toString(seen.date() == today ? QStringLiteral("HH:mm:ss") : QStringLiteral("d MMM HH:mm:ss"));
    }
    case PriorityRole:
        return static_cast<int>(a.priority);
    case PriorityNameRole:
        return priorityText(a.priority);
    case CategoryRole:
        return a.category;
    case ActionRole:
        return a.action;
    case ListRole:
        return a.list;
    case ReferenceRole:
        return a.reference;
    case PossibleMisreadRole:
        return a.possibleMisread;
    case StateRole:
        return static_cast<int>(a.state);
    case StateNameRole:
        return alertStateText(a.state);
    case ClaimedByRole:
        return a.claimedBy;
    case ClaimedByMeRole:
        return a.state == AlertState::Claimed && a.claimedBy == m_operator;
    case SightingsRole:
        return a.sightings;
    case EscalatedRole:
        return a.escalated;
    case DirectionRole:
        return m_places ? m_places->direction(a.camera) : QString();
    case RetrospectiveRole:
        return a.retrospective;
    case CovertRole:
        return a.covert();
    default:
        return {};
    }
}

qint64 AlertQueueModel::alertIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].id : 0;
}

QHash<int, QByteArray> AlertQueueModel::roleNames() const
{
    return {
        { AlertIdRole, "alertId" },
        { PlateRole, "plate" },
        { ReadVrmRole, "readVrm" },
        { CameraRole, "camera" },
        { TimeRole, "time" },
        { PriorityRole, "priority" },
        { PriorityNameRole, "priorityName" },
        { CategoryRole, "category" },
        { ActionRole, "action" },
        { ListRole, "list" },
        { ReferenceRole, "reference" },
        { PossibleMisreadRole, "possibleMisread" },
        { StateRole, "state" },
        { StateNameRole, "stateName" },
        { ClaimedByRole, "claimedBy" },
        { ClaimedByMeRole, "claimedByMe" },
        { SightingsRole, "sightings" },
        { EscalatedRole, "escalated" },
        { RetrospectiveRole, "retrospective" },
        { CovertRole, "covert" },
        { DirectionRole, "direction" },
    };
}

int AlertQueueModel::rowOf(qint64 id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [id](const Alert& a) { return a.id == id; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

void AlertQueueModel::addAlert(const Alert& alert)
{
    if (!alert.visibleTo(m_operator))
        return;
    if (!alert.isOpen() || rowOf(alert.id) >= 0)
        return updateAlert(alert);
    const auto at = std::upper_bound(m_rows.begin(), m_rows.end(), alert, before);
    const int row = static_cast<int>(at - m_rows.begin());
    beginInsertRows({}, row, row);
    m_rows.insert(at, alert);
    endInsertRows();
    if (alert.acceptedNs > 0) {
        if (m_readToRowMs.size() == 100'000)
            m_readToRowMs.erase(m_readToRowMs.begin(), m_readToRowMs.begin() + 50'000);
        m_readToRowMs.push_back(double(steadyNanoseconds() - alert.acceptedNs) / 1e6);
    }
    Q_EMIT countChanged();
}

void AlertQueueModel::updateAlert(const Alert& alert)
{
    const int row = rowOf(alert.id);
    if (row < 0) {
        if (alert.isOpen() && alert.visibleTo(m_operator))
            addAlert(alert);
        return;
    }
    if (!alert.isOpen()) {
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
        Q_EMIT countChanged();
        return;
    }
    m_rows[size_t(row)] = alert;
    Q_EMIT dataChanged(index(row), index(row));
}

void AlertQueueModel::setLastError(const QString& error)
{
    if (m_lastError == error)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

void AlertQueueModel::setOperatorName(const QString& name)
{
    if (m_operator == name)
        return;
    m_operator = name;
    Q_EMIT operatorNameChanged();
    // Covert lists' hits are seen by their readers alone: the queue is theirs as the new user may see it.
    beginResetModel();
    m_rows = m_store.open(m_operator);
    endResetModel();
    Q_EMIT countChanged();
}

bool AlertQueueModel::act(int row, const std::function<QString(qint64 id)>& step)
{
    if (row < 0 || row >= rowCount())
        return false;
    const QString problem = m_operator.isEmpty() ? tr("Sign in to triage alerts.") : step(m_rows[size_t(row)].id);
    setLastError(problem);
    // Whatever happened, show the alert as it now stands (another console may have changed it).
    if (const auto alert = m_store.get(m_rows[size_t(row)].id))
        updateAlert(*alert);
    return problem.isEmpty();
}

bool AlertQueueModel::claim(int row)
{
    return act(row, [this](qint64 id) { return m_store.claim(id, m_operator, m_clock()); });
}

bool AlertQueueModel::release(int row)
{
    return act(row, [this](qint64 id) { return m_store.release(id, m_operator, m_clock()); });
}

bool AlertQueueModel::escalate(int row, const QString& note)
{
    return act(row, [&](qint64 id) { return m_store.escalate(id, m_operator, note, m_clock()); });
}

bool AlertQueueModel::dispatch(int row, const QString& incident)
{
    return act(row, [&](qint64 id) { return m_store.dispatch(id, m_operator, incident, m_clock()); });
}

bool AlertQueueModel::close(int row, const QString& reason)
{
    return act(row, [&](qint64 id) { return m_store.close(id, m_operator, reason, m_policy.closeReasons, m_clock()); });
}

} // namespace kestrel
