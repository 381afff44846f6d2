// SPDX-License-Identifier: GPL-3.0-or-later
#include "linereader.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace kestrel::recognition {

namespace {
// Class 0 is the CTC blank; then these, in this order (as train_reader.py).
constexpr std::string_view alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
// Columns of padding the network is given past the crop's end.
constexpr int padding = 32;
} // namespace

LineReader::LineReader(const std::vector<uchar>& model)
    : m_net(cv::dnn::readNetFromONNX(model))
    , m_input(std::vector<int> { 1, 1, inputHeight, inputWidth }, CV_32F)
{
    m_net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    m_net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
}

cv::Rect LineReader::cropFor(const cv::Rect& line, const cv::Size& image)
{
    const int vertical = int(std::lround(0.15 * line.height));
    const int horizontal = int(std::lround(0.35 * line.height));
    const cv::Rect grown(
        line.x - horizontal, line.y - vertical, line.width + 2 * horizontal, line.height + 2 * vertical);
    return grown & cv::Rect(cv::Point(0, 0), image);
}

LineText LineReader::read(const cv::Mat& gray, double stretch)
{
    // As plates.fit and plates.standardise in training: height 32 keeping the aspect (squeezed if wider than 160),
    // padded on the right by repeating the last column, then scaled to zero mean and unit spread.
    const int width = std::max(1, int(std::lround(stretch * double(gray.cols) * inputHeight / gray.rows)));
    const int interpolation = gray.rows > inputHeight ? cv::INTER_AREA : cv::INTER_LINEAR;
    cv::Mat sized;
    const int filled = std::min(width, inputWidth);
    cv::resize(gray, sized, cv::Size(filled, inputHeight), 0, 0, interpolation);
    if (sized.cols < inputWidth)
        cv::copyMakeBorder(sized, sized, 0, 0, 0, inputWidth - sized.cols, cv::BORDER_REPLICATE);
    cv::Mat plane(inputHeight, inputWidth, CV_32F, m_input.ptr<float>());
    sized.convertTo(plane, CV_32F, 1.0 / 255);
    cv::Scalar mean, spread;
    cv::meanStdDev(plane, mean, spread);
    plane = (plane - mean[0]) / std::max(spread[0], 0.05);

    // The network sees a few characters' width (its reach) each side of a column, so past the crop's end it needs no
    // more of the padding than that: a narrower input reads the crop as the full one does, in less time.
    const int fed = std::min(inputWidth, (filled + padding + 31) / 32 * 32);
    cv::Mat input = m_input;
    if (fed < inputWidth) {
        input = cv::Mat(std::vector<int> { 1, 1, inputHeight, fed }, CV_32F);
        plane.colRange(0, fed).copyTo(cv::Mat(inputHeight, fed, CV_32F, input.ptr<float>()));
    }
    m_net.setInput(input, "image");
    const cv::Mat out = m_net.forward("logits"); // [1, classes, 1, steps] of log-probabilities
    const int classes = out.size[1];
    const int steps = out.size[3];
    // Each step sees an equal share of the network's input, of which the crop filled the first `filled` columns.
    const double cropPerStep = double(gray.cols) / filled * double(fed) / steps;
    const auto at = [&](int c, int t) { return out.ptr<float>(0, c)[t]; };

    // Greedy CTC: the likeliest class at each step; repeats collapse and blanks separate characters. Each
    // character keeps the probability of its strongest step and the runner-up character there.
    LineText line;
    int previous = 0;
    for (int t = 0; t < steps; ++t) {
        int best = 0;
        for (int c = 1; c < classes; ++c)
            if (at(c, t) > at(best, t))
                best = c;
        if (best != 0) {
            int runnerUp = best == 1 ? 2 : 1;
            for (int c = 1; c < classes; ++c)
                if (c != best && at(c, t) > at(runnerUp, t))
                    runnerUp = c;
            const LineText::Character here { alphabet[size_t(best - 1)], std::exp(at(best, t)),
                alphabet[size_t(runnerUp - 1)], std::exp(at(runnerUp, t)), float((t + 0.5) * cropPerStep) };
            if (best != previous)
                line.characters.push_back(here);
            else if (here.probability > line.characters.back().probability)
                line.characters.back() = here;
        }
        previous = best;
    }
    return LineText::of(std::move(line.characters));
}

LineText LineText::of(std::vector<Character> characters)
{
    LineText line;
    line.characters = std::move(characters);
    double logSum = 0;
    for (const auto& c : line.characters) {
        line.text += c.best;
        logSum += std::log(std::max(c.probability, 1e-6f));
    }
    line.confidence = line.characters.empty() ? 0.0f : float(std::exp(logSum / double(line.characters.size())));
    return line;
}

LineText LineText::slice(size_t from, size_t to) const
{
    return of({ characters.begin() + long(from), characters.begin() + long(to) });
}

} // namespace kestrel::recognition
