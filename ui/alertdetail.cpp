// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertdetail.h"

#include "cameraplaces.h"
#include "readimageprovider.h"

#include "alerts/alertstore.h"
#include "io/isotime.h"
#include "store/readstore.h"
#include "vrm/vrm.h"

#include <QDateTime>

namespace kestrel {

namespace {
QString londonTime(qint64 ms, const QString& format)
{
    return QDateTime::fromMSecsSinceEpoch(ms, isotime::london()).toString(format);
}
} // namespace

QString AlertDetail::stepText(const QString& action)
{
    static const QHash<QString, QString> steps { { QStringLiteral("raised"), tr("raised") },
        { QStringLiteral("sighting"), tr("seen again") }, { QStringLiteral("claimed"), tr("claimed") },
        { QStringLiteral("released"), tr("released") }, { QStringLiteral("escalated"), tr("escalated") },
        { QStringLiteral("dispatched"), tr("dispatched") }, { QStringLiteral("closed"), tr("closed") } };
    return steps.value(action, action);
}

AlertDetail::AlertDetail(AlertStore& alerts, ReadStore& reads, const CameraPlaces& places, ReadImageProvider& images,
    Clock clock, QObject* parent)
    : QObject(parent)
    , m_alerts(alerts)
    , m_reads(reads)
    , m_places(places)
    , m_images(images)
    , m_clock(std::move(clock))
{
}

void AlertDetail::setViewer(const QString& name)
{
    m_viewer = name;
    show(0);
}

void AlertDetail::show(qint64 alertId)
{
    auto alert = alertId > 0 ? m_alerts.get(alertId) : std::nullopt;
    if (alert && !alert->visibleTo(m_viewer))
        alert.reset();
    m_alertId = alert ? alert->id : 0;
    if (!alert) {
        m_images.clear(QStringLiteral("alert"));
        m_plate.clear();
        m_plateImage.clear();
        m_overviewImage.clear();
        m_earlierToday.clear();
        m_history.clear();
        Q_EMIT changed();
        return;
    }
    m_plate = QString::fromStdString(vrm::displayForm(alert->vrm));
    m_readVrm = QString::fromStdString(vrm::displayForm(alert->readVrm));
    m_possibleMisread = alert->possibleMisread;
    m_priority = static_cast<int>(alert->priority);
    m_priorityName = priorityText(alert->priority);
    m_list = alert->list;
    m_category = alert->category;
    m_action = alert->action;
    m_source = alert->source;
    m_reference = alert->reference;
    m_recipients = alert->recipients.join(QStringLiteral(", "));
    m_seen = alert->sightings > 1 ? tr("%1 to %2, %n sighting(s)", "", alert->sightings)
                                        .arg(londonTime(alert->firstSeenMs, QStringLiteral("HH:mm:ss")),
                                            londonTime(alert->lastSeenMs, QStringLiteral("HH:mm:ss")))
                                  : londonTime(alert->firstSeenMs, QStringLiteral("ddd d MMM yyyy HH:mm:ss"));

    m_camera = m_places.label(alert->camera);
    m_place = m_places.place(alert->camera);

    // Images are kept for a shorter time than reads; an alert may outlive its read's pictures.
    const auto urls = m_images.show(QStringLiteral("alert"), alert->readId, m_reads.images(alert->readId));
    m_plateImage = urls.plate;
    m_overviewImage = urls.overview;

    m_history.clear();
    for (const auto& event : m_alerts.history(alert->id))
        m_history.append(QVariantMap { { QStringLiteral("time"), londonTime(event.timeMs, QStringLiteral("HH:mm:ss")) },
            { QStringLiteral("who"), event.who }, { QStringLiteral("action"), stepText(event.action) },
            { QStringLiteral("detail"), event.detail } });

    const qint64 midnight = QDateTime::fromMSecsSinceEpoch(m_clock(), isotime::london())
                                .date()
                                .startOfDay(isotime::london())
                                .toMSecsSinceEpoch();
    m_earlierToday.clear();
    for (const auto& other : m_alerts.forVrm(alert->vrm, midnight, m_viewer)) {
        if (other.id == alert->id)
            continue;
        m_earlierToday.append(
            QVariantMap { { QStringLiteral("time"), londonTime(other.firstSeenMs, QStringLiteral("HH:mm")) },
                { QStringLiteral("camera"), QString::fromStdString(other.camera) },
                { QStringLiteral("state"), alertStateText(other.state) },
                { QStringLiteral("outcome"),
                    !other.incident.isEmpty() ? tr("incident %1").arg(other.incident) : other.closeReason } });
    }
    Q_EMIT changed();
}

} // namespace kestrel
