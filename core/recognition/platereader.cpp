// SPDX-License-Identifier: GPL-3.0-or-later
#include "platereader.h"

#include "vrm/vrm.h"

#include <QFile>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace kestrel {

using recognition::LineText;
using recognition::TextLine;

namespace {
// Rows read before the best are chosen: enough for a plate among signs and badges, few enough to keep
// a 1080p frame inside its time.
constexpr size_t linesToRead = 6;
// Characters whose runner-up is considered when ranking alternatives.
constexpr size_t uncertainCharacters = 5;
// Rows this long or shorter are never read without their first or last character.
constexpr size_t minimumAfterDrop = 4;
// A row read at least this surely, as a plausible plate, ends the search.
constexpr float confidentReading = 0.9f;
// A UK-format text wins over one of no known format when its evidence is at least 1/ukPreference as strong; a
// text laid out as a continental registration is preferred less (foreign cars pass UK cameras, but fewer), so
// that where both fit, the UK reading wins a close call.
constexpr double ukPreference = 1.25;
constexpr double continentalPreference = 1.12;

// Characters drawn alike on many plates (a DIN or FE 0 is an O cut narrower, a 1 an I with a flag): the glyph
// barely tells them apart, the layout of a registration does.
char folded(char c)
{
    return c == 'O' ? '0' : c == 'I' ? '1' : c;
}

struct Reading {
    std::vector<LineText::Character> characters;
    cv::Rect box;
    float lineScore = 0;
};

// Two rows read as one two-line plate (a UK motorcycle or square plate): alike in height, one under
// the other (their boxes may overlap by a third of a row on a plate seen askew), overlapping across.
bool stacked(const cv::Rect& upper, const cv::Rect& lower)
{
    const int h = std::max(upper.height, lower.height);
    const double heightRatio = double(h) / std::min(upper.height, lower.height);
    const int gap = lower.y - (upper.y + upper.height);
    const int overlap = std::min(upper.x + upper.width, lower.x + lower.width) - std::max(upper.x, lower.x);
    return heightRatio <= 1.5 && gap >= -h / 3 && gap <= h && overlap >= 0.5 * std::min(upper.width, lower.width);
}

// How much a reading looks like a plate at all, beyond the network's confidence.
double plausibility(const std::string& text, float lineScore)
{
    const bool digit = std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool letter = std::any_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    const double mixed = digit && letter ? 1.0 : 0.7;
    // Four characters at least, or three laid out as a UK mark (C10); a pair of characters is as often a sign.
    const bool usualLength = text.size() >= 4 || (text.size() == 3 && vrm::classify(text) != vrm::Format::Unknown);
    const double length = usualLength && text.size() <= 9 ? 1.0 : 0.6;
    return mixed * length * (0.5 + 0.5 * lineScore);
}
} // namespace

std::vector<RecognisedPlate::Alternative> PlateReader::alternatives(
    const std::vector<LineText::Character>& characters, int maxCandidates)
{
    struct Enumerated {
        std::string text, key; // key: the text with twins folded
        double logEvidence;
        double preference;
    };
    std::vector<Enumerated> enumerated;
    // The texts characters [from, to) could spell, their least sure characters read as their runners-up;
    // dropped: the log of the evidence that the characters left out are not the plate's.
    const auto spell = [&](size_t from, size_t to, double dropped) {
        std::vector<size_t> uncertain;
        for (size_t i = from; i < to; ++i)
            uncertain.push_back(i);
        std::sort(uncertain.begin(), uncertain.end(),
            [&](size_t a, size_t b) { return characters[a].probability < characters[b].probability; });
        uncertain.resize(std::min(uncertain.size(), uncertainCharacters));
        for (unsigned mask = 0; mask < (1u << uncertain.size()); ++mask) {
            Enumerated e { {}, {}, dropped, 1.0 };
            for (size_t i = from; i < to; ++i) {
                const auto& c = characters[i];
                const auto position = std::find(uncertain.begin(), uncertain.end(), i) - uncertain.begin();
                const bool swapped = size_t(position) < uncertain.size() && (mask >> position) & 1u;
                e.text += swapped ? c.second : c.best;
                e.key += folded(e.text.back());
                e.logEvidence += std::log(std::max(swapped ? c.secondProbability : c.probability, 1e-6f));
            }
            e.preference = vrm::classify(e.text) != vrm::Format::Unknown ? ukPreference
                : vrm::isContinental(e.text)                             ? continentalPreference
                                                                         : 1.0;
            enumerated.push_back(std::move(e));
        }
    };
    const size_t n = characters.size();
    spell(0, n, 0);
    // A mark at either end of the row (an emblem, a band's letter, a screw) may have been read as a character.
    if (n > minimumAfterDrop) {
        spell(1, n, std::log(std::max(1.0f - characters.front().probability, 1e-6f)));
        spell(0, n - 1, std::log(std::max(1.0f - characters.back().probability, 1e-6f)));
    }

    // A text of no known layout lends its evidence to a twin of it that has one: where the reader saw
    // RK34OAO, the plate says RK340AO.
    struct Scored {
        std::string text;
        double rank; // log of the characters' evidence, and of the format preference where it applies
    };
    std::vector<Scored> texts;
    for (const auto& e : enumerated) {
        double logEvidence = e.logEvidence;
        if (e.preference > 1.0)
            for (const auto& other : enumerated)
                if (other.preference == 1.0 && other.key == e.key)
                    logEvidence = std::max(logEvidence, other.logEvidence);
        texts.push_back({ e.text, logEvidence + std::log(e.preference) });
    }
    std::sort(texts.begin(), texts.end(), [](const Scored& a, const Scored& b) { return a.rank > b.rank; });
    std::vector<RecognisedPlate::Alternative> out;
    for (const auto& t : texts) {
        if (int(out.size()) == maxCandidates)
            break;
        if (std::any_of(out.begin(), out.end(), [&](const auto& o) { return o.text == t.text; }))
            continue;
        // Per character, as the reader's own confidence; a UK text's preference shows in it, so the
        // confidences fall in the order of the candidates.
        const double perCharacter = std::exp(t.rank / double(std::max<size_t>(1, n)));
        out.push_back({ t.text, float(std::min(1.0, perCharacter)) });
    }
    return out;
}

std::vector<uchar> PlateReader::builtInModel()
{
    QFile file(QStringLiteral(":/recognition/plate_reader.onnx"));
    file.open(QIODevice::ReadOnly);
    const QByteArray bytes = file.readAll();
    return std::vector<uchar>(bytes.begin(), bytes.end());
}

PlateReader::PlateReader()
    : PlateReader(builtInModel())
{
}

PlateReader::PlateReader(const std::vector<uchar>& model)
    : m_reader(model)
{
}

std::vector<RecognisedPlate> PlateReader::read(const cv::Mat& image, int maxCandidates)
{
    cv::Mat gray;
    if (image.channels() == 1)
        gray = image;
    else
        cv::cvtColor(image, gray, image.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);

    // Rows are read most plate-like first. Once one reads confidently as a whole plate, the rest are left
    // unread (most frames hold one plate and the network is the costliest step), except rows stacked with
    // it, which may be the other line of a two-line plate. Light characters on a dark plate are looked for
    // only when no dark-on-light row read as a plate, and fewer of them: they are rare.
    std::vector<TextLine> lines;
    std::vector<LineText> texts;
    std::vector<cv::Rect> confident;
    const auto readRows = [&](const std::vector<TextLine>& found) {
        for (const TextLine& line : found) {
            const bool pairsWithConfident = std::any_of(confident.begin(), confident.end(),
                [&](const cv::Rect& c) { return stacked(c, line.box) || stacked(line.box, c); });
            if (!confident.empty() && !pairsWithConfident)
                break;
            const cv::Mat crop = gray(recognition::LineReader::cropFor(line.box, gray.size()));
            cv::Mat inverted; // the reader was trained on dark characters
            if (line.lightOnDark)
                cv::bitwise_not(crop, inverted);
            lines.push_back(line);
            texts.push_back(m_reader.read(line.lightOnDark ? inverted : crop));
            if (texts.back().confidence >= confidentReading && plausibility(texts.back().text, 1) == 1)
                confident.push_back(line.box);
        }
    };
    readRows(m_finder.find(gray, linesToRead, false));
    if (confident.empty())
        readRows(m_finder.find(gray, linesToRead / 2, true));

    std::vector<Reading> readings;
    std::vector<bool> joined(lines.size(), false);
    for (size_t upper = 0; upper < lines.size(); ++upper) {
        for (size_t lower = 0; lower < lines.size(); ++lower) {
            if (upper == lower || joined[upper] || joined[lower] || !stacked(lines[upper].box, lines[lower].box))
                continue;
            Reading two { texts[upper].characters, lines[upper].box | lines[lower].box,
                std::max(lines[upper].score, lines[lower].score) };
            two.characters.insert(two.characters.end(), texts[lower].characters.begin(), texts[lower].characters.end());
            readings.push_back(std::move(two));
            joined[upper] = joined[lower] = true;
        }
    }
    for (size_t i = 0; i < lines.size(); ++i)
        if (!joined[i])
            readings.push_back({ texts[i].characters, lines[i].box, lines[i].score });

    std::vector<std::pair<double, RecognisedPlate>> ranked;
    for (const auto& reading : readings) {
        if (reading.characters.size() < 2)
            continue;
        RecognisedPlate plate;
        plate.candidates = alternatives(reading.characters, std::max(1, maxCandidates));
        plate.text = plate.candidates.front().text;
        // The network's evidence, discounted where the row and the text look little like a plate.
        const double discount = plausibility(plate.text, reading.lineScore);
        for (auto& candidate : plate.candidates)
            candidate.confidence = float(candidate.confidence * discount);
        plate.confidence = plate.candidates.front().confidence;
        plate.box = { reading.box.x, reading.box.y, reading.box.width, reading.box.height };
        ranked.emplace_back(plate.confidence, std::move(plate));
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<RecognisedPlate> out;
    for (auto& [score, plate] : ranked)
        if (std::none_of(out.begin(), out.end(), [&](const RecognisedPlate& p) { return p.text == plate.text; }))
            out.push_back(std::move(plate));
    return out;
}

} // namespace kestrel
