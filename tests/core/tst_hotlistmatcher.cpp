// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotlist/hotlistmatcher.h"
#include "store/read.h"

#include <QTest>

using namespace kestrel;

namespace {
HotlistEntry entry(qint64 id, const char* vrm, Priority priority = Priority::Medium, qint64 effective = 0,
    qint64 expiry = std::numeric_limits<qint64>::max())
{
    HotlistEntry e;
    e.id = id;
    e.vrm = vrm;
    e.priority = priority;
    e.effectiveMs = effective;
    e.expiryMs = expiry;
    return e;
}

Read read(const char* vrm, qint64 time = 1000, std::vector<Candidate> candidates = {})
{
    Read r;
    r.vrm = vrm;
    r.timeMs = time;
    r.candidates = std::move(candidates);
    return r;
}
} // namespace

class TestHotlistMatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exactMatch()
    {
        HotlistMatcher m;
        m.add(entry(1, "AB12CDE"));
        m.add(entry(2, "XY34ZZZ"));
        const auto hits = m.match(read("AB12CDE"));
        QCOMPARE(hits.size(), size_t(1));
        QCOMPARE(hits[0].entryId, 1);
        QCOMPARE(hits[0].substitutions, 0);
        QVERIFY(!hits[0].possibleMisread());
        QVERIFY(m.containsExact("AB12CDE", 1000));
        QVERIFY(m.match(read("AB12CDF")).empty());
    }

    void misreadTolerance_data()
    {
        QTest::addColumn<QString>("listed");
        QTest::addColumn<QString>("seen");
        QTest::addColumn<int>("maxSubstitutions");
        QTest::addColumn<bool>("matches");
        QTest::newRow("one O read as 0") << "OB12CDE"
                                         << "0B12CDE" << 1 << true;
        QTest::newRow("one 5 read as S") << "AB15CDE"
                                         << "AB1SCDE" << 1 << true;
        QTest::newRow("two substitutions, policy 1") << "OB15CDE"
                                                     << "0B1SCDE" << 1 << false;
        QTest::newRow("two substitutions, policy 2") << "OB15CDE"
                                                     << "0B1SCDE" << 2 << true;
        QTest::newRow("not confusable") << "AB12CDE"
                                        << "AB12CDF" << 2 << false;
        QTest::newRow("tolerance off") << "OB12CDE"
                                       << "0B12CDE" << 0 << false;
    }
    void misreadTolerance()
    {
        QFETCH(QString, listed);
        QFETCH(QString, seen);
        QFETCH(int, maxSubstitutions);
        QFETCH(bool, matches);
        HotlistMatcher m(maxSubstitutions);
        const std::string vrm = listed.toStdString();
        m.add(entry(9, vrm.c_str()));
        const auto hits = m.match(read(seen.toStdString().c_str()));
        QCOMPARE(!hits.empty(), matches);
        if (matches)
            QVERIFY(hits[0].possibleMisread());
    }

    void validityWindow()
    {
        HotlistMatcher m;
        m.add(entry(1, "AB12CDE", Priority::High, 1000, 2000));
        QVERIFY(m.match(read("AB12CDE", 999)).empty()); // not yet effective
        QCOMPARE(m.match(read("AB12CDE", 1000)).size(), size_t(1));
        QCOMPARE(m.match(read("AB12CDE", 1999)).size(), size_t(1));
        QVERIFY(m.match(read("AB12CDE", 2000)).empty()); // expired
        QVERIFY(m.match(read("AB12CD8", 2500)).empty()); // nor by misread
    }

    void candidatesAreChecked()
    {
        HotlistMatcher m;
        m.add(entry(5, "KL55MNO"));
        const auto hits = m.match(read("KL55MNC", 1000, { { "KL55MNO", 0.4f } }));
        QCOMPARE(hits.size(), size_t(1));
        QCOMPARE(hits[0].entryId, 5);
        QVERIFY(hits[0].viaCandidate);
        QVERIFY(hits[0].possibleMisread());
    }

    void oneMatchPerEntryMostUrgentFirst()
    {
        HotlistMatcher m;
        m.add(entry(1, "AB12CDE", Priority::Low));
        m.add(entry(2, "AB12CDE", Priority::High));
        m.add(entry(3, "A812CDE", Priority::Medium)); // a misread away
        // The best text and a candidate both hit entries 1 and 2: each must come back once, exact.
        const auto hits = m.match(read("AB12CDE", 1000, { { "AB12CDE", 0.9f }, { "A812CDE", 0.3f } }));
        QCOMPARE(hits.size(), size_t(3));
        QCOMPARE(hits[0].entryId, 2);
        QCOMPARE(hits[1].entryId, 3);
        QCOMPARE(hits[2].entryId, 1);
        QVERIFY(!hits[0].possibleMisread());
        QVERIFY(!hits[2].possibleMisread());
    }

    void removeStopsMatchingAndSurvivesCompaction()
    {
        HotlistMatcher m;
        for (int i = 0; i < 1000; ++i)
            m.add(entry(i + 1, QStringLiteral("AA%1BBB").arg(i % 100, 2, 10, QLatin1Char('0')).toStdString().c_str()));
        QCOMPARE(m.size(), size_t(1000));
        QVERIFY(m.remove("AA07BBB", 8));
        QVERIFY(!m.remove("AA07BBB", 8));
        QCOMPARE(m.size(), size_t(999));
        // Nine other entries share AA07BBB and still match.
        QCOMPARE(m.match(read("AA07BBB")).size(), size_t(9));
        for (int i = 0; i < 1000; ++i)
            if (i % 100 != 42)
                m.remove(QStringLiteral("AA%1BBB").arg(i % 100, 2, 10, QLatin1Char('0')).toStdString(), i + 1);
        QCOMPARE(m.size(), size_t(10));
        QCOMPARE(m.match(read("AA42BBB")).size(), size_t(10));
        QVERIFY(m.match(read("AA07BBB")).empty());
    }

    void growsPastInitialCapacity()
    {
        HotlistMatcher m;
        for (int i = 0; i < 50000; ++i)
            m.add(entry(i + 1, QStringLiteral("X%1").arg(i).toStdString().c_str()));
        for (int i = 0; i < 50000; i += 997)
            QVERIFY(m.containsExact(QStringLiteral("X%1").arg(i).toStdString(), 1000));
        QVERIFY(!m.containsExact("X50000", 1000));
    }
};

QTEST_GUILESS_MAIN(TestHotlistMatcher)
#include "tst_hotlistmatcher.moc"
