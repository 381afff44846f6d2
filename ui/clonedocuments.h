// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clones/clonestore.h"
#include "store/read.h"

#include <QString>

#include <optional>
#include <vector>

namespace kestrel {

class CameraPlaces;

// A case's evidence read as the case report prints it (nothing if retention has taken it).
struct EvidenceRead {
    CaseEvidence evidence;
    std::optional<Read> read;
};

// The letter to the genuine keeper (their crime reference, what was found, what to send the issuers of the notices
// they received) and the case report for the file (the genuine vehicle, the keeper's notices, every evidence read
// and the case's history). Both are PDFs on A4 with who made them and when at the foot of each page. Camera
// places appear in the report only as places says they may be shown; never in the letter. Return an empty
// string, or why the file could not be written.
QString writeVictimLetter(const QString& path, const CloneCase& c, const QString& madeBy, qint64 madeMs);
QString writeCaseReport(const QString& path, const CloneCase& c, const std::vector<EvidenceRead>& evidence,
    const std::vector<CaseEvent>& history, const CameraPlaces& places, const QString& madeBy, qint64 madeMs);

} // namespace kestrel
