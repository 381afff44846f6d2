// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cameras/camerahealth.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace kestrel {

class Engine;
class PushServer;
class VideoSource;

// Everything that brings camera reads into an engine: a worker for each enabled video camera in the registry
// and the push server for camera agents, with every enabled camera's health watched. `kestrelctl serve` hosts
// one headless; the console can host the same in-process.
class IngestService : public QObject {
    Q_OBJECT
public:
    IngestService(Engine& engine, QString dbPath, QObject* parent = nullptr);
    ~IngestService() override;

    // Starts the video workers and listens for pushes. Returns false (with why in error) if it cannot listen.
    bool start(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const;
    CameraHealth& health() { return m_health; }

    // Stops taking pushes and reading video, has the engine store everything accepted (stopping it), and
    // sends the answers owed to cameras (waiting up to a few seconds for them to go out).
    void stop();

private:
    Engine& m_engine;
    QString m_dbPath;
    CameraHealth m_health;
    QTimer m_healthCheck;
    std::vector<std::unique_ptr<VideoSource>> m_videos;
    std::unique_ptr<PushServer> m_server;
};

} // namespace kestrel
