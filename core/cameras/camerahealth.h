// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/clock.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <array>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace kestrel {

// One camera's feed as the control room sees it.
struct CameraStatus {
    std::string code;
    qint64 lastReadMs = 0; // 0: none since Kestrel started
    qint64 lastHeardMs = 0; // the last read or heartbeat
    int readsLastMinute = 0;
    qint64 framesDropped = 0; // video: frames skipped because recognition was behind
    int reconnects = 0; // video: times the stream dropped and was opened again
    QString state; // video: what its worker is doing ("reading", "reconnecting in 8 s: the stream ended")
    bool silent = false; // heard nothing for longer than the policy's silence
};

// Keeps each camera's health: reads and heartbeats from pushing agents, frames dropped and reconnects from video
// workers (any thread). check(), every few seconds on its own thread's timer, raises cameraSilent once for a
// camera that has gone quiet for longer than the silence setting (a system alert for the control room) and
// cameraHeard when it speaks again.
class CameraHealth : public QObject {
    Q_OBJECT
public:
    CameraHealth(Clock clock, qint64 silenceMs, QObject* parent = nullptr);

    // A camera expected to report: its silence counts from now until it is first heard.
    void watch(const std::string& code);
    void heard(const std::string& code); // a heartbeat
    void readsArrived(const std::string& code, int count);
    void framesDropped(const std::string& code, qint64 count);
    void reconnecting(const std::string& code, const QString& state);
    void setState(const std::string& code, const QString& state);

    std::vector<CameraStatus> snapshot() const;
    // Raises the silence signals (the timer calls it every 5 s).
    void check();

Q_SIGNALS:
    void cameraSilent(const QString& code, qint64 lastHeardMs);
    void cameraHeard(const QString& code);

private:
    struct Entry {
        CameraStatus status;
        std::array<int, 60> perSecond {}; // reads in each of the last 60 seconds (a ring by second)
        qint64 second = 0; // the second perSecond was last advanced to
        bool announcedSilent = false;
    };
    Entry& entry(const std::string& code, qint64 now); // m_mutex held
    static void advance(Entry& e, qint64 second);

    Clock m_clock;
    qint64 m_silenceMs;
    QTimer m_timer;
    mutable std::mutex m_mutex;
    std::map<std::string, Entry> m_cameras;
};

} // namespace kestrel
