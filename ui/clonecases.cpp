// SPDX-License-Identifier: GPL-3.0-or-later
#include "clonecases.h"

#include "cameraplaces.h"
#include "clonedocuments.h"
#include "readimageprovider.h"
#include "searchexport.h"
#include "session.h"

#include "access/userstore.h"
#include "audit/auditlog.h"
#include "io/isotime.h"
#include "store/sqlitereadstore.h"
#include "vrm/vrm.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QUrl>

namespace kestrel {

CloneCases::CloneCases(CloneStore& store, SqliteReadStore& reads, AuditLog& audit, const Session& session,
    const CameraPlaces& places, ReadImageProvider& images, Clock clock, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_reads(reads)
    , m_audit(audit)
    , m_session(session)
    , m_places(places)
    , m_images(images)
    , m_clock(std::move(clock))
{
    refresh();
}

int CloneCases::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

QVariant CloneCases::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CloneCase& c = m_cases[size_t(index.row())];
    switch (role) {
    case CaseIdRole:
        return c.id;
    case Qt::DisplayRole:
    case PlateRole:
        return QString::fromStdString(vrm::displayForm(c.vrm));
    case StateRole:
        return QLatin1String(caseStateName(c.state));
    case StateTextRole:
        return caseStateText(c.state);
    case OriginRole:
        return c.origin == QLatin1String("detected") ? tr("Detected") : tr("Reported by the keeper");
    case EvidenceRole:
        return c.evidence;
    case AssignedRole:
        return c.assignedTo;
    default:
        return {};
    }
}

QHash<int, QByteArray> CloneCases::roleNames() const
{
    return { { CaseIdRole, "caseId" }, { PlateRole, "plate" }, { StateRole, "state" }, { StateTextRole, "stateText" },
        { OriginRole, "origin" }, { EvidenceRole, "evidence" }, { AssignedRole, "assignedTo" } };
}

void CloneCases::refresh()
{
    beginResetModel();
    m_cases = m_store.list(false);
    // Open cases first; closed ones (kept for the record) after.
    std::stable_partition(
        m_cases.begin(), m_cases.end(), [](const CloneCase& c) { return c.state != CaseState::Closed; });
    endResetModel();
    Q_EMIT refreshed();
    show(m_shown);
}

void CloneCases::show(qint64 id)
{
    // The images of the case shown before are let go.
    for (const QVariant& s : m_current.value(QStringLiteral("sightings")).toList())
        m_images.clear(QStringLiteral("clone-%1").arg(s.toMap().value(QStringLiteral("readId")).toLongLong()));
    const auto c = id > 0 ? m_store.get(id) : std::nullopt;
    m_shown = c ? id : 0;
    if (!c)
        m_imagesAudited = 0;
    m_current.clear();
    if (!c) {
        Q_EMIT currentChanged();
        return;
    }
    QVariantList sightings;
    QJsonArray viewed;
    for (const auto& e : m_store.evidence(id)) {
        const auto read = m_reads.get(e.readId);
        QVariantMap s { { QStringLiteral("readId"), e.readId }, { QStringLiteral("note"), e.note } };
        if (read) {
            const auto urls
                = m_images.show(QStringLiteral("clone-%1").arg(e.readId), e.readId, m_reads.images(e.readId));
            if (!urls.plate.isEmpty() || !urls.overview.isEmpty())
                viewed.append(e.readId);
            s.insert({ { QStringLiteral("time"),
                           QDateTime::fromMSecsSinceEpoch(read->timeMs, isotime::london())
                               .toString(QStringLiteral("ddd d MMM yyyy HH:mm:ss")) },
                { QStringLiteral("camera"), m_places.label(read->camera) },
                { QStringLiteral("place"), m_places.place(read->camera) },
                { QStringLiteral("vehicle"),
                    QString::fromStdString(read->vehicle.colour + ' ' + read->vehicle.make + ' ' + read->vehicle.model)
                        .simplified() },
                { QStringLiteral("plateImage"), urls.plate }, { QStringLiteral("overviewImage"), urls.overview } });
        } else {
            s.insert(QStringLiteral("time"), tr("deleted by retention"));
        }
        sightings.append(s);
    }
    if (id != m_imagesAudited && !viewed.isEmpty()) {
        m_imagesAudited = id; // once each time a case is opened, not on every refresh of it
        const User user = m_session.user();
        m_audit.append({ 0, m_clock(), user.name, kestrel::roleNames(user.roles).join(QLatin1Char(',')),
            QStringLiteral("image-view"),
            { { QStringLiteral("clone_case"), id }, { QStringLiteral("reads"), viewed } } });
    }
    QVariantList notices, history, next;
    if (c->report)
        for (const Notice& n : c->report->notices)
            notices.append(QVariantMap { { QStringLiteral("date"), n.date }, { QStringLiteral("place"), n.place },
                { QStringLiteral("issuer"), n.issuer }, { QStringLiteral("reference"), n.reference } });
    for (const auto& h : m_store.history(id))
        history.append(QVariantMap {
            { QStringLiteral("time"),
                QDateTime::fromMSecsSinceEpoch(h.timeMs, isotime::london()).toString(QStringLiteral("d MMM HH:mm")) },
            { QStringLiteral("who"), h.who }, { QStringLiteral("action"), h.action },
            { QStringLiteral("detail"), h.detail } });
    for (const CaseState s : nextCaseStates(c->state))
        next.append(QVariantMap { { QStringLiteral("value"), QLatin1String(caseStateName(s)) },
            { QStringLiteral("text"), caseStateText(s) } });
    const VictimReport* r = c->report ? &*c->report : nullptr;
    m_current
        = { { QStringLiteral("id"), id }, { QStringLiteral("plate"), QString::fromStdString(vrm::displayForm(c->vrm)) },
              { QStringLiteral("state"), QLatin1String(caseStateName(c->state)) },
              { QStringLiteral("stateText"), caseStateText(c->state) }, { QStringLiteral("assignedTo"), c->assignedTo },
              { QStringLiteral("hotlistEntry"), c->hotlistEntry }, { QStringLiteral("hasReport"), r != nullptr },
              { QStringLiteral("genuine"),
                  r ? QStringLiteral("%1 %2 %3").arg(r->colour, r->make, r->model).simplified() : QString() },
              { QStringLiteral("keeper"), r ? r->reporter : QString() },
              { QStringLiteral("contact"), r ? r->contact : QString() },
              { QStringLiteral("crimeReference"), r ? r->crimeReference : QString() },
              { QStringLiteral("dvlaTold"), r && r->dvlaTold }, { QStringLiteral("notices"), notices },
              { QStringLiteral("files"), m_store.fileNames(id).join(QStringLiteral(", ")) },
              { QStringLiteral("sightings"), sightings }, { QStringLiteral("history"), history },
              { QStringLiteral("nextStates"), next } };
    Q_EMIT currentChanged();
}

void CloneCases::showRow(int row)
{
    show(row >= 0 && row < rowCount() ? m_cases[size_t(row)].id : 0);
}

bool CloneCases::done(const QString& problem, const QString& success)
{
    m_message = problem.isEmpty() ? success : tr("Not done: %1.").arg(problem);
    Q_EMIT messageChanged();
    refresh();
    return problem.isEmpty();
}

bool CloneCases::report(const QVariantMap& fields)
{
    VictimReport r;
    const auto text = [&](const char* name) { return fields.value(QLatin1String(name)).toString().trimmed(); };
    r.vrm = vrm::normalise(text("vrm").toStdString());
    r.reporter = text("reporter");
    r.contact = text("contact");
    r.make = text("make");
    r.model = text("model");
    r.colour = text("colour");
    r.dvlaTold = fields.value(QStringLiteral("dvlaTold")).toBool();
    r.crimeReference = text("crimeReference");
    for (const QVariant& n : fields.value(QStringLiteral("notices")).toList()) {
        const QVariantMap m = n.toMap();
        Notice notice { m.value(QStringLiteral("date")).toString().trimmed(),
            m.value(QStringLiteral("place")).toString().trimmed(),
            m.value(QStringLiteral("issuer")).toString().trimmed(),
            m.value(QStringLiteral("reference")).toString().trimmed() };
        if (!notice.date.isEmpty() || !notice.place.isEmpty() || !notice.issuer.isEmpty())
            r.notices.push_back(notice);
    }
    for (const QVariant& f : fields.value(QStringLiteral("files")).toList()) {
        const QUrl url(f.toString());
        QFile file(url.isLocalFile() ? url.toLocalFile() : f.toString());
        if (!file.open(QIODevice::ReadOnly))
            return done(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()), {});
        r.files.emplace_back(QFileInfo(file).fileName(), file.readAll());
    }
    qint64 id = 0;
    const QString problem = m_store.report(r, m_session.user(), m_clock(), id);
    if (problem.isEmpty())
        m_shown = id;
    return done(problem, tr("Report taken: case %1.").arg(id));
}

bool CloneCases::assign(const QString& investigator)
{
    return done(m_store.assign(m_shown, investigator.trimmed(), m_session.user(), m_clock()),
        tr("Case %1 is with %2.").arg(m_shown).arg(investigator.trimmed()));
}

bool CloneCases::advance(const QString& state, const QString& note, bool addHotlistEntry)
{
    const auto to = parseCaseState(state);
    if (!to)
        return done(tr("there is no state %1").arg(state), {});
    const QString problem = m_store.advance(m_shown, *to, m_session.user(), note, m_clock(), addHotlistEntry);
    const auto c = m_store.get(m_shown);
    return done(problem,
        c && c->hotlistEntry && *to == CaseState::ConfirmedClone
            ? tr("Case %1 is a confirmed clone; hotlist entry %2 waits for a supervisor's validation.")
                  .arg(m_shown)
                  .arg(c->hotlistEntry)
            : tr("Case %1 is now: %2.").arg(m_shown).arg(caseStateText(*to)));
}

bool CloneCases::mergeInto(qint64 into)
{
    const qint64 from = m_shown;
    const QString problem = m_store.merge(from, into, m_session.user(), m_clock());
    if (problem.isEmpty())
        m_shown = into;
    return done(problem, tr("Case %1 merged into case %2.").arg(from).arg(into));
}

QString CloneCases::exportPath(const QString& kind) const
{
    const QString folder = exportsFolder();
    return folder
        + QStringLiteral("/clone-case-%1-%2-%3.pdf")
              .arg(m_shown)
              .arg(kind,
                  QDateTime::fromMSecsSinceEpoch(m_clock(), isotime::london())
                      .toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

bool CloneCases::writeLetter()
{
    const auto c = m_store.get(m_shown);
    if (!c)
        return done(tr("show a case first"), {});
    const QString path = exportPath(QStringLiteral("letter"));
    const User user = m_session.user();
    const QString problem = writeVictimLetter(path, *c, user.name, m_clock());
    if (problem.isEmpty())
        m_store.recordDocument(m_shown, QStringLiteral("letter"), path, user, m_clock());
    return done(problem, tr("Letter written to %1").arg(path));
}

bool CloneCases::writeReport()
{
    const auto c = m_store.get(m_shown);
    if (!c)
        return done(tr("show a case first"), {});
    std::vector<EvidenceRead> evidence;
    for (const auto& e : m_store.evidence(m_shown))
        evidence.push_back({ e, m_reads.get(e.readId) });
    const QString path = exportPath(QStringLiteral("report"));
    const User user = m_session.user();
    const QString problem
        = writeCaseReport(path, *c, evidence, m_store.history(m_shown), m_places, user.name, m_clock());
    if (problem.isEmpty())
        m_store.recordDocument(m_shown, QStringLiteral("case-report"), path, user, m_clock());
    return done(problem, tr("Case report written to %1").arg(path));
}

} // namespace kestrel
