// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <opencv2/core.hpp>

#include <functional>
#include <string>
#include <vector>

namespace kestrel {

struct TrafficVideoOptions {
    int seconds = 60;
    int fps = 15;
    int width = 1280;
    int height = 720;
    double vehiclesPerMinute = 30;
    std::vector<std::string> hotlisted; // VRMs to send past now and then (the demo hotlist's)
    double hotlistedShare = 0.2; // of vehicles, when there are hotlisted VRMs
    quint32 seed = 1;
};

// A vehicle the video shows: its plate, front (white) or rear (yellow), and when it is in view.
struct SimulatedVehicle {
    std::string vrm;
    bool rear = false;
    qint64 enterMs = 0;
    qint64 leaveMs = 0;
};

// Synthetic traffic for a camera over a road: vehicles with UK plates driving through the frame, each frame drawn
// on demand (for a file, or a stream that loops).
class TrafficScene {
public:
    explicit TrafficScene(const TrafficVideoOptions& options);
    ~TrafficScene();

    int frameCount() const; // in options.seconds
    std::vector<SimulatedVehicle> vehicles() const; // in the order they appear
    // Frame index (0 .. frameCount - 1), BGR; valid until the next call.
    const cv::Mat& frame(int index);

private:
    struct Vehicle {
        SimulatedVehicle shown;
        int lane = 0;
        cv::Scalar colour;
        cv::Mat plate;
    };
    static void drawVehicle(cv::Mat& frame, const Vehicle& v, double progress);

    TrafficVideoOptions m_options;
    std::vector<Vehicle> m_vehicles;
    cv::Mat m_frame, m_noise;
};

// A UK plate drawn as made (black on white for the front, on yellow for the rear), as a JPEG: the plate patch
// a demo read carries.
QByteArray plateJpeg(const std::string& vrm, bool rear);

// Renders synthetic traffic for a camera over a road: vehicles with UK plates driving through the frame, for
// the demo feed and for tests that need video with known plates. Writes an MJPEG AVI (OpenCV's own writer,
// no codec needed). Returns the vehicles in the order they appear; throws std::runtime_error if the file
// cannot be written. progress(done, total) is called per frame.
std::vector<SimulatedVehicle> renderTrafficVideo(
    const QString& path, const TrafficVideoOptions& options, const std::function<void(int, int)>& progress = {});

} // namespace kestrel
