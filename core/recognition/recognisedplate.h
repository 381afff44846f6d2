// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace kestrel {

// A rectangle in image pixels.
struct PixelBox {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
};

// One plate the recogniser found in an image: its best text, how sure it is, where it is, and the
// other texts it considered, best first.
struct RecognisedPlate {
    struct Alternative {
        std::string text;
        float confidence = 0;
    };
    std::string text;
    float confidence = 0; // 0..1
    PixelBox box;
    std::vector<Alternative> candidates; // includes text itself, first
};

} // namespace kestrel
