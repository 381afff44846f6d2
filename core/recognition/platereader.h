// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linefinder.h"
#include "linereader.h"
#include "recognisedplate.h"

#include <opencv2/core.hpp>

#include <memory>
#include <string>
#include <vector>

namespace kestrel {

// Reads number plates from an image: finds rows of characters, reads each with the project's network,
// joins stacked rows into two-line plates, and ranks the texts it considered. UK formats are preferred
// where the glyph evidence is close, but any plate is read. One reader per thread.
class PlateReader {
public:
    // The model built into Kestrel. Throws cv::Exception if it cannot be loaded.
    PlateReader();
    explicit PlateReader(const std::vector<uchar>& model);

    // Plates in a BGR or grayscale image, most confident first, each with up to maxCandidates texts.
    std::vector<RecognisedPlate> read(const cv::Mat& image, int maxCandidates = 10);

    // Texts the characters could spell, best first, at most maxCandidates: each of the least certain
    // characters as read or as its runner-up, a UK-format text ranked up where the evidence is close (and a
    // continental layout less so).
    static std::vector<RecognisedPlate::Alternative> alternatives(
        const std::vector<recognition::LineText::Character>& characters, int maxCandidates);

    // The built-in model's bytes.
    static std::vector<uchar> builtInModel();

private:
    recognition::LineReader m_reader;
};

} // namespace kestrel
