// SPDX-License-Identifier: GPL-3.0-or-later
#include "camerahealth.h"

#include <algorithm>
#include <numeric>

namespace kestrel {

CameraHealth::CameraHealth(Clock clock, qint64 silenceMs, QObject* parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_silenceMs(silenceMs)
{
    connect(&m_timer, &QTimer::timeout, this, &CameraHealth::check);
    m_timer.start(std::chrono::seconds(5));
}

CameraHealth::Entry& CameraHealth::entry(const std::string& code, qint64 now)
{
    auto [it, added] = m_cameras.try_emplace(code);
    if (added) {
        it->second.status.code = code;
        it->second.status.lastHeardMs = now; // silence is counted from when Kestrel began to listen
        it->second.second = now / 1000;
    }
    return it->second;
}

void CameraHealth::advance(Entry& e, qint64 second)
{
    // Seconds that passed with no reads are cleared; more than a minute clears them all.
    for (qint64 s = e.second + 1; s <= second && s <= e.second + 60; ++s)
        e.perSecond[static_cast<size_t>(s % 60)] = 0;
    e.second = std::max(e.second, second);
}

void CameraHealth::watch(const std::string& code)
{
    std::lock_guard lock(m_mutex);
    entry(code, m_clock());
}

void CameraHealth::heard(const std::string& code)
{
    const qint64 now = m_clock();
    std::lock_guard lock(m_mutex);
    entry(code, now).status.lastHeardMs = now;
}

void CameraHealth::readsArrived(const std::string& code, int count)
{
    const qint64 now = m_clock();
    std::lock_guard lock(m_mutex);
    Entry& e = entry(code, now);
    advance(e, now / 1000);
    e.perSecond[static_cast<size_t>((now / 1000) % 60)] += count;
    e.status.lastReadMs = e.status.lastHeardMs = now;
}

void CameraHealth::framesDropped(const std::string& code, qint64 count)
{
    std::lock_guard lock(m_mutex);
    entry(code, m_clock()).status.framesDropped += count;
}

void CameraHealth::reconnecting(const std::string& code, const QString& state)
{
    std::lock_guard lock(m_mutex);
    Entry& e = entry(code, m_clock());
    ++e.status.reconnects;
    e.status.state = state;
}

void CameraHealth::setState(const std::string& code, const QString& state)
{
    const qint64 now = m_clock();
    std::lock_guard lock(m_mutex);
    Entry& e = entry(code, now);
    e.status.state = state;
    e.status.lastHeardMs = now; // a video worker that reports is a camera that is there
}

std::vector<CameraStatus> CameraHealth::snapshot() const
{
    const qint64 now = m_clock();
    std::lock_guard lock(m_mutex);
    std::vector<CameraStatus> out;
    for (const auto& [code, e] : m_cameras) {
        CameraStatus status = e.status;
        Entry aged = e;
        advance(aged, now / 1000);
        status.readsLastMinute = std::accumulate(aged.perSecond.begin(), aged.perSecond.end(), 0);
        status.silent = now - e.status.lastHeardMs > m_silenceMs;
        out.push_back(std::move(status));
    }
    return out;
}

void CameraHealth::check()
{
    const qint64 now = m_clock();
    std::vector<std::pair<QString, qint64>> silent;
    std::vector<QString> heardAgain;
    {
        std::lock_guard lock(m_mutex);
        for (auto& [code, e] : m_cameras) {
            const bool quiet = now - e.status.lastHeardMs > m_silenceMs;
            if (quiet && !e.announcedSilent)
                silent.emplace_back(QString::fromStdString(code), e.status.lastHeardMs);
            else if (!quiet && e.announcedSilent)
                heardAgain.push_back(QString::fromStdString(code));
            e.announcedSilent = quiet;
        }
    }
    // Signals leave the lock: a receiver may ask for a snapshot.
    for (const auto& [code, last] : silent)
        Q_EMIT cameraSilent(code, last);
    for (const auto& code : heardAgain)
        Q_EMIT cameraHeard(code);
}

} // namespace kestrel
