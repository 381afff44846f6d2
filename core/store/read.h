// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>
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
    std::string direction; // of travel, as the camera reports it ("towards", "away", "northbound"); may be empty
    std::optional<double> latitude, longitude; // where the camera was, when it says (mobile cameras move)
    // What the camera saw of the vehicle, when it says (for make/model/colour checks); each may be empty.
    struct Vehicle {
        std::string colour, make, model, body;
        bool empty() const { return colour.empty() && make.empty() && model.empty() && body.empty(); }
    } vehicle;
    QByteArray platePatch; // JPEG, optional; stored apart from the row
    QByteArray overview; // JPEG, optional; stored apart from the row
};

} // namespace kestrel
