// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

// Vehicle registration marks: the normal form every other part stores and compares, the UK format a mark
// belongs to, and the confusable-character classes that misread-tolerant matching is built on.
namespace kestrel::vrm {

enum class Format { Current, Prefix, Suffix, Dateless, NorthernIreland, Unknown };

// Upper case, with spaces, tabs, dashes and dots removed. Other characters (foreign plates) are kept.
std::string normalise(std::string_view raw);

// The UK format of a normalised VRM; Unknown for foreign, diplomatic or malformed marks.
Format classify(std::string_view vrm);
const char* formatName(Format format);

// Whether a normalised VRM is laid out as a common continental European registration is: its runs of letters
// and digits as Slovakia, Czechia, Germany, Poland, France, Italy, Spain, the Netherlands, Belgium, Hungary,
// the Nordic countries, Ireland or Switzerland issue them (LL 123 AB, 1A2 3456, ABC 12, 1234 ABC ...).
bool isContinental(std::string_view vrm);

// How the VRM is written on the plate: "AB12 CDE", "A123 BCD", "ABC 123A", "ABZ 1234"; unknown formats as
// they are.
std::string displayForm(std::string_view vrm);

namespace detail {
// Each character maps to the representative of its confusable class; others map to themselves.
constexpr std::array<char, 256> makeClassTable()
{
    std::array<char, 256> table {};
    for (int c = 0; c < 256; ++c)
        table[c] = static_cast<char>(c);
    constexpr std::string_view classes[] = { "0ODQ", "1IL", "2Z", "5S", "8B", "6G", "4A", "7T" };
    for (auto members : classes)
        for (char member : members)
            table[static_cast<unsigned char>(member)] = members.front();
    return table;
}
inline constexpr std::array<char, 256> classTable = makeClassTable();
} // namespace detail

// The representative of c's confusable class (0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B, 6/G, 4/A, 7/T).
constexpr char confusableClass(char c)
{
    return detail::classTable[static_cast<unsigned char>(c)];
}

// A character of c's confusable class that a camera commonly reads in its place (O for 0, 5 for S ...),
// or 0 when c has none. Used to make realistic misreads for demos, tests and benchmarks.
char misreadTwin(char c);

// Whether a normalised VRM matches a search pattern (? one character, * any run of characters, as SQLite's GLOB).
bool matchesPattern(std::string_view vrm, std::string_view pattern);

// The misread-tolerant key: every character replaced by its class representative. Two VRMs that differ
// only by confusable substitutions share a key.
std::string confusableKey(std::string_view vrm);

// How many confusable substitutions turn a into b; -1 when they differ in length or in a character that
// is not a confusable substitution.
int substitutions(std::string_view a, std::string_view b);

} // namespace kestrel::vrm
