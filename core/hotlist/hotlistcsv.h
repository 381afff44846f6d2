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

// Reads a hotlist CSV with the header vrm,list,category,priority,action,source,reference,effective,expiry.
// An empty priority takes the category's default; an empty effective date means nowMs; an empty expiry
// means none; a date-only expiry lasts to the end of that day (London).
HotlistFile readHotlistCsv(QIODevice& device, qint64 nowMs);

} // namespace kestrel
