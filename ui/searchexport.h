// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/read.h"

#include <QString>

#include <functional>
#include <vector>

namespace kestrel {

class CameraPlaces;
class ReadStore;

// What a search export carries besides the reads: the query and who made it, printed on every page and
// watermarked across it, so that a copy can always be traced to the search it came from.
struct ExportHeader {
    QString who;
    QString purpose;
    QString reference;
    QString query; // the VRM or pattern and cameras
    QString range; // the range searched (as allowed)
    qint64 madeMs = 0;
};

// Where the console writes what a user exports (search results, bad-line reports, clone letters): "Kestrel
// exports" in the user's documents, made if missing.
QString exportsFolder();

// Writes the reads as CSV (a commented header with the query, then time,camera,vrm,confidence) or as a PDF
// evidence report (the query, purpose, reference, who and when, then a table with each read's plate patch).
// progress(done, total) is called per read. Returns an empty string, or why the file could not be written.
QString exportCsv(const QString& path, const ExportHeader& header, const std::vector<Read>& reads,
    const CameraPlaces& places, const std::function<void(int, int)>& progress);
QString exportPdf(const QString& path, const ExportHeader& header, const std::vector<Read>& reads,
    const CameraPlaces& places, ReadStore& images, const std::function<void(int, int)>& progress);

} // namespace kestrel
