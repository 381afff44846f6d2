// SPDX-License-Identifier: GPL-3.0-or-later
#include "linefinder.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <numeric>

namespace kestrel::recognition {

namespace {
// Character heights the finder looks for, in pixels at the scale it works at. Below ~9 px no reader
// can tell 8 from B; the upper bound keeps a shop sign or a badge from counting as a row.
constexpr int minCharHeight = 9;
constexpr double maxCharHeightShare = 0.33; // of the image height

// The finder's first scale: about 1280 px wide, a big frame shrunk, a small image enlarged (by half again at most)
// so that soft, small characters come apart.
double firstScale(const cv::Mat& gray)
{
    return std::min(1.5, 1280.0 / gray.cols);
}

struct Blob {
    cv::Rect box;
    int characters; // more than one where neighbouring characters touch
    float ground; // mean brightness of the non-ink pixels in its box
};

// The window a pixel is compared with to tell whether it is ink: a character or two, so that a plate's ground sets
// the local level whatever the light across the image. Ink differs from the window's mean by inkContrast at least.
constexpr int neighbourhood = 31;
constexpr int inkContrast = 10;
// Strokes narrower than this are filled in to see the sheet they lie on: a character's at the scales the finder works
// at.
constexpr int strokeWidth = 7;

// Longer than any stroke of a character at the scales the finder works at (the halved passes take the
// big characters).
constexpr int longLine = 45;

// The pixels of ink lying in runs of at least length along lines of the given slope (down per across): level, a
// morphological opening by a 1 x length line in one pass; sloping, the frame of a plate seen askew, each line a
// staircase across the image, one row lower every 1/slope columns. Ink is 255, its ground 0.
cv::Mat longRuns(const cv::Mat& ink, int length, double slope = 0)
{
    // The stretches of columns where a line runs level, and how far it has dropped there.
    struct Level {
        int from, to, drop;
    };
    std::vector<Level> levels;
    for (int x = 0; x < ink.cols; ++x) {
        const int drop = int(std::lround(slope * x));
        if (levels.empty() || levels.back().drop != drop)
            levels.push_back({ x, x, drop });
        levels.back().to = x + 1;
    }
    const int lowest = std::min(levels.front().drop, levels.back().drop);
    const int highest = std::max(levels.front().drop, levels.back().drop);
    cv::Mat out = cv::Mat::zeros(ink.size(), CV_8UC1);
    // Each line that crosses the image, through (x, start + its drop at x).
    for (int start = -highest; start < ink.rows - lowest; ++start) {
        int runFrom = -1;
        const auto runEnds = [&](int x) {
            if (runFrom >= 0 && x - runFrom >= length)
                for (const Level& level : levels)
                    if (level.to > runFrom && level.from < x)
                        std::fill(out.ptr<uchar>(start + level.drop) + std::max(level.from, runFrom),
                            out.ptr<uchar>(start + level.drop) + std::min(level.to, x), uchar(255));
            runFrom = -1;
        };
        for (const Level& level : levels) {
            const int y = start + level.drop;
            if (y < 0 || y >= ink.rows) {
                runEnds(level.from);
                continue;
            }
            // Where the next ink or ground begins: memchr looks at many bytes at a time.
            const uchar* in = ink.ptr<uchar>(y);
            const auto next = [&](int x, uchar value) {
                const void* at = std::memchr(in + x, value, size_t(level.to - x));
                return at ? int(static_cast<const uchar*>(at) - in) : level.to;
            };
            for (int x = level.from; x < level.to;) {
                if (runFrom < 0) {
                    x = next(x, 255);
                    if (x == level.to)
                        break;
                    runFrom = x;
                }
                x = next(x, 0);
                if (x < level.to)
                    runEnds(x);
            }
        }
        runEnds(ink.cols);
    }
    return out;
}

int root(std::vector<int>& parent, int i)
{
    while (parent[size_t(i)] != i)
        i = parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
    return i;
}

// The mean brightness of the ground in a box: its pixels that are not ink.
float groundOf(const cv::Mat& gray, const cv::Mat& ink, const cv::Rect& box)
{
    cv::Mat ground;
    cv::bitwise_not(ink(box), ground);
    return float(cv::mean(gray(box), ground)[0]);
}

// Dark-on-light contrast of a row on its ground: how much darker its characters are than the ground around them.
float contrast(const cv::Mat& gray, const cv::Mat& ink, const cv::Rect& box, float ground)
{
    return float(std::clamp((ground - cv::mean(gray(box), ink(box))[0]) / 128.0, 0.0, 1.0));
}

// The slope (down per across) of the line through the characters' centres, by least squares.
float slopeOf(const std::vector<cv::Point2d>& centres)
{
    double mx = 0, my = 0;
    for (const auto& c : centres) {
        mx += c.x;
        my += c.y;
    }
    mx /= double(centres.size());
    my /= double(centres.size());
    double across = 0, both = 0;
    for (const auto& c : centres) {
        across += (c.x - mx) * (c.x - mx);
        both += (c.x - mx) * (c.y - my);
    }
    return across > 0 ? float(both / across) : 0.0f;
}

// Shapes or rows whose grounds differ by more than this (of 255) are not on one plate: a plate is one sheet,
// and a badge, sticker or lamp beside it is not. The strictest value that cost nothing on a synthetic
// development set (training fonts, all countries, seed 7), where shadows and glare cross plates.
constexpr float sameGround = 60;

// Rows side by side on one line, alike in height, that belong together (as `together` says, given the gap
// between them, negative where they overlap) are joined into one.
template <typename Together> void joinRows(std::vector<TextLine>& rows, Together together)
{
    for (bool joined = true; joined;) {
        joined = false;
        for (size_t i = 0; i < rows.size() && !joined; ++i) {
            for (size_t j = 0; j < rows.size() && !joined; ++j) {
                const cv::Rect &a = rows[i].box, &b = rows[j].box;
                const int h = std::max(a.height, b.height);
                // Level with each other once the rows' slope is allowed for (b lies that much lower along it).
                const float slope
                    = (rows[i].slope * float(rows[i].characters) + rows[j].slope * float(rows[j].characters))
                    / float(rows[i].characters + rows[j].characters);
                const int drop = int(std::lround(slope * ((b.x + b.width / 2.0) - (a.x + a.width / 2.0))));
                const int overlap = std::min(a.y + a.height, b.y - drop + b.height) - std::max(a.y, b.y - drop);
                if (i == j || b.x < a.x || double(h) / std::min(a.height, b.height) > 1.3
                    || overlap < 0.6 * std::min(a.height, b.height) || rows[i].characters + rows[j].characters > 10
                    || !together(rows[i], rows[j], b.x - (a.x + a.width), h))
                    continue;
                rows[i] = { a | b, rows[i].characters + rows[j].characters, std::max(rows[i].score, rows[j].score),
                    rows[i].lightOnDark, (rows[i].ground + rows[j].ground) / 2, slope };
                rows.erase(rows.begin() + long(j));
                joined = true;
            }
        }
    }
}

// The groups of one plate (AB12 and CDE) are one row even where the gap between them, or an emblem or sticker
// in it, kept them apart, or each was found at a different scale: rows close together on a like ground join.
void joinSideBySide(std::vector<TextLine>& rows)
{
    joinRows(rows, [](const TextLine& a, const TextLine& b, int gap, int h) {
        return gap >= -h / 4 && gap <= 2 * h && std::abs(a.ground - b.ground) <= sameGround;
    });
}

// Rows fitted to their plate that run into each other are on one sheet, whatever shadow lies across it and
// kept their grounds apart; one row found twice (mostly overlapping) is not joined to itself.
void joinWhereFitsMeet(std::vector<TextLine>& rows)
{
    joinRows(rows, [](const TextLine& a, const TextLine& b, int gap, int) {
        return gap < 0 && (a.box & b.box).area() < 0.5 * std::min(a.box.area(), b.box.area());
    });
}

// A row's extent along its plate. Columns with some of the plate's ground in them (the light between,
// above and below the characters) are the plate; a run of columns without (the plate's edge, its holder, the
// body between it and a badge or sticker) ends it. Within that extent the row runs from its first to its last
// column of ink: a character touching the frame, lost with it by the finder, comes back; a sticker or lamp
// joined to the row from off the plate goes. Rows whose ground cannot be told are left as they are.
void fitToPlate(const cv::Mat& gray, TextLine& line)
{
    const cv::Rect box = line.box;
    const int h = box.height;
    const int reach = h; // a character lost at the plate's end lies within a character's height of the row
    const int strip = std::max(1, int(std::lround(0.1 * h)));
    const cv::Rect image(cv::Point(), gray.size());
    const cv::Rect rows(box.x - reach, box.y - strip - 1, box.width + 2 * reach, h + 2 * strip + 2);
    const cv::Rect span = rows & image;
    if (span.y != rows.y || span.height != rows.height || h < 6)
        return;
    cv::Mat band;
    cv::blur(gray(span), band, cv::Size(3, 3));
    if (line.lightOnDark)
        cv::bitwise_not(band, band);
    const int top = box.y - span.y; // the characters' first row in band
    cv::Mat lightest, darkest;
    cv::reduce(band, lightest, 0, cv::REDUCE_MAX);
    const cv::Mat characters = band.rowRange(top, top + h);
    cv::reduce(characters, darkest, 0, cv::REDUCE_MIN);

    // The plate's ground and ink as the middle third of the row shows them.
    const int middleFrom = box.x - span.x + box.width / 3, middleTo = box.x - span.x + 2 * box.width / 3;
    std::vector<float> grounds, inks;
    for (int x = middleFrom; x < middleTo; ++x) {
        grounds.push_back(float(lightest.at<uchar>(0, x)));
        inks.push_back(darkest.at<uchar>(0, x));
    }
    if (grounds.empty())
        return;
    std::nth_element(grounds.begin(), grounds.begin() + long(grounds.size() / 2), grounds.end());
    std::nth_element(inks.begin(), inks.begin() + long(inks.size() / 2), inks.end());
    const float ground = grounds[grounds.size() / 2], ink = inks[inks.size() / 2];
    if (ground - ink < 40)
        return;
    const uchar inkLevel = uchar(ink + 0.4f * (ground - ink));

    // Out from the middle each way while the ground goes on, following it as light and shade change it
    // slowly across the plate (a plate's edge is a sudden fall); the farthest column of character ink on it.
    const int gapAllowed = std::max(2, int(0.4 * h)); // wider than a bold stem, narrower than an edge
    const auto edge = [&](int step, int limit) {
        int x = (middleFrom + middleTo) / 2, lastInk = x;
        float level = ground;
        for (int gap = 0; x != limit && gap <= gapAllowed; x += step) {
            const float here = float(lightest.at<uchar>(0, x));
            gap = here >= ink + 0.7f * (level - ink) ? 0 : gap + 1;
            if (gap > 0)
                continue;
            level += 0.15f * (here - level);
            if (darkest.at<uchar>(0, x) <= inkLevel)
                lastInk = x;
        }
        return lastInk;
    };
    const int left = edge(-1, -1), right = edge(1, span.width);
    if (right - left + 1 < box.width / 2)
        return; // the ground broke up inside the row: not one sheet the finder can follow
    line.box = cv::Rect(span.x + left, box.y, right - left + 1, h);
}
} // namespace

void LineFinder::findAtScale(const Scaled& scaled, bool lightOnDark, bool onSheet, std::vector<TextLine>& out) const
{
    const double scale = scaled.scale;
    cv::Mat gray; // never written: it is the scaled image, or that inverted
    if (lightOnDark)
        cv::bitwise_not(scaled.gray, gray);
    else
        gray = scaled.gray;

    // Ink: pixels clearly darker (or, for light characters, lighter) than the ground around them. The ground is the
    // neighbourhood's mean, or where a stroke lies on a lighter sheet, the sheet itself (the image with strokes
    // thinner than strokeWidth filled in): a small plate in a dark bumper has a mean near its characters', but its
    // characters stand out from the sheet they are printed on.
    cv::Mat ink, ground = scaled.neighbourhood;
    if (onSheet) {
        const cv::Mat stroke = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(strokeWidth, strokeWidth));
        cv::Mat sheet;
        cv::morphologyEx(scaled.gray, sheet, lightOnDark ? cv::MORPH_OPEN : cv::MORPH_CLOSE, stroke);
        if (lightOnDark)
            cv::min(sheet, ground, ground);
        else
            cv::max(sheet, ground, ground);
    }
    if (lightOnDark)
        cv::subtract(scaled.gray, ground, ink);
    else
        cv::subtract(ground, scaled.gray, ink);
    cv::threshold(ink, ink, inkContrast - 1, 255, cv::THRESH_BINARY);
    // A plate's frame, its edges and the bumper around it are long straight lines, longer than any stroke
    // of a character at this scale; where characters touch them they would join into one shape. Lift them
    // out of the ink first.
    cv::Mat across = longRuns(ink, longLine), upright, inkUpright;
    cv::transpose(ink, inkUpright);
    cv::transpose(longRuns(inkUpright, longLine), upright);
    ink -= across | upright;
    // Seen askew, a frame is a staircase of short runs. Characters stand apart from it at the first scale, but
    // the thin gap between them closes at the smaller ones: there the frame is lifted out along its slope.
    if (scale < firstScale(m_gray))
        for (double slope : { -0.2, -0.1, 0.1, 0.2 })
            ink -= longRuns(ink, longLine, slope);

    // The shapes of ink, each with its box and area, gathered in one pass over the labels (OpenCV's own statistics
    // cost several times the labelling).
    cv::Mat labels;
    const int count = cv::connectedComponents(ink, labels, 8, CV_32S);
    struct Extent {
        int left = INT_MAX, top = INT_MAX, right = -1, bottom = -1, area = 0;
    };
    std::vector<Extent> extents(size_t(std::max(count, 1)));
    for (int y = 0; y < labels.rows; ++y) {
        const int* row = labels.ptr<int>(y);
        for (int x = 0; x < labels.cols; ++x) {
            if (!row[x])
                continue;
            Extent& e = extents[size_t(row[x])];
            e.left = std::min(e.left, x);
            e.right = std::max(e.right, x);
            e.top = std::min(e.top, y);
            e.bottom = y;
            ++e.area;
        }
    }
    // Characters as tall as a long run lost their strokes to it: the halved passes find them whole.
    const int maxHeight = std::min(int(gray.rows * maxCharHeightShare), longLine - 4);
    std::vector<Blob> blobs;
    for (int i = 1; i < count; ++i) {
        const Extent& e = extents[size_t(i)];
        const cv::Rect box(e.left, e.top, e.right - e.left + 1, e.bottom - e.top + 1);
        const int area = e.area;
        const double fill = double(area) / box.area();
        // A character: taller than wide (W and M in a condensed face are nearly square), neither a
        // hairline nor a solid block. Bold, tightly spaced or blurred characters touch: a shape up to a few
        // characters wide is taken as that many.
        if (box.height < minCharHeight || box.height > maxHeight || box.width < 2 || box.width > box.height * 2.6
            || fill < 0.15 || fill > 0.92)
            continue;
        const int characters
            = box.width > box.height * 1.1 ? std::max(2, int(std::lround(box.width / (0.62 * box.height)))) : 1;
        blobs.push_back({ box, characters, groundOf(gray, ink, box) });
    }
    std::sort(blobs.begin(), blobs.end(), [](const Blob& a, const Blob& b) { return a.box.x < b.box.x; });

    // Join neighbours that could be consecutive characters of one line: alike in height, close together,
    // on one line that may slope (a plate seen at an angle) by up to about 17 degrees.
    std::vector<int> parent(blobs.size());
    std::iota(parent.begin(), parent.end(), 0);
    for (size_t i = 0; i < blobs.size(); ++i) {
        const cv::Rect& a = blobs[i].box;
        for (size_t j = i + 1; j < blobs.size(); ++j) {
            const cv::Rect& b = blobs[j].box;
            const int h = std::max(a.height, b.height);
            if (b.x > a.x + a.width + h * 1.3)
                break;
            const double heightRatio = double(h) / std::min(a.height, b.height);
            const double centreGap = std::abs((a.y + a.height / 2.0) - (b.y + b.height / 2.0));
            const double across = (b.x + b.width / 2.0) - (a.x + a.width / 2.0);
            if (heightRatio <= 1.3 && centreGap <= std::max(0.25 * h, 0.3 * across) && b.x >= a.x + a.width - 0.25 * h
                && std::abs(blobs[i].ground - blobs[j].ground) <= sameGround)
                parent[size_t(root(parent, int(j)))] = root(parent, int(i));
        }
    }

    std::vector<std::vector<size_t>> groups(blobs.size());
    for (size_t i = 0; i < blobs.size(); ++i)
        groups[size_t(root(parent, int(i)))].push_back(i);
    for (const auto& group : groups) {
        if (group.empty())
            continue;
        std::vector<int> heights;
        for (size_t i : group)
            heights.push_back(blobs[i].box.height);
        std::nth_element(heights.begin(), heights.begin() + long(heights.size() / 2), heights.end());
        const int median = heights[heights.size() / 2];
        cv::Rect box;
        int shapes = 0, characters = 0;
        double sum = 0, sumSquares = 0;
        std::vector<cv::Point2d> centres;
        for (size_t i : group) {
            const cv::Rect& b = blobs[i].box;
            if (b.height < 0.75 * median)
                continue; // punctuation, a hyphen, a bolt head
            box = shapes++ ? (box | b) : b;
            characters += blobs[i].characters;
            sum += b.height;
            sumSquares += double(b.height) * b.height;
            centres.emplace_back(b.x + b.width / 2.0, b.y + b.height / 2.0);
        }
        if (characters < 2 || shapes < 2)
            continue; // two characters are kept as a fragment: a group of a plate kept apart by an emblem
        const double mean = sum / shapes;
        const double spread = std::sqrt(std::max(0.0, sumSquares / shapes - mean * mean)) / mean;
        // Plates carry 4 to 10 characters a line; regular heights; dark on a light ground (light characters
        // on a dark plate are rare).
        const float countScore = characters >= 4 && characters <= 10 ? 1.0f : 0.6f;
        const float ground = groundOf(gray, ink, box);
        const float score = countScore * float(std::exp(-4 * spread)) * contrast(gray, ink, box, ground);
        const double back = 1.0 / scale;
        out.push_back({ cv::Rect(int(box.x * back), int(box.y * back), int(std::ceil(box.width * back)),
                            int(std::ceil(box.height * back))),
            characters, lightOnDark ? score * 0.9f : score, lightOnDark, ground, slopeOf(centres) });
    }
}

bool stacked(const cv::Rect& upper, const cv::Rect& lower)
{
    const int h = std::max(upper.height, lower.height);
    const double heightRatio = double(h) / std::min(upper.height, lower.height);
    const int gap = lower.y - (upper.y + upper.height);
    const int overlap = std::min(upper.x + upper.width, lower.x + lower.width) - std::max(upper.x, lower.x);
    return heightRatio <= 1.5 && gap >= -h / 3 && gap <= h && overlap >= 0.5 * std::min(upper.width, lower.width);
}

LineFinder::LineFinder(const cv::Mat& gray)
    : m_gray(gray)
{
    // Halved passes after the first find characters too big for it (a plate close to the camera, a motorcycle
    // plate's big characters).
    const double scale = firstScale(gray);
    cv::Mat first = gray;
    if (scale < 1) {
        // Shrunk as an average over each new pixel's area would be (a box 1/scale wide has this spread), but at a
        // fifth of the cost: OpenCV's area resize is slow at a ratio that is not a whole number (3.4 ms for a 1080p
        // frame against 0.6 ms for a blur and a bilinear resize).
        cv::GaussianBlur(gray, first, cv::Size(), 0.29 / scale);
        cv::resize(first, first, cv::Size(), scale, scale, cv::INTER_LINEAR);
    } else if (scale > 1) {
        cv::resize(gray, first, cv::Size(), scale, scale, cv::INTER_LINEAR);
    }
    m_scales.push_back({ scale, first, {} });
    for (double smaller = scale / 2; gray.rows * smaller >= 180; smaller /= 2) {
        // The first halved from the image itself (the first scale may have enlarged it), the rest each from the one
        // before, cheaply.
        const bool fromImage = m_scales.size() == 1;
        const double factor = fromImage ? smaller : 0.5;
        cv::Mat half;
        cv::resize(fromImage ? gray : m_scales.back().gray, half, cv::Size(), factor, factor,
            factor < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
        m_scales.push_back({ smaller, half, {} });
    }
    measureNeighbourhoods();
}

LineFinder LineFinder::between() const
{
    LineFinder finder;
    finder.m_gray = m_gray;
    for (const Scaled& scaled : m_scales) {
        if (m_gray.rows * scaled.scale * M_SQRT1_2 < 180)
            break;
        cv::Mat smaller;
        cv::resize(scaled.gray, smaller, cv::Size(), M_SQRT1_2, M_SQRT1_2, cv::INTER_LINEAR);
        finder.m_scales.push_back({ scaled.scale * M_SQRT1_2, smaller, {} });
    }
    finder.measureNeighbourhoods();
    return finder;
}

LineFinder LineFinder::brightened() const
{
    // Gamma 0.5: a dark plate's 3 and 15 become 28 and 62.
    static const cv::Mat lut = [] {
        cv::Mat table(1, 256, CV_8U);
        for (int i = 0; i < 256; ++i)
            table.at<uchar>(i) = cv::saturate_cast<uchar>(255.0 * std::sqrt(i / 255.0));
        return table;
    }();
    LineFinder finder;
    finder.m_gray = m_gray;
    for (const Scaled& scaled : m_scales) {
        cv::Mat bright;
        cv::LUT(scaled.gray, lut, bright);
        finder.m_scales.push_back({ scaled.scale, bright, {} });
    }
    finder.measureNeighbourhoods();
    return finder;
}

void LineFinder::measureNeighbourhoods()
{
    for (Scaled& scaled : m_scales)
        cv::boxFilter(scaled.gray, scaled.neighbourhood, CV_8U, cv::Size(neighbourhood, neighbourhood),
            cv::Point(-1, -1), true, cv::BORDER_REPLICATE | cv::BORDER_ISOLATED);
}

std::vector<TextLine> LineFinder::find(size_t maxLines, bool lightOnDark, bool onSheet) const
{
    const cv::Mat& gray = m_gray;
    std::vector<TextLine> lines;
    // On the sheet, only the first scale: the plates whose mean the surround darkens are the small ones.
    for (size_t i = 0; i < (onSheet ? 1 : m_scales.size()); ++i)
        findAtScale(m_scales[i], lightOnDark, onSheet, lines);

    joinSideBySide(lines);
    // A fragment that joined nothing is not a row (three characters at least), unless it lies over or under a
    // row as the other line of a two-line plate does (OID over 4194, where the I touched the D).
    const auto lineOfTwo = [&](const TextLine& fragment) {
        return std::any_of(lines.begin(), lines.end(), [&](const TextLine& row) {
            return row.characters >= 3 && (stacked(row.box, fragment.box) || stacked(fragment.box, row.box));
        });
    };
    std::vector<TextLine> rows;
    for (const auto& line : lines)
        if (line.characters >= 3 || lineOfTwo(line))
            rows.push_back(line);
    lines = std::move(rows);
    for (auto& line : lines)
        fitToPlate(gray, line);
    joinWhereFitsMeet(lines);
    std::sort(lines.begin(), lines.end(), [](const TextLine& a, const TextLine& b) { return a.score > b.score; });
    // One row found twice (at both scales, or in part) is kept once: the most plate-like, unless the other
    // holds it and is much wider (the whole of a plate where the other found one group of it). Rows of much
    // different heights are both kept, for the reader to tell which is the plate's: whole characters or their
    // pieces (a tall, condensed X breaks at its crossing), the characters alone or with the plate's rim or the
    // body they touched at a smaller scale.
    std::vector<TextLine> kept;
    for (const auto& line : lines) {
        const auto same = std::find_if(kept.begin(), kept.end(), [&](const TextLine& k) {
            return (k.box & line.box).area() > 0.5 * std::min(k.box.area(), line.box.area());
        });
        const bool room = kept.size() < maxLines;
        if (same == kept.end()) {
            if (room)
                kept.push_back(line);
        } else if (std::max(line.box.height, same->box.height) >= 1.4 * std::min(line.box.height, same->box.height)) {
            if (room)
                kept.push_back(line);
        } else if (line.box.width >= 1.3 * same->box.width && (same->box & line.box).area() >= 0.8 * same->box.area()) {
            *same = { line.box, line.characters, same->score, line.lightOnDark, line.ground, line.slope };
        }
    }
    return kept;
}

} // namespace kestrel::recognition
