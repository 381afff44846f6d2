// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertstore.h"
#include "engine/engine.h"
#include "hotlist/hotliststore.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace kestrel;

namespace {
std::vector<Read> reads(int n, const char* vrm = "ZZ99ZZZ", qint64 time = 5000)
{
    std::vector<Read> out(static_cast<size_t>(n));
    for (auto& r : out) {
        r.vrm = vrm;
        r.camera = "CAM1";
        r.timeMs = time;
    }
    return out;
}
} // namespace

class TestEngine : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_file = 0;

    QString freshDb(bool withHotlist)
    {
        const QString path = m_dir.filePath(QStringLiteral("engine%1.db").arg(++m_file));
        if (withHotlist) {
            Database db(path);
            std::vector<HotlistEntry> entries(1);
            entries[0].vrm = "AB12CDE";
            entries[0].list = entries[0].category = entries[0].action = QStringLiteral("test");
            entries[0].source = entries[0].reference = QStringLiteral("test");
            entries[0].priority = Priority::High;
            for (auto& e : entries)
                e.state = EntryState::Live; // validated
            HotlistStore(db).add(entries, 0);
        }
        return path;
    }

    qint64 storedReads(const QString& path)
    {
        Database db(path);
        return SqliteReadStore(db).count();
    }

private Q_SLOTS:
    void fullQueueRefusesAndLosesNothing()
    {
        const QString path = freshDb(false);
        EngineOptions options;
        options.queueCapacity = 100;
        Engine engine(
            path, [] { return qint64(1); }, options);
        // Not started: nothing drains, so the queue fills.
        std::atomic<int> storedOk { 0 };
        const auto done = [&](bool ok) { storedOk += ok ? 10 : 0; };
        for (int i = 0; i < 10; ++i)
            QCOMPARE(engine.submit(reads(10), done), Engine::Submitted::Accepted);
        QCOMPARE(engine.queued(), size_t(100));
        QCOMPARE(engine.submit(reads(1), done), Engine::Submitted::QueueFull);
        QCOMPARE(engine.queued(), size_t(100)); // the refused read was not half-taken
        QCOMPARE(storedOk.load(), 0); // nobody is told "stored" before it is

        engine.start();
        engine.stop(); // drains everything accepted
        QCOMPARE(storedOk.load(), 100);
        QCOMPARE(engine.readsTotal(), qint64(100));
        QCOMPARE(storedReads(path), qint64(100));
        QCOMPARE(engine.submit(reads(1)), Engine::Submitted::Stopped);
    }

    void hitRaisesOneAlertAndSignalsIt()
    {
        const QString path = freshDb(true);
        Engine engine(path, [] { return qint64(777); });
        QSignalSpy raised(&engine, &Engine::alertRaised);
        QSignalSpy folded(&engine, &Engine::alertFolded);
        QSignalSpy stored(&engine, &Engine::readsStored);
        engine.start();
        auto batch = reads(3);
        batch[1].vrm = "AB12CDE";
        QCOMPARE(engine.submit(batch), Engine::Submitted::Accepted);
        QCOMPARE(engine.submit(reads(1, "A812CDE", 6000)), Engine::Submitted::Accepted); // misread, same camera
        engine.stop();
        QCOMPARE(raised.count(), 1);
        QCOMPARE(folded.count(), 1);
        const auto alert = raised.first().first().value<Alert>();
        QCOMPARE(alert.vrm, std::string("AB12CDE"));
        QCOMPARE(alert.priority, Priority::High);
        QCOMPARE(stored.last().first().toLongLong(), qint64(4));

        Database db(path);
        AlertStore alerts(db);
        const auto open = alerts.open({});
        QCOMPARE(open.size(), size_t(1));
        QCOMPARE(open[0].sightings, 2);
        // The injected clock stamps the history.
        QCOMPARE(alerts.history(open[0].id).front().timeMs, qint64(777));
    }

    void matcherUpdatesApplyToLaterReads()
    {
        const QString path = freshDb(false);
        Engine engine(path);
        QSignalSpy raised(&engine, &Engine::alertRaised);
        engine.start();
        engine.submit(reads(1, "NE55WWW"));
        QTRY_COMPARE(engine.readsTotal(), qint64(1)); // seen before the vehicle was listed: no alert
        {
            Database db(path);
            std::vector<HotlistEntry> entries(1);
            entries[0].vrm = "NE55WWW";
            entries[0].list = entries[0].category = entries[0].action = QStringLiteral("test");
            entries[0].source = entries[0].reference = QStringLiteral("test");
            for (auto& e : entries)
                e.state = EntryState::Live; // validated
            HotlistStore(db).add(entries, 0);
        }
        // Listed by another connection (an import, the console): the running engine takes it up by itself.
        QSignalSpy reloaded(&engine, &Engine::hotlistsReloaded);
        QVERIFY(reloaded.wait(2000));
        QCOMPARE(reloaded.first().first().toLongLong(), qint64(1));
        engine.submit(reads(1, "NE55WWW", 9'000'000));
        engine.stop();
        QCOMPARE(raised.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
