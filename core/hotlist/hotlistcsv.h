// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hotlistentry.h"
#include "io/csv.h"

#include <functional>
#include <vector>

class QIODevice;

namespace kestrel {

// A hotlist file read and checked: the good entries, and every bad line with its number and reason.
struct HotlistFile {
    std::vector<HotlistEntry> entries;
    std::vector<LineProblem> problems;
    bool stopped = false; // progress said stop: what was read so far is here, the rest was not read
};

// How lines are read: when "now" is (for an empty effective date), the categories whose default priority and
// action an entry without its own takes, and whom to tell how far reading has got.
struct HotlistReading {
    qint64 nowMs = 0;
    std::vector<HotlistCategory> categories;
    // Called every few thousand lines with the bytes read and the file's size; returning false stops reading.
    std::function<bool(qint64, qint64)> progress;
};

// One hotlist line's nine fields (in the header's order) checked: the entry, or what is wrong with it.
struct CheckedEntry {
    HotlistEntry entry;
    QString problem;
};
CheckedEntry checkHotlistFields(const std::vector<std::string>& fields, const HotlistReading& how);

// Reads a hotlist CSV with the header vrm,list,category,priority,action,source,reference,effective,expiry.
// An empty priority or action takes the category's; an empty effective date means now; an empty expiry
// means none; a date-only expiry lasts to the end of that day (London).
HotlistFile readHotlistCsv(QIODevice& device, const HotlistReading& how);

// Reads a fixed-width hotlist: a header line naming the same nine fields (any case, any order) at the columns
// where they start, then one entry a line, each field the text from its column to the next field's, trimmed.
// Lines are checked as in a CSV file.
HotlistFile readHotlistFixed(QIODevice& device, const HotlistReading& how);

// Writes a file's bad lines as a CSV report (line,reason), for whoever fixes the file.
void writeLineProblems(QIODevice& device, const std::vector<LineProblem>& problems);

// Writes entries as a hotlist CSV that readHotlistCsv reads back.
void writeHotlistCsv(QIODevice& device, const std::vector<HotlistEntry>& entries);

} // namespace kestrel
