// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"
#include "hotlist/hotlistentry.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>

#include <atomic>
#include <thread>
#include <vector>

namespace kestrel {

class AlertQueueModel;

// kestrel --bench: the console under load, measured as an operator would feel it. Camera reads arrive from
// another thread, each submitted on its own as a camera sends it, until every hotlist entry has an open alert:
//  1. fill: all but the last 200 entries hit as fast as a burst of 500 hits (and 2,000 other reads) a second;
//  2. steady: with the queue that full, the last 200 hit at 20 a second among 1,000 reads a second (a
//     national peak is ~700 reads a second);
//  3. scroll: the whole queue scrolled top to bottom, a step per frame.
// Prints one JSON object: read-to-row latency (engine accepted -> row in the view-model) in each phase and the
// frame times while scrolling.
class ConsoleBench : public QObject {
    Q_OBJECT
public:
    ConsoleBench(
        Engine& engine, const AlertQueueModel& alerts, std::vector<HotlistEntry> hotlist, QObject* parent = nullptr);
    ~ConsoleBench() override;

    // Starts feeding reads; once the queue is full, scrolls the window's alert list (objectName "queue").
    // Quits the application when done.
    void start(QQuickWindow* window);

private:
    void feed(size_t from, size_t to, int hitsPerSecond, int readsBeside);
    void poll();
    void scrollStep();
    void finish();

    Engine& m_engine;
    const AlertQueueModel& m_alerts;
    std::vector<HotlistEntry> m_hotlist;
    size_t m_fillTarget;
    std::thread m_feeder;
    std::atomic<bool> m_stop { false };
    std::atomic<bool> m_filled { false };
    size_t m_fillSamples = 0;
    QElapsedTimer m_clock;
    double m_fillSeconds = 0;
    QPointer<QQuickWindow> m_window;
    QPointer<QQuickItem> m_queue;
    std::vector<double> m_frameMs;
    qint64 m_lastFrameNs = 0;
};

} // namespace kestrel
