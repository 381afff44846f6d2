// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolebench.h"

#include "alertqueuemodel.h"

#include "demo/demofeed.h"
#include "stats/percentile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

namespace kestrel {

namespace {
// The item called name among root's visual descendants (a Loader's item is one, though not a QObject child).
QQuickItem* findItem(QQuickItem* root, const QString& name)
{
    if (!root || root->objectName() == name)
        return root;
    for (QQuickItem* child : root->childItems())
        if (QQuickItem* found = findItem(child, name))
            return found;
    return nullptr;
}
} // namespace

ConsoleBench::ConsoleBench(
    Engine& engine, const AlertQueueModel& alerts, std::vector<HotlistEntry> hotlist, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_alerts(alerts)
    , m_hotlist(std::move(hotlist))
    , m_fillTarget(m_hotlist.size() > 400 ? m_hotlist.size() - 200 : m_hotlist.size() / 2)
{
}

ConsoleBench::~ConsoleBench()
{
    m_stop = true;
    if (m_feeder.joinable())
        m_feeder.join();
}

void ConsoleBench::start(QQuickWindow* window)
{
    m_window = window;
    m_clock.start();
    m_feeder = std::thread([this] {
        feed(0, m_fillTarget, 500, 4);
        while (!m_filled && !m_stop)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        feed(m_fillTarget, m_hotlist.size(), 20, 49);
    });
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        poll();
        if (m_queue)
            timer->stop();
    });
    timer->start(10);
}

void ConsoleBench::feed(size_t from, size_t to, int hitsPerSecond, int readsBeside)
{
    QRandomGenerator random(quint32(from) + 3);
    const auto interval = std::chrono::nanoseconds(1'000'000'000LL / hitsPerSecond);
    auto next = std::chrono::steady_clock::now();
    for (size_t i = from; i < to && !m_stop; ++i) {
        std::vector<Read> reads(size_t(1 + readsBeside));
        for (size_t r = 0; r < reads.size(); ++r) {
            reads[r].vrm = r == 0 ? m_hotlist[i].vrm : randomUkVrm(random);
            reads[r].camera = "BENCH-" + std::to_string(r % 8);
            reads[r].timeMs = m_engine.clock()();
        }
        // Each read is submitted as its camera would send it: on its own.
        for (auto& read : reads)
            while (m_engine.submit({ read }) == Engine::Submitted::QueueFull && !m_stop)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        next += interval;
        std::this_thread::sleep_until(next);
    }
}

void ConsoleBench::poll()
{
    const size_t rows = size_t(m_alerts.rowCount());
    if (!m_filled && rows >= m_fillTarget) {
        m_fillSamples = m_alerts.readToRowMs().size();
        m_fillSeconds = double(m_clock.elapsed()) / 1000.0;
        m_filled = true;
    }
    if (rows < m_hotlist.size())
        return;
    m_queue = findItem(m_window->contentItem(), QStringLiteral("queue"));
    if (!m_queue) {
        std::fprintf(stderr, "the alert queue is not on screen: nothing to scroll\n");
        QCoreApplication::exit(1);
        return;
    }
    connect(m_window, &QQuickWindow::frameSwapped, this, &ConsoleBench::scrollStep);
    m_window->update();
}

void ConsoleBench::scrollStep()
{
    const qint64 now = steadyNanoseconds();
    if (m_lastFrameNs > 0)
        m_frameMs.push_back(double(now - m_lastFrameNs) / 1e6);
    m_lastFrameNs = now;
    // A brisk scroll: 30 px a frame, as a held-down arrow key or a wheel would move it.
    const double contentY = m_queue->property("contentY").toDouble();
    const double contentHeight = m_queue->property("contentHeight").toDouble();
    if (contentY + m_queue->height() >= contentHeight - 1 || m_frameMs.size() >= 3000) {
        disconnect(m_window, &QQuickWindow::frameSwapped, this, &ConsoleBench::scrollStep);
        QTimer::singleShot(0, this, &ConsoleBench::finish);
        return;
    }
    m_queue->setProperty("contentY", contentY + 30);
    m_window->update();
}

void ConsoleBench::finish()
{
    const auto& all = m_alerts.readToRowMs();
    std::vector<double> fill(all.begin(), all.begin() + qsizetype(m_fillSamples));
    std::vector<double> steady(all.begin() + qsizetype(m_fillSamples), all.end());
    std::vector<double> frames = m_frameMs;
    const auto over = std::count_if(frames.begin(), frames.end(), [](double ms) { return ms > 33.4; });
    const QJsonObject result {
        { QStringLiteral("alerts"), m_alerts.rowCount() },
        { QStringLiteral("fill_alerts"), int(fill.size()) },
        { QStringLiteral("fill_s"), m_fillSeconds },
        { QStringLiteral("fill_read_to_row_ms_p50"), percentile(fill, 50) },
        { QStringLiteral("fill_read_to_row_ms_p99"), percentile(fill, 99) },
        { QStringLiteral("steady_alerts"), int(steady.size()) },
        { QStringLiteral("steady_read_to_row_ms_p50"), percentile(steady, 50) },
        { QStringLiteral("steady_read_to_row_ms_p99"), percentile(steady, 99) },
        { QStringLiteral("steady_read_to_row_ms_max"), steady.empty() ? 0.0 : steady.back() },
        { QStringLiteral("scroll_frames"), int(frames.size()) },
        { QStringLiteral("frame_ms_p50"), percentile(frames, 50) },
        { QStringLiteral("frame_ms_p99"), percentile(frames, 99) },
        { QStringLiteral("frame_ms_max"), frames.empty() ? 0.0 : frames.back() },
        { QStringLiteral("frames_over_33ms"), int(over) },
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace kestrel
