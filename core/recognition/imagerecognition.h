// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recognisedplate.h"

#include <QString>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace kestrel {

class PlateReader;

// The plates in one image file, with the time recognition took (decoding the file excluded).
struct ImageResult {
    QString error; // empty when the file was read
    double milliseconds = 0;
    std::vector<RecognisedPlate> plates;
};
ImageResult recogniseFile(PlateReader& reader, const std::string& path, int maxCandidates);

// How well the reader does on a folder of labelled images (labels.csv: image,plate; optional
// boxes.csv: image,plate,x,y,w,h).
struct Evaluation {
    int images = 0;
    int unreadable = 0;
    int detected = 0; // a plate found where the labelled one is (by box if boxes.csv is there, else by text)
    int top1 = 0; // the most confident plate's text is the label
    int topN = 0; // the label is among the first N texts of a plate found
    int topNSize = 0;
    double medianMs = 0;
    double p95Ms = 0;
    std::map<std::pair<char, char>, int> confusions; // (label character, read character) on same-length misses
    std::vector<std::string> misses; // "image: expected X, read Y"
    QString problem; // set when the folder could not be evaluated at all
};
Evaluation evaluate(PlateReader& reader, const QString& folder, int topN,
    const std::function<void(int done, int total)>& progress = {});

} // namespace kestrel
