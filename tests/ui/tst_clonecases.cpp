// SPDX-License-Identifier: GPL-3.0-or-later
// The Cloned Vehicles page's view-model on a real database: the keeper's report, the case shown beside its
// evidence (opening its images audited), its steps, and the letter and report written as PDFs that say what
// they must (read back with pdftotext).
#include "cameraplaces.h"
#include "clonecases.h"
#include "readimageprovider.h"
#include "session.h"

#include "access/userstore.h"
#include "audit/auditlog.h"
#include "cameras/camerastore.h"
#include "clones/clonestore.h"
#include "hotlist/hotliststore.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace kestrel;

namespace {
QString pdfText(const QString& path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    text.waitForFinished(20'000);
    return QString::fromUtf8(text.readAllStandardOutput()).simplified();
}
} // namespace

class TestCloneCases : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    const qint64 m_now = QDateTime::currentMSecsSinceEpoch();

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aKeepersReportBecomesACaseThatEndsInALetter()
    {
        Database db(m_dir.filePath("clones.db"));
        UserStore users(db);
        users.add("ivy", Role::Investigator, "a long password", 0);
        AuditLog audit(db);
        Session session(users, audit, Policy {}, [this] { return m_now; });
        QVERIFY(session.signIn("ivy", "a long password"));
        CameraStore cameras(db);
        CameraPlaces places(cameras, session);
        ReadImageProvider images;
        SqliteReadStore reads(db);
        CloneStore store(db);
        // The plate seen twice with its picture, 30 km apart in four minutes: a detected case.
        std::vector<Read> seen { {}, {} };
        for (size_t i = 0; i < 2; ++i) {
            seen[i].vrm = "KT21ABC";
            seen[i].camera = i ? "A34-NEWBURY-NB" : "M4-J10-EB";
            seen[i].timeMs = m_now - 3600'000 + qint64(i) * 240'000;
            seen[i].platePatch = QByteArray::fromBase64(
                "/9j/4AAQSkZJRgABAQAAAQABAAD/"
                "2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/"
                "wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==");
        }
        {
            Database::Transaction tx(db);
            reads.append(seen);
            CloneSuspicion s;
            s.vrm = "KT21ABC";
            s.earlier.readId = seen[0].id;
            s.later.readId = seen[1].id;
            s.why = QStringLiteral("31.5 km apart in 240 s");
            store.suspect(s, m_now);
            tx.commit();
        }
        CloneCases cases(store, reads, audit, session, places, images, [this] { return m_now; });
        QCOMPARE(cases.rowCount(), 1);

        QFile scan(m_dir.filePath("pcn.pdf"));
        QVERIFY(scan.open(QIODevice::WriteOnly));
        scan.write("%PDF-1.4 the council's notice, scanned");
        scan.close();
        QVERIFY(!cases.report({ { "vrm", "KT21 ABC" }, { "reporter", "Sam Driver" } }));
        QVERIFY(cases.property("message").toString().contains("contact"));
        QVERIFY(cases.report({ { "vrm", "KT21 ABC" }, { "reporter", "Sam Driver" }, { "contact", "01632 960555" },
            { "make", "Vauxhall" }, { "model", "Corsa" }, { "colour", "blue" }, { "crimeReference", "43/12001/26" },
            { "files", QVariantList { QUrl::fromLocalFile(m_dir.filePath("pcn.pdf")).toString() } },
            { "notices",
                QVariantList { QVariantMap { { "date", "2026-11-03" }, { "place", "Reading, Oxford Road bus lane" },
                    { "issuer", "Reading Borough Council" }, { "reference", "PCN RB118820" } } } } }));
        QCOMPARE(cases.rowCount(), 1); // joined the detected case
        QVariantMap current = cases.property("current").toMap();
        QCOMPARE(current.value("genuine").toString(), QStringLiteral("blue Vauxhall Corsa"));
        QCOMPARE(current.value("files").toString(), QStringLiteral("pcn.pdf"));
        const QVariantList sightings = current.value("sightings").toList();
        QCOMPARE(sightings.size(), 2);
        QVERIFY(sightings[0].toMap().value("plateImage").toString().startsWith("image://"));
        bool viewed = false;
        audit.forEach(0, m_now + 1, [&](const AuditRecord& r) {
            viewed |= r.action == "image-view" && r.detail.value("clone_case").toInt() == current.value("id").toInt();
        });
        QVERIFY(viewed);

        QVERIFY(cases.assign("ivy"));
        QCOMPARE(cases.property("current").toMap().value("state").toString(), QStringLiteral("under-investigation"));
        QVERIFY(cases.advance("confirmed-clone", "two vehicles", true));
        current = cases.property("current").toMap();
        QCOMPARE(current.value("state").toString(), QStringLiteral("confirmed-clone"));
        QCOMPARE(HotlistStore(db).get(current.value("hotlistEntry").toLongLong())->state, EntryState::Pending);

        QVERIFY(cases.writeLetter());
        const QString message = cases.property("message").toString();
        const QString letter = pdfText(message.mid(message.indexOf('/')));
        QVERIFY2(letter.contains("Crime reference: 43/12001/26") && letter.contains("Dear Sam Driver")
                && letter.contains("PCN RB118820") && letter.contains("you are not a suspect"),
            qPrintable(letter));
        QVERIFY2(!letter.contains("M4-J10-EB") && !letter.contains("NEWBURY"), qPrintable(letter)); // no camera places
        QVERIFY(cases.writeReport());
        const QString reportMessage = cases.property("message").toString();
        const QString report = pdfText(reportMessage.mid(reportMessage.indexOf('/')));
        QVERIFY2(report.contains("Evidence reads (2)") && report.contains("31.5 km apart"), qPrintable(report));
        int documents = 0;
        audit.forEach(0, m_now + 1,
            [&](const AuditRecord& r) { documents += r.action == "clone-letter" || r.action == "clone-case-report"; });
        QCOMPARE(documents, 2);
    }
};

QTEST_MAIN(TestCloneCases)
#include "tst_clonecases.moc"
