// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertstore.h"
#include "hotlist/hotlistmatcher.h"
#include "hotlist/hotliststore.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;

class TestAlertStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqliteReadStore> m_reads;
    std::unique_ptr<AlertStore> m_alerts;
    HotlistEntry m_entry;
    const QStringList m_reasons { QStringLiteral("misread"), QStringLiteral("duplicate") };
    static constexpr qint64 minute = 60'000;

    // Stores a read and raises or folds it against m_entry, as the engine does.
    AlertStore::Raised sight(const char* vrm, const char* camera, qint64 time, int substitutions = 0)
    {
        std::vector<Read> reads(1);
        reads[0].vrm = vrm;
        reads[0].camera = camera;
        reads[0].timeMs = time;
        Database::Transaction tx(*m_db);
        m_reads->append(reads);
        HotlistMatch match { m_entry.id, m_entry.priority, substitutions, false };
        auto raised = m_alerts->raiseOrFold(reads[0], match, m_entry, 5 * minute, time + 50);
        tx.commit();
        return raised;
    }

private Q_SLOTS:
    void init()
    {
        m_alerts.reset();
        m_reads.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("alerts.db")));
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("alerts.db")));
        m_reads = std::make_unique<SqliteReadStore>(*m_db);
        m_alerts = std::make_unique<AlertStore>(*m_db);
        std::vector<HotlistEntry> entries(1);
        entries[0].vrm = "AB12CDE";
        entries[0].list = QStringLiteral("PNC");
        entries[0].category = QStringLiteral("stolen vehicle");
        entries[0].priority = Priority::Medium;
        entries[0].action = QStringLiteral("Stop and check");
        entries[0].source = QStringLiteral("PNC");
        entries[0].reference = QStringLiteral("REF/1");
        for (auto& e : entries)
            e.state = EntryState::Live; // validated
        HotlistStore(*m_db).add(entries, 0);
        m_entry = entries[0];
    }

    void sameVrmSameCameraWithinWindowFolds()
    {
        const auto first = sight("AB12CDE", "CAM1", 10 * minute);
        QVERIFY(first.isNew);
        QCOMPARE(first.alert.category, QStringLiteral("stolen vehicle"));
        QCOMPARE(first.alert.action, QStringLiteral("Stop and check"));
        const auto again = sight("AB12CDE", "CAM1", 14 * minute);
        QVERIFY(!again.isNew);
        QCOMPARE(again.alert.id, first.alert.id);
        QCOMPARE(again.alert.sightings, 2);
        QCOMPARE(again.alert.lastSeenMs, 14 * minute);
        // A misread of the same vehicle at the same camera is the same alert too.
        QVERIFY(!sight("A812CDE", "CAM1", 15 * minute, 1).isNew);
        QCOMPARE(m_alerts->open({}).size(), size_t(1));
    }

    void otherCameraOrLaterSightingIsANewAlert()
    {
        const auto first = sight("AB12CDE", "CAM1", 10 * minute);
        QVERIFY(sight("AB12CDE", "CAM2", 11 * minute).isNew);
        QVERIFY(sight("AB12CDE", "CAM1", 10 * minute + 5 * minute + 1).isNew);
        QCOMPARE(m_alerts->open({}).size(), size_t(3));
        QCOMPARE(m_alerts->get(first.alert.id)->sightings, 1);
    }

    void possibleMisreadIsKept()
    {
        const auto raised = sight("AB1ZCDE", "CAM1", minute, 1);
        QVERIFY(raised.alert.possibleMisread);
        QCOMPARE(raised.alert.readVrm, std::string("AB1ZCDE"));
        QCOMPARE(raised.alert.vrm, std::string("AB12CDE"));
    }

    void lifecycleClaimDispatch()
    {
        const qint64 id = sight("AB12CDE", "CAM1", minute).alert.id;
        QVERIFY(m_alerts->dispatch(id, QStringLiteral("ann"), QStringLiteral("INC-1"), 2 * minute)
                    .contains(QLatin1String("cannot")));
        QCOMPARE(m_alerts->claim(id, QStringLiteral("ann"), 2 * minute), QString());
        QVERIFY(m_alerts->claim(id, QStringLiteral("bob"), 2 * minute).contains(QLatin1String("held by ann")));
        QVERIFY(
            m_alerts->dispatch(id, QStringLiteral("ann"), QString(), 3 * minute).contains(QLatin1String("incident")));
        QCOMPARE(m_alerts->dispatch(id, QStringLiteral("ann"), QStringLiteral("INC-0412"), 3 * minute), QString());
        const auto alert = *m_alerts->get(id);
        QCOMPARE(alert.state, AlertState::Dispatched);
        QCOMPARE(alert.incident, QStringLiteral("INC-0412"));
        QVERIFY(m_alerts->open({}).empty());
        QVERIFY(
            !m_alerts->close(id, QStringLiteral("ann"), QStringLiteral("duplicate"), m_reasons, 4 * minute).isEmpty());
    }

    void lifecycleClaimReleaseClose()
    {
        const qint64 id = sight("AB12CDE", "CAM1", minute).alert.id;
        QCOMPARE(m_alerts->claim(id, QStringLiteral("ann"), 2 * minute), QString());
        QVERIFY(m_alerts->release(id, QStringLiteral("bob"), 2 * minute).contains(QLatin1String("ann")));
        QCOMPARE(m_alerts->release(id, QStringLiteral("ann"), 3 * minute), QString());
        QCOMPARE(m_alerts->claim(id, QStringLiteral("bob"), 4 * minute), QString());
        QVERIFY(m_alerts->close(id, QStringLiteral("bob"), QStringLiteral("bored"), m_reasons, 5 * minute)
                    .contains(QLatin1String("not a closing reason")));
        QVERIFY(m_alerts->close(id, QStringLiteral("ann"), QStringLiteral("misread"), m_reasons, 5 * minute)
                    .contains(QLatin1String("held by bob")));
        QCOMPARE(
            m_alerts->close(id, QStringLiteral("bob"), QStringLiteral("misread"), m_reasons, 6 * minute), QString());
        QCOMPARE(m_alerts->get(id)->state, AlertState::Closed);
        QCOMPARE(m_alerts->get(id)->closeReason, QStringLiteral("misread"));
        QVERIFY(!m_alerts->claim(id, QStringLiteral("bob"), 7 * minute).isEmpty());
        QVERIFY(!m_alerts->claim(id + 100, QStringLiteral("bob"), 7 * minute).isEmpty());
        QVERIFY(!m_alerts->claim(id, QString(), 7 * minute).isEmpty());

        // Every transition is on record with who and when, failures are not.
        const auto history = m_alerts->history(id);
        QStringList steps;
        for (const auto& e : history)
            steps << QStringLiteral("%1 %2 %3").arg(e.timeMs / minute).arg(e.who, e.action);
        QCOMPARE(steps,
            QStringList({ "1 system raised", "2 ann claimed", "3 ann released", "4 bob claimed", "6 bob closed" }));
        QCOMPARE(history.back().detail, QStringLiteral("misread"));
    }

    void openQueueIsMostUrgentFirstThenOldest()
    {
        sight("AB12CDE", "CAM1", 10 * minute);
        m_entry.priority = Priority::High;
        sight("AB12CDE", "CAM2", 20 * minute);
        m_entry.priority = Priority::Low;
        sight("AB12CDE", "CAM3", 5 * minute);
        m_entry.priority = Priority::High;
        sight("AB12CDE", "CAM4", 15 * minute);
        QStringList order;
        for (const auto& a : m_alerts->open({}))
            order << QString::fromStdString(a.camera);
        QCOMPARE(order, QStringList({ "CAM4", "CAM2", "CAM1", "CAM3" }));
    }
};

QTEST_GUILESS_MAIN(TestAlertStore)
#include "tst_alertstore.moc"
