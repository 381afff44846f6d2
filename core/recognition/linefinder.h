// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace kestrel::recognition {

// A row of character-like shapes: where a plate's text may be.
struct TextLine {
    cv::Rect box; // tight around the characters
    int characters = 0;
    float score = 0; // how plate-like the row looks before reading it
    bool lightOnDark = false; // light characters on a dark plate: invert before reading
    float ground = 0; // mean brightness (0..255) of the ground between the characters, as the finder saw it
    float slope = 0; // down per across of the line through the characters' centres (a plate seen askew)
};

// Whether two rows may be the lines of one two-line plate (a UK motorcycle or square plate): alike in height, one
// under the other (their boxes may overlap by a third of a row on a plate seen askew), overlapping across.
bool stacked(const cv::Rect& upper, const cv::Rect& lower);

// Finds rows of similar-sized, evenly spaced shapes that stand out from their ground (plate characters) by
// local thresholding and grouping connected components. Knows nothing of any country's plates, so it finds
// the text of any plate (UK white and yellow, European, old black-and-silver, infrared).
class LineFinder {
public:
    // For one grayscale image: scales it once to each size the finder works at, for both kinds of row.
    explicit LineFinder(const cv::Mat& gray);

    // The finder at the sizes between this one's, each 1/√2 of one of them: where a plate's characters are too tall
    // for one size, at the next they may be so small that they run into the plate's frame.
    LineFinder between() const;
    // The finder on the image with its dark tones spread apart (a plate in the dark, its characters a few grey levels
    // off its ground).
    LineFinder brightened() const;

    // Rows of dark characters on a light ground (or, with lightOnDark, of light characters on a dark one), most
    // plate-like first, at most maxLines. Ink is what stands out from its neighbourhood's mean; onSheet, also what
    // stands out from the sheet it is printed on (a small plate in a dark surround, whose mean its surround darkens
    // to its characters' level: costlier, and more strokes touch).
    std::vector<TextLine> find(size_t maxLines, bool lightOnDark = false, bool onSheet = false) const;

private:
    LineFinder() = default;
    void measureNeighbourhoods();

    struct Scaled {
        double scale;
        cv::Mat gray;
        cv::Mat neighbourhood; // each pixel's neighbourhood's mean brightness
    };
    void findAtScale(const Scaled& scaled, bool lightOnDark, bool onSheet, std::vector<TextLine>& out) const;

    cv::Mat m_gray;
    std::vector<Scaled> m_scales;
};

} // namespace kestrel::recognition
