// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cameras/camerahealth.h"

#include <QHostAddress>
#include <QObject>

#include <memory>
#include <vector>

namespace kestrel {

class Engine;
class FrameHub;
class PushServer;
class VideoSource;

// Everything that brings camera reads into an engine: a worker for each enabled video camera in the registry
// and the push server for camera agents, with every enabled camera's health watched. `kestrelctl serve` hosts
// one headless; the console can host the same in-process.
class IngestService : public QObject {
    Q_OBJECT
public:
    // health: where every camera's health is kept; frames: where video workers show their frames, if anywhere.
    IngestService(
        Engine& engine, QString dbPath, CameraHealth& health, FrameHub* frames = nullptr, QObject* parent = nullptr);
    ~IngestService() override;

    // Starts the video workers and listens for pushes. Returns false (with why in error) if it cannot listen.
    bool start(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const;

    // Stops taking pushes and reading video, has the engine store everything accepted (stopping it), and
    // sends the answers owed to cameras (waiting up to a few seconds for them to go out).
    void stop();

private:
    Engine& m_engine;
    QString m_dbPath;
    CameraHealth& m_health;
    FrameHub* m_frames;
    std::vector<std::unique_ptr<VideoSource>> m_videos;
    std::unique_ptr<PushServer> m_server;
};

} // namespace kestrel
