// SPDX-License-Identifier: GPL-3.0-or-later
#include "plategrouper.h"

#include "vrm/vrm.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kestrel {

namespace {
// Texts that differ in at most one place, or only by confusable characters, are one plate misread.
bool similar(const std::string& a, const std::string& b)
{
    if (vrm::substitutions(a, b) >= 0)
        return true;
    if (a.size() != b.size())
        return false;
    int differences = 0;
    for (size_t i = 0; i < a.size(); ++i)
        differences += a[i] != b[i];
    return differences <= 1;
}

// A plate moves between frames, but not by more than about its own width.
bool near(const PixelBox& a, const PixelBox& b)
{
    const double dx = (a.x + a.width / 2.0) - (b.x + b.width / 2.0);
    const double dy = (a.y + a.height / 2.0) - (b.y + b.height / 2.0);
    return std::hypot(dx, dy) <= 1.2 * std::max(a.width, b.width);
}
} // namespace

PlateGrouper::PlateGrouper(qint64 gapMs, int minFrames, float minConfidence)
    : m_gapMs(gapMs)
    , m_minFrames(minFrames)
    , m_minConfidence(minConfidence)
{
}

std::string PlateGrouper::leader(const Open& group) const
{
    return std::max_element(group.votes.begin(), group.votes.end(), [](const auto& a, const auto& b) {
        return a.second < b.second;
    })->first;
}

bool PlateGrouper::close(const Open& group, PlateGroup& out) const
{
    if (group.frames < m_minFrames)
        return false;
    std::vector<std::pair<double, std::string>> ranked;
    for (const auto& [text, votes] : group.votes)
        ranked.emplace_back(votes, text);
    std::sort(ranked.rbegin(), ranked.rend());
    out.text = ranked.front().second;
    out.confidence = float(std::min(1.0, ranked.front().first / group.frames));
    if (out.confidence < m_minConfidence)
        return false;
    out.firstMs = group.firstMs;
    out.lastMs = group.lastMs;
    out.frames = group.frames;
    // The sharpest sighting that read the winning text; if the winner only ever came second, the sharpest.
    const auto sharpest = group.bestSighting.find(out.text);
    const auto& best = sharpest != group.bestSighting.end()
        ? sharpest->second
        : std::max_element(group.bestSighting.begin(), group.bestSighting.end(), [](const auto& a, const auto& b) {
              return a.second.plate.confidence < b.second.plate.confidence;
          })->second;
    out.best = best.plate;
    out.bestFrame = best.frame;
    out.bestIndex = best.index;
    for (const auto& [votes, text] : ranked)
        out.candidates.push_back({ text, float(std::min(1.0, votes / group.frames)) });
    return true;
}

std::vector<PlateGroup> PlateGrouper::add(
    qint64 timeMs, const std::vector<RecognisedPlate>& plates, const std::any& frame)
{
    std::vector<PlateGroup> ended;
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (timeMs - it->lastMs > m_gapMs) {
            PlateGroup group;
            if (close(*it, group))
                ended.push_back(std::move(group));
            it = m_open.erase(it);
        } else {
            ++it;
        }
    }

    std::vector<bool> seenThisFrame(m_open.size(), false);
    for (size_t index = 0; index < plates.size(); ++index) {
        const RecognisedPlate& plate = plates[index];
        // The open group this plate continues: one that reads alike first, else one where it was.
        Open* match = nullptr;
        for (size_t i = 0; i < m_open.size() && !match; ++i)
            if (!seenThisFrame[i] && similar(leader(m_open[i]), plate.text))
                match = &m_open[i];
        for (size_t i = 0; i < m_open.size() && !match; ++i)
            if (!seenThisFrame[i] && near(m_open[i].lastBox, plate.box))
                match = &m_open[i];
        if (!match) {
            m_open.push_back({ {}, timeMs, timeMs, 0, plate.box, {} });
            seenThisFrame.push_back(false);
            match = &m_open.back();
        }
        seenThisFrame[size_t(match - m_open.data())] = true;
        if (plate.candidates.empty())
            match->votes[plate.text] += plate.confidence;
        for (const auto& candidate : plate.candidates)
            match->votes[candidate.text] += candidate.confidence;
        auto& best = match->bestSighting[plate.text];
        if (plate.confidence > best.plate.confidence)
            best = { plate, frame, index };
        match->lastMs = timeMs;
        match->lastBox = plate.box;
        ++match->frames;
    }
    return ended;
}

qint64 PlateGrouper::openSinceMs() const
{
    qint64 since = std::numeric_limits<qint64>::max();
    for (const auto& open : m_open)
        since = std::min(since, open.firstMs);
    return since;
}

std::vector<PlateGroup> PlateGrouper::finish()
{
    std::vector<PlateGroup> ended;
    for (const auto& open : m_open) {
        PlateGroup group;
        if (close(open, group))
            ended.push_back(std::move(group));
    }
    m_open.clear();
    return ended;
}

} // namespace kestrel
