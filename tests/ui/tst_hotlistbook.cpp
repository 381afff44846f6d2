// SPDX-License-Identifier: GPL-3.0-or-later
// The Hotlists page's view-model on a real database file: entries with their validation states, the
// two-person rule as the page offers it, and an import on its own thread with progress, cancel and a report.
#include "hotlistbook.h"
#include "session.h"

#include "access/userstore.h"
#include "audit/auditlog.h"
#include "hotlist/hotliststore.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;

namespace {
// The page as one person sees it.
struct Desk {
    UserStore users;
    AuditLog audit;
    Session session;
    HotlistBook book;

    Desk(Database& db, const QString& path, const char* name, qint64 now)
        : users(db)
        , audit(db)
        , session(users, audit, Policy {}, [now] { return now; })
        , book(db, path, session, [now] { return now; })
    {
        session.signIn(QString::fromLatin1(name), QStringLiteral("a long password"));
    }
    QVariant at(int row, int role) const { return book.data(book.index(row), role); }
};
} // namespace

class TestHotlistBook : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    const qint64 m_now = QDateTime::currentMSecsSinceEpoch();

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Database db(m_dir.filePath("book.db"));
        UserStore users(db);
        users.add("ivy", Role::Investigator, "a long password", 0);
        users.add("sue", Role::Supervisor, "a long password", 0);
    }

    void anEntryAddedWaitsThenASecondPersonMakesItLive()
    {
        Database db(m_dir.filePath("book.db"));
        Desk ivy(db, m_dir.filePath("book.db"), "ivy", m_now);
        QAbstractItemModelTester tester(&ivy.book, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!ivy.book.save(0, { { "vrm", "AB12 CDE" }, { "list", "Local" }, { "category", "drugs" } }));
        QVERIFY(ivy.book.property("message").toString().contains("the source is empty"));
        QVERIFY(ivy.book.save(0,
            { { "vrm", "AB12 CDE" }, { "list", "Local" }, { "category", "drugs" }, { "source", "Local intelligence" },
                { "reference", "OP/ASH" }, { "expiry", "2099-01-31" } }));
        ivy.book.find("ab12", "", "", "");
        QCOMPARE(ivy.book.rowCount(), 1);
        QCOMPARE(ivy.at(0, HotlistBook::PlateRole).toString(), QStringLiteral("AB12 CDE"));
        QCOMPARE(ivy.at(0, HotlistBook::StateRole).toString(), QStringLiteral("pending"));
        QCOMPARE(ivy.at(0, HotlistBook::PriorityNameRole).toString(), QStringLiteral("Medium")); // drugs' default
        QCOMPARE(ivy.at(0, HotlistBook::ExpiryRole).toString(), QStringLiteral("31 Jan 2099"));
        QCOMPARE(ivy.at(0, HotlistBook::CanValidateRole).toBool(), false); // she added it
        QCOMPARE(ivy.at(0, HotlistBook::CanChangeRole).toBool(), true);
        const qint64 id = ivy.at(0, HotlistBook::EntryIdRole).toLongLong();
        QVERIFY(!ivy.book.validate(id));

        Desk sue(db, m_dir.filePath("book.db"), "sue", m_now);
        sue.book.find("", "Local", "", "pending");
        QCOMPARE(sue.book.rowCount(), 1);
        QCOMPARE(sue.at(0, HotlistBook::CanValidateRole).toBool(), true);
        // Seen two days ago, before it was listed: validating it puts that sighting in this console's queue.
        std::vector<Read> earlier(1);
        earlier[0].vrm = "AB12CDE";
        earlier[0].camera = "CAM1";
        earlier[0].timeMs = m_now - 2 * 24 * 3600 * 1000LL;
        {
            Database::Transaction tx(db);
            SqliteReadStore(db).append(earlier);
            tx.commit();
        }
        QSignalSpy raised(&sue.book, &HotlistBook::alertRaised);
        QVERIFY(sue.book.validate(id));
        QCOMPARE(raised.count(), 1);
        QVERIFY(raised.at(0).at(0).value<Alert>().retrospective);
        QVERIFY(sue.book.property("message").toString().contains("is live"));
        QCOMPARE(sue.book.rowCount(), 0); // no longer pending
        sue.book.find("", "", "", "live");
        QCOMPARE(sue.at(0, HotlistBook::StateTextRole).toString(), QStringLiteral("Live: validated by sue"));

        // A change sends it back for validation, by someone other than who changed it.
        QVERIFY(sue.book.save(id,
            { { "category", "drugs" }, { "priority", "high" }, { "action", "Stop and search" },
                { "reference", "OP/ASH" }, { "expiry", "2099-01-31" } }));
        sue.book.refresh();
        QCOMPARE(sue.book.rowCount(), 0);
        sue.book.find("", "", "", "pending");
        QCOMPARE(sue.at(0, HotlistBook::StateTextRole).toString(), QStringLiteral("Changed by sue: pending"));
        QCOMPARE(sue.at(0, HotlistBook::CanValidateRole).toBool(), false);
        QVERIFY(sue.book.remove(id, QStringLiteral("no longer wanted")));
        sue.book.find("", "", "", "removed");
        QCOMPARE(sue.at(0, HotlistBook::StateTextRole).toString(), QStringLiteral("Removed: no longer wanted"));
    }

    void anImportRunsAsideShowsProgressAndCanBeCancelled()
    {
        QFile csv(m_dir.filePath("extract.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("vrm,list,category,priority,action,source,reference,effective,expiry\n");
        for (int i = 0; i < 200'000; ++i)
            csv.write(QStringLiteral("PN%1,PNC,stolen vehicle,,,PNC,PNC/%1,,\n").arg(i).toUtf8());
        csv.write("BAD!,PNC,stolen vehicle,,,PNC,R,,\n");
        csv.close();

        Database db(m_dir.filePath("book.db"));
        Desk sue(db, m_dir.filePath("book.db"), "sue", m_now);
        QSignalSpy changed(&sue.book, &HotlistBook::importChanged);
        sue.book.startImport(QUrl::fromLocalFile(csv.fileName()).toString(), "csv", "PNC");
        QVERIFY(sue.book.property("importing").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(sue.book.property("importProgress").toDouble() > 0.1, 30'000);
        sue.book.cancelImport();
        QTRY_VERIFY_WITH_TIMEOUT(!sue.book.property("importing").toBool(), 30'000);
        QVERIFY2(sue.book.property("importStatus").toString().contains("nothing was imported")
                || sue.book.property("importStatus").toString().contains("old list is still live"),
            qPrintable(sue.book.property("importStatus").toString()));
        sue.book.find("PN", "PNC", "", "");
        QCOMPARE(sue.book.rowCount(), 0);

        // Run to its end: the list is there, and the bad line is in the report.
        const int told = int(changed.count());
        sue.book.startImport(csv.fileName(), "csv", "PNC");
        QTRY_VERIFY_WITH_TIMEOUT(!sue.book.property("importing").toBool(), 60'000);
        QVERIFY(changed.count() > told + 2); // progress was told as it went
        QVERIFY2(sue.book.property("importStatus").toString().startsWith("Imported 200000 entries"),
            qPrintable(sue.book.property("importStatus").toString()));
        QCOMPARE(sue.book.property("importProblems").toInt(), 1);
        sue.book.find("", "PNC", "", "live");
        QCOMPARE(sue.book.rowCount(), HotlistBook::shownAtMost);
        QVERIFY(sue.book.property("summary").toString().contains("of 200000"));
        QCOMPARE(sue.at(0, HotlistBook::CanChangeRole).toBool(), false); // the extract's lines change by refresh
        sue.book.saveReport();
        const QString message = sue.book.property("message").toString();
        QFile report(message.mid(message.indexOf('/')));
        QVERIFY2(report.open(QIODevice::ReadOnly), qPrintable(message));
        QCOMPARE(report.readAll(), QByteArray("line,reason\n200002,VRM 'BAD!' is not 1 to 15 letters and digits\n"));
    }

    void liveLinesNewToTheirListAreCheckedAgainstEarlierReads()
    {
        Database db(m_dir.filePath("book.db"));
        std::vector<Read> earlier(1);
        earlier[0].vrm = "RT12RTR";
        earlier[0].camera = "CAM2";
        earlier[0].timeMs = m_now - 3 * 24 * 3600 * 1000LL;
        {
            Database::Transaction tx(db);
            SqliteReadStore(db).append(earlier);
            tx.commit();
        }
        QFile csv(m_dir.filePath("stolen.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("vrm,list,category,priority,action,source,reference,effective,expiry\n"
                  "RT12RTR,Stolen,stolen vehicle,,,PNC,CRI/7,,\n"
                  "QQ99QQQ,Stolen,stolen vehicle,,,PNC,CRI/8,,\n");
        csv.close();
        Desk ivy(db, m_dir.filePath("book.db"), "ivy", m_now); // an investigator: her band reaches back
        QSignalSpy raised(&ivy.book, &HotlistBook::alertRaised);
        ivy.book.startImport(csv.fileName(), "csv", {});
        QTRY_VERIFY_WITH_TIMEOUT(!ivy.book.property("importing").toBool(), 30'000);
        QVERIFY2(ivy.book.property("importStatus").toString().contains("1 earlier sighting"),
            qPrintable(ivy.book.property("importStatus").toString()));
        QCOMPARE(raised.count(), 1);
        const Alert alert = raised.at(0).at(0).value<Alert>();
        QVERIFY(alert.retrospective);
        QCOMPARE(alert.vrm, std::string("RT12RTR"));
        QCOMPARE(alert.reference, QStringLiteral("CRI/7"));

        // The same lines again: nothing new on the list, nothing looked for again.
        ivy.book.startImport(csv.fileName(), "csv", QStringLiteral("Stolen"));
        QTRY_VERIFY_WITH_TIMEOUT(!ivy.book.property("importing").toBool(), 30'000);
        QCOMPARE(raised.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHotlistBook)
#include "tst_hotlistbook.moc"
