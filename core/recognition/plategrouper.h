// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recognisedplate.h"

#include <QtGlobal>

#include <any>
#include <map>
#include <string>
#include <vector>

namespace kestrel {

// One vehicle's plate as a camera saw it over consecutive frames.
struct PlateGroup {
    std::string text; // the winner of the vote
    float confidence = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    int frames = 0;
    RecognisedPlate best; // the single most confident sighting of the winning text (its box, for the patch)
    std::any bestFrame; // what the caller gave with the frame of that sighting (its image, its reads ...)
    size_t bestIndex = 0; // the sighting's place among that frame's plates
    std::vector<RecognisedPlate::Alternative> candidates; // the winner first
};

// Folds what one camera reads frame after frame into one read per vehicle, as a camera agent's "group":
// a plate that is near where a group was last seen, or reads much the same, joins it; each frame votes
// for its texts by confidence; a group ends when it has not been seen for gapMs. A group seen in fewer than
// minFrames frames, or whose winning text won less than minConfidence of its frames' evidence (shapes that
// looked like a plate here and there: a grille, a badge, a plate half out of view), is no read.
class PlateGrouper {
public:
    explicit PlateGrouper(qint64 gapMs = 1000, int minFrames = 2, float minConfidence = 0.3f);

    // One frame's plates (any order), and whatever the caller wants back with the group's best sighting (the
    // frame's image, say). Returns the groups that ended before this frame.
    std::vector<PlateGroup> add(qint64 timeMs, const std::vector<RecognisedPlate>& plates, const std::any& frame = {});
    // Ends every open group (the stream stopped).
    std::vector<PlateGroup> finish();
    // When the earliest group still open began (the largest qint64 when none is): frames before it belong only
    // to groups that have ended.
    qint64 openSinceMs() const;

private:
    struct Open {
        std::map<std::string, double> votes;
        qint64 firstMs = 0;
        qint64 lastMs = 0;
        int frames = 0;
        PixelBox lastBox;
        struct Sighting {
            RecognisedPlate plate;
            std::any frame;
            size_t index = 0;
        };
        std::map<std::string, Sighting> bestSighting;
    };
    std::string leader(const Open& group) const;
    bool close(const Open& group, PlateGroup& out) const;

    qint64 m_gapMs;
    int m_minFrames;
    float m_minConfidence;
    std::vector<Open> m_open;
};

} // namespace kestrel
