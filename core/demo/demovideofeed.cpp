// SPDX-License-Identifier: GPL-3.0-or-later
#include "demovideofeed.h"

#include "cameras/camerahealth.h"
#include "cameras/videosource.h"
#include "trafficvideo.h"

#include <QCoreApplication>
#include <QDebug>

namespace kestrel {

namespace {
class DemoText {
    Q_DECLARE_TR_FUNCTIONS(DemoVideoFeed)
};

struct Abandoned { };
} // namespace

QString DemoVideoFeed::videoPath(const QString& folder)
{
    return folder + QStringLiteral("/demo-traffic.avi");
}

DemoVideoFeed::DemoVideoFeed(
    Engine& engine, CameraHealth& health, QString folder, std::vector<std::string> hotlisted, FrameHub* frames)
    : m_engine(engine)
    , m_health(health)
    , m_folder(std::move(folder))
    , m_hotlisted(std::move(hotlisted))
    , m_frames(frames)
{
}

DemoVideoFeed::~DemoVideoFeed()
{
    m_stopping = true;
    if (m_renderer.joinable())
        m_renderer.join();
    std::lock_guard lock(m_mutex);
    m_source.reset();
}

void DemoVideoFeed::start()
{
    m_renderer = std::thread([this] {
        TrafficVideoOptions options;
        options.seconds = 40;
        options.vehiclesPerMinute = 40;
        options.hotlisted = m_hotlisted;
        options.hotlistedShare = 0.25;
        const QString path = videoPath(m_folder);
        try {
            m_health.setState(camera, DemoText::tr("rendering the demo video"));
            renderTrafficVideo(path, options, [this](int, int) {
                if (m_stopping)
                    throw Abandoned {};
            });
        } catch (const Abandoned&) {
            return;
        } catch (const std::runtime_error& error) {
            qWarning("%s", error.what());
            return;
        }
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        VideoSourceOptions play;
        play.realTime = true;
        play.loop = true;
        play.frames = m_frames;
        m_source = std::make_unique<VideoSource>(camera, path, m_engine, m_health, play);
        m_source->start();
    });
}

} // namespace kestrel
