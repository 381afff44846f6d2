// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

#include <string>
#include <vector>

namespace kestrel::recognition {

// What the reader made of one line of characters.
struct LineText {
    struct Character {
        char best = 0;
        float probability = 0;
        char second = 0; // the runner-up at the same place, 0 if none
        float secondProbability = 0;
        float x = 0; // where along the crop (its pixels from the left) the network saw it most surely
    };
    std::string text;
    float confidence = 0; // geometric mean of the characters' probabilities
    std::vector<Character> characters;

    // The reading of characters [from, to) alone.
    LineText slice(size_t from, size_t to) const;
    // The reading of these characters: their text and confidence.
    static LineText of(std::vector<Character> characters);
};

// Reads one line of plate characters with the project's own network (trained by
// core/recognition/training/train_reader.py): grayscale crop in, CTC-decoded text out.
class LineReader {
public:
    static constexpr int inputHeight = 32;
    static constexpr int inputWidth = 160;

    // model: the ONNX file's bytes. Throws cv::Exception if it cannot be loaded.
    explicit LineReader(const std::vector<uchar>& model);

    // gray: a crop around one line, as cropFor() cuts it around LineFinder's box; stretch: how much wider than its
    // own aspect the network sees it.
    LineText read(const cv::Mat& gray, double stretch = 1.0);

    // The crop around a line's tight box that the network was trained on.
    static cv::Rect cropFor(const cv::Rect& line, const cv::Size& image);

private:
    cv::dnn::Net m_net;
    cv::Mat m_input;
};

} // namespace kestrel::recognition
