// SPDX-License-Identifier: GPL-3.0-or-later
#include "vrm.h"

#include <chrono>
#include <initializer_list>

namespace kestrel::vrm {

namespace {
bool isLetter(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Counts a run of letters or digits starting at pos.
template <typename Pred> size_t run(std::string_view s, size_t pos, Pred pred)
{
    size_t end = pos;
    while (end < s.size() && pred(s[end]))
        ++end;
    return end - pos;
}

bool noneOf(std::string_view s, std::string_view banned)
{
    return s.find_first_of(banned) == std::string_view::npos;
}

// A serial number on a UK plate (A123 BCD, ABC 123A, ABZ 1234, 1234 AB) never starts with 0.
bool serialAt(std::string_view v, size_t pos)
{
    return pos < v.size() && v[pos] != '0';
}

// Whether the age identifier has been issued: 02 from March 2002 (the year), 51 from September 2001 (the
// year and 50), and so on; 00, 01 and 50 never were.
bool ageIssued(std::string_view age)
{
    const int n = (age[0] - '0') * 10 + (age[1] - '0');
    if (n < 2 || n == 50)
        return false;
    const std::chrono::year_month_day today { std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()) };
    const std::chrono::year_month_day first = n < 50 ? std::chrono::year(2000 + n) / std::chrono::March / 1
                                                     : std::chrono::year(2000 + n - 50) / std::chrono::September / 1;
    return first <= today;
}

// Sept 2001 on: memory tag (no I, Q, Z), an age identifier issued by now, three letters (no I, Q).
bool isCurrent(std::string_view v)
{
    if (v.size() != 7 || run(v, 0, isLetter) != 2 || run(v, 2, isDigit) != 2 || run(v, 4, isLetter) != 3)
        return false;
    return noneOf(v.substr(0, 2), "IQZ") && noneOf(v.substr(4), "IQ") && ageIssued(v.substr(2, 2));
}

// 1983-2001: A123 BCD. The year letter is never I, O, U or Z (Q marks an unidentified vehicle).
bool isPrefix(std::string_view v)
{
    const size_t digits = run(v, 1, isDigit);
    return v.size() >= 5 && isLetter(v[0]) && noneOf(v.substr(0, 1), "IOUZ") && digits >= 1 && digits <= 3
        && serialAt(v, 1) && v.size() == 1 + digits + 3 && run(v, 1 + digits, isLetter) == 3;
}

// 1963-1983: ABC 123A. The year letter is never I, O, Q, U or Z.
bool isSuffix(std::string_view v)
{
    const size_t digits = run(v, 3, isDigit);
    return v.size() >= 5 && run(v, 0, isLetter) == 3 && digits >= 1 && digits <= 3 && serialAt(v, 3)
        && v.size() == 3 + digits + 1 && isLetter(v.back()) && noneOf(v.substr(v.size() - 1), "IOQUZ");
}

// ABZ 1234: one to three letters whose last two (the county code) hold an I or a Z, up to four digits.
bool isNorthernIreland(std::string_view v)
{
    const size_t letters = run(v, 0, isLetter);
    const size_t digits = run(v, letters, isDigit);
    if (letters < 2 || letters > 3 || digits < 1 || digits > 4 || letters + digits != v.size() || !serialAt(v, letters))
        return false;
    const auto code = v.substr(letters - 2, 2);
    return code.find_first_of("IZ") != std::string_view::npos;
}

// No year: 1-4 digits then 1-3 letters, or 1-3 letters then 1-4 digits.
bool isDateless(std::string_view v)
{
    const size_t leadLetters = run(v, 0, isLetter);
    if (leadLetters > 0) {
        const size_t digits = run(v, leadLetters, isDigit);
        return leadLetters <= 3 && digits >= 1 && digits <= 4 && leadLetters + digits == v.size()
            && serialAt(v, leadLetters);
    }
    const size_t digits = run(v, 0, isDigit);
    const size_t letters = run(v, digits, isLetter);
    return digits >= 1 && digits <= 4 && letters >= 1 && letters <= 3 && digits + letters == v.size() && serialAt(v, 0);
}

// A run of letters or of digits whose length lies between min and max; a number may be one that never starts with 0.
struct Run {
    bool letters;
    size_t min, max;
    bool number = false;
};
constexpr Run L(size_t min, size_t max = 0)
{
    return { true, min, max ? max : min };
}
constexpr Run D(size_t min, size_t max = 0)
{
    return { false, min, max ? max : min };
}
constexpr Run N(size_t min, size_t max = 0)
{
    return { false, min, max ? max : min, true };
}

// Continental registrations as runs of letters and digits. Only layouts whose letter and digit positions are
// fixed: they are what tells 0 from O and 1 from I on a plate.
constexpr std::initializer_list<Run> continental[] = {
    { L(2), D(3), L(2) }, // SK, FR, IT, PL
    { D(1), L(1), D(5) }, { D(1), L(2), D(4) }, // CZ
    { L(2, 5), N(1, 4) }, // DE (district, letters, a number from 1), CH, AT
    { L(2, 3), D(4, 5) }, // PL, NO, DK
    { D(4), L(3) }, // ES
    { L(3), D(3) }, { L(3), D(2), L(1) }, // HU, SE
    { D(1), L(3), D(3) }, // BE
    { D(2), L(3), D(1) }, { D(1), L(3), D(2) }, { L(2), D(3), L(1) }, { L(1), D(3), L(2) }, { L(3), D(2), L(1) },
    { D(1), L(2), D(3) }, { D(2), L(2), D(2) }, { L(2), D(2), L(2) }, // NL side codes
    { D(2, 3), L(1, 2), D(1, 6) }, // IE
};

bool matches(std::string_view v, std::initializer_list<Run> runs)
{
    size_t pos = 0;
    for (const Run& r : runs) {
        const size_t length = r.letters ? run(v, pos, isLetter) : run(v, pos, isDigit);
        if (length < r.min || length > r.max || (r.number && v[pos] == '0'))
            return false;
        pos += length;
    }
    return pos == v.size();
}
} // namespace

bool isContinental(std::string_view v)
{
    for (const auto& runs : continental)
        if (matches(v, runs))
            return true;
    return false;
}

std::string normalise(std::string_view raw)
{
    std::string out;
    out.reserve(raw.size());
    for (char c : raw) {
        if (c == ' ' || c == '\t' || c == '-' || c == '.')
            continue;
        out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    }
    return out;
}

Format classify(std::string_view v)
{
    if (isCurrent(v))
        return Format::Current;
    if (isPrefix(v))
        return Format::Prefix;
    if (isSuffix(v))
        return Format::Suffix;
    if (isNorthernIreland(v))
        return Format::NorthernIreland;
    if (isDateless(v))
        return Format::Dateless;
    return Format::Unknown;
}

const char* formatName(Format format)
{
    switch (format) {
    case Format::Current:
        return "current";
    case Format::Prefix:
        return "prefix";
    case Format::Suffix:
        return "suffix";
    case Format::Dateless:
        return "dateless";
    case Format::NorthernIreland:
        return "northern-ireland";
    case Format::Unknown:
        break;
    }
    return "unknown";
}

char misreadTwin(char c)
{
    constexpr std::string_view pairs = "O00OD0Q0I11IL1S55SB88BZ22ZG66GA44AT77T"; // (read as, misread) pairs
    for (size_t i = 0; i < pairs.size(); i += 2)
        if (pairs[i] == c)
            return pairs[i + 1];
    return 0;
}

std::string displayForm(std::string_view v)
{
    size_t gap = 0;
    switch (classify(v)) {
    case Format::Current:
        gap = 4;
        break;
    case Format::Prefix:
        gap = v.size() - 3;
        break;
    case Format::Suffix:
    case Format::NorthernIreland:
        gap = run(v, 0, isLetter);
        break;
    case Format::Dateless:
        gap = isLetter(v[0]) ? run(v, 0, isLetter) : run(v, 0, isDigit);
        break;
    case Format::Unknown:
        return std::string(v);
    }
    return std::string(v.substr(0, gap)) + ' ' + std::string(v.substr(gap));
}

bool matchesPattern(std::string_view vrm, std::string_view pattern)
{
    // Greedy with one point of return: the last *, moved on a character at a time when what follows fails.
    size_t v = 0, p = 0, star = std::string_view::npos, resume = 0;
    while (v < vrm.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == vrm[v])) {
            ++v;
            ++p;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            resume = v;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            v = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

std::string confusableKey(std::string_view vrm)
{
    std::string key(vrm);
    for (char& c : key)
        c = confusableClass(c);
    return key;
}

int substitutions(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return -1;
    int count = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i] == b[i])
            continue;
        if (confusableClass(a[i]) != confusableClass(b[i]))
            return -1;
        ++count;
    }
    return count;
}

} // namespace kestrel::vrm
