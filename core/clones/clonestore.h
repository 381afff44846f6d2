// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clonedetector.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kestrel {

class Database;
struct User;

// Where a clone case stands: reported (by the genuine keeper, or raised by detection) -> under investigation
// (with an assigned investigator) -> confirmed clone or not a clone -> closed.
enum class CaseState { Reported, UnderInvestigation, ConfirmedClone, NotAClone, Closed };
const char* caseStateName(CaseState state); // reported, under-investigation, confirmed-clone, not-a-clone, closed
std::optional<CaseState> parseCaseState(const QString& name);
QString caseStateText(CaseState state); // as people read it, translated
// The states a case may move to from this one by CloneStore::advance (none from reported: a reported case goes
// under investigation by being assigned).
std::vector<CaseState> nextCaseStates(CaseState from);

// A ticket or notice the genuine keeper received for a place they never went.
struct Notice {
    QString date; // as on the notice
    QString place;
    QString issuer;
    QString reference;
};

// The genuine keeper's report.
struct VictimReport {
    std::string vrm;
    QString reporter;
    QString contact;
    QString make, model, colour; // of the genuine vehicle
    std::vector<Notice> notices;
    bool dvlaTold = false;
    QString crimeReference;
    std::vector<std::pair<QString, QByteArray>> files; // name, contents (images, PDF)
    QString takenBy;
    qint64 takenMs = 0;
};

struct CloneCase {
    qint64 id = 0;
    std::string vrm;
    CaseState state = CaseState::Reported;
    QString origin; // "detected" or "reported"
    qint64 openedMs = 0;
    qint64 updatedMs = 0;
    QString assignedTo;
    qint64 mergedInto = 0;
    qint64 hotlistEntry = 0; // the "cloned VRM" entry made on confirmation
    int evidence = 0; // reads attached
    std::optional<VictimReport> report;
};

// One read attached to a case, with why.
struct CaseEvidence {
    qint64 readId = 0;
    QString note;
    qint64 addedMs = 0;
};

struct CaseEvent {
    qint64 timeMs = 0;
    QString who;
    QString action;
    QString detail;
};

// Clone cases on a Kestrel database. Every step is kept in the case's history and audited. A case's evidence
// reads are preserved from retention while it is open and released when it closes.
class CloneStore {
public:
    explicit CloneStore(Database& db);

    // Inside the caller's transaction (the engine's): the suspicion's reads become evidence of the VRM's open
    // case, or of a new one (origin "detected"). Returns the case's id and whether it is new.
    std::pair<qint64, bool> suspect(const CloneSuspicion& suspicion, qint64 nowMs);
    // The genuine keeper's report: joins the VRM's open case (a detected one becomes theirs) or opens one.
    // Refused, with why, when a required detail is missing; id is set on success.
    QString report(const VictimReport& report, const User& by, qint64 nowMs, qint64& id);
    // Assigns the investigator (a user who may search); a reported case goes under investigation.
    QString assign(qint64 id, const QString& investigator, const User& by, qint64 nowMs);
    // Moves a case on (by its investigator or a supervisor); refused, with why, for any step the state machine does
    // not allow (a reported case goes under investigation by being assigned). Confirming a clone with
    // addHotlistEntry adds a pending "cloned VRM" entry telling officers to compare the vehicle with the genuine one
    // (validated by a second person as any entry is); closing releases the preserved evidence.
    QString advance(
        qint64 id, CaseState to, const User& by, const QString& note, qint64 nowMs, bool addHotlistEntry = false);
    // Moves a detected case's evidence into another case (a victim's) and closes it as merged.
    QString merge(qint64 from, qint64 into, const User& by, qint64 nowMs);

    std::optional<CloneCase> get(qint64 id);
    // Cases, newest first; open only, or all.
    std::vector<CloneCase> list(bool openOnly);
    std::vector<CaseEvidence> evidence(qint64 id);
    std::vector<CaseEvent> history(qint64 id);
    // The names of the evidence files the keeper gave.
    QStringList fileNames(qint64 id);
    // Records (and audits) that a document about the case was made: a letter to the victim, the case report.
    void recordDocument(qint64 id, const QString& what, const QString& path, const User& by, qint64 nowMs);

private:
    void attach(qint64 id, qint64 readId, const QString& note, qint64 nowMs);
    void record(qint64 id, qint64 nowMs, const QString& who, const QString& action, const QString& detail);
    std::optional<qint64> openCaseFor(const std::string& vrm);
    // The cases (open only, or all), or one (id), with their reports.
    std::vector<CloneCase> load(bool openOnly, qint64 id);

    Database& m_db;
};

} // namespace kestrel
