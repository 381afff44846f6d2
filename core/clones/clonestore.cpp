// SPDX-License-Identifier: GPL-3.0-or-later
#include "clonestore.h"

#include "access/userstore.h"
#include "audit/auditlog.h"
#include "hotlist/hotliststore.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace kestrel {

namespace {
class CloneStoreText {
    Q_DECLARE_TR_FUNCTIONS(CloneStore)
};

constexpr std::array states { std::pair { CaseState::Reported, "reported" },
    std::pair { CaseState::UnderInvestigation, "under-investigation" },
    std::pair { CaseState::ConfirmedClone, "confirmed-clone" }, std::pair { CaseState::NotAClone, "not-a-clone" },
    std::pair { CaseState::Closed, "closed" } };

// How reads preserved for a case are marked (preserved_reads.case_ref).
QString caseRef(qint64 id)
{
    return QStringLiteral("clone-case-%1").arg(id);
}

void audit(Database& db, qint64 nowMs, const User* by, const QString& action, qint64 id, const std::string& vrm,
    const QString& detail)
{
    AuditLog(db).append({ 0, nowMs, by ? by->name : QStringLiteral("system"),
        by ? roleNames(by->roles).join(QLatin1Char(',')) : QString(), action,
        { { QStringLiteral("case"), id }, { QStringLiteral("vrm"), QString::fromStdString(vrm) },
            { QStringLiteral("detail"), detail } } });
}
} // namespace

const char* caseStateName(CaseState state)
{
    for (const auto& [s, name] : states)
        if (s == state)
            return name;
    return "closed";
}

std::optional<CaseState> parseCaseState(const QString& name)
{
    for (const auto& [s, text] : states)
        if (name == QLatin1String(text))
            return s;
    return std::nullopt;
}

QString caseStateText(CaseState state)
{
    switch (state) {
    case CaseState::Reported:
        return CloneStoreText::tr("Reported");
    case CaseState::UnderInvestigation:
        return CloneStoreText::tr("Under investigation");
    case CaseState::ConfirmedClone:
        return CloneStoreText::tr("Confirmed clone");
    case CaseState::NotAClone:
        return CloneStoreText::tr("Not a clone");
    case CaseState::Closed:
        break;
    }
    return CloneStoreText::tr("Closed");
}

std::vector<CaseState> nextCaseStates(CaseState from)
{
    switch (from) {
    case CaseState::Reported:
        break; // it goes under investigation by being assigned
    case CaseState::UnderInvestigation:
        return { CaseState::ConfirmedClone, CaseState::NotAClone };
    case CaseState::ConfirmedClone:
    case CaseState::NotAClone:
        return { CaseState::Closed };
    case CaseState::Closed:
        break;
    }
    return {};
}

CloneStore::CloneStore(Database& db)
    : m_db(db)
{
}

std::optional<qint64> CloneStore::openCaseFor(const std::string& vrm)
{
    return m_db.prepared("SELECT id FROM clone_cases WHERE vrm = ? AND state != 'closed' ORDER BY id LIMIT 1")
        .bind(1, vrm)
        .scalar();
}

void CloneStore::record(qint64 id, qint64 nowMs, const QString& who, const QString& action, const QString& detail)
{
    m_db.prepared("INSERT INTO clone_history(case_id, ts, who, action, detail) VALUES (?,?,?,?,?)")
        .bind(1, id)
        .bind(2, nowMs)
        .bind(3, who)
        .bind(4, action)
        .bind(5, detail)
        .run();
    m_db.prepared("UPDATE clone_cases SET updated = ? WHERE id = ?").bind(1, nowMs).bind(2, id).run();
}

void CloneStore::attach(qint64 id, qint64 readId, const QString& note, qint64 nowMs)
{
    m_db.prepared("INSERT OR IGNORE INTO clone_evidence(case_id, read_id, note, added) VALUES (?,?,?,?)")
        .bind(1, id)
        .bind(2, readId)
        .bind(3, note)
        .bind(4, nowMs)
        .run();
    // Kept from retention while the case is open: it may become evidence in court.
    m_db.prepared("INSERT OR IGNORE INTO preserved_reads(read_id, case_ref, since) VALUES (?,?,?)")
        .bind(1, readId)
        .bind(2, caseRef(id))
        .bind(3, nowMs)
        .run();
}

std::pair<qint64, bool> CloneStore::suspect(const CloneSuspicion& suspicion, qint64 nowMs)
{
    const auto open = openCaseFor(suspicion.vrm);
    qint64 id = open.value_or(0);
    if (!open) {
        m_db.prepared("INSERT INTO clone_cases(vrm, state, origin, opened, updated) VALUES (?, 'reported', "
                      "'detected', ?, ?)")
            .bind(1, suspicion.vrm)
            .bind(2, nowMs)
            .bind(3, nowMs)
            .run();
        id = m_db.lastInsertId();
    }
    attach(id, suspicion.earlier.readId, suspicion.why, nowMs);
    attach(id, suspicion.later.readId, suspicion.why, nowMs);
    record(id, nowMs, QStringLiteral("system"), open ? QStringLiteral("evidence") : QStringLiteral("detected"),
        suspicion.why);
    audit(m_db, nowMs, nullptr, open ? QStringLiteral("clone-evidence") : QStringLiteral("clone-suspected"), id,
        suspicion.vrm, suspicion.why);
    return { id, !open };
}

QString CloneStore::report(const VictimReport& r, const User& by, qint64 nowMs, qint64& id)
{
    if (!allows(by.roles, Capability::ReportClones))
        return CloneStoreText::tr("%1 may not take clone reports").arg(by.name);
    for (const auto& [value, name] : { std::pair(&r.reporter, CloneStoreText::tr("the reporter's name")),
             std::pair(&r.contact, CloneStoreText::tr("how to contact them")),
             std::pair(&r.make, CloneStoreText::tr("the genuine vehicle's make")),
             std::pair(&r.colour, CloneStoreText::tr("its colour")) })
        if (value->trimmed().isEmpty())
            return CloneStoreText::tr("give %1").arg(name);
    if (r.vrm.empty())
        return CloneStoreText::tr("give the VRM");
    Database::Transaction tx(m_db);
    const auto open = openCaseFor(r.vrm);
    if (open && m_db.prepared("SELECT 1 FROM clone_reports WHERE case_id = ?").bind(1, *open).scalar())
        return CloneStoreText::tr("case %1 on %2 already has the keeper's report")
            .arg(*open)
            .arg(QString::fromStdString(r.vrm));
    id = open.value_or(0);
    if (open) {
        m_db.prepared("UPDATE clone_cases SET origin = 'reported' WHERE id = ?").bind(1, id).run();
    } else {
        m_db.prepared("INSERT INTO clone_cases(vrm, state, origin, opened, updated) VALUES (?, 'reported', "
                      "'reported', ?, ?)")
            .bind(1, r.vrm)
            .bind(2, nowMs)
            .bind(3, nowMs)
            .run();
        id = m_db.lastInsertId();
    }
    m_db.prepared("INSERT INTO clone_reports(case_id, reporter, contact, make, model, colour, dvla_told, "
                  "crime_reference, taken_by, taken) VALUES (?,?,?,?,?,?,?,?,?,?)")
        .bind(1, id)
        .bind(2, r.reporter.trimmed())
        .bind(3, r.contact.trimmed())
        .bind(4, r.make.trimmed())
        .bind(5, r.model.trimmed())
        .bind(6, r.colour.trimmed())
        .bind(7, r.dvlaTold ? 1 : 0)
        .bind(8, r.crimeReference.trimmed())
        .bind(9, by.name)
        .bind(10, nowMs)
        .run();
    for (const Notice& n : r.notices)
        m_db.prepared("INSERT INTO clone_notices(case_id, date, place, issuer, reference) VALUES (?,?,?,?,?)")
            .bind(1, id)
            .bind(2, n.date)
            .bind(3, n.place)
            .bind(4, n.issuer)
            .bind(5, n.reference)
            .run();
    for (const auto& [name, data] : r.files)
        m_db.prepared("INSERT INTO clone_files(case_id, name, data) VALUES (?,?,?)")
            .bind(1, id)
            .bind(2, name)
            .bindBlob(3, data)
            .run();
    const QString detail
        = CloneStoreText::tr("reported by %1, %n notice(s)", "", int(r.notices.size())).arg(r.reporter);
    record(id, nowMs, by.name, QStringLiteral("reported"), detail);
    audit(m_db, nowMs, &by, QStringLiteral("clone-reported"), id, r.vrm, detail);
    tx.commit();
    return {};
}

QString CloneStore::assign(qint64 id, const QString& investigator, const User& by, qint64 nowMs)
{
    if (!allows(by.roles, Capability::InvestigateClones))
        return CloneStoreText::tr("%1 may not work clone cases").arg(by.name);
    const auto who = UserStore(m_db).find(investigator);
    if (!who || !allows(who->roles, Capability::InvestigateClones))
        return CloneStoreText::tr("%1 is not an investigator").arg(investigator);
    Database::Transaction tx(m_db);
    const auto c = get(id);
    if (!c)
        return CloneStoreText::tr("there is no clone case %1").arg(id);
    if (c->state == CaseState::Closed)
        return CloneStoreText::tr("case %1 is closed").arg(id);
    m_db.prepared("UPDATE clone_cases SET assigned_to = ? WHERE id = ?").bind(1, investigator).bind(2, id).run();
    if (c->state == CaseState::Reported)
        m_db.prepared("UPDATE clone_cases SET state = 'under-investigation' WHERE id = ?").bind(1, id).run();
    record(id, nowMs, by.name, QStringLiteral("assigned"), investigator);
    audit(m_db, nowMs, &by, QStringLiteral("clone-assigned"), id, c->vrm, investigator);
    tx.commit();
    return {};
}

QString CloneStore::advance(
    qint64 id, CaseState to, const User& by, const QString& note, qint64 nowMs, bool addHotlistEntry)
{
    if (!allows(by.roles, Capability::InvestigateClones))
        return CloneStoreText::tr("%1 may not work clone cases").arg(by.name);
    Database::Transaction tx(m_db);
    const auto c = get(id);
    if (!c)
        return CloneStoreText::tr("there is no clone case %1").arg(id);
    if (c->state == CaseState::Reported && to == CaseState::UnderInvestigation)
        return CloneStoreText::tr("assign an investigator to case %1 first").arg(id);
    if (const auto next = nextCaseStates(c->state); std::find(next.begin(), next.end(), to) == next.end())
        return CloneStoreText::tr("case %1 is %2: it cannot become %3")
            .arg(id)
            .arg(caseStateText(c->state), caseStateText(to).toLower());
    if (c->assignedTo != by.name && !(by.roles & Role::Supervisor))
        return CloneStoreText::tr("case %1 is %2's: only they or a supervisor move it on").arg(id).arg(c->assignedTo);
    m_db.prepared("UPDATE clone_cases SET state = ? WHERE id = ?")
        .bind(1, std::string_view(caseStateName(to)))
        .bind(2, id)
        .run();
    QString detail = note.trimmed();
    if (to == CaseState::ConfirmedClone && addHotlistEntry) {
        HotlistEntry entry;
        entry.vrm = c->vrm;
        entry.list = QStringLiteral("Cloned VRMs");
        entry.category = QStringLiteral("cloned vrm");
        entry.priority = Priority::Medium;
        const auto& r = c->report;
        entry.action = r
            ? CloneStoreText::tr("Cloned plate (case %1): the genuine vehicle is a %2 %3 %4. Compare make, "
                                 "model and colour before any stop; the genuine keeper is not a suspect.")
                  .arg(id)
                  .arg(r->colour, r->make, r->model)
                  .simplified()
            : CloneStoreText::tr("Cloned plate (case %1): compare make, model and colour with the genuine "
                                 "vehicle on the case before any stop.")
                  .arg(id);
        entry.source = QStringLiteral("Clone case");
        entry.reference = r && !r->crimeReference.isEmpty() ? r->crimeReference : caseRef(id);
        entry.effectiveMs = nowMs;
        if (const QString problem = HotlistStore(m_db).addPending(entry, by, nowMs); !problem.isEmpty())
            return problem;
        m_db.prepared("UPDATE clone_cases SET hotlist_entry = ? WHERE id = ?").bind(1, entry.id).bind(2, id).run();
        detail += (detail.isEmpty() ? QString() : QStringLiteral("; "))
            + CloneStoreText::tr("hotlist entry %1 added, pending validation").arg(entry.id);
    }
    if (to == CaseState::Closed)
        m_db.prepared("DELETE FROM preserved_reads WHERE case_ref = ?").bind(1, caseRef(id)).run();
    record(id, nowMs, by.name, QLatin1String(caseStateName(to)), detail);
    audit(m_db, nowMs, &by, QStringLiteral("clone-") + QLatin1String(caseStateName(to)), id, c->vrm, detail);
    tx.commit();
    return {};
}

QString CloneStore::merge(qint64 from, qint64 into, const User& by, qint64 nowMs)
{
    if (!allows(by.roles, Capability::InvestigateClones))
        return CloneStoreText::tr("%1 may not work clone cases").arg(by.name);
    Database::Transaction tx(m_db);
    const auto source = get(from), target = get(into);
    if (!source || !target || from == into)
        return CloneStoreText::tr("give two different clone cases");
    if (source->state == CaseState::Closed || target->state == CaseState::Closed)
        return CloneStoreText::tr("a closed case cannot be merged");
    if (source->report)
        return CloneStoreText::tr("case %1 has a keeper's report: merge the detected case into it instead").arg(from);
    for (const auto& e : evidence(from))
        attach(into, e.readId, e.note, nowMs);
    m_db.prepared("DELETE FROM preserved_reads WHERE case_ref = ?").bind(1, caseRef(from)).run();
    m_db.prepared("UPDATE clone_cases SET state = 'closed', merged_into = ? WHERE id = ?")
        .bind(1, into)
        .bind(2, from)
        .run();
    record(from, nowMs, by.name, QStringLiteral("merged"), CloneStoreText::tr("into case %1").arg(into));
    record(into, nowMs, by.name, QStringLiteral("merged"),
        CloneStoreText::tr("case %1 (%2) merged in").arg(from).arg(QString::fromStdString(source->vrm)));
    audit(m_db, nowMs, &by, QStringLiteral("clone-merged"), into, target->vrm,
        CloneStoreText::tr("case %1 merged in").arg(from));
    tx.commit();
    return {};
}

std::optional<CloneCase> CloneStore::get(qint64 id)
{
    auto cases = load(false, id);
    return cases.empty() ? std::nullopt : std::optional(std::move(cases.front()));
}

std::vector<CloneCase> CloneStore::list(bool openOnly)
{
    return load(openOnly, 0);
}

std::vector<CloneCase> CloneStore::load(bool openOnly, qint64 id)
{
    std::vector<CloneCase> out;
    auto& select = m_db.prepared(
        "SELECT c.id, c.vrm, c.state, c.origin, c.opened, c.updated, c.assigned_to, c.merged_into, c.hotlist_entry, "
        "(SELECT count(*) FROM clone_evidence e WHERE e.case_id = c.id), r.reporter, r.contact, r.make, r.model, "
        "r.colour, r.dvla_told, r.crime_reference, r.taken_by, r.taken FROM clone_cases c LEFT JOIN clone_reports r "
        "ON r.case_id = c.id WHERE (?1 = 0 OR c.state != 'closed') AND (?2 = 0 OR c.id = ?2) ORDER BY c.id DESC");
    select.bind(1, openOnly ? 1 : 0).bind(2, id);
    while (select.step()) {
        CloneCase c;
        c.id = select.int64(0);
        c.vrm = select.text(1);
        c.state = parseCaseState(select.qtext(2)).value_or(CaseState::Closed);
        c.origin = select.qtext(3);
        c.openedMs = select.int64(4);
        c.updatedMs = select.int64(5);
        c.assignedTo = select.qtext(6);
        c.mergedInto = select.isNull(7) ? 0 : select.int64(7);
        c.hotlistEntry = select.isNull(8) ? 0 : select.int64(8);
        c.evidence = int(select.int64(9));
        if (!select.isNull(10)) {
            VictimReport r;
            r.vrm = c.vrm;
            r.reporter = select.qtext(10);
            r.contact = select.qtext(11);
            r.make = select.qtext(12);
            r.model = select.qtext(13);
            r.colour = select.qtext(14);
            r.dvlaTold = select.int64(15) != 0;
            r.crimeReference = select.qtext(16);
            r.takenBy = select.qtext(17);
            r.takenMs = select.int64(18);
            c.report = std::move(r);
        }
        out.push_back(std::move(c));
    }
    select.reset();
    for (auto& c : out)
        if (c.report) {
            auto& notices = m_db.prepared("SELECT date, place, issuer, reference FROM clone_notices WHERE case_id = ? "
                                          "ORDER BY id");
            notices.bind(1, c.id);
            while (notices.step())
                c.report->notices.push_back({ notices.qtext(0), notices.qtext(1), notices.qtext(2), notices.qtext(3) });
            notices.reset();
        }
    return out;
}

std::vector<CaseEvidence> CloneStore::evidence(qint64 id)
{
    std::vector<CaseEvidence> out;
    auto& select = m_db.prepared("SELECT read_id, note, added FROM clone_evidence WHERE case_id = ? ORDER BY read_id");
    select.bind(1, id);
    while (select.step())
        out.push_back({ select.int64(0), select.qtext(1), select.int64(2) });
    select.reset();
    return out;
}

std::vector<CaseEvent> CloneStore::history(qint64 id)
{
    std::vector<CaseEvent> out;
    auto& select = m_db.prepared("SELECT ts, who, action, detail FROM clone_history WHERE case_id = ? ORDER BY id");
    select.bind(1, id);
    while (select.step())
        out.push_back({ select.int64(0), select.qtext(1), select.qtext(2), select.qtext(3) });
    select.reset();
    return out;
}

QStringList CloneStore::fileNames(qint64 id)
{
    QStringList out;
    auto& select = m_db.prepared("SELECT name FROM clone_files WHERE case_id = ? ORDER BY id");
    select.bind(1, id);
    while (select.step())
        out << select.qtext(0);
    select.reset();
    return out;
}

void CloneStore::recordDocument(qint64 id, const QString& what, const QString& path, const User& by, qint64 nowMs)
{
    Database::Transaction tx(m_db);
    const auto c = get(id);
    record(id, nowMs, by.name, what, path);
    audit(m_db, nowMs, &by, QStringLiteral("clone-") + what, id, c ? c->vrm : std::string(), path);
    tx.commit();
}

} // namespace kestrel
