// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert.h"

#include "audit/auditlog.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace kestrel {

class Database;
struct Read;
struct HotlistMatch;

// Alerts and their history on a Kestrel database. Lifecycle steps check who holds the alert and record
// each transition with who and when, in the alert's history and in the audit trail.
class AlertStore {
public:
    explicit AlertStore(Database& db);

    struct Raised {
        Alert alert;
        bool isNew = true; // false: folded into an earlier alert as a further sighting
    };
    // Inside the caller's transaction: folds the read into the alert for the same entry VRM and camera
    // whose sightings lie within foldWindowMs of it, or raises a new alert; nowMs is when (for the history).
    // retrospective: the read was found when the entry went live, not matched as it came in.
    Raised raiseOrFold(const Read& read, const HotlistMatch& match, const HotlistEntry& entry, qint64 foldWindowMs,
        qint64 nowMs, bool retrospective = false);

    std::optional<Alert> get(qint64 id);
    // New and claimed alerts that viewer may see (the shared queue, and hits on covert lists they read), most
    // urgent first, then oldest first. An empty viewer sees the shared queue only.
    std::vector<Alert> open(const QString& viewer);
    // Open alerts in the shared queue.
    qint64 openCount();
    // Where the alerts stand: the last id and the last change (milliseconds), to follow them from.
    std::pair<qint64, qint64> lastChange();
    // Alerts raised after afterId or changed after afterMs, anywhere (another console, a server), covert ones
    // too (whoever shows them asks Alert::visibleTo); oldest change first.
    std::vector<Alert> changedSince(qint64 afterId, qint64 afterMs);
    // Every alert on a VRM seen since sinceMs that viewer may see, in any state, newest first.
    std::vector<Alert> forVrm(const std::string& vrm, qint64 sinceMs, const QString& viewer);
    std::vector<AlertEvent> history(qint64 id);
    // Alerts in the shared queue raised since sinceMs by hotlist category, most first (covert hits are not
    // counted where everyone sees).
    std::vector<std::pair<QString, qint64>> countByCategory(qint64 sinceMs);
    // For each alert in the shared queue raised since sinceMs that has been claimed: how long it waited for its
    // first claim.
    std::vector<qint64> claimDelaysMs(qint64 sinceMs);

    // Each returns an empty string on success, or says why nothing changed.
    QString claim(qint64 id, const QString& who, qint64 nowMs);
    QString release(qint64 id, const QString& who, qint64 nowMs);
    // Passes an open alert up to a supervisor with a note (by whoever holds it, or anyone while it is new).
    QString escalate(qint64 id, const QString& who, const QString& note, qint64 nowMs);
    QString dispatch(qint64 id, const QString& who, const QString& incident, qint64 nowMs);
    QString close(
        qint64 id, const QString& who, const QString& reason, const QStringList& allowedReasons, qint64 nowMs);

private:
    QString transition(qint64 id, const QString& who, AlertState from, AlertState to, const QString& action,
        const QString& detail, qint64 nowMs);
    void record(qint64 id, qint64 timeMs, const QString& who, const QString& action, const QString& detail);
    // The same step in the audit trail (alert-claimed, alert-closed, ...), inside the same transaction.
    void audit(const Alert& alert, qint64 timeMs, const QString& who, const QString& action, const QString& detail);

    Database& m_db;
    AuditLog m_audit;
};

} // namespace kestrel
