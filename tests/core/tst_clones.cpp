// SPDX-License-Identifier: GPL-3.0-or-later
// Cloned plates: journeys no vehicle can make, found as the engine stores reads, and the case a victim's report
// opens, on a real database file.
#include "access/retention.h"
#include "access/userstore.h"
#include "audit/auditlog.h"
#include "cameras/camerastore.h"
#include "clones/clonedetector.h"
#include "clones/clonestore.h"
#include "engine/engine.h"
#include "hotlist/hotliststore.h"
#include "hotlist/retrospective.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kestrel;

namespace {
constexpr qint64 minute = 60 * 1000;
constexpr qint64 day = 24 * 60 * minute;
// Cameras 7 km apart on the M4, and one 400 km north in Newcastle.
const GeoPoint j10 { 51.4300, -0.8870 }, j11 { 51.4220, -0.9890 }, newcastle { 54.9783, -1.6178 };

Read read(const char* vrm, const char* camera, qint64 timeMs, qint64 id = 0)
{
    Read r;
    r.id = id;
    r.vrm = vrm;
    r.camera = camera;
    r.timeMs = timeMs;
    return r;
}

User person(const char* name, Roles roles)
{
    User u;
    u.name = QString::fromLatin1(name);
    u.roles = roles;
    return u;
}
} // namespace

class TestClones : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    const qint64 m_now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

private Q_SLOTS:
    void aPlausibleJourneyRaisesNothingAnImpossibleOneDoes()
    {
        CloneDetector detector(150, minute);
        QVERIFY(!detector.check(read("AB12CDE", "J10", m_now, 1), j10));
        QVERIFY(!detector.check(read("AB12CDE", "J11", m_now + 6 * minute, 2), j11)); // 7 km in 6 min: 70 km/h
        // 400 km in half an hour.
        const auto s = detector.check(read("AB12CDE", "NCL", m_now + 36 * minute, 3), newcastle);
        QVERIFY(s);
        QCOMPARE(s->earlier.readId, qint64(2));
        QCOMPARE(s->later.readId, qint64(3));
        QVERIFY(s->kmh > 700 && s->kmh < 900);
        QVERIFY(s->why.contains("km/h"));
        // Another plate, one character off, is another vehicle: not compared.
        QVERIFY(!detector.check(read("AB12CDF", "NCL", m_now + 36 * minute, 4), newcastle));
    }

    void withinTheWindowOnlySitesTooFarApartCount()
    {
        CloneDetector detector(150, minute);
        // Clocks differ by seconds: 7 km in 20 s by the clocks is allowed for (2.5 km a minute at most)...
        QVERIFY(!detector.check(read("CD34EFG", "J10", m_now, 1), j10));
        QVERIFY(!detector.check(read("CD34EFG", "J10B", m_now + 20'000, 2), GeoPoint { 51.4310, -0.8900 }));
        // ...but two places 7 km apart at the same moment are not.
        const auto s = detector.check(read("CD34EFG", "J11", m_now + 20'000, 3), j11);
        QVERIFY(s);
        // A reading out of order (the earlier one arrives late) is compared all the same.
        CloneDetector late(150, minute);
        QVERIFY(!late.check(read("EF56GHJ", "NCL", m_now + 30 * minute, 1), newcastle));
        const auto back = late.check(read("EF56GHJ", "J10", m_now, 2), j10);
        QVERIFY(back);
        QCOMPARE(back->earlier.readId, qint64(2));
    }

    void differentVehiclesSeenAreAddedAsEvidence()
    {
        CloneDetector detector(150, minute);
        Read a = read("GH78JKL", "J10", m_now, 1), b = read("GH78JKL", "NCL", m_now + 30 * minute, 2);
        a.vehicle.colour = "silver";
        a.vehicle.make = "Ford";
        b.vehicle.colour = "black";
        b.vehicle.make = "BMW";
        QVERIFY(!detector.check(a, j10));
        const auto s = detector.check(b, newcastle);
        QVERIFY(s && s->vehicleDiffers);
        QVERIFY(s->why.contains("silver Ford") && s->why.contains("black BMW"));
    }

    void theEngineOpensOneCaseWithBothReadsAndUsesMobilePositions()
    {
        const QString path = m_dir.filePath("engine.db");
        {
            Database db(path);
            CameraStore cameras(db);
            Camera fixed;
            fixed.code = "M4-J10-EB";
            fixed.latitude = j10.latitude;
            fixed.longitude = j10.longitude;
            fixed.push = true;
            cameras.add(fixed, QStringLiteral("a token of the gantry's"));
            Camera mobile;
            mobile.code = "MOBILE-RV21";
            mobile.kind = Camera::Kind::Mobile;
            mobile.push = true;
            cameras.add(mobile, QStringLiteral("a token of the car's"));
        }
        Engine engine(path, [this] { return m_now + day; });
        QSignalSpy suspected(&engine, &Engine::cloneSuspected);
        engine.start();
        std::vector<Read> reads { read("XY12ZZZ", "M4-J10-EB", m_now), read("PL12AUS", "M4-J10-EB", m_now) };
        // The traffic car is in Newcastle 30 minutes later, and says so with each read; then near J10 an hour on.
        for (auto [vrm, minutes, where] : { std::tuple("XY12ZZZ", 30, newcastle), std::tuple("PL12AUS", 60, j11),
                 std::tuple("XY12ZZZ", 40, newcastle) }) {
            Read r = read(vrm, "MOBILE-RV21", m_now + minutes * minute);
            r.latitude = where.latitude;
            r.longitude = where.longitude;
            reads.push_back(r);
        }
        // Back at J10 fifty minutes after Newcastle: impossible again, evidence for the same case.
        reads.push_back(read("XY12ZZZ", "M4-J10-EB", m_now + 90 * minute));
        engine.submit(reads);
        engine.stop();
        QCOMPARE(suspected.count(), 2);
        QCOMPARE(suspected.at(0).at(1).toBool(), true);
        QCOMPARE(suspected.at(1).at(1).toBool(), false); // folded into the open case
        Database db(path);
        CloneStore store(db);
        const auto cases = store.list(true);
        QCOMPARE(cases.size(), size_t(1));
        QCOMPARE(cases[0].vrm, std::string("XY12ZZZ"));
        QCOMPARE(cases[0].origin, QStringLiteral("detected"));
        QCOMPARE(cases[0].state, CaseState::Reported);
        QCOMPARE(cases[0].evidence, 4); // J10, Newcastle; Newcastle again, J10 again
        SqliteReadStore stored(db);
        QStringList cameras;
        for (const auto& e : store.evidence(cases[0].id))
            cameras << QString::fromStdString(stored.get(e.readId)->camera);
        QCOMPARE(cameras, QStringList({ "M4-J10-EB", "MOBILE-RV21", "MOBILE-RV21", "M4-J10-EB" }));

        // A restarted engine still knows where the plate was last seen (J10, from the file): Newcastle ten
        // minutes later is impossible.
        Engine restarted(path, [this] { return m_now + 2 * 60 * minute; });
        QSignalSpy again(&restarted, &Engine::cloneSuspected);
        restarted.start();
        Read north = read("XY12ZZZ", "MOBILE-RV21", m_now + 100 * minute);
        north.latitude = newcastle.latitude;
        north.longitude = newcastle.longitude;
        restarted.submit({ north });
        restarted.stop();
        QCOMPARE(again.count(), 1);
        QCOMPARE(store.get(cases[0].id)->evidence, 5);
    }

    void aCaseMovesOnlyAsItsStatesAllowAndConfirmingListsTheClone()
    {
        const QString path = m_dir.filePath("case.db");
        Database db(path);
        UserStore users(db);
        users.add("ola", Role::Operator, "a long password", 0);
        users.add("ivy", Role::Investigator, "a long password", 0);
        users.add("sue", Role::Supervisor, "a long password", 0);
        const User ola = person("ola", Role::Operator), ivy = person("ivy", Role::Investigator),
                   sue = person("sue", Role::Supervisor);
        SqliteReadStore reads(db);
        std::vector<Read> seen { read("VC12TIM", "M4-J10-EB", m_now - 400 * day),
            read("VC12TIM", "NCL-CENTRAL", m_now - 400 * day + 20 * minute), read("VC12TIM", "X", m_now - 400 * day) };
        {
            Database::Transaction tx(db);
            reads.append(seen);
            tx.commit();
        }
        CloneStore store(db);
        CloneSuspicion detected;
        detected.vrm = "VC12TIM";
        detected.earlier.readId = seen[0].id;
        detected.later.readId = seen[1].id;
        detected.why = QStringLiteral("400 km in 20 min");
        {
            Database::Transaction tx(db);
            QCOMPARE(store.suspect(detected, m_now - 300 * day).second, true);
            tx.commit();
        }

        // The keeper's report joins the open case.
        VictimReport report;
        report.vrm = "VC12TIM";
        report.reporter = QStringLiteral("Tim Keeper");
        report.contact = QStringLiteral("07700 900123");
        report.make = QStringLiteral("Ford");
        report.model = QStringLiteral("Fiesta");
        report.colour = QStringLiteral("red");
        report.crimeReference = QStringLiteral("CRI/26/4411");
        report.notices.push_back({ "2026-10-02", "Newcastle bus lane", "Newcastle City Council", "PCN NC1234" });
        qint64 id = 0;
        QVERIFY(store.report(report, person("ann", Role::Auditor), m_now, id).contains("may not take"));
        QCOMPARE(store.report(report, ola, m_now, id), QString());
        QCOMPARE(store.list(true).size(), size_t(1));
        QCOMPARE(store.get(id)->origin, QStringLiteral("reported"));
        QCOMPARE(store.get(id)->report->notices.size(), size_t(1));

        // Illegal steps are refused and change nothing.
        QVERIFY(store.advance(id, CaseState::UnderInvestigation, ivy, {}, m_now).contains("assign an investigator"));
        QVERIFY(store.advance(id, CaseState::ConfirmedClone, ivy, {}, m_now).contains("cannot become"));
        QVERIFY(store.advance(id, CaseState::Closed, ivy, {}, m_now).contains("cannot become"));
        QVERIFY(store.assign(id, QStringLiteral("ola"), sue, m_now).contains("not an investigator"));
        QCOMPARE(store.assign(id, QStringLiteral("ivy"), sue, m_now), QString());
        QCOMPARE(store.get(id)->state, CaseState::UnderInvestigation);
        QVERIFY(store.advance(id, CaseState::UnderInvestigation, ivy, {}, m_now).contains("cannot become"));
        QCOMPARE(store.get(id)->state, CaseState::UnderInvestigation);

        // Confirmed, with a hotlist entry that waits for validation, then goes live.
        QCOMPARE(store.advance(id, CaseState::ConfirmedClone, ivy, "seen on the M4 and in Newcastle", m_now, true),
            QString());
        const qint64 entryId = store.get(id)->hotlistEntry;
        HotlistStore hotlists(db);
        const auto entry = hotlists.get(entryId);
        QVERIFY(entry);
        QCOMPARE(entry->state, EntryState::Pending);
        QCOMPARE(entry->category, QStringLiteral("cloned vrm"));
        QVERIFY2(entry->action.contains("red Ford Fiesta"), qPrintable(entry->action));
        QCOMPARE(entry->reference, QStringLiteral("CRI/26/4411"));
        RetrospectiveHits hits;
        QCOMPARE(makeLive(db, entryId, sue, m_now, hits), QString());
        QCOMPARE(hotlists.get(entryId)->state, EntryState::Live);

        // The evidence outlives the retention period while the case is open, and goes once it is closed.
        Policy policy;
        QCOMPARE(runRetention(db, policy, m_now, "os:test").readsPreserved, 2);
        QVERIFY(reads.get(seen[0].id) && reads.get(seen[1].id));
        QVERIFY(!reads.get(seen[2].id)); // not evidence: deleted at 12 months
        QCOMPARE(store.advance(id, CaseState::Closed, ivy, {}, m_now), QString());
        runRetention(db, policy, m_now, "os:test");
        QVERIFY(!reads.get(seen[0].id) && !reads.get(seen[1].id));

        int audited = 0;
        AuditLog(db).forEach(0, m_now + day, [&](const AuditRecord& r) { audited += r.action.startsWith("clone-"); });
        QCOMPARE(audited, 5); // suspected, reported, assigned, confirmed, closed
    }

    void aDetectedCaseMergesIntoTheVictimsCase()
    {
        Database db(m_dir.filePath("merge.db"));
        UserStore(db).add("ivy", Role::Investigator, "a long password", 0);
        const User ivy = person("ivy", Role::Investigator);
        SqliteReadStore reads(db);
        std::vector<Read> seen { read("MG12ERG", "A", m_now), read("MG12ERG", "B", m_now + minute) };
        CloneStore store(db);
        VictimReport report;
        report.vrm = "MG12ERG";
        report.reporter = report.contact = report.make = report.colour = QStringLiteral("x");
        qint64 victims = 0;
        QCOMPARE(store.report(report, ivy, m_now, victims), QString());
        // A detected case on the plate as misread (MG12ERC) is the same vehicle: merged by hand.
        CloneSuspicion detected;
        detected.vrm = "MG12ERC";
        {
            Database::Transaction tx(db);
            reads.append(seen);
            detected.earlier.readId = seen[0].id;
            detected.later.readId = seen[1].id;
            store.suspect(detected, m_now);
            tx.commit();
        }
        const qint64 other = store.list(true).front().id;
        QVERIFY(store.merge(victims, other, ivy, m_now).contains("keeper's report"));
        QCOMPARE(store.merge(other, victims, ivy, m_now), QString());
        QCOMPARE(store.get(victims)->evidence, 2);
        QCOMPARE(store.get(other)->state, CaseState::Closed);
        QCOMPARE(store.get(other)->mergedInto, victims);
    }
};

QTEST_GUILESS_MAIN(TestClones)
#include "tst_clones.moc"
