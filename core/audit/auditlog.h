// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace kestrel {

class Database;

// One thing someone did that the law wants on record: who (and in which roles), when, what, and the
// particulars (the query and its range, purpose, reference, authorisation, result count; the alert and
// its new state; the change made).
struct AuditRecord {
    qint64 seq = 0; // 1, 2, 3 ... in the order appended
    qint64 timeMs = 0;
    QString who;
    QString roles; // the roles the person held then, comma-separated
    QString action; // sign-in, sign-in-refused, search, image-view, export, alert-claimed, user-added, ...
    QJsonObject detail;
};

// The audit trail: append-only and hash-chained. Each record holds the SHA-256 of the record before it and
// its own SHA-256 over that and its content, so an edited, deleted, inserted or reordered record breaks the
// chain where it was; the head (last sequence number and hash) is kept apart, so records cut from the end
// are noticed too. The database refuses UPDATE and DELETE on the trail (triggers), and nothing in Kestrel
// has a path that would try.
class AuditLog {
public:
    explicit AuditLog(Database& db);

    // Appends a record (its seq is assigned; empty roles are filled from the user's). Inside the caller's transaction
    // if one is open, so that the record and what it records are committed together; otherwise in its own.
    void append(AuditRecord record);

    struct Verdict {
        bool whole = true;
        qint64 records = 0;
        qint64 firstBad = 0; // sequence number of the first bad record (0 if whole)
        QString problem; // what is wrong there, for a person to read
    };
    // Walks the whole chain.
    Verdict verify();

    // Records from fromMs to toMs (inclusive), in order, to out.
    void forEach(qint64 fromMs, qint64 toMs, const std::function<void(const AuditRecord&)>& out);

private:
    Database& m_db;
};

} // namespace kestrel
