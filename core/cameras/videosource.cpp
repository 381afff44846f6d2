// SPDX-License-Identifier: GPL-3.0-or-later
#include "videosource.h"

#include "camerahealth.h"
#include "engine/engine.h"
#include "framehub.h"
#include "recognition/plategrouper.h"
#include "recognition/platereader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <algorithm>
#include <chrono>

namespace kestrel {

namespace {
class VideoText {
    Q_DECLARE_TR_FUNCTIONS(VideoSource)
};

QByteArray jpeg(const cv::Mat& image, int quality)
{
    std::vector<uchar> bytes;
    cv::imencode(".jpg", image, bytes, { cv::IMWRITE_JPEG_QUALITY, quality });
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

// The plate with a margin, as the small patch a read keeps; and the scene, 640 px wide, as its overview.
QByteArray platePatch(const cv::Mat& frame, const PixelBox& box)
{
    const int mx = box.width / 8, my = box.height / 4;
    const cv::Rect rect = cv::Rect(box.x - mx, box.y - my, box.width + 2 * mx, box.height + 2 * my)
        & cv::Rect(0, 0, frame.cols, frame.rows);
    if (rect.empty())
        return {};
    cv::Mat patch = frame(rect);
    if (patch.cols > 240)
        cv::resize(patch, patch, {}, 240.0 / patch.cols, 240.0 / patch.cols, cv::INTER_AREA);
    return jpeg(patch, 85);
}

// The frame as a wall tile shows it: 640 px wide at most, with the plates' boxes in its pixels.
ShownFrame shown(const cv::Mat& frame, std::vector<RecognisedPlate> plates)
{
    cv::Mat small = frame;
    const double scale = frame.cols > 640 ? 640.0 / frame.cols : 1.0;
    if (scale < 1)
        cv::resize(frame, small, {}, scale, scale, cv::INTER_AREA);
    if (!small.isContinuous() || small.type() != CV_8UC3)
        small = small.clone();
    for (RecognisedPlate& plate : plates)
        plate.box = { int(plate.box.x * scale), int(plate.box.y * scale), int(plate.box.width * scale),
            int(plate.box.height * scale) };
    return { small.cols, small.rows,
        QByteArray(reinterpret_cast<const char*>(small.data), qsizetype(small.total() * small.elemSize())),
        std::move(plates) };
}

QByteArray overview(const cv::Mat& frame)
{
    cv::Mat small = frame;
    if (frame.cols > 640)
        cv::resize(frame, small, {}, 640.0 / frame.cols, 640.0 / frame.cols, cv::INTER_AREA);
    return jpeg(small, 70);
}

// OpenCV opens a V4L2 device by its number, a network stream (rtsp://, http:// MJPEG) through FFmpeg, and a
// file with whichever backend reads it.
bool open(cv::VideoCapture& capture, const QString& url)
{
    if (url.startsWith(QLatin1String("/dev/video"))) {
        bool numeric = false;
        const int index = url.mid(10).toInt(&numeric);
        if (numeric)
            return capture.open(index, cv::CAP_V4L2);
    }
    return capture.open(url.toStdString(), url.contains(QLatin1String("://")) ? cv::CAP_FFMPEG : cv::CAP_ANY);
}
} // namespace

struct VideoSource::Frame {
    cv::Mat image;
    qint64 timeMs = 0;
};

VideoSource::VideoSource(
    std::string camera, QString url, Engine& engine, CameraHealth& health, VideoSourceOptions options, Clock clock)
    : m_camera(std::move(camera))
    , m_url(std::move(url))
    , m_engine(engine)
    , m_health(health)
    , m_options(options)
    , m_clock(std::move(clock))
{
}

VideoSource::~VideoSource()
{
    stop();
}

void VideoSource::start()
{
    m_captureThread = std::thread([this] { capture(); });
    m_recogniseThread = std::thread([this] { recognise(); });
}

void VideoSource::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_captureThread.joinable())
        m_captureThread.join();
    if (m_recogniseThread.joinable())
        m_recogniseThread.join();
}

bool VideoSource::sleepFor(int seconds)
{
    std::unique_lock lock(m_mutex);
    return !m_changed.wait_for(lock, std::chrono::seconds(seconds), [this] { return m_stopping; });
}

void VideoSource::capture()
{
    const bool file = QFileInfo(m_url).isFile();
    const bool live = !file || m_options.realTime;
    int backoff = 1;
    cv::Mat image;
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                break;
        }
        cv::VideoCapture video;
        if (!open(video, m_url)) {
            m_health.reconnecting(m_camera, VideoText::tr("cannot open the stream; trying again in %1 s").arg(backoff));
            if (!sleepFor(backoff))
                break;
            backoff = std::min(backoff * 2, m_options.maxBackoffSeconds);
            continue;
        }
        m_health.setState(m_camera, VideoText::tr("reading"));
        const double fps = video.get(cv::CAP_PROP_FPS) > 0 ? video.get(cv::CAP_PROP_FPS) : 25.0;
        // A file's frames are timed from when it began to be read, by its own clock; a stream's by arrival.
        const qint64 startMs = m_clock();
        const auto startedAt = std::chrono::steady_clock::now();
        qint64 frameNumber = 0;
        bool stopping = false;
        while (video.read(image)) {
            backoff = 1;
            const qint64 videoMs = qint64(double(frameNumber++) * 1000.0 / fps);
            if (file && m_options.realTime)
                std::this_thread::sleep_until(startedAt + std::chrono::milliseconds(videoMs));
            auto frame = std::make_unique<Frame>(Frame { image.clone(), file ? startMs + videoMs : m_clock() });
            std::unique_lock lock(m_mutex);
            if (!live) // a file not played in real time loses nothing: wait for the reader
                m_changed.wait(lock, [this] { return !m_mailbox || m_stopping; });
            if (m_stopping) {
                stopping = true;
                break;
            }
            if (m_mailbox)
                m_health.framesDropped(m_camera, 1);
            m_mailbox = std::move(frame);
            lock.unlock();
            m_changed.notify_all();
        }
        if (stopping)
            break;
        if (file && !m_options.loop) {
            m_health.setState(m_camera, VideoText::tr("finished: the file has been read to its end"));
            break;
        }
        if (!file) {
            m_health.reconnecting(m_camera, VideoText::tr("the stream stopped; reconnecting in %1 s").arg(backoff));
            if (!sleepFor(backoff))
                break;
            backoff = std::min(backoff * 2, m_options.maxBackoffSeconds);
        }
    }
    {
        std::lock_guard lock(m_mutex);
        m_captureDone = true;
    }
    m_changed.notify_all();
}

void VideoSource::recognise()
{
    PlateReader reader;
    PlateGrouper grouper(m_options.gapMs, m_options.minFrames);
    const auto submit = [this](std::vector<PlateGroup> groups) {
        if (groups.empty())
            return;
        std::vector<Read> reads;
        for (const PlateGroup& group : groups) {
            const cv::Mat& frame = std::any_cast<const cv::Mat&>(group.bestFrame);
            Read read;
            read.vrm = group.text;
            read.camera = m_camera;
            read.timeMs = group.firstMs;
            read.confidence = group.confidence;
            for (const auto& candidate : group.candidates)
                read.candidates.push_back({ candidate.text, candidate.confidence });
            read.platePatch = platePatch(frame, group.best.box);
            read.overview = overview(frame);
            reads.push_back(std::move(read));
        }
        const int count = int(reads.size());
        // The engine's queue holds a hundred thousand reads; if even that is full, wait rather than lose these.
        while (m_engine.submit(reads) == Engine::Submitted::QueueFull)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        m_health.readsArrived(m_camera, count);
    };
    for (;;) {
        std::unique_ptr<Frame> frame;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_mailbox || m_captureDone; });
            if (!m_mailbox)
                break; // the capture has ended and every frame it gave has been read
            frame = std::move(m_mailbox);
        }
        m_changed.notify_all();
        const auto plates = reader.read(frame->image, 5);
        if (m_options.frames && frame->image.type() == CV_8UC3)
            m_options.frames->put(m_camera, shown(frame->image, plates));
        submit(grouper.add(frame->timeMs, plates, frame->image));
    }
    submit(grouper.finish());
    m_finished = true;
}

} // namespace kestrel
