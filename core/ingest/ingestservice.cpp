// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingestservice.h"

#include "cameras/camerastore.h"
#include "cameras/videosource.h"
#include "engine/engine.h"
#include "pushserver.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace kestrel {

IngestService::IngestService(Engine& engine, QString dbPath, CameraHealth& health, FrameHub* frames, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_dbPath(std::move(dbPath))
    , m_health(health)
    , m_frames(frames)
{
}

IngestService::~IngestService()
{
    stop();
}

bool IngestService::start(const QHostAddress& address, quint16 port, QString* error)
{
    {
        Database db(m_dbPath);
        for (const Camera& camera : CameraStore(db).list()) {
            if (!camera.registered || !camera.enabled)
                continue;
            m_health.watch(camera.code);
            if (!camera.url.isEmpty())
                m_videos.push_back(std::make_unique<VideoSource>(camera.code, camera.url, m_engine, m_health,
                    VideoSourceOptions { .realTime = true, .frames = m_frames }));
        }
    }
    m_server = std::make_unique<PushServer>(m_engine, m_dbPath, m_health);
    if (!m_server->listen(address, port, error)) {
        m_server.reset();
        m_videos.clear();
        return false;
    }
    for (auto& video : m_videos)
        video->start();
    return true;
}

quint16 IngestService::port() const
{
    return m_server ? m_server->port() : 0;
}

void IngestService::stop()
{
    if (!m_server)
        return;
    m_server->drain();
    m_videos.clear(); // each stores the vehicles it still had in view
    m_engine.stop();
    // The engine's last commits were answered through this thread's event loop.
    QDeadlineTimer owed(std::chrono::seconds(5));
    while (m_server->owed() > 0 && !owed.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QDeadlineTimer flush(std::chrono::milliseconds(200));
    while (!flush.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    m_server.reset();
}

} // namespace kestrel
