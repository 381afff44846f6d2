// SPDX-License-Identifier: GPL-3.0-or-later
// The camera registry on a real SQLite file.
#include "cameras/camerastore.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;

namespace {
Camera pushCamera(const std::string& code)
{
    Camera c;
    c.code = code;
    c.name = "M4 J10 eastbound";
    c.push = true;
    c.latitude = 51.5;
    c.longitude = -0.7;
    c.road = "M4";
    c.direction = "eastbound";
    c.dpiaReference = "DPIA-2026-014";
    c.reviewDate = QDate(2027, 3, 1);
    return c;
}

// One read by a camera, stored as the engine stores reads (which names the camera in the registry).
void storeRead(Database& db, const std::string& camera)
{
    Read read;
    read.vrm = "AB12CDE";
    read.camera = camera;
    read.timeMs = 1'700'000'000'000;
    std::vector<Read> batch { read };
    SqliteReadStore(db).append(batch);
}
} // namespace

class TestCameraStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void registersAPushCameraWithItsTokenKeptOnlyAsAHash()
    {
        Database db(m_dir.filePath("push.db"));
        CameraStore cameras(db);
        cameras.add(pushCamera("M4-J10-EB"), "s3cret-token-for-m4");

        const auto found = cameras.find("M4-J10-EB");
        QVERIFY(found && found->registered && found->push && found->enabled);
        QCOMPARE(found->name, "M4 J10 eastbound");
        QCOMPARE(*found->latitude, 51.5);
        QCOMPARE(found->reviewDate, QDate(2027, 3, 1));
        QCOMPARE(cameras.cameraForToken("s3cret-token-for-m4"), std::optional<std::string>("M4-J10-EB"));
        QCOMPARE(
            cameras.cameraForToken("s3cret-token-for-m4", "NOT-A-CAMERA"), std::optional<std::string>("M4-J10-EB"));
        QCOMPARE(cameras.cameraForToken("s3cret-token-for-m5"), std::nullopt);

        // Nowhere in the file is the token itself.
        auto& stored = db.prepared("SELECT token_hash FROM cameras WHERE code = 'M4-J10-EB'");
        QVERIFY(stored.step());
        QVERIFY(stored.qtext(0).startsWith("$argon2id$"));
        QVERIFY(!stored.qtext(0).contains("s3cret"));
        stored.reset();
    }

    void aDisabledCameraOrAVideoCameraAcceptsNoToken()
    {
        Database db(m_dir.filePath("disabled.db"));
        CameraStore cameras(db);
        Camera c = pushCamera("A1");
        cameras.add(c, "token-of-a1-camera");
        c.enabled = false;
        cameras.update(c);
        QCOMPARE(cameras.cameraForToken("token-of-a1-camera"), std::nullopt);

        c.enabled = true;
        c.push = false;
        c.url = "rtsp://10.0.0.5/stream1";
        cameras.update(c);
        QCOMPARE(cameras.cameraForToken("token-of-a1-camera"), std::nullopt);
        QCOMPARE(cameras.find("A1")->url, "rtsp://10.0.0.5/stream1");
        // Back to push: a token must be given again, the old one went with the change.
        c.url.clear();
        c.push = true;
        QVERIFY_THROWS_EXCEPTION(CameraError, cameras.update(c));
        cameras.update(c, "a-new-token-for-a1");
        QCOMPARE(cameras.cameraForToken("a-new-token-for-a1", "A1"), std::optional<std::string>("A1"));
    }

    void refusesWhatIsNotAWorkableCamera_data()
    {
        QTest::addColumn<int>("what");
        QTest::newRow("neither URL nor push") << 0;
        QTest::newRow("both URL and push") << 1;
        QTest::newRow("push without a token") << 2;
        QTest::newRow("latitude without longitude") << 3;
        QTest::newRow("latitude out of range") << 4;
        QTest::newRow("id with a space") << 5;
    }
    void refusesWhatIsNotAWorkableCamera()
    {
        QFETCH(int, what);
        Database db(m_dir.filePath(QStringLiteral("refuse%1.db").arg(what)));
        CameraStore cameras(db);
        Camera c = pushCamera("CAM");
        QString token = "a-token-long-enough";
        switch (what) {
        case 0:
            c.push = false;
            break;
        case 1:
            c.url = "http://cam/mjpeg";
            break;
        case 2:
            token.clear();
            break;
        case 3:
            c.longitude.reset();
            break;
        case 4:
            c.latitude = 91;
            break;
        case 5:
            c.code = "CAM 1";
            break;
        }
        QVERIFY_THROWS_EXCEPTION(CameraError, cameras.add(c, token));
        QVERIFY(cameras.list().empty());
    }

    void aCameraIsRegisteredOnceAndAnUnregisteredOneIsTakenOver()
    {
        Database db(m_dir.filePath("once.db"));
        storeRead(db, "NAMED-BY-READS");

        CameraStore cameras(db);
        QVERIFY(!cameras.find("NAMED-BY-READS")->registered);
        cameras.add(pushCamera("NAMED-BY-READS"), "token-for-the-named");
        QVERIFY(cameras.find("NAMED-BY-READS")->registered);
        QVERIFY_THROWS_EXCEPTION(CameraError, cameras.add(pushCamera("NAMED-BY-READS"), "another-token"));
        QVERIFY_THROWS_EXCEPTION(CameraError, cameras.update(pushCamera("NEVER-ADDED"), "a-token-for-it"));
    }

    void removesOnlyACameraNoReadRefersTo()
    {
        Database db(m_dir.filePath("remove.db"));
        CameraStore cameras(db);
        cameras.add(pushCamera("UNUSED"), "token-for-unused");
        cameras.add(pushCamera("USED"), "token-for-used");
        storeRead(db, "USED");

        cameras.remove("UNUSED");
        QVERIFY(!cameras.find("UNUSED"));
        try {
            cameras.remove("USED");
            QFAIL("a camera with reads was removed");
        } catch (const CameraError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains("disable it instead"), e.what());
        }
        QVERIFY(cameras.find("USED"));
        QVERIFY_THROWS_EXCEPTION(CameraError, cameras.remove("NO-SUCH"));
    }

    void reviewIsOverdueOnceItsDateHasPassed()
    {
        Camera c = pushCamera("R");
        QVERIFY(!c.reviewOverdue(QDate(2027, 3, 1)));
        QVERIFY(c.reviewOverdue(QDate(2027, 3, 2)));
        c.reviewDate = QDate();
        QVERIFY(!c.reviewOverdue(QDate(2099, 1, 1)));
    }
};

QTEST_GUILESS_MAIN(TestCameraStore)
#include "tst_camerastore.moc"
