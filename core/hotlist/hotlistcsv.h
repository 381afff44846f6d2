// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hotlistentry.h"
#include "io/csv.h"

#include <vector>

class QIODevice;

namespace kestrel {

// A hotlist file read and checked: the good entries, and every bad line with its number and reason.
struct HotlistFile {
    std::vector<HotlistEntry> entries;
    std::vector<LineProblem> problems;
};

// One hotlist line's nine fields (in the header's order) checked: the entry, or what is wrong with it.
struct CheckedEntry {
    HotlistEntry entry;
    QString problem;
};
CheckedEntry checkHotlistFields(const std::vector<std::string>& fields, qint64 nowMs);

// Reads a hotlist CSV with the header vrm,list,category,priority,action,source,reference,effective,expiry.
// An empty priority takes the category's default; an empty effective date means nowMs; an empty expiry
// means none; a date-only expiry lasts to the end of that day (London).
HotlistFile readHotlistCsv(QIODevice& device, qint64 nowMs);

// Reads a fixed-width hotlist: a header line naming the same nine fields (any case, any order) at the columns
// where they start, then one entry a line, each field the text from its column to the next field's, trimmed.
// Lines are checked as in a CSV file.
HotlistFile readHotlistFixed(QIODevice& device, qint64 nowMs);

// Writes entries as a hotlist CSV that readHotlistCsv reads back.
void writeHotlistCsv(QIODevice& device, const std::vector<HotlistEntry>& entries);

} // namespace kestrel
