// SPDX-License-Identifier: GPL-3.0-or-later
// Run by tests/with-audio.sh: a real PulseAudio server with a null sink, so the tones are really played.
#include "alertqueuemodel.h"
#include "alertsounds.h"

#include "alerts/alertstore.h"
#include "hotlist/hotlistmatcher.h"
#include "hotlist/hotliststore.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

#include "../alertfixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;

class TestAlertSounds : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AlertStore> m_store;
    std::unique_ptr<AlertQueueModel> m_queue;
    int m_serial = 0;

    Alert raise(Priority priority)
    {
        HotlistEntry entry;
        entry.vrm = "AB" + std::to_string(10 + ++m_serial) + "CDE";
        entry.list = entry.source = entry.reference = entry.category = entry.action = "t";
        entry.priority = priority;
        return raiseTestAlert(*m_db, *m_store, entry, "CAM", 1000 * m_serial);
    }

private Q_SLOTS:
    void init()
    {
        m_queue.reset();
        m_store.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath("sounds.db"));
        m_db = std::make_unique<Database>(m_dir.filePath("sounds.db"));
        m_store = std::make_unique<AlertStore>(*m_db);
        m_queue = std::make_unique<AlertQueueModel>(*m_store, Policy {}, [] { return qint64(0); });
        m_queue->setOperatorName("ann");
    }

    void theTonesLoadAndThereIsSomewhereToPlayThem()
    {
        AlertSounds sounds(*m_queue);
        QTRY_COMPARE(sounds.problem(), QString());
    }

    void eachPriorityHasItsOwnTone()
    {
        AlertSounds sounds(*m_queue, 60'000);
        QSignalSpy sounded(&sounds, &AlertSounds::sounded);
        m_queue->addAlert(raise(Priority::Low));
        m_queue->addAlert(raise(Priority::High));
        m_queue->addAlert(raise(Priority::Medium));
        QCOMPARE(sounded.count(), 3);
        QCOMPARE(sounded[0].at(0).toInt(), int(Priority::Low));
        QCOMPARE(sounded[1].at(0).toInt(), int(Priority::High));
        QCOMPARE(sounded[2].at(0).toInt(), int(Priority::Medium));
    }

    void anUnclaimedHighPriorityAlertRepeatsUntilClaimed()
    {
        AlertSounds sounds(*m_queue, 50);
        m_queue->addAlert(raise(Priority::Medium)); // an unclaimed medium alert never repeats
        QSignalSpy sounded(&sounds, &AlertSounds::sounded);
        QTest::qWait(200);
        QCOMPARE(sounded.count(), 0);

        m_queue->addAlert(raise(Priority::High));
        QTRY_VERIFY(sounded.count() >= 3);
        for (const auto& call : sounded)
            QCOMPARE(call.at(0).toInt(), int(Priority::High));
        QVERIFY(m_queue->claim(0));
        sounded.clear();
        QTest::qWait(200);
        QCOMPARE(sounded.count(), 0);
    }

    void aMutedConsoleIsSilentUntilUnmuted()
    {
        AlertSounds sounds(*m_queue, 50);
        QSignalSpy muted(&sounds, &AlertSounds::mutedChanged);
        sounds.setMuted(true);
        QCOMPARE(muted.count(), 1);
        QSignalSpy sounded(&sounds, &AlertSounds::sounded);
        m_queue->addAlert(raise(Priority::High));
        QTest::qWait(200);
        QCOMPARE(sounded.count(), 0);
        sounds.setMuted(false);
        QTRY_VERIFY(sounded.count() >= 1); // the waiting high-priority alert is heard again
    }
};

QTEST_GUILESS_MAIN(TestAlertSounds)
#include "tst_alertsounds.moc"
