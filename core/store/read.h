// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <string>
#include <vector>

namespace kestrel {

// An alternative text the recogniser also considered for a plate.
struct Candidate {
    std::string vrm;
    float confidence = 0;
};

// One sighting of a VRM by one camera (a capture record).
struct Read {
    qint64 id = 0; // assigned when stored
    std::string vrm; // normalised
    std::string camera; // the camera's code
    qint64 timeMs = 0; // UTC, milliseconds since the epoch
    float confidence = 1; // 0..1
    std::vector<Candidate> candidates;
    QByteArray platePatch; // JPEG, optional; stored apart from the row
    QByteArray overview; // JPEG, optional; stored apart from the row
};

} // namespace kestrel
