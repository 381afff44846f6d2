// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/retention.h"

#include "audit/auditlog.h"
#include "policy/policy.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kestrel;

class TestRetention : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    const qint64 m_now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    static constexpr qint64 day = 24 * 3600 * 1000LL;

private Q_SLOTS:
    void readsAndImagesGoAtTheirAgesAndPreservedOnesStay()
    {
        const QString path = m_dir.filePath("retention.db");
        Database db(path);
        SqliteReadStore store(db);
        // Ages in days: 10 and 200 stay (reads), 400 goes, 800 is preserved for a case.
        const int ages[] = { 10, 200, 400, 800 };
        const char* vrms[] = { "AB12CDE", "AB12CDE", "OLD12AB", "CAS3ABC" };
        std::vector<Read> reads(4);
        for (size_t i = 0; i < reads.size(); ++i) {
            reads[i].vrm = vrms[i];
            reads[i].camera = "M4-J10-EB";
            reads[i].timeMs = m_now - ages[i] * day;
            reads[i].platePatch = QByteArray("plate-of-") + vrms[i];
        }
        {
            Database::Transaction tx(db);
            store.append(reads);
            tx.commit();
        }
        db.prepared("INSERT INTO preserved_reads(read_id, case_ref, since) VALUES (?, 'CASE-1', 0)")
            .bind(1, reads[3].id)
            .run();

        Policy policy;
        policy.readRetentionMonths = 12;
        policy.imageRetentionMonths = 6;
        const RetentionRun run = runRetention(db, policy, m_now, "os:test");
        QCOMPARE(run.readsDeleted, 1);
        QCOMPARE(run.imagesDeleted, 2); // the 200-day read's (past 6 months) and the deleted read's
        QCOMPARE(run.readsPreserved, 1);

        std::vector<qint64> left;
        for (const char* vrm : { "AB12CDE", "OLD12AB", "CAS3ABC" }) {
            ReadQuery query;
            query.vrm = vrm;
            query.fromMs = 0;
            query.toMs = m_now;
            for (const Read& r : store.search(query).reads)
                left.push_back(r.id);
        }
        std::sort(left.begin(), left.end());
        QCOMPARE(left, std::vector<qint64>({ reads[0].id, reads[1].id, reads[3].id }));
        QCOMPARE(store.images(reads[0].id).platePatch, QByteArray("plate-of-AB12CDE"));
        QVERIFY(store.images(reads[1].id).platePatch.isEmpty());
        QCOMPARE(store.images(reads[3].id).platePatch, QByteArray("plate-of-CAS3ABC")); // preserved with its read

        // Gone from the file itself, not only from the tables.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("OLD12AB"));
        QVERIFY(!bytes.contains("plate-of-OLD12AB"));
        QVERIFY(bytes.contains("CAS3ABC"));

        std::vector<AuditRecord> audited;
        AuditLog(db).forEach(0, m_now, [&](const AuditRecord& r) { audited.push_back(r); });
        QCOMPARE(audited.size(), size_t(1));
        QCOMPARE(audited[0].action, "retention-run");
        QCOMPARE(audited[0].detail.value("reads_deleted").toInt(), 1);
        QCOMPARE(audited[0].detail.value("images_deleted").toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
