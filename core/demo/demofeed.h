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
class HotlistStore;

// A random current-format UK VRM (AB12CDE) that obeys the format's letter rules.
std::string randomUkVrm(QRandomGenerator& random);

// The demo hotlist: a few dozen entries across the categories, some with confusable characters so that
// possible misreads show. Added to the store when it holds none; returns what is on it.
std::vector<HotlistEntry> seedDemoHotlist(HotlistStore& store, qint64 nowMs, quint32 seed = 7);

// Demo traffic: reads of random UK VRMs at a few demo cameras, a few percent of them (sometimes misread)
// hotlisted vehicles, submitted to the engine on a timer.
class DemoFeed : public QObject {
    Q_OBJECT
public:
    DemoFeed(Engine& engine, std::vector<HotlistEntry> hotlist, double readsPerSecond = 12, double hitShare = 0.03,
        quint32 seed = 11);
    void start();
    void stop();

private:
    Read nextRead();

    Engine& m_engine;
    std::vector<HotlistEntry> m_hotlist;
    double m_hitShare;
    QRandomGenerator m_random;
    QTimer m_timer;
};

} // namespace kestrel
