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
        const auto found = store.search(q).reads;
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
        QVERIFY(store.search(q).reads.empty());
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
        QCOMPARE(vrmsOf(store.search(q).reads), expected);
    }

    void searchByTimeAndCamera()
    {
        Database db(path("search.db"));
        SqliteReadStore store(db);
        ReadQuery q;
        q.vrm = "AB12CDE";
        q.cameras = { "CAM2" };
        auto found = store.search(q).reads;
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].timeMs, 2000);
        q.cameras.clear();
        q.fromMs = 1500;
        q.toMs = 2500;
        QCOMPARE(store.search(q).reads.size(), size_t(1));
        q.cameras = { "NO-SUCH-CAMERA" };
        QVERIFY(store.search(q).reads.empty());
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
        const auto found = store.search(q).reads;
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].camera, std::string("OLD-CAM"));
        QCOMPARE(found[0].timeMs, 1234);
        // The tables the later migrations add are there and usable.
        QCOMPARE(db.prepared("SELECT count(*) FROM alerts").scalar(), 0);
        QVERIFY(store.images(found[0].id).platePatch.isEmpty());
        // A VRM stored before misread-tolerant search existed is found by it.
        q.vrm = "A812CDE";
        q.tolerant = true;
        QCOMPARE(store.search(q).reads.size(), size_t(1));
    }

    void misreadTolerantSearchFindsConfusedCharacters_data()
    {
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QStringList>("expected"); // newest first
        QTest::newRow("O for 0, B for 8") << "AB12CDE" << QStringList { "A812CDE", "AB12C0E", "AB12CDE" };
        QTest::newRow("as misread") << "A812C0E" << QStringList { "A812CDE", "AB12C0E", "AB12CDE" };
        QTest::newRow("pattern") << "AB1?CD*" << QStringList { "A812CDE", "AB13CDE", "AB12C0E", "AB12CDE" };
        QTest::newRow("suffix pattern") << "*12CDE" << QStringList { "XY12CDE", "A812CDE", "AB12C0E", "AB12CDE" };
        QTest::newRow("no confusable difference") << "AB12CDF" << QStringList {};
    }
    void misreadTolerantSearchFindsConfusedCharacters()
    {
        QFETCH(QString, asked);
        QFETCH(QStringList, expected);
        Database db(path("tolerant.db"));
        SqliteReadStore store(db);
        if (store.count() == 0) {
            std::vector<Read> reads = { makeRead("AB12CDE", "CAM1", 1000), makeRead("AB12C0E", "CAM1", 2000),
                makeRead("AB13CDE", "CAM1", 2500), makeRead("A812CDE", "CAM2", 3000),
                makeRead("XY12CDE", "CAM2", 4000) };
            Database::Transaction tx(db);
            store.append(reads);
            tx.commit();
        }
        ReadQuery q;
        q.vrm = asked.toStdString();
        q.tolerant = true;
        QCOMPARE(vrmsOf(store.search(q).reads), expected);
        q.tolerant = false; // without it, only the VRM or pattern as written
        for (const auto& r : store.search(q).reads)
            QVERIFY(r.vrm == q.vrm || q.vrm.find_first_of("?*") != std::string::npos);
    }

    void pagesFollowOnWithoutGapsOrRepeats()
    {
        Database db(path("pages.db"));
        SqliteReadStore store(db);
        std::vector<Read> reads;
        for (int i = 0; i < 25; ++i) // pairs of reads at one instant: the page boundary falls between them
            reads.push_back(makeRead(i % 3 ? "AB12CDE" : "AB12CDF", "CAM1", 1000 + (i / 2) * 10));
        Database::Transaction tx(db);
        store.append(reads);
        tx.commit();
        for (const bool oldestFirst : { false, true }) {
            ReadQuery q;
            q.vrm = "AB12CD?";
            q.limit = 7;
            q.oldestFirst = oldestFirst;
            std::vector<qint64> seen;
            int pages = 0;
            for (bool more = true; more; ++pages) {
                const ReadPage page = store.search(q);
                QVERIFY(page.reads.size() <= 7);
                for (const auto& r : page.reads)
                    seen.push_back(r.id);
                more = page.more;
                if (more)
                    q.after = ReadCursor { page.reads.back().timeMs, page.reads.back().id };
            }
            QCOMPARE(pages, 4); // 7 + 7 + 7 + 4
            QCOMPARE(seen.size(), size_t(25));
            std::vector<qint64> expected;
            for (const auto& r : reads)
                expected.push_back(r.id);
            if (!oldestFirst)
                std::reverse(expected.begin(), expected.end());
            QCOMPARE(seen, expected);
        }
    }

    void aLongSearchReportsProgressAndStopsWhenAsked()
    {
        Database db(path("long.db"));
        SqliteReadStore store(db);
        std::vector<Read> reads;
        for (int i = 0; i < 1000; ++i) // a thousand vehicles matching one pattern
            reads.push_back(makeRead(
                QStringLiteral("AB%1XYZ").arg(i, 3, 10, QLatin1Char('0')).toLatin1().constData(), "CAM1", 1000 + i));
        Database::Transaction tx(db);
        store.append(reads);
        tx.commit();
        ReadQuery q;
        q.vrm = "AB*XYZ";
        q.limit = 5000;
        std::vector<std::pair<qint64, qint64>> steps;
        ReadPage page = store.search(q, [&](qint64 done, qint64 total) {
            steps.emplace_back(done, total);
            return true;
        });
        QCOMPARE(page.reads.size(), size_t(1000));
        QVERIFY(!page.cancelled);
        QVERIFY(steps.size() >= 3);
        for (size_t i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps[i].second, 1000);
            QVERIFY(steps[i].first > (i ? steps[i - 1].first : 0));
        }
        page = store.search(q, [](qint64, qint64) { return false; }); // cancelled at the first step
        QVERIFY(page.cancelled);
        QVERIFY(!page.reads.empty());
        QVERIFY(page.reads.size() < 1000);
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
