// SPDX-License-Identifier: GPL-3.0-or-later
#include "clonedocuments.h"

#include "cameraplaces.h"

#include "io/isotime.h"
#include "vrm/vrm.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace kestrel {

namespace {
class DocumentText {
    Q_DECLARE_TR_FUNCTIONS(CloneDocuments)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString plateOf(const CloneCase& c)
{
    return QString::fromStdString(vrm::displayForm(c.vrm));
}

QString day(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, isotime::london()).toString(QStringLiteral("d MMMM yyyy"));
}

// The HTML as a PDF, with who made it and when at its foot.
QString print(const QString& path, const QString& title, const QString& html, const QString& madeBy, qint64 madeMs)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Kestrel"));
    QTextDocument document;
    document.setDefaultStyleSheet(QStringLiteral(
        "body { font-family: sans-serif; font-size: 10pt; } h1 { font-size: 15pt; } h2 { font-size: 12pt; } "
        "td, th { padding: 3px 8px 3px 0; } th { text-align: left; } .foot { color: #555555; font-size: 8pt; }"));
    document.setHtml(html
        + QStringLiteral("<p class=\"foot\">%1</p>")
              .arg(esc(DocumentText::tr("Made by %1 at %2 with Kestrel. OFFICIAL-SENSITIVE.")
                           .arg(madeBy, isotime::format(madeMs)))));
    // Laid out for the printer's resolution, not the screen's, so that 10 pt is 10 pt on paper.
    document.documentLayout()->setPaintDevice(&pdf);
    document.setPageSize(pdf.pageLayout().paintRectPixels(pdf.resolution()).size());
    document.print(&pdf);
    QFile check(path);
    if (!check.exists() || check.size() == 0)
        return DocumentText::tr("cannot write %1").arg(path);
    return {};
}
} // namespace

QString writeVictimLetter(const QString& path, const CloneCase& c, const QString& madeBy, qint64 madeMs)
{
    if (!c.report)
        return DocumentText::tr("case %1 has no keeper's report: there is nobody to write to").arg(c.id);
    const VictimReport& r = *c.report;
    const QString reference = r.crimeReference.isEmpty() ? QStringLiteral("clone-case-%1").arg(c.id) : r.crimeReference;
    QString found;
    switch (c.state) {
    case CaseState::ConfirmedClone:
    case CaseState::Closed:
        found = DocumentText::tr("We have confirmed that another vehicle has been displaying your registration "
                                 "number %1. Your vehicle, a %2 %3 %4, was not involved in the journeys our cameras "
                                 "recorded for that vehicle, and you are not a suspect.")
                    .arg(plateOf(c), r.colour, r.make, r.model);
        break;
    case CaseState::NotAClone:
        found = DocumentText::tr("Our enquiries found no evidence that another vehicle has been displaying your "
                                 "registration number %1. If you receive further notices you do not recognise, "
                                 "please contact us quoting the reference above.")
                    .arg(plateOf(c));
        break;
    case CaseState::Reported:
        found = DocumentText::tr("We have recorded your report that another vehicle is displaying your registration "
                                 "number %1. We will look into it and write to you again when our enquiries are "
                                 "complete.")
                    .arg(plateOf(c));
        break;
    case CaseState::UnderInvestigation:
        found = DocumentText::tr("We are investigating your report that another vehicle is displaying your "
                                 "registration number %1. An investigator has been assigned, and we will write to "
                                 "you again when our enquiries are complete.")
                    .arg(plateOf(c));
    }
    QString notices;
    for (const Notice& n : r.notices)
        notices += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                       .arg(esc(n.date), esc(n.place), esc(n.issuer), esc(n.reference));
    const QString html = QStringLiteral("<h1>%1</h1><p>%2</p><p>%3</p><p><b>%4</b></p><p>%5</p>")
                             .arg(esc(DocumentText::tr("Cloned registration number: %1").arg(plateOf(c))),
                                 esc(day(madeMs)), esc(DocumentText::tr("Dear %1,").arg(r.reporter)),
                                 esc(DocumentText::tr("Crime reference: %1").arg(reference)), esc(found))
        + QStringLiteral("<h2>%1</h2><p>%2</p>")
              .arg(esc(DocumentText::tr("What to send the issuers of the notices")),
                  esc(DocumentText::tr("Send a copy of this letter to each issuer with the notice, quoting the crime "
                                       "reference, and ask them to cancel it: it was incurred by another vehicle. "
                                       "Keep copies of everything you send.")))
        + (notices.isEmpty()
                ? QString()
                : QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>%5</table>")
                      .arg(esc(DocumentText::tr("Date")), esc(DocumentText::tr("Place")),
                          esc(DocumentText::tr("Issuer")), esc(DocumentText::tr("Their reference")), notices))
        + QStringLiteral("<p>%1</p><p>%2</p>")
              .arg(esc(r.dvlaTold ? DocumentText::tr("You have told the DVLA; you need do nothing more for them.")
                                  : DocumentText::tr("Please also tell the DVLA that your registration number is "
                                                     "being used by another vehicle, quoting the crime reference.")),
                  esc(DocumentText::tr("Yours sincerely,\nForce Control Room"))
                      .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return print(path, DocumentText::tr("Letter on cloned registration %1").arg(plateOf(c)), html, madeBy, madeMs);
}

QString writeCaseReport(const QString& path, const CloneCase& c, const std::vector<EvidenceRead>& evidence,
    const std::vector<CaseEvent>& history, const CameraPlaces& places, const QString& madeBy, qint64 madeMs)
{
    QString html
        = QStringLiteral("<h1>%1</h1><p>%2</p>")
              .arg(esc(DocumentText::tr("Clone case %1: %2").arg(c.id).arg(plateOf(c))),
                  esc(DocumentText::tr("%1; %2; opened %3; investigator: %4")
                          .arg(caseStateText(c.state),
                              c.origin == QLatin1String("detected") ? DocumentText::tr("raised by detection")
                                                                    : DocumentText::tr("reported by the keeper"),
                              isotime::format(c.openedMs),
                              c.assignedTo.isEmpty() ? DocumentText::tr("none yet") : c.assignedTo)));
    if (c.report) {
        const VictimReport& r = *c.report;
        html += QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
                    .arg(esc(DocumentText::tr("The genuine vehicle")),
                        esc(DocumentText::tr("%1 %2 %3").arg(r.colour, r.make, r.model)),
                        esc(DocumentText::tr("Keeper %1 (%2); crime reference %3; DVLA %4; report taken by %5 on %6")
                                .arg(r.reporter, r.contact, r.crimeReference,
                                    r.dvlaTold ? DocumentText::tr("told") : DocumentText::tr("not told"), r.takenBy,
                                    isotime::format(r.takenMs))));
        for (const Notice& n : r.notices)
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(
                            DocumentText::tr("Notice: %1, %2, %3, %4").arg(n.date, n.place, n.issuer, n.reference)));
    }
    html += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                .arg(esc(DocumentText::tr("Evidence reads (%1)").arg(evidence.size())), esc(DocumentText::tr("Read")),
                    esc(DocumentText::tr("Time")), esc(DocumentText::tr("Camera")),
                    esc(DocumentText::tr("Vehicle seen")), esc(DocumentText::tr("Why")));
    for (const auto& e : evidence)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(e.evidence.readId)
                    .arg(esc(e.read ? isotime::format(e.read->timeMs) : DocumentText::tr("deleted")),
                        esc(e.read ? places.label(e.read->camera) : QString()),
                        esc(e.read ? QString::fromStdString(
                                e.read->vehicle.colour + ' ' + e.read->vehicle.make + ' ' + e.read->vehicle.model)
                                         .simplified()
                                   : QString()),
                        esc(e.evidence.note));
    html += QStringLiteral("</table><h2>%1</h2>").arg(esc(DocumentText::tr("History")));
    for (const auto& h : history)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(
                        QStringLiteral("%1  %2  %3  %4").arg(isotime::format(h.timeMs), h.who, h.action, h.detail)));
    return print(path, DocumentText::tr("Clone case %1 report").arg(c.id), html, madeBy, madeMs);
}

} // namespace kestrel
