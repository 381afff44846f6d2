// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <string>
#include <vector>

class QIODevice;

namespace kestrel {

// One line of a CSV file: its 1-based line number, its fields (trimmed, unquoted, UTF-8) or what was wrong.
struct CsvRow {
    int line = 0;
    std::vector<std::string> fields;
    QString error;
};

// Reads CSV (RFC 4180 quoting within a line; a UTF-8 byte-order mark is skipped) one line at a time, so a
// file of millions of lines never sits in memory. Blank lines are skipped.
class CsvReader {
public:
    explicit CsvReader(QIODevice& device);
    std::optional<CsvRow> next();

private:
    QIODevice& m_device;
    int m_line = 0;
};

// A field as CSV writes it: quoted (inner quotes doubled) when it holds a comma, a quote or a line break.
QString csvField(QString text);

// A problem found on one line of an imported file.
struct LineProblem {
    int line = 0;
    QString reason;
};

} // namespace kestrel
