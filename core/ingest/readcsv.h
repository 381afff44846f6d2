// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csv.h"
#include "store/read.h"

#include <optional>
#include <vector>

class QIODevice;

namespace kestrel {

// Reads a CSV of reads, vrm,camera,time[,confidence] (a header line is optional), one good read at a time
// so that files of millions of lines stream. Bad lines are skipped and kept in problems(). Times are
// ISO 8601 (London time when no offset is given); confidence is 0..1 or a percentage.
class ReadCsv {
public:
    explicit ReadCsv(QIODevice& device);
    std::optional<Read> next();
    const std::vector<LineProblem>& problems() const { return m_problems; }

private:
    CsvReader m_csv;
    bool m_first = true;
    std::vector<LineProblem> m_problems;
};

} // namespace kestrel
