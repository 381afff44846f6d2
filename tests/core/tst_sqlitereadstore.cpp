// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/sqlitereadstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;

namespace {
Read makeRead(const char* vrm, const char* camera, qint64 time, float confidence = 0.9f)
{
    Read r;
    r.vrm = vrm;
    r.camera = camera;
    r.timeMs = time;
    r.confidence = confidence;
    return r;
}

QStringList vrmsOf(const std::vector<Read>& reads)
{
    QStringList out;
    for (const auto& r : reads)
        out << QString::fromStdString(r.vrm);
    return out;
}
} // namespace

class TestSqliteReadStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    void fill(Database& db, SqliteReadStore& store)
    {
        std::vector<Read> reads = {
            makeRead("AB12CDE", "CAM1", 1000),
            makeRead("AB12CDE", "CAM2", 2000),
            makeRead("AB13CXE", "CAM1", 3000),
            makeRead("XY12CDE", "CAM3", 4000),
            makeRead("ZZ99ZZZ", "CAM1", 5000),
        };
        Database::Transaction tx(db);
        store.append(reads);
        tx.commit();
    }

private Q_SLOTS:
    void roundTripKeepsEverythingAcrossReopen()
    {
        const QString file = path("roundtrip.db");
        Read r = makeRead("AB12CDE", "M4-J10-EB", 1'790'000'123'456, 0.87f);
        r.candidates = { { "AB12CDF", 0.55f }, { "A812CDE", 0.31f } };
        r.platePatch = QByteArray("\xff\xd8plate", 7);
        r.overview = QByteArray(25'000, 'x');
        {
            Database db(file);
            SqliteReadStore store(db);
            std::vector<Read> batch { r };
            Database::Transaction tx(db);
            store.append(batch);
            tx.commit();
            QVERIFY(batch[0].id > 0);
        }
        Database db(file);
        SqliteReadStore store(db);
        ReadQuery q;
        q.vrm = "AB12CDE";
        const auto found = store.search(q);
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].camera, std::string("M4-J10-EB"));
        QCOMPARE(found[0].timeMs, r.timeMs);
        QCOMPARE(found[0].confidence, 0.87f);
        QCOMPARE(found[0].candidates.size(), size_t(2));
        QCOMPARE(found[0].candidates[1].vrm, std::string("A812CDE"));
        QCOMPARE(found[0].candidates[1].confidence, 0.31f);
        const auto images = store.images(found[0].id);
        QCOMPARE(images.platePatch, r.platePatch);
        QCOMPARE(images.overview, r.overview);
        QCOMPARE(store.count(), 1);
    }

    void aFailedBatchLeavesNothing()
    {
        Database db(path("rollback.db"));
        SqliteReadStore store(db);
        {
            std::vector<Read> batch { makeRead("AB12CDE", "CAM1", 1000) };
            Database::Transaction tx(db);
            store.append(batch);
            // no commit: as when the engine fails part-way
        }
        QCOMPARE(store.count(), 0);
        ReadQuery q;
        q.vrm = "AB12CDE";
        QVERIFY(store.search(q).empty());
    }

    void search_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("expected"); // newest first
        QTest::newRow("exact") << "AB12CDE" << QStringList { "AB12CDE", "AB12CDE" };
        QTest::newRow("prefix with ?") << "AB1?C*" << QStringList { "AB13CXE", "AB12CDE", "AB12CDE" };
        QTest::newRow("suffix") << "*12CDE" << QStringList { "XY12CDE", "AB12CDE", "AB12CDE" };
        QTest::newRow("middle") << "*12C*" << QStringList { "XY12CDE", "AB12CDE", "AB12CDE" };
        QTest::newRow("? in suffix") << "*C?E" << QStringList { "XY12CDE", "AB13CXE", "AB12CDE", "AB12CDE" };
        QTest::newRow("nothing") << "QQ11QQQ" << QStringList {};
    }
    void search()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, expected);
        Database db(path("search.db"));
        SqliteReadStore store(db);
        if (store.count() == 0)
            fill(db, store);
        ReadQuery q;
        q.vrm = pattern.toStdString();
        QCOMPARE(vrmsOf(store.search(q)), expected);
    }

    void searchByTimeAndCamera()
    {
        Database db(path("search.db"));
        SqliteReadStore store(db);
        ReadQuery q;
        q.vrm = "AB12CDE";
        q.cameras = { "CAM2" };
        auto found = store.search(q);
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].timeMs, 2000);
        q.cameras.clear();
        q.fromMs = 1500;
        q.toMs = 2500;
        QCOMPARE(store.search(q).size(), size_t(1));
        q.cameras = { "NO-SUCH-CAMERA" };
        QVERIFY(store.search(q).empty());
    }

    void badPatternsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("everything") << "*"
                                    << "at least two";
        QTest::newRow("one literal") << "A*"
                                     << "at least two";
        QTest::newRow("quote") << "AB'1"
                               << "holds '''";
        QTest::newRow("sql") << "A%B_"
                             << "holds '%'";
    }
    void badPatternsAreRefusedWithAReason()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, reason);
        Database db(path("search.db"));
        SqliteReadStore store(db);
        ReadQuery q;
        q.vrm = pattern.toStdString();
        try {
            store.search(q);
            QFAIL("a bad pattern was accepted");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(reason), e.what());
        }
    }

    void migratesAnOlderSchemaKeepingItsReads()
    {
        const QString file = path("old.db");
        {
            Database v1(file, 1); // the first schema: reads only
            QCOMPARE(v1.schemaVersion(), 1);
            v1.exec("INSERT INTO cameras(id, code) VALUES (1, 'OLD-CAM');"
                    "INSERT INTO vrms(id, vrm, rvrm) VALUES (1, 'AB12CDE', 'EDC21BA');"
                    "INSERT INTO reads(ts, camera_id, vrm_id, confidence) VALUES (1234, 1, 1, 90);");
        }
        Database db(file);
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        SqliteReadStore store(db);
        ReadQuery q;
        q.vrm = "AB12CDE";
        const auto found = store.search(q);
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].camera, std::string("OLD-CAM"));
        QCOMPARE(found[0].timeMs, 1234);
        // The tables the later migrations add are there and usable.
        QCOMPARE(db.prepared("SELECT count(*) FROM alerts").scalar(), 0);
        QVERIFY(store.images(found[0].id).platePatch.isEmpty());
    }

    void refusesADatabaseFromANewerKestrel()
    {
        const QString file = path("newer.db");
        {
            Database db(file);
            db.exec("PRAGMA user_version=999");
        }
        try {
            Database db(file);
            QFAIL("opened a database from a newer version");
        } catch (const DatabaseError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("newer Kestrel")), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestSqliteReadStore)
#include "tst_sqlitereadstore.moc"
