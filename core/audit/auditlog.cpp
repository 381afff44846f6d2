// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "access/role.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace kestrel {

namespace {
class AuditText {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

QByteArray detailText(const QJsonObject& detail)
{
    // QJsonObject keeps its keys sorted, so the same detail always gives the same bytes.
    return QJsonDocument(detail).toJson(QJsonDocument::Compact);
}

// SHA-256 over the previous record's hash and everything this record says, each field length-prefixed so
// that no two different records can give the same input.
QByteArray chainHash(const QByteArray& previous, const AuditRecord& r, const QByteArray& detail)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous);
    const auto field = [&hash](const QByteArray& bytes) {
        hash.addData(QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    };
    field(QByteArray::number(r.seq));
    field(QByteArray::number(r.timeMs));
    field(r.who.toUtf8());
    field(r.roles.toUtf8());
    field(r.action.toUtf8());
    field(detail);
    return hash.result();
}

const QByteArray genesis(32, '\0'); // the "previous hash" of record 1
} // namespace

AuditLog::AuditLog(Database& db)
    : m_db(db)
{
}

void AuditLog::append(AuditRecord record)
{
    std::optional<Database::Transaction> own;
    if (!m_db.inTransaction())
        own.emplace(m_db);
    auto& head = m_db.prepared("SELECT seq, hash FROM audit_head WHERE id = 1");
    QByteArray previous = genesis;
    record.seq = 1;
    if (head.step()) {
        record.seq = head.int64(0) + 1;
        previous = head.blob(1);
    }
    head.reset();
    if (record.roles.isEmpty()) {
        // The roles the person holds now, when the caller did not say.
        auto& roles = m_db.prepared("SELECT roles FROM users WHERE name = ?");
        roles.bind(1, record.who);
        if (roles.step())
            record.roles = roleNames(Roles::fromInt(int(roles.int64(0)))).join(QLatin1Char(','));
        roles.reset();
    }
    const QByteArray detail = detailText(record.detail);
    const QByteArray hash = chainHash(previous, record, detail);
    m_db.prepared("INSERT INTO audit_log(seq, ts, who, roles, action, detail, prev_hash, hash) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, record.seq)
        .bind(2, record.timeMs)
        .bind(3, record.who)
        .bind(4, record.roles)
        .bind(5, record.action)
        .bind(6, QString::fromUtf8(detail))
        .bindBlob(7, previous)
        .bindBlob(8, hash)
        .run();
    m_db.prepared("INSERT INTO audit_head(id, seq, hash) VALUES (1, ?, ?) "
                  "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash")
        .bind(1, record.seq)
        .bindBlob(2, hash)
        .run();
    if (own)
        own->commit();
}

AuditLog::Verdict AuditLog::verify()
{
    Verdict verdict;
    const auto bad = [&verdict](qint64 seq, const QString& problem) {
        verdict.whole = false;
        verdict.firstBad = seq;
        verdict.problem = problem;
        return verdict;
    };
    auto& rows
        = m_db.prepared("SELECT seq, ts, who, roles, action, detail, prev_hash, hash FROM audit_log ORDER BY seq");
    QByteArray previous = genesis;
    qint64 expected = 1;
    std::optional<Verdict> found;
    while (!found && rows.step()) {
        AuditRecord r;
        r.seq = rows.int64(0);
        r.timeMs = rows.int64(1);
        r.who = rows.qtext(2);
        r.roles = rows.qtext(3);
        r.action = rows.qtext(4);
        const QByteArray detail = rows.qtext(5).toUtf8();
        const QByteArray storedPrevious = rows.blob(6);
        const QByteArray stored = rows.blob(7);
        ++verdict.records;
        if (r.seq != expected)
            found = bad(expected,
                r.seq > expected ? AuditText::tr("record %1 is missing: record %2 follows record %3 (deleted)")
                                       .arg(expected)
                                       .arg(r.seq)
                                       .arg(expected - 1)
                                 : AuditText::tr("record %1 is out of sequence").arg(r.seq));
        else if (storedPrevious != previous)
            found = bad(r.seq,
                AuditText::tr("record %1 does not follow record %2: a record was inserted, removed or moved here")
                    .arg(r.seq)
                    .arg(r.seq - 1));
        else if (chainHash(previous, r, detail) != stored)
            found = bad(r.seq,
                AuditText::tr("record %1 has been changed, or was not written by Kestrel: its content does not match "
                              "its hash")
                    .arg(r.seq));
        previous = stored;
        ++expected;
    }
    rows.reset();
    if (found)
        return *found;

    auto& head = m_db.prepared("SELECT seq, hash FROM audit_head WHERE id = 1");
    const bool hasHead = head.step();
    const qint64 headSeq = hasHead ? head.int64(0) : 0;
    const QByteArray headHash = hasHead ? head.blob(1) : genesis;
    head.reset();
    const qint64 last = expected - 1;
    if (headSeq > last)
        return bad(last + 1,
            AuditText::tr("records %1 to %2 are missing from the end of the trail (deleted)")
                .arg(last + 1)
                .arg(headSeq));
    if (headSeq < last || headHash != previous)
        return bad(
            headSeq + 1, AuditText::tr("record %1 was added to the trail behind Kestrel's back").arg(headSeq + 1));
    return verdict;
}

void AuditLog::forEach(qint64 fromMs, qint64 toMs, const std::function<void(const AuditRecord&)>& out)
{
    auto& rows = m_db.prepared(
        "SELECT seq, ts, who, roles, action, detail FROM audit_log WHERE ts BETWEEN ? AND ? ORDER BY seq");
    rows.bind(1, fromMs).bind(2, toMs);
    while (rows.step()) {
        AuditRecord r;
        r.seq = rows.int64(0);
        r.timeMs = rows.int64(1);
        r.who = rows.qtext(2);
        r.roles = rows.qtext(3);
        r.action = rows.qtext(4);
        r.detail = QJsonDocument::fromJson(rows.qtext(5).toUtf8()).object();
        out(r);
    }
    rows.reset();
}

} // namespace kestrel
