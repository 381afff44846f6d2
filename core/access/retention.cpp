// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include "audit/auditlog.h"
#include "io/isotime.h"
#include "policy/policy.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

#include <functional>
#include <vector>

namespace kestrel {

namespace {
constexpr int batch = 10'000;

qint64 monthsBefore(qint64 nowMs, int months)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).addMonths(-months).toMSecsSinceEpoch();
}

// Runs a batched delete until it deletes nothing more; returns how many rows went.
qint64 drain(Database& db, std::string_view sql, const std::function<void(Statement&)>& bind)
{
    qint64 total = 0;
    for (;;) {
        Database::Transaction tx(db);
        auto& statement = db.prepared(sql);
        bind(statement);
        statement.run();
        const int n = db.changes();
        tx.commit();
        total += n;
        if (n < batch)
            return total;
    }
}
} // namespace

RetentionRun runRetention(Database& db, const Policy& policy, qint64 nowMs, const QString& who)
{
    RetentionRun run;
    run.readsCutoffMs = monthsBefore(nowMs, policy.readRetentionMonths);
    run.imagesCutoffMs = std::max(run.readsCutoffMs, monthsBefore(nowMs, policy.imageRetentionMonths));
    db.exec("PRAGMA secure_delete = ON");

    std::vector<qint64> cameras;
    auto& list = db.prepared("SELECT id FROM cameras");
    while (list.step())
        cameras.push_back(list.int64(0));
    list.reset();
    for (const qint64 camera : cameras) {
        const auto bindCamera
            = [&](qint64 cutoff) { return [&, cutoff](Statement& s) { s.bind(1, camera).bind(2, cutoff); }; };
        run.imagesDeleted += drain(db,
            "DELETE FROM read_images WHERE read_id IN (SELECT id FROM reads WHERE camera_id = ?1 AND ts < ?2 "
            "AND id NOT IN (SELECT read_id FROM preserved_reads) LIMIT 10000)",
            bindCamera(run.imagesCutoffMs));
        run.readsDeleted += drain(db,
            "DELETE FROM reads WHERE id IN (SELECT id FROM reads WHERE camera_id = ?1 AND ts < ?2 "
            "AND id NOT IN (SELECT read_id FROM preserved_reads) LIMIT 10000)",
            bindCamera(run.readsCutoffMs));
    }
    run.readsPreserved = db.prepared("SELECT count(*) FROM reads WHERE ts < ? AND id IN (SELECT read_id FROM "
                                     "preserved_reads)")
                             .bind(1, run.readsCutoffMs)
                             .scalar()
                             .value_or(0);
    // A VRM no read mentions any more is itself a trace of a sighting: it goes too.
    {
        Database::Transaction tx(db);
        db.exec("DELETE FROM vrms WHERE NOT EXISTS (SELECT 1 FROM reads WHERE reads.vrm_id = vrms.id)");
        AuditLog(db).append({ 0, nowMs, who, {}, QStringLiteral("retention-run"),
            { { QStringLiteral("reads_before"), isotime::format(run.readsCutoffMs, true) },
                { QStringLiteral("images_before"), isotime::format(run.imagesCutoffMs, true) },
                { QStringLiteral("reads_deleted"), run.readsDeleted },
                { QStringLiteral("images_deleted"), run.imagesDeleted },
                { QStringLiteral("reads_preserved"), run.readsPreserved } } });
        tx.commit();
    }
    // Into the database file itself, so that what was overwritten is not left in the write-ahead log.
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return run;
}

RetentionSchedule::RetentionSchedule(const QString& dbPath, Clock clock, QString who, QObject* parent)
    : QObject(parent)
    , m_db(std::make_unique<Database>(dbPath))
    , m_clock(std::move(clock))
    , m_who(std::move(who))
{
    m_timer.setInterval(std::chrono::hours(1));
    connect(&m_timer, &QTimer::timeout, this, &RetentionSchedule::runNow);
    m_timer.start();
    QTimer::singleShot(0, this, &RetentionSchedule::runNow);
}

RetentionSchedule::~RetentionSchedule() = default;

void RetentionSchedule::runNow()
{
    try {
        Q_EMIT ran(runRetention(*m_db, Policy::load(*m_db), m_clock(), m_who));
    } catch (const DatabaseError& error) {
        Q_EMIT failed(QString::fromUtf8(error.what()));
    }
}

} // namespace kestrel
