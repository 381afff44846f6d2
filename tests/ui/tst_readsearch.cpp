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
        {
            Database::Transaction tx(db);
            reads.append(stored);
            tx.commit();
        }
        UserStore users(db);
        users.add("ivy", Role::Investigator, "ivy's long password", 0);
        AuditLog audit(db);
        Session session(users, audit, Policy {}, [this] { return m_now; });
        QVERIFY(session.signIn("ivy", "ivy's long password"));
        CameraStore cameras(db);
        CameraPlaces places(cameras, session);
        ReadImageProvider images;
        SearchService service(db, reads, Policy {});
        ReadSearch search(service, reads, audit, session, places, images, [this] { return m_now; });
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
};

QTEST_MAIN(TestReadSearch) // the PDF report draws text: a GUI application (offscreen)
#include "tst_readsearch.moc"
