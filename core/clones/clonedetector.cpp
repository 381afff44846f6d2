// SPDX-License-Identifier: GPL-3.0-or-later
#include "clonedetector.h"

#include "io/isotime.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>
#include <limits>

namespace kestrel {

namespace {
class CloneText {
    Q_DECLARE_TR_FUNCTIONS(CloneDetector)
};

constexpr double earthKm = 6371.0;
constexpr double longestJourneyKm = 1200; // further than any two places in the UK
constexpr qint64 hourMs = 3600 * 1000;

bool differ(const std::string& a, const std::string& b)
{
    return !a.empty() && !b.empty()
        && QString::fromStdString(a).compare(QString::fromStdString(b), Qt::CaseInsensitive) != 0;
}
} // namespace

double distanceKm(GeoPoint a, GeoPoint b)
{
    const double rad = M_PI / 180;
    const double dLat = (b.latitude - a.latitude) * rad, dLon = (b.longitude - a.longitude) * rad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.latitude * rad) * std::cos(b.latitude * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthKm * std::asin(std::min(1.0, std::sqrt(h)));
}

CloneDetector::CloneDetector(int maxKmh, qint64 windowMs)
    : m_maxKmh(maxKmh)
    , m_windowMs(windowMs)
    , m_horizonMs(qint64(longestJourneyKm / maxKmh * double(hourMs)))
{
}

std::optional<CloneSuspicion> CloneDetector::check(const Read& read, GeoPoint where)
{
    if (read.timeMs > m_latestMs) {
        m_latestMs = read.timeMs;
        // Half a horizon between sweeps: each costs a pass over what is remembered, so they must be rare.
        if (m_latestMs - m_sweptMs > m_horizonMs / 2)
            forgetOld(m_latestMs);
    }
    const Sighting now { read.id, read.timeMs, read.camera, where, read.vehicle };
    const auto [it, first] = m_last.try_emplace(read.vrm, now);
    if (first)
        return std::nullopt;
    Sighting& last = it->second;
    std::optional<CloneSuspicion> out;
    const double km = distanceKm(last.where, where);
    const qint64 apartMs = std::abs(read.timeMs - last.timeMs);
    if (km > m_maxKmh * double(std::max(apartMs, m_windowMs)) / double(hourMs)) {
        CloneSuspicion s;
        s.vrm = read.vrm;
        s.earlier = read.timeMs < last.timeMs ? now : last;
        s.later = read.timeMs < last.timeMs ? last : now;
        s.km = km;
        s.kmh = apartMs > 0 ? km / (double(apartMs) / double(hourMs)) : std::numeric_limits<double>::infinity();
        s.vehicleDiffers
            = differ(last.vehicle.colour, now.vehicle.colour) || differ(last.vehicle.make, now.vehicle.make);
        const auto at = [](const Sighting& x) {
            return QStringLiteral("%1 %2").arg(QString::fromStdString(x.camera),
                QDateTime::fromMSecsSinceEpoch(x.timeMs, isotime::london()).toString(QStringLiteral("d MMM HH:mm:ss")));
        };
        s.why
            = CloneText::tr("read at %1 and at %2: %3 km apart in %4 s (%5)")
                  .arg(at(s.earlier), at(s.later))
                  .arg(km, 0, 'f', 1)
                  .arg(apartMs / 1000)
                  .arg(apartMs > 0 ? CloneText::tr("%1 km/h").arg(qRound(s.kmh)) : CloneText::tr("at the same moment"));
        if (s.vehicleDiffers)
            s.why += CloneText::tr("; the cameras saw different vehicles (%1 %2, %3 %4)")
                         .arg(QString::fromStdString(s.earlier.vehicle.colour),
                             QString::fromStdString(s.earlier.vehicle.make),
                             QString::fromStdString(s.later.vehicle.colour),
                             QString::fromStdString(s.later.vehicle.make));
        out = std::move(s);
    }
    if (read.timeMs >= last.timeMs)
        last = now;
    return out;
}

void CloneDetector::remember(const Read& read, GeoPoint where)
{
    m_latestMs = std::max(m_latestMs, read.timeMs);
    const Sighting now { read.id, read.timeMs, read.camera, where, read.vehicle };
    const auto [it, first] = m_last.try_emplace(read.vrm, now);
    if (!first && read.timeMs >= it->second.timeMs)
        it->second = now;
}

void CloneDetector::forgetOld(qint64 nowMs)
{
    m_sweptMs = nowMs;
    std::erase_if(m_last, [&](const auto& kv) { return kv.second.timeMs < nowMs - m_horizonMs; });
}

} // namespace kestrel
