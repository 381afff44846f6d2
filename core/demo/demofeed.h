// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hotlist/hotlistentry.h"
#include "store/read.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <string>
#include <vector>

namespace kestrel {

class Engine;
class CameraHealth;
class CameraStore;
class Database;
class HotlistStore;

// A random current-format UK VRM (AB12CDE) that obeys the format's letter rules.
std::string randomUkVrm(QRandomGenerator& random);

// The demo hotlist: count entries (each a different VRM) across the categories. Added to the store when it
// holds none; returns what is on it.
std::vector<HotlistEntry> seedDemoHotlist(HotlistStore& store, qint64 nowMs, int count = 40, quint32 seed = 7);

// Registers the demo's cameras (the demo feed's and the demo video's at videoPath) with names, roads,
// directions and positions around Reading, when the registry holds none.
void seedDemoCameras(CameraStore& cameras, const QString& videoPath);

// A day of past traffic before nowMs, so that the dashboard has something to show: reads at the demo cameras
// following a daily curve (quiet at night; one camera silent for two hours in the afternoon), and hits on the
// hotlist that operators claimed and closed or dispatched. Added only to a database with no reads.
void seedDemoHistory(Database& db, const std::vector<HotlistEntry>& hotlist, qint64 nowMs, quint32 seed = 5);

// Demo traffic: reads of random UK VRMs at a few demo cameras, a few percent of them (sometimes misread)
// hotlisted vehicles, submitted to the engine on a timer.
class DemoFeed : public QObject {
    Q_OBJECT
public:
    // health: told of each read, as a push camera's agent would be heard (none: not told).
    DemoFeed(Engine& engine, std::vector<HotlistEntry> hotlist, double readsPerSecond = 12, double hitShare = 0.03,
        CameraHealth* health = nullptr, quint32 seed = 11);
    void start();
    void stop();

private:
    Read nextRead();

    Engine& m_engine;
    CameraHealth* m_health;
    std::vector<HotlistEntry> m_hotlist;
    double m_hitShare;
    QRandomGenerator m_random;
    QTimer m_timer;
};

} // namespace kestrel
