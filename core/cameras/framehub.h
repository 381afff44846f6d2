// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recognition/recognisedplate.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace kestrel {

// A camera's latest frame as recognition saw it, small enough to show on a wall of tiles: 8-bit BGR rows and
// the plates read in it (boxes in this frame's pixels).
struct ShownFrame {
    int width = 0;
    int height = 0;
    QByteArray bgr; // width * height * 3 bytes, rows top to bottom
    std::vector<RecognisedPlate> plates;
};

// Where video workers leave each camera's latest frame (any thread) and the console picks it up: only the
// newest is kept, so a slow screen never holds recognition back.
class FrameHub : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void put(const std::string& camera, ShownFrame frame);
    std::optional<ShownFrame> latest(const QString& camera) const;

Q_SIGNALS:
    // Emitted from the worker's thread; connect with a queued connection to act on it.
    void framePut(const QString& camera);

private:
    mutable std::mutex m_mutex;
    std::map<QString, ShownFrame> m_frames;
};

} // namespace kestrel
