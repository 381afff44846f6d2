// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hotlistcsv.h"

#include "alerts/alert.h"

#include <QString>

#include <functional>
#include <vector>

namespace kestrel {

class Database;

// A hotlist file brought in, whole: from the command line and from the console's Hotlists page alike.
struct HotlistImport {
    enum class Format { Csv, Fixed };
    QString path;
    Format format = Format::Csv;
    // Empty: the file's entries are added (PNC lines live, others pending), all in one transaction. A list's name:
    // the file replaces that list (a PNC extract is a full refresh), written beside the old one and made current at
    // once; the old list stays live if the refresh fails or is stopped. Lines of other lists are then reported.
    QString replaceList;
    QString by; // who imports, as the audit trail records them
    QString role;
};

struct HotlistImportResult {
    QString failure; // why nothing was imported (the file could not be read, or the import was stopped), or empty
    qint64 entries = 0; // imported
    qint64 pending = 0; // of them, waiting for a supervisor's validation
    std::vector<LineProblem> problems; // every bad line, by number, with why
    // Entries live at once (PNC lines) whose VRM was not live on their list before were checked against earlier
    // reads as the importer (when the importer is a user who may search: within their band, each audited as
    // their search under the entry's reference). Earlier sightings became these retrospective alerts.
    bool checkedEarlier = false;
    int earlierSightings = 0;
    std::vector<Alert> retrospective;
};

// Reads, checks and stores the file, audited as hotlist-imported, then checks its new live entries against
// earlier reads (above). progress(fraction done, 0 to 1) is told as it
// goes (reading is the first half, storing the second); returning false stops the import, which then changes
// nothing.
HotlistImportResult importHotlist(
    Database& db, const HotlistImport& import, qint64 nowMs, const std::function<bool(double)>& progress = {});

} // namespace kestrel
