// SPDX-License-Identifier: GPL-3.0-or-later
#include "cameraplaces.h"
#include "readimageprovider.h"
#include "readsearch.h"
#include "session.h"

#include "access/searchservice.h"
#include "access/userstore.h"
#include "audit/auditlog.h"
#include "cameras/camerastore.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;

namespace {
// The Search page's view-model on a database holding these reads, with ivy, an investigator, signed in.
struct SignedIn {
    UserStore users;
    AuditLog audit;
    Session session;
    CameraStore cameras;
    CameraPlaces places;
    ReadImageProvider images;
    SearchService service;
    ReadSearch search;
    bool ready = false;

    SignedIn(Database& db, SqliteReadStore& reads, std::vector<Read>& stored, qint64 now)
        : users(db)
        , audit(db)
        , session(users, audit, Policy {}, [now] { return now; })
        , cameras(db)
        , places(cameras, session)
        , service(db, reads, Policy {})
        , search(service, reads, audit, session, places, images, [now] { return now; })
    {
        Database::Transaction tx(db);
        reads.append(stored);
        tx.commit();
        users.add("ivy", Role::Investigator, "ivy's long password", 0);
        ready = session.signIn("ivy", "ivy's long password");
    }
};
} // namespace

class TestReadSearch : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    const qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    static constexpr qint64 day = 24 * 3600 * 1000LL;

    QStringList actions(AuditLog& audit)
    {
        QStringList out;
        audit.forEach(0, m_now + day, [&](const AuditRecord& r) { out << r.action; });
        return out;
    }

private Q_SLOTS:
    // Exports go to the documents folder: a throwaway home, not the real one.
    void initTestCase() { qputenv("HOME", m_dir.path().toUtf8()); }

    void searchesClipsExportsAndAuditsAsTheSignedInUser()
    {
        Database db(m_dir.filePath("search.db"));
        SqliteReadStore reads(db);
        std::vector<Read> stored(4);
        const int ages[] = { 1, 3, 101, 201 }; // days
        for (size_t i = 0; i < stored.size(); ++i) {
            stored[i].vrm = "AB12CDE";
            stored[i].camera = "M4-J10-EB";
            stored[i].timeMs = m_now - ages[i] * day;
            QImage patch(120, 30, QImage::Format_RGB32);
            patch.fill(Qt::yellow);
            QBuffer buffer(&stored[i].platePatch);
            buffer.open(QIODevice::WriteOnly);
            patch.save(&buffer, "JPEG");
        }
        SignedIn page(db, reads, stored, m_now);
        QVERIFY(page.ready);
        ReadSearch& search = page.search;
        AuditLog& audit = page.audit;
        QAbstractItemModelTester tester(&search, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QSignalSpy finished(&search, &ReadSearch::finished);
        search.run("serious", "CRI-9", "ab12 cde",
            QDateTime::fromMSecsSinceEpoch(m_now - 300 * day).toString(Qt::ISODate), {}, {});
        QCOMPARE(finished.count(), 1);
        QCOMPARE(search.rowCount(), 2); // only the reads within 90 days
        QCOMPARE(search.property("clipped").toBool(), true);
        QVERIFY(search.property("why").toString().contains("grant"));
        QVERIFY(!search.property("howToAsk").toString().isEmpty());
        QCOMPARE(search.data(search.index(0), ReadSearch::VrmRole).toString(), "AB12 CDE");

        // Without a reference nothing is searched, and the page says why.
        search.run("serious", " ", "AB12CDE", {}, {}, {});
        QCOMPARE(search.property("refused").toBool(), true);
        QCOMPARE(search.rowCount(), 0);
        search.run("investigation", "CRI-9", "AB12CDE", {}, {}, {});
        QCOMPARE(search.rowCount(), 2);
        QVERIFY(search.data(search.index(0), ReadSearch::TimeRole).toString()
            > search.data(search.index(1), ReadSearch::TimeRole).toString()); // newest first

        // Where was this vehicle: a search it may make in full, oldest first.
        search.run("investigation", "CRI-9", "AB12CDE",
            QDateTime::fromMSecsSinceEpoch(m_now - 5 * day).toString(Qt::ISODate), {}, {}, true);
        QCOMPARE(search.property("clipped").toBool(), false);
        QCOMPARE(search.rowCount(), 2);
        QVERIFY(search.data(search.index(0), ReadSearch::TimeRole).toString()
            < search.data(search.index(1), ReadSearch::TimeRole).toString());
        QVERIFY(search.property("summary").toString().contains("oldest first"));

        QVERIFY(search.openImages(0).value("plate").toString().startsWith("image://reads/plate/"));
        search.exportResults("csv");
        const QString csvMessage = search.property("exported").toString();
        QVERIFY2(csvMessage.startsWith("Exported 2 read"), qPrintable(csvMessage));
        QFile csv(csvMessage.mid(csvMessage.indexOf('/')));
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csv.fileName()));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.startsWith("# Exported by ivy at "));
        QVERIFY(text.contains("for CRI-9"));
        QVERIFY(text.contains("time,camera,vrm,confidence\n"));
        QVERIFY(text.contains(",M4-J10-EB,AB12CDE,1.00"));

        search.exportResults("pdf");
        const QString pdfMessage = search.property("exported").toString();
        QFile pdf(pdfMessage.mid(pdfMessage.indexOf('/')));
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(pdfMessage));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 2000);

        QCOMPARE(actions(audit),
            QStringList(
                { "sign-in", "search", "search-refused", "search", "search", "image-view", "export", "export" }));
        QVERIFY(audit.verify().whole);
    }

    void pagesMisreadsProgressAndCancel()
    {
        Database db(m_dir.filePath("pages.db"));
        SqliteReadStore reads(db);
        // 2,500 reads of AB12CDE, one of its misread A812CDE, and 600 other vehicles matching AB*.
        std::vector<Read> stored;
        const auto add = [&](const std::string& vrm, qint64 at) {
            Read r;
            r.vrm = vrm;
            r.camera = "M4-J10-EB";
            r.timeMs = at;
            stored.push_back(r);
        };
        for (int i = 0; i < 2500; ++i)
            add("AB12CDE", m_now - day + i * 1000);
        add("A812CDE", m_now - 2 * day);
        for (int i = 0; i < 600; ++i)
            add("AB" + std::to_string(100 + i) + "XY", m_now - 3 * day + i);
        SignedIn page(db, reads, stored, m_now);
        QVERIFY(page.ready);
        ReadSearch& search = page.search;
        AuditLog& audit = page.audit;
        QAbstractItemModelTester tester(&search, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A thousand at a time, the pages following on; back again to the first.
        search.run("investigation", "CRI-9", "AB12CDE", {}, {}, {});
        QCOMPARE(search.rowCount(), 1000);
        QCOMPARE(search.property("page").toInt(), 1);
        QVERIFY(search.property("more").toBool());
        QVERIFY2(search.property("summary").toString().startsWith("Reads 1 to 1000 (more follow)"),
            qPrintable(search.property("summary").toString()));
        const qint64 lastOfFirst = search.data(search.index(999), ReadSearch::ReadIdRole).toLongLong();
        search.nextPage();
        QCOMPARE(search.property("page").toInt(), 2);
        QCOMPARE(search.rowCount(), 1000);
        QCOMPARE(search.data(search.index(0), ReadSearch::ReadIdRole).toLongLong(), lastOfFirst - 1);
        search.nextPage();
        QCOMPARE(search.rowCount(), 500);
        QVERIFY(!search.property("more").toBool());
        QVERIFY(search.property("summary").toString().startsWith("Reads 2001 to 2500"));
        search.nextPage(); // nothing beyond the last page
        QCOMPARE(search.property("page").toInt(), 3);
        search.previousPage();
        search.previousPage();
        QCOMPARE(search.property("page").toInt(), 1);
        QCOMPARE(search.data(search.index(999), ReadSearch::ReadIdRole).toLongLong(), lastOfFirst);

        // Allowing for misreads: the camera's A812CDE too, marked as such.
        search.run("investigation", "CRI-9", "A812CDE", {}, {}, {}, true, true);
        QCOMPARE(search.rowCount(), 1000);
        search.run("investigation", "CRI-9", "A812CDE",
            QDateTime::fromMSecsSinceEpoch(m_now - 3 * day).toString(Qt::ISODate),
            QDateTime::fromMSecsSinceEpoch(m_now - day - 1).toString(Qt::ISODate), {}, false, true);
        QCOMPARE(search.rowCount(), 1);
        QCOMPARE(search.data(search.index(0), ReadSearch::MisreadRole).toBool(), false); // A812CDE as asked
        search.run("investigation", "CRI-9", "AB12CDE",
            QDateTime::fromMSecsSinceEpoch(m_now - 3 * day).toString(Qt::ISODate),
            QDateTime::fromMSecsSinceEpoch(m_now - day - 1).toString(Qt::ISODate), {}, false, true);
        QCOMPARE(search.rowCount(), 1);
        QCOMPARE(search.data(search.index(0), ReadSearch::MisreadRole).toBool(), true);

        // A pattern over hundreds of vehicles shows its progress; Cancel stops it and says so.
        QSignalSpy progress(&search, &ReadSearch::progressChanged);
        connect(&search, &ReadSearch::progressChanged, &search, [&] {
            if (search.property("progress").toDouble() > 0)
                QMetaObject::invokeMethod(&search, &ReadSearch::cancel, Qt::QueuedConnection);
        });
        search.run("investigation", "CRI-9", "AB*XY", {}, {}, {});
        QVERIFY(progress.count() >= 2);
        QVERIFY(!search.property("searching").toBool());
        QVERIFY2(search.property("summary").toString().contains("cancelled"),
            qPrintable(search.property("summary").toString()));
        QVERIFY(search.rowCount() > 0 && search.rowCount() < 600);

        bool sawCancelled = false;
        audit.forEach(0, m_now + day, [&](const AuditRecord& r) {
            sawCancelled |= r.action == "search" && r.detail.value("cancelled").toBool();
        });
        QVERIFY(sawCancelled);
    }
};

QTEST_MAIN(TestReadSearch) // the PDF report draws text: a GUI application (offscreen)
#include "tst_readsearch.moc"
