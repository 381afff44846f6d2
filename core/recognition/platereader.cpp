// SPDX-License-Identifier: GPL-3.0-or-later
#include "platereader.h"

#include "vrm/vrm.h"

#include <QFile>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace kestrel {

using recognition::LineText;
using recognition::stacked;
using recognition::TextLine;

namespace {
// Rows read before the best are chosen: enough for a plate among signs and badges, few enough to keep
// a 1080p frame inside its time.
constexpr size_t linesToRead = 6;
// Characters whose runner-up is considered when ranking alternatives.
constexpr size_t uncertainCharacters = 5;
// Rows this long or shorter are never read without their first or last character.
constexpr size_t minimumAfterDrop = 4;
// A row read at least this surely may be one with characters the finder left out (next to a shadow's edge, on
// the plate's rim, past a gap it did not bridge); two rows read at least this surely may be one plate's lines.
constexpr float fairReading = 0.5f;
// A character found beyond a row's ends is taken into it when read at least this surely.
constexpr float sureCharacter = 0.9f;
// What a reading is worth that read differently with more room around the row: a plate's characters read the
// same however they are cropped, texture taken for characters does not (of the rows a synthetic development
// set's plates gave, 2% read differently; of other rows read fairly, over half).
constexpr double unsteadyReading = 0.8;
// A line of a two-line plate has no more characters than this.
constexpr size_t longestLine = 4;
// From one line of a two-line plate to the next, in the characters' height as a row's box gives it: the usual pitch,
// then a closer one (where the box took in more than the characters).
constexpr double linePitches[] = { 1.25, 1.0 };
// No plate has more characters than this: a longer row is not one plate.
constexpr size_t longestPlate = 9;
// A character between others read less surely than this may be a mark between the plate's groups (left out only
// where that is likelier, which it never is for a surer one).
constexpr float weakCharacter = 0.6f;
// A character found beyond a row's ends read at least this surely is taken into it where the row then reads as a
// registration of a known layout.
constexpr float fairCharacter = 0.5f;
// A row read at least this surely, as a plausible plate, ends the search.
constexpr float confidentReading = 0.9f;
// A UK-format text wins over one of no known format when its evidence is at least 1/ukPreference as strong; a
// text laid out as a continental registration is preferred less (foreign cars pass UK cameras, but fewer), so
// that where both fit, the UK reading wins a close call.
constexpr double ukPreference = 1.25;
constexpr double continentalPreference = 1.05;
// By likelihood(): none, continental, UK.
constexpr double preferences[] = { 1.0, continentalPreference, ukPreference };

// Characters drawn alike on many plates (a DIN or FE 0 is an O cut narrower, a 1 an I with a flag): the glyph
// barely tells them apart, the layout of a registration does.
char folded(char c)
{
    return c == 'O' ? '0' : c == 'I' ? '1' : c;
}

std::string foldedText(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), folded);
    return text;
}

bool isUk(const std::string& text)
{
    return vrm::classify(text) != vrm::Format::Unknown;
}

// How much a reading looks like a plate at all, beyond the network's confidence.
double plausibility(const std::string& text, float lineScore)
{
    const bool digit = std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool letter = std::any_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    const double mixed = digit && letter ? 1.0 : 0.7;
    // Four characters at least, or three laid out as a UK mark (C10); a pair of characters is as often a sign.
    const bool usualLength = text.size() >= 4 || (text.size() == 3 && isUk(text));
    const double length = usualLength && text.size() <= longestPlate ? 1.0 : 0.6;
    return mixed * length * (0.5 + 0.5 * lineScore);
}

// A row as read, whether it has been read again with more room about it (checked) and read the same (steady), and the
// text it had when its other line was last looked for (none if never).
struct Row {
    TextLine line;
    LineText text;
    bool checked = false;
    bool steady = true;
    std::string lookedWith = {};
};

LineText readBox(
    recognition::LineReader& reader, const cv::Mat& gray, const cv::Rect& box, bool lightOnDark, double stretch = 1.0)
{
    const cv::Rect area = recognition::LineReader::cropFor(box, gray.size());
    cv::Mat inverted; // the reader was trained on dark characters
    if (lightOnDark)
        cv::bitwise_not(gray(area), inverted);
    LineText text = reader.read(lightOnDark ? inverted : gray(area), stretch);
    for (auto& c : text.characters)
        c.x += float(area.x); // in the image
    return text;
}

// Where a row's characters are, as the reader placed them: narrower than a row the finder ran on past the plate
// (over a lamp, a badge, the body), wider where a read with more room took in a character beyond the row's end, and
// there as much higher or lower as the row's slope takes it (the L of WH14 XYL seen askew, its foot cut off level).
cv::Rect characterBox(const Row& row)
{
    const cv::Rect& box = row.line.box;
    if (row.text.characters.empty())
        return box;
    const float half = 0.35f * float(box.height); // half a character's width, about
    const int left = int(std::floor(row.text.characters.front().x - half));
    const int right = int(std::ceil(row.text.characters.back().x + half));
    const float slope = row.line.slope;
    const float before = float(std::max(0, box.x - left)), past = float(std::max(0, right - box.x - box.width));
    const int top = box.y - int(std::ceil(std::max(slope * before, -slope * past)));
    const int bottom = box.y + box.height + int(std::ceil(std::max(slope * past, -slope * before)));
    return { left, top, std::max(1, right - left), bottom - top };
}

cv::Rect rect(const PixelBox& box)
{
    return { box.x, box.y, box.width, box.height };
}

// Whether one row lies over the other, as two lines of a plate would.
bool overOrUnder(const cv::Rect& a, const cv::Rect& b)
{
    return stacked(a, b) || stacked(b, a);
}

// How likely a text's layout is on a UK road: a UK registration's most (2), a continental one's less (1), none's least.
int likelihood(const std::string& text)
{
    return isUk(text) ? 2 : vrm::isContinental(text) ? 1 : 0;
}

bool hasLayout(const std::string& text)
{
    return likelihood(text) > 0;
}

// How surely a character was read, its lookalike's share counted with its own (the 0 or O of O 933, the A or 4 of
// WW65 LKA).
float sureness(const LineText::Character& c)
{
    return vrm::confusableClass(c.second) == vrm::confusableClass(c.best) ? c.probability + c.secondProbability
                                                                          : c.probability;
}

// Where `shorter` is `longer` with characters left out (twins aside), where they were in `longer`; none otherwise.
std::optional<std::vector<size_t>> leftOut(const LineText& longer, const LineText& shorter)
{
    const std::string a = foldedText(longer.text), b = foldedText(shorter.text);
    if (b.size() >= a.size())
        return std::nullopt;
    std::vector<size_t> out;
    size_t matched = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        if (matched < b.size() && a[i] == b[matched])
            ++matched;
        else
            out.push_back(i);
    }
    if (matched != b.size())
        return std::nullopt;
    return out;
}

// Whether `second` is `first` less characters, one of which `first` read surely: anywhere, or only between two others
// (a narrow I or O the network passed over: MIR 987 read as MR987).
bool losesSureCharacter(const LineText& first, const LineText& second, bool anywhere)
{
    const auto lost = leftOut(first, second);
    return lost && std::any_of(lost->begin(), lost->end(), [&](size_t i) {
        return sureness(first.characters[i]) >= sureCharacter
            && (anywhere || (i > 0 && i + 1 < first.characters.size()));
    });
}

// Whether `second` is `first` with characters more, each read surely: ones the network passed over in the first reading
// (the narrow I of MIR 9832; the D and the E of D86 ENJ).
bool addsSureCharacters(const LineText& first, const LineText& second)
{
    const auto added = leftOut(second, first);
    return added && std::all_of(added->begin(), added->end(), [&](size_t i) {
        return sureness(second.characters[i]) >= sureCharacter;
    });
}

// Where a row's characters lie in a second reading of it: [at, past) of its characters.
struct Span {
    size_t at, past;
};

// Where the reading spells the row's characters, twins aside (the O of BU56 OSW read as 0 with more room).
std::optional<Span> spelled(const LineText& reading, const LineText& own)
{
    const size_t at = foldedText(reading.text).find(foldedText(own.text));
    if (at == std::string::npos)
        return std::nullopt;
    return Span { at, at + own.characters.size() };
}

// Or the characters the reading has where the row's lie (to half a character past its ends; h, the row's height),
// where as many as the row's once those read weakly are left out: one of them read otherwise with more room (the 5 of
// FS05 TVW read as S), or a mark between them read as a character (the 1 between A and M of B86 PAM).
std::optional<Span> placed(const LineText& reading, const LineText& own, int h)
{
    const auto& first = own.characters.front();
    const auto& last = own.characters.back();
    const float half
        = own.characters.size() > 1 ? (last.x - first.x) / float(own.characters.size() - 1) / 2 : 0.35f * float(h);
    Span span { reading.characters.size(), 0 };
    size_t counted = 0;
    for (size_t i = 0; i < reading.characters.size(); ++i) {
        const auto& c = reading.characters[i];
        if (c.x < first.x - half || c.x > last.x + half)
            continue;
        span.at = std::min(span.at, i);
        span.past = i + 1;
        counted += c.probability >= weakCharacter ? 1 : 0;
    }
    if (counted != own.characters.size())
        return std::nullopt;
    return span;
}

// Where the reading has the row's characters: where it spells them, else where they lie.
std::optional<Span> located(const LineText& reading, const LineText& own, int h)
{
    if (auto span = spelled(reading, own))
        return span;
    return placed(reading, own, h);
}

// Reads a row again with a character's height more room each side. The sure characters it finds there next to the
// row's belong to the row: ones the finder left out (next to a shadow's edge, on the plate's rim, past a gap it did
// not bridge); fairly sure ones too where the row then reads as a registration of a known layout. Where some were
// found, it reads on beyond them, round after round (a group the finder left out whole: VYG of BG04 VYG). A first
// reading that does not hold gives way to the second where that is confident and surer, and is unsteady otherwise.
// The row is one line of a plate whose other lines read before and after (none for a one-line plate): the layout is
// the whole plate's.
void check(
    recognition::LineReader& reader, const cv::Mat& gray, Row& row, const std::string& before, const std::string& after)
{
    row.checked = true;
    const int h = row.line.box.height;
    // On a plate seen askew the characters beyond the row's ends lie above or below it, along its slope (the A of
    // WW65 LKA, cut off at the foot and read as 4).
    const int rise = int(std::lround(std::abs(row.line.slope) * h));
    const auto readAround = [&](const cv::Rect& box) {
        return readBox(
            reader, gray, { box.x - h, box.y - rise, box.width + 2 * h, box.height + 2 * rise }, row.line.lightOnDark);
    };
    LineText wider = readAround(row.line.box);
    std::optional<Span> span = spelled(wider, row.text);
    if (!span) {
        // The second reading of the row's span (to under half a character past its ends), where confident and surer
        // than the first, is the row's: the first took a blot past the plate's edge for a character (NPS 123F), or
        // misread a dim plate (SOW 32P as G0W321P); where confident, also when no surer, if it is the first with
        // characters more that it read surely (the narrow I of MIR 9832 the first passed over, the D and E of D86 ENJ).
        // Not where it lacks a character the first read surely between two others, nor where the plate then reads as no
        // registration and read as one (GZK 6 read again as GZK).
        const cv::Rect& box = row.line.box;
        const float left = float(box.x) - 0.4f * float(h), right = float(box.x + box.width) + 0.4f * float(h);
        size_t from = 0, to = wider.characters.size();
        while (from < to && wider.characters[from].x < left)
            ++from;
        while (to > from && wider.characters[to - 1].x > right)
            --to;
        LineText second = wider.slice(from, to);
        const bool losesLayout = hasLayout(before + row.text.text + after) && !hasLayout(before + second.text + after);
        if (losesLayout || losesSureCharacter(row.text, second, false) || second.characters.size() < 2
            || second.confidence < confidentReading
            || (second.confidence <= row.text.confidence && !addsSureCharacters(row.text, second))) {
            row.steady = false;
            span = placed(wider, row.text, h);
            if (!span)
                return;
        } else {
            row.text = std::move(second);
            span = Span { from, to };
        }
    }
    // Each round reads on around the row as grown and takes in a character at least; the characters beyond the row's
    // own are those of the latest round, read with the most room about them (the W of BU56 OSW, read as V at the end
    // of the first). No plate is longer than longestPlate.
    const LineText own = row.text;
    // The row's characters as the row read them, and those next to them in the latest round read at least this surely,
    // out to the first that is not; past one weak character each side where one read so surely lies beyond it, which is
    // left out (a mark between groups, or a character read as two: the Z between K and A of WW65 LKA).
    const auto spread = [&](float least) {
        const auto& read = wider.characters;
        const long end = long(read.size());
        const auto outward = [&](long i, long step) {
            std::vector<LineText::Character> taken;
            for (bool skipped = false; i >= 0 && i < end; i += step) {
                const float p = sureness(read[size_t(i)]);
                if (p >= least)
                    taken.push_back(read[size_t(i)]);
                else if (!skipped && p < weakCharacter && i + step >= 0 && i + step < end
                    && read[size_t(i + step)].probability >= least)
                    skipped = true;
                else
                    break;
            }
            return taken;
        };
        std::vector<LineText::Character> kept = outward(long(span->at) - 1, -1);
        std::reverse(kept.begin(), kept.end());
        kept.insert(kept.end(), own.characters.begin(), own.characters.end());
        const auto right = outward(long(span->past), 1);
        kept.insert(kept.end(), right.begin(), right.end());
        return LineText::of(std::move(kept));
    };
    // Once the row reads as a UK registration, the rounds' outcome is the last that reads as one of any layout: not
    // a mark beyond the plate's edge taken in (the emblem on the band before UJ07 LDT, read as B), though a round may
    // pass through a text of none on its way to the rest of the plate (LV74 X on the way to LV74 XJY).
    bool uk = isUk(before + own.text + after);
    LineText accepted = own;
    for (; span; span = located(wider, own, h)) {
        // Fairly sure ones too where they make a registration of a known layout (the faint S of TV71 CLS), where
        // a mark beyond the plate's edge read as a character makes none (RK855AP1).
        LineText grown = spread(fairCharacter);
        if (!hasLayout(before + grown.text + after))
            grown = spread(sureCharacter);
        if (grown.text.size() < row.text.text.size() || grown.text.size() > longestPlate)
            break;
        const bool more = grown.text.size() > row.text.text.size();
        row.text = std::move(grown);
        const int layout = likelihood(before + row.text.text + after);
        if (!uk || layout > 0)
            accepted = row.text;
        uk = uk || layout == 2;
        if (!more)
            break;
        wider = readAround(characterBox(row));
    }
    row.text = std::move(accepted);
}

// Reads a row's characters twice more, seen narrower and wider than they are (the network's misreadings of a glyph
// differ with its width: the second W of DG17 WWS read as V, the 8 of OZW 7183 as 6), and lets the three readings
// vote: two that agree outvote the third; where all three differ, the most confident wins. The winner is the row's
// where it was read confidently (not CGM for the GGM of LJ25 GGM, read so unsurely seen narrower and wider), but not
// one that lacks a character the first read surely (the I of BIJ 9531, the M of HXN 58M). Whether the row changed.
bool vote(recognition::LineReader& reader, const cv::Mat& gray, Row& row)
{
    if (row.text.characters.size() < 2)
        return false;
    const cv::Rect box = characterBox(row);
    const LineText narrower = readBox(reader, gray, box, row.line.lightOnDark, 0.85);
    if (narrower.text == row.text.text)
        return false;
    const LineText wider = readBox(reader, gray, box, row.line.lightOnDark, 1.2);
    if (wider.text == row.text.text)
        return false;
    const LineText& surer = narrower.confidence >= wider.confidence ? narrower : wider;
    if ((narrower.text != wider.text && surer.confidence <= row.text.confidence) || surer.confidence < confidentReading
        || losesSureCharacter(row.text, surer, true))
        return false;
    row.text = surer;
    return true;
}

// The text of a plate's lines (rows, top to bottom) before its k-th and after it.
std::pair<std::string, std::string> around(const std::vector<Row>& rows, const std::vector<size_t>& lines, size_t k)
{
    std::pair<std::string, std::string> text;
    for (size_t j = 0; j < lines.size(); ++j)
        if (j != k)
            (j < k ? text.first : text.second) += rows[lines[j]].text.text;
    return text;
}

// Whether a row may be one line of a two-line plate: read fairly, two characters at least (a single mark over a plate
// is no line of it), and not longer than a line while it reads as a UK registration (that is a plate of one line,
// whatever lies over or under it: a dealer's strip, the grille).
bool mayBeLine(const Row& row)
{
    return row.text.confidence >= fairReading && row.text.characters.size() >= 2
        && !(row.text.characters.size() > longestLine && isUk(row.text.text));
}

// A short row read confidently, with no row over or under it that may be a line of a plate, may be one line of a
// two-line plate whose other line the finder missed (a wire across it: WD18 over LSN; a single mark under it, as under
// TH19 over LMP, is none). Where that line would lie, a line pitch off (the usual, then a closer; UE23 over ENT in a
// box that took in the band beside it), the reader looks for it, half a character further each side than the row's
// characters reach (the dim NRW under HM18 read surely only so); it is the plate's when read confidently, three
// characters at least, and the two lines make a registration of a known layout. A row is looked around again once its
// text has changed (XP1, read on to XP12 by the check, makes a registration with RVJ under it).
void lookForOtherLines(recognition::LineReader& reader, const cv::Mat& gray, std::vector<Row>& rows)
{
    for (size_t i = 0, found = rows.size(); i < found; ++i) {
        const Row row = rows[i]; // a copy: rows grows
        if (row.text.text == row.lookedWith || row.text.confidence < confidentReading
            || row.text.characters.size() > longestLine || std::any_of(rows.begin(), rows.end(), [&](const Row& other) {
                   return mayBeLine(other) && overOrUnder(row.line.box, other.line.box);
               }))
            continue;
        rows[i].lookedWith = row.text.text;
        // The characters' height: the row's box less what its slope adds across it (characters as wide as tall).
        const double s = std::min(0.5, std::abs(double(row.line.slope)));
        const cv::Rect& box = row.line.box;
        const double characterHeight = (double(box.height) - s * double(box.width)) / (1 - s);
        for (const int direction : { 1, -1 })
            for (const double linePitch : linePitches) {
                const int pitch = int(std::lround(linePitch * std::max(characterHeight, 0.5 * box.height)));
                TextLine line = row.line;
                line.box = characterBox(row) + cv::Point(-box.height / 2, direction * pitch) + cv::Size(box.height, 0);
                if ((line.box & cv::Rect(cv::Point(0, 0), gray.size())) != line.box)
                    continue;
                LineText text = readBox(reader, gray, line.box, line.lightOnDark);
                if (text.confidence >= confidentReading && text.characters.size() >= 3
                    && hasLayout(direction > 0 ? row.text.text + text.text : text.text + row.text.text)) {
                    rows.push_back({ line, std::move(text) });
                    break;
                }
            }
    }
}

// A plate the rows may hold, and which rows it was read from.
struct Ranked {
    RecognisedPlate plate;
    std::vector<size_t> rows;
    std::vector<LineText::Character> characters; // as read, the rows' in order
};
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
    // The texts the characters could spell without the one at index `left` (none where it is past the end), their
    // least sure characters read as their runners-up; dropped: the log of the evidence that the character left out
    // is not the plate's.
    const auto spell = [&](size_t left, double dropped) {
        std::vector<size_t> uncertain;
        for (size_t i = 0; i < characters.size(); ++i)
            if (i != left)
                uncertain.push_back(i);
        std::sort(uncertain.begin(), uncertain.end(),
            [&](size_t a, size_t b) { return characters[a].probability < characters[b].probability; });
        uncertain.resize(std::min(uncertain.size(), uncertainCharacters));
        for (unsigned mask = 0; mask < (1u << uncertain.size()); ++mask) {
            Enumerated e { {}, {}, dropped, 1.0 };
            for (size_t i = 0; i < characters.size(); ++i) {
                if (i == left)
                    continue;
                const auto& c = characters[i];
                const auto position = std::find(uncertain.begin(), uncertain.end(), i) - uncertain.begin();
                const bool swapped = size_t(position) < uncertain.size() && (mask >> position) & 1u;
                e.text += swapped ? c.second : c.best;
                e.key += folded(e.text.back());
                e.logEvidence += std::log(std::max(swapped ? c.secondProbability : c.probability, 1e-6f));
            }
            e.preference = preferences[likelihood(e.text)];
            enumerated.push_back(std::move(e));
        }
    };
    const size_t n = characters.size();
    spell(n, 0);
    // A mark at either end of the row (an emblem, a band's letter, a screw) may have been read as a character, and
    // one between its characters too (an emblem or a screw between groups) where it was read weakly (a surer one
    // never loses to a layout's preference). The evidence that a character is none is what the reader gave neither
    // it nor its runner-up. A weak character that repeats the one before it is not a mark: the reader is least sure
    // of the second of a pair (OO).
    if (n > minimumAfterDrop)
        for (size_t i = 0; i < n; ++i)
            if (i == 0 || i == n - 1
                || (characters[i].probability < weakCharacter && characters[i].best != characters[i - 1].best))
                spell(i, std::log(std::max(1.0f - characters[i].probability - characters[i].secondProbability, 1e-6f)));

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

namespace {
// The plates the rows may hold, most confident first: each pair of stacked rows that may be lines of a plate, as one
// two-line plate, every other row as a plate of its own. A line found twice (whole, and without a character at its end)
// pairs both ways; the pair that reads a piece of the other goes.
std::vector<Ranked> rank(const std::vector<Row>& rows, int maxCandidates)
{
    std::vector<bool> line(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        line[i] = mayBeLine(rows[i]);
    std::vector<std::vector<size_t>> readings;
    std::vector<bool> joined(rows.size(), false);
    for (size_t upper = 0; upper < rows.size(); ++upper)
        for (size_t lower = 0; lower < rows.size(); ++lower)
            if (upper != lower && line[upper] && line[lower] && stacked(rows[upper].line.box, rows[lower].line.box)) {
                readings.push_back({ upper, lower });
                joined[upper] = joined[lower] = true;
            }
    for (size_t i = 0; i < rows.size(); ++i)
        if (!joined[i])
            readings.push_back({ i });

    std::vector<Ranked> ranked;
    for (auto& reading : readings) {
        std::vector<LineText::Character> characters;
        cv::Rect box;
        float lineScore = 0;
        bool steady = true;
        for (size_t i : reading) {
            const Row& row = rows[i];
            characters.insert(characters.end(), row.text.characters.begin(), row.text.characters.end());
            box = box.empty() ? characterBox(row) : (box | characterBox(row));
            lineScore = std::max(lineScore, row.line.score);
            steady = steady && row.steady;
        }
        if (characters.size() < 2)
            continue;
        RecognisedPlate plate;
        plate.candidates = PlateReader::alternatives(characters, std::max(1, maxCandidates));
        plate.text = plate.candidates.front().text;
        // The network's evidence, discounted where the row and the text look little like a plate, or the
        // reading did not hold.
        const double discount = plausibility(plate.text, lineScore) * (steady ? 1.0 : unsteadyReading);
        for (auto& candidate : plate.candidates)
            candidate.confidence = float(candidate.confidence * discount);
        plate.confidence = plate.candidates.front().confidence;
        plate.box = { box.x, box.y, box.width, box.height };
        ranked.push_back({ std::move(plate), std::move(reading), std::move(characters) });
    }
    // A plate read within a longer reading where it was found, whose other characters were read surely (as a character
    // or its lookalike: the O or 0 of YN14 POO), is a piece of it (one group of a plate seen askew, the rest of which
    // the finder put in another row).
    const auto holds = [](const Ranked& longer, const Ranked& piece) {
        std::string read;
        for (const auto& c : longer.characters)
            read += c.best;
        const cv::Rect pieceBox = rect(piece.plate.box);
        const std::string& text = piece.plate.text;
        const size_t at = foldedText(read).find(foldedText(text));
        if (read.size() <= text.size() || at == std::string::npos
            || (pieceBox & rect(longer.plate.box)).area() < 0.8 * pieceBox.area())
            return false;
        for (size_t i = 0; i < read.size(); ++i)
            if ((i < at || i >= at + text.size()) && sureness(longer.characters[i]) < sureCharacter)
                return false;
        return true;
    };
    // A plate read within the box of one read surely with more characters half as tall again at least is a piece of
    // its characters (the middle of M88 over HER read as VIO).
    const auto within = [](const Ranked& whole, const Ranked& piece) {
        const cv::Rect box = rect(whole.plate.box), pieceBox = rect(piece.plate.box);
        return whole.characters.size() > piece.characters.size() && box.height >= 1.5 * pieceBox.height
            && (box & pieceBox).area() >= 0.8 * pieceBox.area()
            && std::all_of(whole.characters.begin(), whole.characters.end(),
                [](const LineText::Character& c) { return c.probability >= sureCharacter; });
    };
    std::vector<Ranked> whole;
    for (const auto& p : ranked)
        if (std::none_of(ranked.begin(), ranked.end(),
                [&](const Ranked& longer) { return holds(longer, p) || within(longer, p); }))
            whole.push_back(p);
    ranked = std::move(whole);
    std::stable_sort(ranked.begin(), ranked.end(),
        [](const Ranked& a, const Ranked& b) { return a.plate.confidence > b.plate.confidence; });
    return ranked;
}
} // namespace

std::vector<RecognisedPlate> PlateReader::read(const cv::Mat& image, int maxCandidates)
{
    cv::Mat gray;
    if (image.channels() == 1)
        gray = image;
    else
        cv::cvtColor(image, gray, image.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);

    // Rows are read most plate-like first. Once one reads confidently as a whole plate, the rest are left
    // unread (most frames hold one plate and the network is the costliest step), except rows stacked with
    // it, which may be the other line of a two-line plate, and much wider rows holding it, which may be the whole
    // of a plate seen askew that it is one group of. Light characters on a dark plate are looked for
    // only when no dark-on-light row read as a plate, and fewer of them: they are rare. When still none did, ink on
    // the sheet it is printed on (a small plate in a dark surround); last, dark-on-light rows at the sizes between the
    // finder's (characters too tall for one size that run into a plate's frame at the next).
    std::vector<Row> rows;
    std::vector<cv::Rect> confident;
    const auto readRows = [&](const std::vector<TextLine>& found) {
        for (const TextLine& line : found) {
            const bool mayCompleteConfident = std::any_of(confident.begin(), confident.end(), [&](const cv::Rect& c) {
                return overOrUnder(c, line.box)
                    || (line.box.width >= 1.3 * c.width && (line.box & c).area() >= 0.8 * c.area());
            });
            if (!confident.empty() && !mayCompleteConfident)
                continue;
            rows.push_back({ line, readBox(m_reader, gray, line.box, line.lightOnDark) });
            const LineText& read = rows.back().text;
            if (read.confidence >= confidentReading && plausibility(read.text, 1) == 1)
                confident.push_back(line.box);
        }
    };
    const recognition::LineFinder finder(gray);
    readRows(finder.find(linesToRead, false));
    if (confident.empty())
        readRows(finder.find(linesToRead / 2, true));
    if (confident.empty())
        readRows(finder.find(linesToRead, false, true));
    if (confident.empty())
        readRows(finder.between().find(linesToRead, false));
    if (confident.empty())
        readRows(finder.brightened().find(linesToRead / 2, false));

    lookForOtherLines(m_reader, gray, rows);

    // The best plate's fairly read rows are checked before it is believed; that may put another first, whose
    // rows are checked in turn. Only the leading plates cost a second reading.
    std::vector<Ranked> ranked = rank(rows, maxCandidates);
    while (!ranked.empty()) {
        bool checked = false;
        const std::vector<size_t>& lines = ranked.front().rows; // the plate's, top to bottom
        for (size_t k = 0; k < lines.size(); ++k) {
            Row& row = rows[lines[k]];
            if (row.checked || row.text.confidence < fairReading)
                continue;
            const auto [before, after] = around(rows, lines, k);
            check(m_reader, gray, row, before, after);
            checked = true;
        }
        if (!checked)
            break;
        lookForOtherLines(m_reader, gray, rows);
        ranked = rank(rows, maxCandidates);
    }

    // The plate believed is read three ways before it is given.
    if (!ranked.empty()) {
        bool changed = false;
        for (size_t k : ranked.front().rows)
            changed = vote(m_reader, gray, rows[k]) || changed;
        // Not where the plate would then read as a registration of a layout less likely here than it did, or as none
        // (B86 PAM read as B86PA11 seen narrower; O 933 as 933 seen either way; the NI mark OZS 4 as O2S4).
        if (changed) {
            std::vector<Ranked> voted = rank(rows, maxCandidates);
            if (!voted.empty() && likelihood(voted.front().plate.text) >= likelihood(ranked.front().plate.text))
                ranked = std::move(voted);
        }
    }

    // One plate per place: a less confident reading mostly over a plate already taken is that plate read otherwise
    // (a row found twice, at two heights; one line of a two-line plate), its texts among that plate's candidates.
    std::vector<RecognisedPlate> out;
    for (auto& r : ranked) {
        const auto same = std::find_if(out.begin(), out.end(), [&](const RecognisedPlate& p) {
            const cv::Rect a = rect(p.box), b = rect(r.plate.box);
            return p.text == r.plate.text || (a & b).area() >= 0.5 * std::min(a.area(), b.area());
        });
        if (same == out.end()) {
            out.push_back(std::move(r.plate));
            continue;
        }
        auto& candidates = same->candidates;
        for (const auto& c : r.plate.candidates)
            if (std::none_of(candidates.begin(), candidates.end(), [&](const auto& k) { return k.text == c.text; }))
                candidates.push_back(c);
        std::stable_sort(candidates.begin(), candidates.end(),
            [](const auto& a, const auto& b) { return a.confidence > b.confidence; });
        candidates.resize(std::min(candidates.size(), size_t(std::max(1, maxCandidates))));
    }
    return out;
}

} // namespace kestrel
