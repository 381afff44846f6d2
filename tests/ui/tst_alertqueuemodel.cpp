// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertqueuemodel.h"

#include "access/userstore.h"
#include "alerts/alertstore.h"
#include "hotlist/hotlistmatcher.h"
#include "hotlist/hotliststore.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

#include "../alertfixtures.h"
#include <QAbstractItemModelTester>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;

class TestAlertQueueModel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AlertStore> m_store;
    std::unique_ptr<AlertQueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_camera = 0;

    // Raises an alert as the engine would, returning it.
    Alert raise(Priority priority, qint64 time, const char* vrm = "AB12CDE")
    {
        HotlistEntry entry;
        entry.vrm = vrm;
        entry.list = entry.source = entry.reference = QStringLiteral("t");
        entry.category = QStringLiteral("stolen vehicle");
        entry.action = QStringLiteral("Stop");
        entry.priority = priority;
        return raiseTestAlert(*m_db, *m_store, entry, "CAM" + std::to_string(++m_camera), time, 300'000);
    }

    QStringList cameras() const
    {
        QStringList out;
        for (int row = 0; row < m_model->rowCount(); ++row)
            out << m_model->data(m_model->index(row), AlertQueueModel::CameraRole).toString();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_tester.reset();
        m_model.reset();
        m_store.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("ui.db")));
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("ui.db")));
        m_store = std::make_unique<AlertStore>(*m_db);
        m_camera = 0;
        raise(Priority::Low, 1000); // CAM1, already open when the console starts
        m_model = std::make_unique<AlertQueueModel>(*m_store, Policy {}, [] { return qint64(5000); });
        m_model->setOperatorName(QStringLiteral("ann"));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void startsWithTheOpenAlerts()
    {
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->data(m_model->index(0), AlertQueueModel::PlateRole).toString(), QStringLiteral("AB12 CDE"));
        QCOMPARE(m_model->data(m_model->index(0), AlertQueueModel::PriorityNameRole).toString(), QStringLiteral("Low"));
    }

    void newAlertsAreInsertedInPlaceWithoutReset()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->addAlert(raise(Priority::High, 3000)); // CAM2
        m_model->addAlert(raise(Priority::High, 2000)); // CAM3: older, so ahead of CAM2
        m_model->addAlert(raise(Priority::Medium, 500)); // CAM4
        QCOMPARE(cameras(), QStringList({ "CAM3", "CAM2", "CAM4", "CAM1" }));
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(inserted[0].at(1).toInt(), 0);
        QCOMPARE(inserted[1].at(1).toInt(), 0);
        QCOMPARE(inserted[2].at(1).toInt(), 2);
        QCOMPARE(reset.count(), 0);
        m_model->addAlert(*m_store->get(inserted.count())); // the same alert again is not a second row
        QCOMPARE(m_model->rowCount(), 4);
    }

    void claimAndCloseByRow()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->claim(0));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->data(m_model->index(0), AlertQueueModel::ClaimedByMeRole).toBool(), true);
        QCOMPARE(m_model->data(m_model->index(0), AlertQueueModel::ClaimedByRole).toString(), QStringLiteral("ann"));

        QSignalSpy error(m_model.get(), &AlertQueueModel::lastErrorChanged);
        QVERIFY(!m_model->close(0, QStringLiteral("not a reason")));
        QCOMPARE(error.count(), 1);
        QVERIFY(m_model->lastError().contains(QLatin1String("not a closing reason")));
        QCOMPARE(m_model->rowCount(), 1);

        QVERIFY(m_model->close(0, QStringLiteral("misread")));
        QCOMPARE(m_model->lastError(), QString());
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_store->get(1)->state, AlertState::Closed);
        QCOMPARE(m_store->get(1)->claimedBy, QStringLiteral("ann"));
    }

    void anAlertHeldElsewhereShowsWhoHasIt()
    {
        QCOMPARE(m_store->claim(1, QStringLiteral("bob"), 2000), QString());
        QVERIFY(!m_model->claim(0));
        QVERIFY(m_model->lastError().contains(QLatin1String("held by bob")));
        // The row now shows the alert as it stands.
        QCOMPARE(m_model->data(m_model->index(0), AlertQueueModel::ClaimedByRole).toString(), QStringLiteral("bob"));
        QCOMPARE(m_model->data(m_model->index(0), AlertQueueModel::ClaimedByMeRole).toBool(), false);
    }

    void aRetrospectiveHitSaysSoOnItsRow()
    {
        HotlistEntry entry;
        entry.vrm = "QQ11QQQ";
        entry.list = entry.source = entry.reference = QStringLiteral("t");
        entry.category = QStringLiteral("wanted person");
        entry.action = QStringLiteral("Inform CID");
        const qint64 threeDaysBefore = 5000 - 3 * 24 * 3600 * 1000LL; // the model's clock stands at 5000
        const Alert earlier = raiseTestAlert(*m_db, *m_store, entry, "CAM9", threeDaysBefore, 0, true);
        QVERIFY(earlier.retrospective);
        m_model->addAlert(earlier);
        bool sawIt = false;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const bool retrospective = m_model->data(m_model->index(row), AlertQueueModel::RetrospectiveRole).toBool();
            const bool isIt
                = m_model->data(m_model->index(row), AlertQueueModel::PlateRole).toString().contains("QQ11");
            QCOMPARE(retrospective, isIt); // and only it
            sawIt |= isIt;
            // Its time with the date: it must not pass for today's (today's show the time of day alone).
            const QString time = m_model->data(m_model->index(row), AlertQueueModel::TimeRole).toString();
            QCOMPARE(time.contains(QLatin1String("Dec")), isIt);
        }
        QVERIFY(sawIt);
    }

    void escalationIsShownOnTheRowAndKeptInTheHistory()
    {
        QVERIFY(!m_model->escalate(0, QStringLiteral("  ")));
        QVERIFY(m_model->lastError().contains(QLatin1String("supervisor needs to decide")));
        QVERIFY(m_model->escalate(0, QStringLiteral("firearms marker, no armed unit free")));
        QCOMPARE(m_model->data(m_model->index(0), AlertQueueModel::EscalatedRole).toBool(), true);
        QVERIFY(!m_model->escalate(0, QStringLiteral("again")));
        QVERIFY(m_model->lastError().contains(QLatin1String("already with a supervisor")));
        const auto history = m_store->history(1);
        QCOMPARE(history.back().action, QStringLiteral("escalated"));
        QCOMPARE(history.back().who, QStringLiteral("ann"));
        QCOMPARE(history.back().detail, QStringLiteral("firearms marker, no armed unit free"));
    }

    void nobodySignedInMayTriageAndTheNextUserSeesWhatTheyHold()
    {
        QVERIFY(m_model->claim(0));
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setOperatorName({});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->data(m_model->index(0), AlertQueueModel::ClaimedByMeRole).toBool(), false);
        QVERIFY(!m_model->release(0));
        QVERIFY(m_model->lastError().contains(QLatin1String("Sign in")));
        QCOMPARE(m_store->get(1)->claimedBy, QStringLiteral("ann"));
        m_model->setOperatorName(QStringLiteral("ann"));
        QCOMPARE(m_model->data(m_model->index(0), AlertQueueModel::ClaimedByMeRole).toBool(), true);
    }

    void aCovertListsHitIsShownOnlyToItsReaders()
    {
        UserStore users(*m_db);
        users.add(QStringLiteral("ann"), Role::Operator, QStringLiteral("a long password"), 0);
        users.add(QStringLiteral("bob"), Role::Operator, QStringLiteral("a long password"), 0);
        HotlistStore hotlists(*m_db);
        HotlistEntry first;
        first.vrm = "ZZ99ZZZ";
        first.list = QStringLiteral("Op Kite");
        std::vector<HotlistEntry> entries { first };
        hotlists.add(entries, 0, QStringLiteral("ann"));
        HotlistList kite = hotlists.lists(0).front();
        kite.covert = true;
        kite.readers = QStringList { QStringLiteral("ann") };
        QCOMPARE(
            hotlists.configureList(kite, QStringLiteral("os:admin"), QStringLiteral("administrator"), 0), QString());

        HotlistEntry covert;
        covert.vrm = "KT12EEE";
        covert.list = QStringLiteral("Op Kite");
        covert.source = covert.reference = covert.category = covert.action = QStringLiteral("t");
        const Alert hit = raiseTestAlert(*m_db, *m_store, covert, "CAM9", 2000);
        m_model->setOperatorName(QStringLiteral("bob"));
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->addAlert(hit);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(cameras(), QStringList({ "CAM1" }));

        m_model->setOperatorName(QStringLiteral("ann"));
        QCOMPARE(cameras(), QStringList({ "CAM9", "CAM1" }));
        QCOMPARE(m_model->data(m_model->index(0), AlertQueueModel::CovertRole).toBool(), true);
        QCOMPARE(m_model->data(m_model->index(1), AlertQueueModel::CovertRole).toBool(), false);
    }

    void whatOthersDoReachesThisQueue()
    {
        // Another process on the same file: a server's engine raising, another console claiming.
        Database elsewhere(m_dir.filePath(QStringLiteral("ui.db")));
        AlertStore theirs(elsewhere);
        HotlistEntry entry;
        entry.vrm = "SV12RVR";
        entry.list = entry.source = entry.reference = QStringLiteral("t");
        entry.category = QStringLiteral("stolen vehicle");
        entry.action = QStringLiteral("Stop");
        const Alert raised = raiseTestAlert(elsewhere, theirs, entry, "SERVER-CAM", 4000);
        QCOMPARE(theirs.claim(1, QStringLiteral("bob"), 4500), QString());
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->followStore();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(cameras(), QStringList({ "SERVER-CAM", "CAM1" })); // medium before low
        const int held = m_model->rowOfAlert(1);
        QCOMPARE(m_model->data(m_model->index(held), AlertQueueModel::ClaimedByRole).toString(), QStringLiteral("bob"));
        QCOMPARE(m_model->data(m_model->index(held), AlertQueueModel::ClaimedByMeRole).toBool(), false);
        // Closed there, gone here.
        QCOMPARE(
            theirs.close(1, QStringLiteral("bob"), QStringLiteral("misread"), Policy {}.closeReasons, 5000), QString());
        m_model->followStore();
        QCOMPARE(m_model->rowOfAlert(1), -1);
        QCOMPARE(cameras(), QStringList({ "SERVER-CAM" }));
        QCOMPARE(m_model->alertIdAt(0), raised.id);
    }

    void foldedSightingUpdatesItsRow()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        Alert alert = *m_store->get(1);
        alert.sightings = 3;
        m_model->updateAlert(alert);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->data(m_model->index(0), AlertQueueModel::SightingsRole).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestAlertQueueModel)
#include "tst_alertqueuemodel.moc"
