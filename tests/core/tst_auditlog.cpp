// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditlog.h"

#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;

class TestAuditLog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_log;

    // What someone with the file and sqlite3 could do: the triggers dropped first.
    void tamper(const char* sql)
    {
        m_db->exec("DROP TRIGGER IF EXISTS audit_log_is_append_only_update");
        m_db->exec("DROP TRIGGER IF EXISTS audit_log_is_append_only_delete");
        m_db->exec(sql);
    }

private Q_SLOTS:
    void init()
    {
        m_log.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath("audit.db"));
        m_db = std::make_unique<Database>(m_dir.filePath("audit.db"));
        m_log = std::make_unique<AuditLog>(*m_db);
        const char* actions[] = { "sign-in", "search", "image-view", "alert-claimed", "sign-out" };
        for (int i = 0; i < 5; ++i)
            m_log->append({ 0, 1000 * (i + 1), "ann", "investigator", actions[i], QJsonObject { { "n", i } } });
    }

    void recordsAreNumberedInOrderAndTheChainIsWhole()
    {
        std::vector<AuditRecord> records;
        m_log->forEach(0, 10'000, [&](const AuditRecord& r) { records.push_back(r); });
        QCOMPARE(records.size(), size_t(5));
        QCOMPARE(records[1].seq, 2);
        QCOMPARE(records[1].action, "search");
        QCOMPARE(records[1].detail.value("n").toInt(), 1);
        const auto verdict = m_log->verify();
        QVERIFY2(verdict.whole, qPrintable(verdict.problem));
        QCOMPARE(verdict.records, 5);
    }

    void theDatabaseRefusesChangesAndDeletions()
    {
        QVERIFY_THROWS_EXCEPTION(DatabaseError, m_db->exec("UPDATE audit_log SET who = 'bob' WHERE seq = 2"));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, m_db->exec("DELETE FROM audit_log WHERE seq = 2"));
        QVERIFY(m_log->verify().whole);
    }

    void anAppendInsideATransactionIsCommittedWithIt()
    {
        {
            Database::Transaction tx(*m_db);
            m_log->append({ 0, 9000, "ann", "operator", "alert-closed", {} });
            // not committed: rolled back with the change it recorded
        }
        QCOMPARE(m_log->verify().records, 5);
        QVERIFY(m_log->verify().whole);
    }

    void tamperingIsFoundWhereItWasDone_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("says");
        QTest::newRow("edited") << "UPDATE audit_log SET detail = '{\"n\":99}' WHERE seq = 3" << qint64(3) << "changed";
        QTest::newRow("who edited") << "UPDATE audit_log SET who = 'bob' WHERE seq = 4" << qint64(4) << "changed";
        QTest::newRow("deleted") << "DELETE FROM audit_log WHERE seq = 3" << qint64(3) << "missing";
        QTest::newRow("deleted from the end") << "DELETE FROM audit_log WHERE seq = 5" << qint64(5) << "missing";
        QTest::newRow("inserted at the end") << "INSERT INTO audit_log SELECT 6, ts + 1, who, roles, action, detail, "
                                                "hash, hash FROM audit_log WHERE seq = 5"
                                             << qint64(6) << "not written by Kestrel";
        QTest::newRow("inserted in the middle")
            << "UPDATE audit_log SET seq = seq + 10 WHERE seq >= 3; UPDATE audit_log SET seq = seq - 9 WHERE seq >= 13;"
               "INSERT INTO audit_log SELECT 3, ts, who, roles, 'search', detail, hash, hash FROM audit_log WHERE seq "
               "= 2"
            << qint64(3) << "not written by Kestrel";
        QTest::newRow("appended with a forged hash, head untouched")
            << "INSERT INTO audit_log VALUES (6, 9000, 'bob', 'investigator', 'search', '{}', x'00', x'00')"
            << qint64(6) << "does not follow";
        QTest::newRow("reordered")
            << "UPDATE audit_log SET seq = 99 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3;"
               "UPDATE audit_log SET seq = 3 WHERE seq = 99"
            << qint64(2) << "does not follow";
    }
    void tamperingIsFoundWhereItWasDone()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, firstBad);
        QFETCH(QString, says);
        tamper(sql.toUtf8().constData());
        const auto verdict = m_log->verify();
        QVERIFY(!verdict.whole);
        QCOMPARE(verdict.firstBad, firstBad);
        QVERIFY2(verdict.problem.contains(says), qPrintable(verdict.problem));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
