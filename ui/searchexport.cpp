// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchexport.h"

#include "cameraplaces.h"

#include "io/csv.h"
#include "io/isotime.h"
#include "store/readstore.h"
#include "vrm/vrm.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>

namespace kestrel {

namespace {
class ExportText {
    Q_DECLARE_TR_FUNCTIONS(SearchExport)
};

QString watermark(const ExportHeader& h)
{
    return ExportText::tr("Exported by %1 at %2 for %3").arg(h.who, isotime::format(h.madeMs), h.reference);
}
} // namespace

QString exportsFolder()
{
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/Kestrel exports");
    QDir().mkpath(folder);
    return folder;
}

QString exportCsv(const QString& path, const ExportHeader& header, const std::vector<Read>& reads,
    const CameraPlaces& places, const std::function<void(int, int)>& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return ExportText::tr("cannot write %1: %2").arg(path, file.errorString());
    QTextStream out(&file);
    out << "# " << watermark(header) << '\n'
        << "# " << ExportText::tr("Purpose: %1; query: %2; range: %3").arg(header.purpose, header.query, header.range)
        << '\n'
        << "time,camera,vrm,confidence\n";
    for (size_t i = 0; i < reads.size(); ++i) {
        const Read& r = reads[i];
        out << csvField(isotime::format(r.timeMs, true)) << ',' << csvField(places.label(r.camera)) << ','
            << csvField(QString::fromStdString(r.vrm)) << ',' << QString::number(r.confidence, 'f', 2) << '\n';
        progress(int(i + 1), int(reads.size()));
    }
    out.flush();
    if (!file.commit())
        return ExportText::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString exportPdf(const QString& path, const ExportHeader& header, const std::vector<Read>& reads,
    const CameraPlaces& places, ReadStore& images, const std::function<void(int, int)>& progress)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(ExportText::tr("Kestrel evidence report: %1").arg(header.reference));
    pdf.setCreator(QStringLiteral("Kestrel"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return ExportText::tr("cannot write %1").arg(path);
    const int width = pdf.width(), height = pdf.height();
    const int margin = 60, rowHeight = 70;
    QFont body = painter.font();
    body.setPointSizeF(9);
    QFont title = body;
    title.setPointSizeF(14);
    title.setBold(true);

    int page = 1;
    int y = 0;
    const auto decorate = [&] {
        // The watermark across the page, and who and when at its foot.
        painter.save();
        painter.setPen(QColor(200, 200, 200));
        QFont mark = body;
        mark.setPointSizeF(22);
        painter.setFont(mark);
        painter.translate(width / 2.0, height / 2.0);
        painter.rotate(-35);
        painter.drawText(QRect(-width, -60, 2 * width, 120), Qt::AlignCenter, watermark(header));
        painter.restore();
        painter.setFont(body);
        painter.drawText(QRect(margin, height - margin, width - 2 * margin, 40), Qt::AlignLeft,
            ExportText::tr("%1 · page %2").arg(watermark(header)).arg(page));
    };
    painter.setFont(title);
    painter.drawText(
        QRect(margin, margin, width - 2 * margin, 50), Qt::AlignLeft, ExportText::tr("Kestrel evidence report"));
    painter.setFont(body);
    const QStringList lines { ExportText::tr("Reference: %1").arg(header.reference),
        ExportText::tr("Purpose: %1").arg(header.purpose), ExportText::tr("Query: %1").arg(header.query),
        ExportText::tr("Range searched: %1").arg(header.range),
        ExportText::tr("Searched by: %1, %2").arg(header.who, isotime::format(header.madeMs)),
        ExportText::tr("%n read(s)", "", int(reads.size())) };
    y = margin + 60;
    for (const QString& line : lines) {
        painter.drawText(QRect(margin, y, width - 2 * margin, 30), Qt::AlignLeft, line);
        y += 30;
    }
    y += 20;
    decorate();
    for (size_t i = 0; i < reads.size(); ++i) {
        if (y + rowHeight > height - margin - 50) {
            pdf.newPage();
            ++page;
            y = margin;
            decorate();
        }
        const Read& r = reads[i];
        const QImage patch = QImage::fromData(images.images(r.id).platePatch);
        const QRect patchBox(margin, y, 240, rowHeight - 10);
        if (!patch.isNull())
            painter.drawImage(patchBox, patch.scaled(patchBox.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        else
            painter.drawText(patchBox, Qt::AlignVCenter | Qt::AlignLeft, ExportText::tr("(no image)"));
        painter.drawText(QRect(margin + 260, y, width - margin * 2 - 260, rowHeight - 10), Qt::AlignVCenter,
            QStringLiteral("%1   %2   %3   %4")
                .arg(isotime::format(r.timeMs), QString::fromStdString(vrm::displayForm(r.vrm)), places.label(r.camera),
                    QString::number(r.confidence, 'f', 2)));
        y += rowHeight;
        progress(int(i + 1), int(reads.size()));
    }
    painter.end();
    return {};
}

} // namespace kestrel
