// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagerecognition.h"

#include "io/csv.h"
#include "platereader.h"
#include "stats/percentile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <chrono>
#include <unordered_map>

namespace kestrel {

namespace {
class EvaluationText {
    Q_DECLARE_TR_FUNCTIONS(Evaluation)
};

// Reads image,plate[,x,y,w,h] rows after a header line.
std::vector<std::vector<std::string>> rows(const QString& path)
{
    std::vector<std::vector<std::string>> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    CsvReader csv(file);
    bool header = true;
    while (auto row = csv.next()) {
        if (!std::exchange(header, false) && row->error.isEmpty() && row->fields.size() >= 2)
            out.push_back(row->fields);
    }
    return out;
}

int editDistance(const std::string& a, const std::string& b)
{
    std::vector<int> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (size_t j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = up;
        }
    }
    return row[b.size()];
}
} // namespace

ImageResult recogniseFile(PlateReader& reader, const std::string& path, int maxCandidates)
{
    ImageResult result;
    const cv::Mat image = cv::imread(path, cv::IMREAD_COLOR);
    if (image.empty()) {
        result.error = QFile::exists(QString::fromStdString(path))
            ? EvaluationText::tr("not an image this reader can decode")
            : EvaluationText::tr("no such file");
        return result;
    }
    const auto start = std::chrono::steady_clock::now();
    result.plates = reader.read(image, maxCandidates);
    result.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return result;
}

Evaluation evaluate(
    PlateReader& reader, const QString& folder, int topN, const std::function<void(int done, int total)>& progress)
{
    Evaluation e;
    e.topNSize = topN;
    const QDir dir(folder);
    const auto labels = rows(dir.filePath(QStringLiteral("labels.csv")));
    if (labels.empty()) {
        e.problem = EvaluationText::tr("%1 has no labels.csv with image,plate rows").arg(folder);
        return e;
    }
    std::unordered_map<std::string, PixelBox> boxes;
    for (const auto& row : rows(dir.filePath(QStringLiteral("boxes.csv"))))
        if (row.size() >= 6)
            boxes[row[0]] = { std::stoi(row[2]), std::stoi(row[3]), std::stoi(row[4]), std::stoi(row[5]) };

    std::vector<double> times;
    for (const auto& row : labels) {
        const std::string& label = row[1];
        const auto result = recogniseFile(reader, dir.filePath(QString::fromStdString(row[0])).toStdString(), topN);
        ++e.images;
        if (progress)
            progress(e.images, int(labels.size()));
        if (!result.error.isEmpty()) {
            ++e.unreadable;
            e.misses.push_back(row[0] + ": " + result.error.toStdString());
            continue;
        }
        times.push_back(result.milliseconds);
        const auto box = boxes.find(row[0]);
        const auto found = [&](const RecognisedPlate& p) {
            if (box == boxes.end())
                return editDistance(p.text, label) <= 2;
            const PixelBox& b = box->second;
            const int w = std::min(p.box.x + p.box.width, b.x + b.width) - std::max(p.box.x, b.x);
            const int h = std::min(p.box.y + p.box.height, b.y + b.height) - std::max(p.box.y, b.y);
            return w > 0 && h > 0 && w * h >= p.box.width * p.box.height / 2;
        };
        e.detected += std::any_of(result.plates.begin(), result.plates.end(), found);
        const std::string best = result.plates.empty() ? std::string() : result.plates.front().text;
        if (best == label) {
            ++e.top1;
        } else {
            e.misses.push_back(row[0] + ": expected " + label + ", read " + (best.empty() ? "nothing" : best));
            if (best.size() == label.size())
                for (size_t i = 0; i < best.size(); ++i)
                    if (best[i] != label[i])
                        ++e.confusions[{ label[i], best[i] }];
        }
        e.topN += std::any_of(result.plates.begin(), result.plates.end(), [&](const RecognisedPlate& p) {
            const auto end = p.candidates.begin() + std::min<long>(topN, long(p.candidates.size()));
            return std::any_of(p.candidates.begin(), end, [&](const auto& c) { return c.text == label; });
        });
    }
    e.medianMs = percentile(times, 50);
    e.p95Ms = percentile(times, 95);
    return e;
}

} // namespace kestrel
