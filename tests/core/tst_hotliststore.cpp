// SPDX-License-Identifier: GPL-3.0-or-later
// Hotlist management on a real database file, through the engine that matches reads against it.
#include "access/userstore.h"
#include "alerts/alertstore.h"
#include "audit/auditlog.h"
#include "engine/engine.h"
#include "hotlist/hotliststore.h"
#include "hotlist/retrospective.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;

namespace {
HotlistEntry entry(const char* vrm, const char* list, const char* source)
{
    HotlistEntry e;
    e.vrm = vrm;
    e.list = QString::fromLatin1(list);
    e.category = QStringLiteral("stolen vehicle");
    e.action = QStringLiteral("Stop and check");
    e.source = QString::fromLatin1(source);
    e.reference = QStringLiteral("REF/1");
    e.state = importedState(e.source);
    return e;
}

User person(const char* name, Roles roles)
{
    User u;
    u.name = QString::fromLatin1(name);
    u.roles = roles;
    return u;
}

// The alerts one read of vrm at timeMs raises, the engine having loaded the hotlists as they stand.
int alertsFor(const QString& path, const char* vrm, qint64 timeMs)
{
    Engine engine(path, [timeMs] { return timeMs; });
    QSignalSpy raised(&engine, &Engine::alertRaised);
    engine.start();
    Read read;
    read.vrm = vrm;
    read.camera = "CAM1";
    read.timeMs = timeMs;
    engine.submit({ read });
    engine.stop();
    return int(raised.count());
}
} // namespace

class TestHotlistStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_file = 0;
    QString fresh() { return m_dir.filePath(QStringLiteral("hotlist%1.db").arg(++m_file)); }

private Q_SLOTS:
    void pendingEntriesNeverMatchUntilASecondPersonValidates()
    {
        const QString path = fresh();
        qint64 id = 0;
        {
            Database db(path);
            std::vector<HotlistEntry> entries { entry("AB12CDE", "Local", "Local intelligence") };
            HotlistStore(db).add(entries, 1000, QStringLiteral("ivy"));
            id = entries[0].id;
            QCOMPARE(HotlistStore(db).get(id)->state, EntryState::Pending);
        }
        QCOMPARE(alertsFor(path, "AB12CDE", 5000), 0);

        Database db(path);
        HotlistStore store(db);
        // Not a supervisor; the supervisor who added it; then a second supervisor.
        QVERIFY(store.validate(id, person("ivy", Role::Investigator), 2000).contains("supervisor"));
        std::vector<HotlistEntry> own { entry("XY34ZZZ", "Local", "Local intelligence") };
        store.add(own, 1000, QStringLiteral("sue"));
        QVERIFY(store.validate(own[0].id, person("sue", Role::Supervisor), 2000).contains("second person"));
        QCOMPARE(store.get(own[0].id)->state, EntryState::Pending);
        const qint64 before = store.version();
        QCOMPARE(store.validate(id, person("sue", Role::Supervisor), 2000), QString());
        QVERIFY(store.version() > before); // a running engine can tell
        QCOMPARE(store.get(id)->validatedBy, QStringLiteral("sue"));
        QVERIFY(store.validate(id, person("sue", Role::Supervisor), 2000).contains("not pending"));
        QCOMPARE(alertsFor(path, "AB12CDE", 5000), 1);

        bool audited = false;
        AuditLog(db).forEach(0, 10'000, [&](const AuditRecord& r) {
            audited |= r.action == "hotlist-validated" && r.who == "sue" && r.detail.value("entry").toInt() == id;
        });
        QVERIFY(audited);
    }

    void pncLinesAreLiveAtOnce()
    {
        QCOMPARE(importedState(QStringLiteral("PNC")), EntryState::Live);
        QCOMPARE(importedState(QStringLiteral("Crimestoppers")), EntryState::Pending);
        const QString path = fresh();
        {
            Database db(path);
            std::vector<HotlistEntry> entries { entry("AB12CDE", "PNC", "PNC") };
            HotlistStore(db).add(entries, 1000);
        }
        QCOMPARE(alertsFor(path, "AB12CDE", 5000), 1);
    }

    void expiredEntriesStopMatchingAtTheExactInstant()
    {
        const QString path = fresh();
        {
            Database db(path);
            std::vector<HotlistEntry> entries { entry("AB12CDE", "PNC", "PNC") };
            entries[0].effectiveMs = 1000;
            entries[0].expiryMs = 60'000;
            HotlistStore(db).add(entries, 1000);
        }
        QCOMPARE(alertsFor(path, "AB12CDE", 59'999), 1);
        QCOMPARE(alertsFor(path, "AB12CDE", 60'000), 0);
        Database db(path);
        int expired = 0, live = 0;
        HotlistStore(db).forEachMatching(
            HotlistQuery::inState(QStringLiteral("expired")), 60'000, 0, [&](const HotlistEntry&) { ++expired; });
        HotlistStore(db).forEachLive(60'000, [&](const HotlistEntry&) { ++live; });
        QCOMPARE(expired, 1);
        QCOMPARE(live, 0);
    }

    void entriesNearingReviewAreListedForTheirOwners()
    {
        Database db(fresh());
        HotlistStore store(db);
        const qint64 day = 24 * 3600 * 1000LL;
        std::vector<HotlistEntry> ivys { entry("AB12CDE", "Local", "PNC"), entry("CD34EFG", "Local", "PNC"),
            entry("EF56GHJ", "Local", "PNC") };
        ivys[0].expiryMs = 10 * day; // due in 9 days
        ivys[1].expiryMs = 40 * day; // not yet
        ivys[2].expiryMs = 3 * day; // due in 2 days
        store.add(ivys, 0, QStringLiteral("ivy"));
        std::vector<HotlistEntry> bobs { entry("GH78JKL", "Traffic", "PNC") };
        bobs[0].expiryMs = 5 * day;
        store.add(bobs, 0, QStringLiteral("bob"));
        QStringList due;
        store.forEachDueForReview(
            day, 14 * day, QStringLiteral("ivy"), [&](const HotlistEntry& e) { due << QString::fromStdString(e.vrm); });
        QCOMPARE(due, QStringList({ "EF56GHJ", "AB12CDE" })); // soonest first; bob's are his
        due.clear();
        store.forEachDueForReview(
            day, 14 * day, {}, [&](const HotlistEntry& e) { due << QString::fromStdString(e.vrm); });
        QCOMPARE(due, QStringList({ "EF56GHJ", "GH78JKL", "AB12CDE" }));
        due.clear();
        store.forEachDueForReview(
            4 * day, 14 * day, {}, [&](const HotlistEntry& e) { due << QString::fromStdString(e.vrm); });
        QCOMPARE(due, QStringList({ "GH78JKL", "AB12CDE" })); // expired ones are past review
    }

    void removalNeedsAReasonAndStopsMatching()
    {
        const QString path = fresh();
        qint64 id = 0;
        {
            Database db(path);
            std::vector<HotlistEntry> entries { entry("AB12CDE", "PNC", "PNC") };
            HotlistStore store(db);
            store.add(entries, 1000);
            id = entries[0].id;
            const User ivy = person("ivy", Role::Investigator);
            QVERIFY(
                store.remove(id, QStringLiteral("recovered"), person("amy", Role::Auditor), 2000).contains("may not"));
            QVERIFY(!store.remove(id, QStringLiteral("  "), ivy, 2000).isEmpty());
            QCOMPARE(store.remove(id, QStringLiteral("recovered"), ivy, 2000), QString());
            QVERIFY(store.remove(id, QStringLiteral("sold"), ivy, 2000).contains("already"));
            QCOMPARE(store.get(id)->removedReason, QStringLiteral("recovered"));
        }
        QCOMPARE(alertsFor(path, "AB12CDE", 5000), 0);
    }

    void goingLiveFindsEarlierSightingsAsItsOwnerMaySee()
    {
        const QString path = fresh();
        Database db(path);
        const qint64 day = 24 * 3600 * 1000LL, now = 400 * day;
        std::vector<Read> seen;
        for (const int daysAgo : { 40, 3, 1 }) {
            Read r;
            r.vrm = "AB12CDE";
            r.camera = "M4-J10-EB";
            r.timeMs = now - daysAgo * day;
            seen.push_back(r);
        }
        {
            Database::Transaction tx(db);
            SqliteReadStore(db).append(seen);
            tx.commit();
        }
        UserStore users(db);
        users.add(QStringLiteral("ivy"), Role::Investigator, QStringLiteral("ivy's long password"), 0);
        HotlistStore store(db);
        std::vector<HotlistEntry> entries { entry("AB12CDE", "Local", "Local intelligence") };
        std::vector<HotlistEntry> imported { entry("AB12CDE", "Local", "Crimestoppers") };
        entries[0].effectiveMs = imported[0].effectiveMs = now;
        store.add(entries, now, QStringLiteral("ivy"));
        store.add(imported, now, QStringLiteral("os:admin")); // an administrator's import: nobody's band

        RetrospectiveHits hits;
        QCOMPARE(makeLive(db, entries[0].id, person("sue", Role::Supervisor), now, hits), QString());
        // The last 14 days (the policy's), not the read 40 days old.
        QCOMPARE(hits.reads, 2);
        QCOMPARE(hits.alerts.size(), size_t(2));
        for (const Alert& a : hits.alerts) {
            QVERIFY(a.retrospective);
            QCOMPARE(a.reference, QStringLiteral("REF/1"));
        }
        bool searched = false;
        AuditLog(db).forEach(0, now + day, [&](const AuditRecord& r) {
            searched |= r.action == "search" && r.who == "ivy" && r.detail.value("reference").toString() == "REF/1";
        });
        QVERIFY(searched); // on the record as ivy's search under the entry's reference

        RetrospectiveHits none;
        QCOMPARE(makeLive(db, imported[0].id, person("sue", Role::Supervisor), now, none), QString());
        QCOMPARE(none.reads, 0);
        QCOMPARE(AlertStore(db).open({}).size(), size_t(2));
    }

    void aStoppedRefreshLeavesTheOldListWhole()
    {
        const QString path = fresh();
        Database db(path);
        HotlistStore store(db);
        std::vector<HotlistEntry> old { entry("OLD1AAA", "PNC", "PNC"), entry("OLD2AAA", "PNC", "PNC") };
        std::vector<HotlistEntry> other { entry("KEEP1AA", "Local", "PNC") };
        store.add(old, 1000);
        store.add(other, 1000);
        std::vector<HotlistEntry> fresh;
        for (int i = 0; i < 25'000; ++i)
            fresh.push_back(entry(QStringLiteral("NEW%1").arg(i).toLatin1().constData(), "PNC", "PNC"));

        // Stopped after the first part: nothing of it stays, the old list is as it was.
        QVERIFY(!store.replaceList(QStringLiteral("PNC"), fresh, 2000, QStringLiteral("os:admin"),
            [](qint64 done, qint64) { return done < 10'000; }));
        QStringList live;
        store.forEachLive(3000, [&](const HotlistEntry& e) { live << QString::fromStdString(e.vrm); });
        QCOMPARE(live, QStringList({ "OLD1AAA", "OLD2AAA", "KEEP1AA" }));

        // Run to its end: the list is the new one; other lists are untouched.
        QVERIFY(store.replaceList(QStringLiteral("PNC"), fresh, 2000, QStringLiteral("os:admin")));
        int pnc = 0, local = 0;
        store.forEachLive(3000, [&](const HotlistEntry& e) { ++(e.list == "PNC" ? pnc : local); });
        QCOMPARE(pnc, 25'000);
        QCOMPARE(local, 1);
        QCOMPARE(store.get(old[0].id)->state, EntryState::Removed); // replaced, kept for the record
        QCOMPARE(store.count(), 25'000 + 2 + 1); // the stopped refresh's rows are gone
    }

    void covertHitsReachOnlyTheirReadersAndAreAudited()
    {
        const QString path = fresh();
        {
            Database db(path);
            UserStore users(db);
            for (const char* name : { "ann", "bob", "sid" })
                users.add(QString::fromLatin1(name), Role::Operator, QStringLiteral("a long password"), 0);
            HotlistStore store(db);
            std::vector<HotlistEntry> entries { entry("AB12CDE", "Op Kite", "PNC"), entry("XY34ZZZ", "PNC", "PNC") };
            store.add(entries, 0, QStringLiteral("os:admin"));
            HotlistList kite = store.lists(0).front();
            QCOMPARE(kite.name, QStringLiteral("Op Kite"));
            QCOMPARE(kite.owner, QStringLiteral("os:admin")); // who made it, until an administrator says otherwise
            kite.covert = true;
            kite.owner = QStringLiteral("sid");
            QVERIFY(store.configureList(kite, "os:admin", "administrator", 0).contains("at least one reader"));
            kite.readers = QStringList { QStringLiteral("ann"), QStringLiteral("nobody") };
            QVERIFY(store.configureList(kite, "os:admin", "administrator", 0).contains("nobody is not a user"));
            QVERIFY(!store.lists(0).front().covert); // refused: nothing changed
            kite.readers = QStringList { QStringLiteral("ann"), QStringLiteral("sid") };
            QCOMPARE(store.configureList(kite, "os:admin", "administrator", 0), QString());
        }
        QCOMPARE(alertsFor(path, "AB12CDE", 5000), 1);
        QCOMPARE(alertsFor(path, "XY34ZZZ", 5000), 1);

        Database db(path);
        AlertStore alerts(db);
        const auto plates = [&](const QString& viewer) {
            QStringList out;
            for (const Alert& a : alerts.open(viewer))
                out << QString::fromStdString(a.vrm);
            return out;
        };
        QCOMPARE(plates(QStringLiteral("ann")), QStringList({ "AB12CDE", "XY34ZZZ" }));
        QCOMPARE(plates(QStringLiteral("bob")), QStringList({ "XY34ZZZ" })); // the shared queue only
        QCOMPARE(plates({}), QStringList({ "XY34ZZZ" }));
        QCOMPARE(alerts.openCount(), 1);
        QVERIFY(alerts.countByCategory(0).at(0).second == 1); // the shared dashboard does not count it
        const Alert covert = alerts.open(QStringLiteral("sid")).front();
        QCOMPARE(covert.recipients, QStringList({ "ann", "sid" }));
        QVERIFY(alerts.forVrm("AB12CDE", 0, QStringLiteral("bob")).empty());
        // Bob cannot act on what he may not see; Ann can.
        QVERIFY(alerts.claim(covert.id, QStringLiteral("bob"), 6000).contains("no alert"));
        QCOMPARE(alerts.claim(covert.id, QStringLiteral("ann"), 6000), QString());

        QString audited;
        AuditLog(db).forEach(0, 10'000, [&](const AuditRecord& r) {
            if (r.action == "alert-covert-hit")
                audited = r.detail.value("detail").toString();
        });
        QCOMPARE(audited, QStringLiteral("list Op Kite, shown only to ann, sid"));
        // The list's owner is the one its entries due for review are listed for.
        HotlistStore store(db);
        std::vector<HotlistEntry> due { entry("RV12EVW", "Op Kite", "PNC") };
        due[0].expiryMs = 20'000;
        store.add(due, 0, QStringLiteral("ivy"));
        QStringList forSid;
        store.forEachDueForReview(10'000, 15'000, QStringLiteral("sid"),
            [&](const HotlistEntry& e) { forSid << QString::fromStdString(e.vrm); });
        QCOMPARE(forSid, QStringList({ "RV12EVW" }));
    }

    void categoriesAreChangedByAdministratorsAndAudited()
    {
        Database db(fresh());
        HotlistStore store(db);
        const auto categories = store.categories();
        QCOMPARE(findCategory(categories, QStringLiteral("Firearms"))->priority, Priority::High);
        QCOMPARE(findCategory(categories, QStringLiteral("no insurance"))->priority, Priority::Low);
        QVERIFY(store
                    .setCategory({ QStringLiteral("no insurance"), Priority::Medium, QStringLiteral(" ") }, "os:admin",
                        "administrator", 1000)
                    .contains("say what officers are to do"));
        QCOMPARE(
            store.setCategory({ QStringLiteral("No Insurance"), Priority::Medium, QStringLiteral("Stop and seize") },
                "os:admin", "administrator", 1000),
            QString());
        QCOMPARE(store.setCategory({ QStringLiteral("Operation Kite"), Priority::High, QStringLiteral("Record only") },
                     "os:admin", "administrator", 1000),
            QString());
        const auto changed = store.categories();
        QCOMPARE(changed.size(), categories.size() + 1);
        QCOMPARE(findCategory(changed, QStringLiteral("no insurance"))->action, QStringLiteral("Stop and seize"));
        QCOMPARE(findCategory(changed, QStringLiteral("operation kite"))->priority, Priority::High);
        int audited = 0;
        AuditLog(db).forEach(0, 10'000, [&](const AuditRecord& r) { audited += r.action == "hotlist-category-set"; });
        QCOMPARE(audited, 2);
    }
};

QTEST_GUILESS_MAIN(TestHotlistStore)
#include "tst_hotliststore.moc"
