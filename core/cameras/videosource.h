// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/clock.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace kestrel {

class CameraHealth;
class Engine;
class FrameHub;

struct VideoSourceOptions {
    // A file is read as fast as recognition goes (no frame lost) unless realTime, when it plays at its own
    // frame rate and, like a live stream, frames recognition cannot keep up with are dropped and counted.
    bool realTime = false;
    bool loop = false; // a file starts again at its end (the demo feed) instead of finishing
    qint64 gapMs = 1000; // a vehicle's plate unseen this long (in video time) has passed: its read is stored
    int minFrames = 2; // a plate read in fewer frames is taken for noise
    int maxBackoffSeconds = 60; // reconnect waits double from 1 s up to this
    FrameHub* frames = nullptr; // where each read frame is shown (640 px wide, with its plates), if anywhere
};

// One camera's video: OpenCV VideoCapture (a file, rtsp://, http:// MJPEG, /dev/videoN) on a capture thread,
// Kestrel's own plate reader on a recognition thread, between them a one-frame mailbox: a live frame that
// arrives while the last is still being read replaces it (counted as dropped) rather than queueing without
// bound. Each vehicle's frames fold into one read (the vote of PlateGrouper) with its plate patch and an
// overview JPEG, submitted to the engine. A stream that fails is reopened with back-off, said on the
// camera's status in CameraHealth.
class VideoSource {
public:
    VideoSource(std::string camera, QString url, Engine& engine, CameraHealth& health, VideoSourceOptions options = {},
        Clock clock = systemClock);
    ~VideoSource();

    void start();
    // Stops reading, stores the vehicles still in view, and returns when both threads have ended.
    void stop();
    // A file that is not looped has been read to its end and every read from it submitted.
    bool finished() const { return m_finished; }

private:
    struct Frame;
    void capture();
    void recognise();
    bool sleepFor(int seconds); // false when stopping

    std::string m_camera;
    QString m_url;
    Engine& m_engine;
    CameraHealth& m_health;
    VideoSourceOptions m_options;
    Clock m_clock;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::unique_ptr<Frame> m_mailbox;
    bool m_captureDone = false;
    bool m_stopping = false;
    std::atomic<bool> m_finished { false };
    std::thread m_captureThread;
    std::thread m_recogniseThread;
};

} // namespace kestrel
