// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard.h"

#include "alerts/alertstore.h"
#include "io/isotime.h"
#include "stats/percentile.h"
#include "store/readstore.h"

#include <QDateTime>

#include <algorithm>
#include <map>

namespace kestrel {

namespace {
constexpr qint64 hourMs = 3600 * 1000;
constexpr qint64 slotMs = 15 * 60 * 1000;
constexpr int hours = 24;
constexpr int slots = hours * 4;
// Upper bounds of the time-to-claim buckets, in seconds (the last is open).
constexpr double claimBounds[] = { 30, 60, 120, 300, 600 };
} // namespace

Dashboard::Dashboard(AlertStore& alerts, ReadStore& reads, Clock clock, QObject* parent)
    : QObject(parent)
    , m_alerts(alerts)
    , m_reads(reads)
    , m_clock(std::move(clock))
    , m_claimBuckets { tr("\u2264 30 s"), tr("30-60 s"), tr("1-2 min"), tr("2-5 min"), tr("5-10 min"), tr("> 10 min") }
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Dashboard::refresh);
    m_timer.start();
}

void Dashboard::refresh()
{
    const qint64 now = m_clock();
    // The current hour and the 23 before it; the current quarter hour and the 95 before it.
    const qint64 firstHour = (now / hourMs - (hours - 1)) * hourMs;
    const qint64 firstSlot = (now / slotMs - (slots - 1)) * slotMs;

    m_hours.clear();
    for (int h = 0; h < hours; ++h)
        m_hours
            << QDateTime::fromMSecsSinceEpoch(firstHour + h * hourMs, isotime::london()).toString(QStringLiteral("HH"));

    std::map<std::string, std::vector<int>> perHour, perSlot;
    for (const auto& count : m_reads.countBySlot(std::min(firstHour, firstSlot), slotMs)) {
        auto& hourly = perHour.try_emplace(count.camera, hours, 0).first->second;
        auto& quarterly = perSlot.try_emplace(count.camera, slots, 0).first->second;
        if (const qint64 h = (count.slotStartMs - firstHour) / hourMs; count.slotStartMs >= firstHour && h < hours)
            hourly[size_t(h)] += int(count.reads);
        if (const qint64 s = (count.slotStartMs - firstSlot) / slotMs; count.slotStartMs >= firstSlot && s < slots)
            quarterly[size_t(s)] += int(count.reads);
    }
    m_readsPerHour.clear();
    m_maxReadsPerHour = 0;
    for (const auto& [camera, counts] : perHour) {
        QVariantList values;
        for (int n : counts) {
            values << n;
            m_maxReadsPerHour = std::max(m_maxReadsPerHour, n);
        }
        m_readsPerHour << QVariantMap { { QStringLiteral("camera"), QString::fromStdString(camera) },
            { QStringLiteral("counts"), values } };
    }
    m_health.clear();
    for (const auto& [camera, counts] : perSlot) {
        QVariantList heard;
        for (int n : counts)
            heard << (n > 0);
        m_health << QVariantMap { { QStringLiteral("camera"), QString::fromStdString(camera) },
            { QStringLiteral("slots"), heard } };
    }

    m_hitsByCategory.clear();
    m_maxHits = 0;
    for (const auto& [category, count] : m_alerts.countByCategory(now - hours * hourMs)) {
        m_hitsByCategory << QVariantMap { { QStringLiteral("category"), category },
            { QStringLiteral("count"), count } };
        m_maxHits = std::max(m_maxHits, int(count));
    }

    std::vector<double> waits; // seconds
    std::vector<int> buckets(std::size(claimBounds) + 1, 0);
    for (const qint64 ms : m_alerts.claimDelaysMs(now - hours * hourMs)) {
        waits.push_back(double(ms) / 1000.0);
        ++buckets[size_t(
            std::lower_bound(std::begin(claimBounds), std::end(claimBounds), waits.back()) - std::begin(claimBounds))];
    }
    m_claimCounts.clear();
    m_maxClaimCount = 0;
    for (int n : buckets) {
        m_claimCounts << n;
        m_maxClaimCount = std::max(m_maxClaimCount, n);
    }
    m_claimSummary = waits.empty()
        ? tr("No alert claimed in the last 24 hours.")
        : tr("%n alert(s) claimed; median wait %1 s, 95th percentile %2 s.", "", int(waits.size()))
              .arg(percentile(waits, 50), 0, 'f', 1)
              .arg(percentile(waits, 95), 0, 'f', 1);
    m_updated = QDateTime::fromMSecsSinceEpoch(now, isotime::london()).toString(QStringLiteral("HH:mm"));
    Q_EMIT changed();
}

} // namespace kestrel
