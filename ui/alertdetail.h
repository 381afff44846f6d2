// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/clock.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kestrel {

class AlertStore;
class CameraPlaces;
class ReadImageProvider;
class ReadStore;

// Everything about one alert an operator needs before acting on it: the plate patch and overview image of the
// read that hit, the hotlist entry as it was, where the camera is (for roles that may know), the alert's
// history and the other alerts on the same VRM today.
class AlertDetail : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console's main() provides the alert detail")
    Q_PROPERTY(qint64 alertId READ alertId NOTIFY changed)
    Q_PROPERTY(bool shown READ shown NOTIFY changed)
    Q_PROPERTY(QString plate MEMBER m_plate NOTIFY changed)
    Q_PROPERTY(QString readVrm MEMBER m_readVrm NOTIFY changed)
    Q_PROPERTY(bool possibleMisread MEMBER m_possibleMisread NOTIFY changed)
    Q_PROPERTY(QString priorityName MEMBER m_priorityName NOTIFY changed)
    Q_PROPERTY(int priority MEMBER m_priority NOTIFY changed)
    Q_PROPERTY(QString list MEMBER m_list NOTIFY changed)
    Q_PROPERTY(QString category MEMBER m_category NOTIFY changed)
    Q_PROPERTY(QString action MEMBER m_action NOTIFY changed)
    Q_PROPERTY(QString source MEMBER m_source NOTIFY changed)
    Q_PROPERTY(QString reference MEMBER m_reference NOTIFY changed)
    // A hit on a covert list: who alone sees it, as a list to read (empty for the shared queue's alerts).
    Q_PROPERTY(QString recipients MEMBER m_recipients NOTIFY changed)
    Q_PROPERTY(QString camera MEMBER m_camera NOTIFY changed)
    Q_PROPERTY(QString place MEMBER m_place NOTIFY changed)
    Q_PROPERTY(QString seen MEMBER m_seen NOTIFY changed)
    Q_PROPERTY(QString plateImage MEMBER m_plateImage NOTIFY changed)
    Q_PROPERTY(QString overviewImage MEMBER m_overviewImage NOTIFY changed)
    Q_PROPERTY(QVariantList earlierToday MEMBER m_earlierToday NOTIFY changed)
    Q_PROPERTY(QVariantList history MEMBER m_history NOTIFY changed)
public:
    AlertDetail(AlertStore& alerts, ReadStore& reads, const CameraPlaces& places, ReadImageProvider& images,
        Clock clock, QObject* parent = nullptr);

    qint64 alertId() const { return m_alertId; }
    // Whether an alert is shown.
    bool shown() const { return m_alertId != 0; }

    // Loads one alert (0, an unknown id or a covert hit the viewer is not named on: shows nothing).
    Q_INVOKABLE void show(qint64 alertId);
    // Who is looking: what they may see of covert lists' hits. Clears what was shown.
    void setViewer(const QString& name);

Q_SIGNALS:
    void changed();

private:
    // An alert history's step (raised, claimed, ...) as the user's language says it.
    static QString stepText(const QString& action);

    AlertStore& m_alerts;
    ReadStore& m_reads;
    const CameraPlaces& m_places;
    ReadImageProvider& m_images;
    Clock m_clock;

    QString m_viewer;
    qint64 m_alertId = 0;
    QString m_recipients;
    QString m_plate, m_readVrm, m_priorityName, m_list, m_category, m_action, m_source, m_reference;
    bool m_possibleMisread = false;
    int m_priority = 0;
    QString m_camera, m_place, m_seen, m_plateImage, m_overviewImage;
    QVariantList m_earlierToday, m_history;
};

} // namespace kestrel
