// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/clock.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kestrel {

class AlertStore;
class ReadStore;

// The control room's last 24 hours at a glance, refreshed every minute: reads per hour per camera, hits by
// category, how long alerts waited to be claimed, and when each camera was sending (15-minute slots).
class Dashboard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console's main() provides the dashboard")
    Q_PROPERTY(QStringList hours MEMBER m_hours NOTIFY changed)
    // [{camera, counts: [24 reads per hour, oldest first]}]
    Q_PROPERTY(QVariantList readsPerHour MEMBER m_readsPerHour NOTIFY changed)
    Q_PROPERTY(int maxReadsPerHour MEMBER m_maxReadsPerHour NOTIFY changed)
    // [{category, count}], most first
    Q_PROPERTY(QVariantList hitsByCategory MEMBER m_hitsByCategory NOTIFY changed)
    Q_PROPERTY(int maxHits MEMBER m_maxHits NOTIFY changed)
    Q_PROPERTY(QStringList claimBuckets MEMBER m_claimBuckets CONSTANT)
    Q_PROPERTY(QVariantList claimCounts MEMBER m_claimCounts NOTIFY changed)
    Q_PROPERTY(int maxClaimCount MEMBER m_maxClaimCount NOTIFY changed)
    Q_PROPERTY(QString claimSummary MEMBER m_claimSummary NOTIFY changed)
    // [{camera, slots: [96 booleans: any read in that quarter hour, oldest first]}]
    Q_PROPERTY(QVariantList health MEMBER m_health NOTIFY changed)
    Q_PROPERTY(QString updated MEMBER m_updated NOTIFY changed)
public:
    Dashboard(AlertStore& alerts, ReadStore& reads, Clock clock, QObject* parent = nullptr);

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    AlertStore& m_alerts;
    ReadStore& m_reads;
    Clock m_clock;
    QTimer m_timer;

    QStringList m_hours;
    QVariantList m_readsPerHour, m_hitsByCategory, m_claimCounts, m_health;
    int m_maxReadsPerHour = 0, m_maxHits = 0, m_maxClaimCount = 0;
    QStringList m_claimBuckets;
    QString m_claimSummary, m_updated;
};

} // namespace kestrel
