// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kestrel {

class CameraHealth;
class Engine;
class FrameHub;
class VideoSource;

// The demo's video camera: renders synthetic traffic (some vehicles on the demo hotlist) into folder in the
// background, then plays it in real time, looping, through Kestrel's own recognition as camera DEMO-VIDEO,
// so that a newcomer sees moving plates read and raising alerts.
class DemoVideoFeed {
public:
    DemoVideoFeed(Engine& engine, CameraHealth& health, QString folder, std::vector<std::string> hotlisted,
        FrameHub* frames = nullptr);
    ~DemoVideoFeed();

    // The camera the demo video is, and the file it renders the video to in folder.
    static constexpr const char* camera = "DEMO-VIDEO";
    static QString videoPath(const QString& folder);

    void start();

private:
    Engine& m_engine;
    CameraHealth& m_health;
    QString m_folder;
    std::vector<std::string> m_hotlisted;
    FrameHub* m_frames;
    std::atomic<bool> m_stopping { false };
    std::mutex m_mutex;
    std::unique_ptr<VideoSource> m_source;
    std::thread m_renderer;
};

} // namespace kestrel
