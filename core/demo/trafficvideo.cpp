// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficvideo.h"

#include "demofeed.h"
#include "vrm/vrm.h"

#include <QRandomGenerator>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace kestrel {

namespace {
constexpr double crossingSeconds = 3.2; // from entering at the top to leaving at the bottom
constexpr int lanes = 2;

// A UK plate as made (520 x 111 mm, drawn at 1 px per mm): black characters on white (front) or yellow (rear),
// the VRM in its display form.
cv::Mat plateImage(const std::string& vrm, bool rear)
{
    cv::Mat plate(111, 520, CV_8UC3, rear ? cv::Scalar(20, 200, 250) : cv::Scalar(245, 245, 245));
    cv::rectangle(plate, { 0, 0, plate.cols, plate.rows }, cv::Scalar(60, 60, 60), 3);
    const std::string text = vrm::displayForm(vrm);
    const int font = cv::FONT_HERSHEY_DUPLEX;
    const int thickness = 11;
    int baseline = 0;
    const cv::Size unit = cv::getTextSize(text, font, 1.0, thickness, &baseline);
    const double scale = std::min(440.0 / unit.width, 72.0 / unit.height);
    const cv::Size size = cv::getTextSize(text, font, scale, thickness, &baseline);
    cv::putText(plate, text, { (plate.cols - size.width) / 2, (plate.rows + size.height) / 2 }, font, scale,
        cv::Scalar(15, 15, 15), thickness, cv::LINE_AA);
    return plate;
}

} // namespace

QByteArray plateJpeg(const std::string& vrm, bool rear)
{
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", plateImage(vrm, rear), jpeg, { cv::IMWRITE_JPEG_QUALITY, 85 });
    return QByteArray(reinterpret_cast<const char*>(jpeg.data()), qsizetype(jpeg.size()));
}

namespace {

void drawRoad(cv::Mat& frame)
{
    frame.setTo(cv::Scalar(70, 72, 74));
    const int w = frame.cols, h = frame.rows;
    cv::rectangle(frame, { 0, 0, w / 8, h }, cv::Scalar(60, 110, 70), cv::FILLED);
    cv::rectangle(frame, { w - w / 8, 0, w / 8, h }, cv::Scalar(60, 110, 70), cv::FILLED);
    for (int y = 0; y < h; y += 90)
        cv::line(frame, { w / 2, y }, { w / 2, y + 45 }, cv::Scalar(220, 220, 220), 6);
}

} // namespace

void TrafficScene::drawVehicle(cv::Mat& frame, const Vehicle& v, double progress)
{
    const int w = frame.cols, h = frame.rows;
    // Nearer the camera (lower in the frame) is larger.
    const double y = -0.35 * h + progress * 1.7 * h;
    const double scale = std::clamp(0.55 + 0.6 * y / h, 0.5, 1.2);
    const int bodyW = int(360 * scale), bodyH = int(300 * scale);
    const int cx = v.lane == 0 ? w * 5 / 16 : w * 11 / 16;
    const cv::Rect body(cx - bodyW / 2, int(y) - bodyH / 2, bodyW, bodyH);
    cv::rectangle(frame, body, v.colour, cv::FILLED);
    cv::rectangle(frame, { body.x + bodyW / 8, body.y + bodyH / 10, bodyW * 3 / 4, bodyH / 3 }, cv::Scalar(40, 35, 30),
        cv::FILLED); // glass
    for (int side : { -1, 1 })
        cv::circle(frame, { cx + side * bodyW * 3 / 8, body.y + bodyH * 7 / 10 }, std::max(4, bodyW / 16),
            cv::Scalar(200, 230, 240), cv::FILLED);
    const int plateW = int(250 * scale), plateH = plateW * 111 / 520;
    const cv::Rect plateRect(cx - plateW / 2, body.y + bodyH * 4 / 5 - plateH / 2, plateW, plateH);
    const cv::Rect visible = plateRect & cv::Rect(0, 0, w, h);
    if (visible.width < plateRect.width || visible.height < plateRect.height)
        return; // half out of the frame: only whole plates are drawn, as a camera's trigger zone would see
    cv::Mat scaled;
    cv::resize(v.plate, scaled, plateRect.size(), 0, 0, cv::INTER_AREA);
    scaled.copyTo(frame(plateRect));
}

TrafficScene::TrafficScene(const TrafficVideoOptions& options)
    : m_options(options)
    , m_frame(options.height, options.width, CV_8UC3)
    , m_noise(m_frame.size(), CV_8UC3)
{
    QRandomGenerator random(options.seed);
    const qint64 durationMs = qint64(options.seconds) * 1000;
    const qint64 crossingMs = qint64(crossingSeconds * 1000);
    const qint64 meanGapMs = qint64(60'000.0 / std::max(options.vehiclesPerMinute, 0.1));
    static const std::array<cv::Scalar, 7> paints
        = { cv::Scalar(40, 40, 180), cv::Scalar(170, 170, 170), cv::Scalar(30, 30, 30), cv::Scalar(200, 200, 200),
              cv::Scalar(150, 80, 30), cv::Scalar(40, 120, 40), cv::Scalar(60, 60, 90) };

    // Schedule: a lane takes its next vehicle only once the last one has gone far enough for the two not to meet.
    std::array<qint64, lanes> laneFree {};
    for (qint64 t = 500; t + crossingMs < durationMs; t += meanGapMs / 2 + random.bounded(int(meanGapMs))) {
        const int lane = random.bounded(lanes);
        const qint64 enter = std::max(t, laneFree[size_t(lane)]);
        if (enter + crossingMs >= durationMs)
            break;
        laneFree[size_t(lane)] = enter + crossingMs * 6 / 10;
        Vehicle v;
        const bool hot = !options.hotlisted.empty() && random.generateDouble() < options.hotlistedShare;
        v.shown.vrm
            = hot ? options.hotlisted[size_t(random.bounded(int(options.hotlisted.size())))] : randomUkVrm(random);
        v.shown.rear = random.bounded(2) == 1;
        v.shown.enterMs = enter;
        v.shown.leaveMs = enter + crossingMs;
        v.lane = lane;
        v.colour = paints[size_t(random.bounded(int(paints.size())))];
        v.plate = plateImage(v.shown.vrm, v.shown.rear);
        m_vehicles.push_back(std::move(v));
    }
    std::sort(m_vehicles.begin(), m_vehicles.end(),
        [](const Vehicle& a, const Vehicle& b) { return a.shown.enterMs < b.shown.enterMs; });
}

TrafficScene::~TrafficScene() = default;

int TrafficScene::frameCount() const
{
    return m_options.seconds * m_options.fps;
}

std::vector<SimulatedVehicle> TrafficScene::vehicles() const
{
    std::vector<SimulatedVehicle> out;
    for (const Vehicle& v : m_vehicles)
        out.push_back(v.shown);
    return out;
}

const cv::Mat& TrafficScene::frame(int index)
{
    const qint64 t = qint64(index) * 1000 / m_options.fps;
    const qint64 crossingMs = qint64(crossingSeconds * 1000);
    drawRoad(m_frame);
    for (const Vehicle& v : m_vehicles)
        if (t >= v.shown.enterMs && t < v.shown.leaveMs)
            drawVehicle(m_frame, v, double(t - v.shown.enterMs) / double(crossingMs));
    // A little sensor noise and softness, so that no two frames are pixel-identical.
    cv::randn(m_noise, 0, 6);
    cv::add(m_frame, m_noise, m_frame);
    cv::GaussianBlur(m_frame, m_frame, { 3, 3 }, 0);
    return m_frame;
}

std::vector<SimulatedVehicle> renderTrafficVideo(
    const QString& path, const TrafficVideoOptions& options, const std::function<void(int, int)>& progress)
{
    TrafficScene scene(options);
    cv::VideoWriter writer(path.toStdString(), cv::CAP_OPENCV_MJPEG, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'),
        options.fps, { options.width, options.height });
    if (!writer.isOpened())
        throw std::runtime_error("cannot write video to " + path.toStdString());
    writer.set(cv::VIDEOWRITER_PROP_QUALITY, 80); // about 1 MB a second at 720p
    const int frames = scene.frameCount();
    for (int i = 0; i < frames; ++i) {
        writer.write(scene.frame(i));
        if (progress)
            progress(i + 1, frames);
    }
    return scene.vehicles();
}

} // namespace kestrel
