// SPDX-License-Identifier: GPL-3.0-or-later
#include "readsearch.h"

#include "cameraplaces.h"
#include "readimageprovider.h"
#include "searchexport.h"
#include "session.h"

#include "access/searchservice.h"
#include "audit/auditlog.h"
#include "io/isotime.h"
#include "store/readstore.h"
#include "vrm/vrm.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace kestrel {

ReadSearch::ReadSearch(SearchService& search, ReadStore& reads, AuditLog& audit, const Session& session,
    const CameraPlaces& places, ReadImageProvider& images, Clock clock, QObject* parent)
    : QAbstractListModel(parent)
    , m_search(search)
    , m_reads(reads)
    , m_audit(audit)
    , m_session(session)
    , m_places(places)
    , m_images(images)
    , m_clock(std::move(clock))
{
}

int ReadSearch::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReadSearch::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Read& r = m_rows[size_t(index.row())];
    switch (role) {
    case TimeRole:
        return isotime::format(r.timeMs);
    case CameraRole:
        return m_places.label(r.camera);
    case PlaceRole:
        return m_places.place(r.camera);
    case VrmRole:
        return QString::fromStdString(vrm::displayForm(r.vrm));
    case ConfidenceRole:
        return QString::number(r.confidence, 'f', 2);
    case ReadIdRole:
        return r.id;
    case MisreadRole: // found only by allowing for misreads
        return m_request.tolerant && !vrm::matchesPattern(r.vrm, m_query.toStdString());
    }
    return {};
}

QHash<int, QByteArray> ReadSearch::roleNames() const
{
    return { { TimeRole, "time" }, { CameraRole, "camera" }, { PlaceRole, "place" }, { VrmRole, "vrm" },
        { ConfidenceRole, "confidence" }, { ReadIdRole, "readId" }, { MisreadRole, "misread" } };
}

QStringList ReadSearch::purposes()
{
    return allPurposeNames();
}

void ReadSearch::fail(const QString& message)
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_summary.clear();
    m_why = message;
    m_how.clear();
    m_refused = true;
    m_clipped = false;
    Q_EMIT finished();
}

void ReadSearch::run(const QString& purpose, const QString& reference, const QString& vrm, const QString& from,
    const QString& to, const QString& camera, bool inTimeOrder, bool tolerant)
{
    if (m_searching)
        return;
    const auto why = purposeFromName(purpose);
    if (!why)
        return fail(tr("Choose a purpose."));
    const qint64 now = m_clock();
    SearchRequest request;
    request.purpose = *why;
    request.reference = reference.trimmed();
    request.vrm = vrm;
    request.toMs = now;
    request.tolerant = tolerant;
    request.oldestFirst = inTimeOrder;
    request.limit = pageSize;
    if (!from.trimmed().isEmpty()) {
        const auto parsed = isotime::parse(from.trimmed().toStdString());
        if (!parsed)
            return fail(tr("'From' is not a date or time: write 2026-05-01 or 2026-05-01T14:00."));
        request.fromMs = *parsed;
    } else {
        request.fromMs = m_search.defaultFrom(now);
    }
    if (!to.trimmed().isEmpty()) {
        const auto parsed = isotime::parse(to.trimmed().toStdString(), isotime::DateOnly::EndOfDay);
        if (!parsed)
            return fail(tr("'To' is not a date or time: write 2026-05-01 or 2026-05-01T14:00."));
        request.toMs = *parsed;
    }
    if (!camera.trimmed().isEmpty())
        request.cameras.push_back(camera.trimmed().toStdString());
    m_request = request;
    m_purpose = purpose;
    m_reference = request.reference;
    m_pageStarts = { std::nullopt };
    runPage();
}

void ReadSearch::nextPage()
{
    if (m_searching || !m_more || m_rows.empty())
        return;
    m_pageStarts.push_back(ReadCursor { m_rows.back().timeMs, m_rows.back().id });
    runPage();
}

void ReadSearch::previousPage()
{
    if (m_searching || m_pageStarts.size() < 2)
        return;
    m_pageStarts.pop_back();
    runPage();
}

void ReadSearch::cancel()
{
    m_cancel = m_searching;
}

void ReadSearch::runPage()
{
    m_request.after = m_pageStarts.back();
    m_searching = true;
    m_cancel = false;
    m_progress = 0;
    Q_EMIT searchingChanged();
    Q_EMIT progressChanged();
    // Between batches of vehicles the console goes on (alerts arrive, Cancel can be pressed); the store holds
    // no statement open across this, and a second search waits for this one (m_searching).
    const auto progress = [this](qint64 done, qint64 total) {
        m_progress = double(done) / double(total);
        Q_EMIT progressChanged();
        QCoreApplication::processEvents();
        return !m_cancel;
    };
    const SearchResult result = m_search.search(m_session.user(), m_request, m_clock(), progress);
    m_searching = false;
    Q_EMIT searchingChanged();
    if (!result.problem.isEmpty())
        return fail(tr("Cannot search for '%1': %2").arg(m_request.vrm, result.problem));
    beginResetModel();
    m_rows = result.page.reads;
    m_query = result.pattern;
    endResetModel();
    m_more = result.page.more;
    const QString camera = m_request.cameras.empty() ? QString() : QString::fromStdString(m_request.cameras.front());
    const QString asked = m_request.tolerant ? tr("%1 or a misread of it").arg(m_query) : m_query;
    m_described = camera.isEmpty() ? asked : tr("%1 at %2").arg(asked, camera);
    const AccessDecision& d = result.decision;
    m_refused = d.outcome == AccessDecision::Outcome::Refused;
    m_range = m_refused ? QString() : tr("%1 to %2").arg(isotime::format(d.fromMs), isotime::format(d.toMs));
    m_clipped = d.outcome == AccessDecision::Outcome::Clipped;
    m_why = d.why;
    m_how = d.howToAskForMore;
    const int first = (pageNumber() - 1) * pageSize + 1;
    const QString shown = m_rows.empty() ? tr("No reads")
                                         : tr("Reads %1 to %2%3")
                                               .arg(first)
                                               .arg(first + int(m_rows.size()) - 1)
                                               .arg(m_more ? tr(" (more follow)") : QString());
    m_summary = m_refused
        ? QString()
        : tr("%1 from %2 to %3, %4%5")
              .arg(shown, isotime::format(d.fromMs), isotime::format(d.toMs),
                  m_request.oldestFirst ? tr("oldest first: where the vehicle went") : tr("newest first"),
                  result.page.cancelled ? tr("; cancelled before every vehicle was searched") : QString());
    Q_EMIT finished();
}

void ReadSearch::exportResults(const QString& format)
{
    const bool pdf = format == QLatin1String("pdf");
    const qint64 now = m_clock();
    const QString folder = exportsFolder();
    QString name = m_reference;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    const QString path
        = QStringLiteral("%1/%2-%3.%4")
              .arg(folder, name,
                  QDateTime::fromMSecsSinceEpoch(now, isotime::london()).toString(QStringLiteral("yyyyMMdd-HHmmss")),
                  pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const ExportHeader header { m_session.userName(), m_purpose, m_reference, m_described, m_range, now };
    const auto progress = [this](int done, int total) {
        m_exportProgress = total ? double(done) / total : 1.0;
        Q_EMIT exportProgressChanged();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    const QString problem = pdf ? exportPdf(path, header, m_rows, m_places, m_reads, progress)
                                : exportCsv(path, header, m_rows, m_places, progress);
    if (problem.isEmpty())
        m_audit.append({ 0, now, m_session.userName(), {}, QStringLiteral("export"),
            { { QStringLiteral("format"), pdf ? QStringLiteral("pdf") : QStringLiteral("csv") },
                { QStringLiteral("file"), path }, { QStringLiteral("reads"), qint64(m_rows.size()) },
                { QStringLiteral("reference"), m_reference }, { QStringLiteral("purpose"), m_purpose },
                { QStringLiteral("query"), m_described } } });
    m_exported = problem.isEmpty() ? tr("Exported %n read(s) to %1", "", int(m_rows.size())).arg(path) : problem;
    Q_EMIT exportedChanged();
}

QVariantMap ReadSearch::openImages(int row)
{
    if (row < 0 || row >= rowCount())
        return {};
    const Read& r = m_rows[size_t(row)];
    m_audit.append({ 0, m_clock(), m_session.userName(), {}, QStringLiteral("image-view"),
        { { QStringLiteral("read"), r.id }, { QStringLiteral("vrm"), QString::fromStdString(r.vrm) },
            { QStringLiteral("reference"), m_reference } } });
    const auto urls = m_images.show(QStringLiteral("search"), r.id, m_reads.images(r.id));
    return { { QStringLiteral("plate"), urls.plate }, { QStringLiteral("overview"), urls.overview } };
}

} // namespace kestrel
