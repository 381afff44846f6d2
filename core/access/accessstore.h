// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesspolicy.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kestrel {

class Database;

// An investigator's request for extended access, and what a supervisor decided.
struct AccessRequest {
    qint64 id = 0;
    QString requester;
    Purpose purpose = Purpose::Serious;
    QString reference; // the investigation: crime/incident number or operation name
    QStringList vrms; // normalised; empty: any VRM in the investigation
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString justification;
    qint64 createdMs = 0;
    enum class State { Pending, Granted, Refused };
    State state = State::Pending;
    QString decidedBy;
    qint64 decidedMs = 0;
    QString note;
    qint64 expiresMs = 0; // a grant's end
};
QString requestStateName(AccessRequest::State state); // pending, granted, refused

// Extended-access requests and grants on a Kestrel database. Each step is audited in the same transaction.
class AccessStore {
public:
    explicit AccessStore(Database& db);

    // Records a request; returns its id, or nothing with problem saying what is missing.
    std::optional<qint64> request(AccessRequest request, qint64 nowMs, QString* problem);
    // A supervisor's decision on a pending request: never the requester's own. Returns an empty string, or
    // why nothing changed. A grant covers exactly what was asked, until expiresMs.
    QString grant(
        qint64 id, const QString& supervisor, Roles roles, const QString& note, qint64 expiresMs, qint64 nowMs);
    QString refuse(qint64 id, const QString& supervisor, Roles roles, const QString& note, qint64 nowMs);

    std::optional<AccessRequest> get(qint64 id);
    // Newest first; only pending ones when pendingOnly.
    std::vector<AccessRequest> list(bool pendingOnly);
    // The grants a user holds that have not expired.
    std::vector<AccessGrant> grantsFor(const QString& user, qint64 nowMs);

private:
    QString decide(qint64 id, const QString& supervisor, Roles roles, AccessRequest::State state, const QString& note,
        qint64 expiresMs, qint64 nowMs);
    Database& m_db;
};

} // namespace kestrel
