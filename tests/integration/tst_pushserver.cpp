// SPDX-License-Identifier: GPL-3.0-or-later
// The push server on a real loopback port, with a real engine on a temporary SQLite file: what a camera agent
// is answered, and what is (and is not) stored.
#include "../pushfixtures.h"
#include "cameras/camerahealth.h"
#include "cameras/camerastore.h"
#include "engine/engine.h"
#include "ingest/pushserver.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;

namespace {
ReadQuery byVrm(const std::string& vrm)
{
    ReadQuery query;
    query.vrm = vrm;
    return query;
}

struct Answer {
    int status = 0;
    QJsonObject body;
    QByteArray retryAfter;
};
} // namespace

class TestPushServer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<CameraHealth> m_health;
    std::unique_ptr<PushServer> m_server;
    QNetworkAccessManager m_network;

    void startServer(EngineOptions options = {}, bool startEngine = true)
    {
        m_engine = std::make_unique<Engine>(m_db, systemClock, options);
        m_health = std::make_unique<CameraHealth>(systemClock, 5 * 60 * 1000);
        PushServerOptions serverOptions;
        serverOptions.maxBodyBytes = 1024 * 1024;
        serverOptions.frameGapMs = 200;
        m_server = std::make_unique<PushServer>(*m_engine, m_db, *m_health, serverOptions);
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        if (startEngine)
            m_engine->start();
    }

    QNetworkReply* send(const QString& path, const QByteArray& body, const QByteArray& token = "gate-token",
        const QByteArray& contentType = "application/json")
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        return m_network.post(request, body);
    }

    static Answer await(QNetworkReply* reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(10'000);
        }
        Answer answer { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeader("Retry-After") };
        reply->deleteLater();
        return answer;
    }

    Answer post(const QString& path, const QByteArray& body, const QByteArray& token = "gate-token",
        const QByteArray& contentType = "application/json")
    {
        return await(send(path, body, token, contentType));
    }

    qint64 storedReads()
    {
        Database db(m_db);
        return SqliteReadStore(db).count();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int run = 0;
        m_db = m_dir.filePath(QStringLiteral("push-%1.db").arg(++run));
        Database db(m_db);
        Camera gate;
        gate.code = "GATE1";
        gate.name = "Depot gate";
        gate.push = true;
        CameraStore(db).add(gate, "gate-token");
    }

    void cleanup()
    {
        m_server.reset();
        m_engine.reset();
        m_health.reset();
    }

    void storesAnAgentsVehicleReadWithItsImages()
    {
        startServer();
        const Answer answer = post(QStringLiteral("/api/v1/openalpr"), pushFixture("alpr_group.json"));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.value(QStringLiteral("stored")).toInt(), 1);
        // Answered only after the commit: the read is in the file the moment the camera hears 200.
        Database db(m_db);
        SqliteReadStore reads(db);
        const auto found = reads.search(byVrm("AB12CDE")).reads;
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].camera, std::string("GATE1"));
        QVERIFY(found[0].latitude.has_value());
        QVERIFY(!found[0].vehicle.make.empty());
        const ReadImages images = reads.images(found[0].id);
        QVERIFY(images.platePatch.startsWith("\xFF\xD8"));
        QVERIFY(images.overview.startsWith("\xFF\xD8"));
    }

    void storesAHikvisionAnprEvent()
    {
        startServer();
        const QByteArray body = pushFixture("hikvision_anpr.multipart");
        const Answer answer = post(
            QStringLiteral("/api/v1/hikvision"), body, "gate-token", "multipart/form-data; boundary=MIME_boundary");
        QCOMPARE(answer.status, 200);
        Database db(m_db);
        SqliteReadStore reads(db);
        const auto found = reads.search(byVrm("AB12CDE")).reads;
        QCOMPARE(found.size(), size_t(1));
        QVERIFY(reads.images(found[0].id).platePatch.startsWith("\xFF\xD8"));
    }

    void foldsAnAgentsFramesIntoOneReadPerVehicle()
    {
        startServer();
        const QByteArray frame = pushFixture("alpr_results.json");
        const QJsonObject parsed = QJsonDocument::fromJson(frame).object();
        const int platesPerFrame = int(parsed.value(QStringLiteral("results")).toArray().size());
        for (int i = 0; i < 5; ++i) {
            QJsonObject next = parsed;
            next.insert(QStringLiteral("epoch_time"), parsed.value(QStringLiteral("epoch_time")).toInteger() + i * 40);
            QCOMPARE(post(QStringLiteral("/api/v1/openalpr"), QJsonDocument(next).toJson()).status, 200);
        }
        // The vehicles leave view: one read each, not one per frame.
        QTRY_COMPARE_WITH_TIMEOUT(storedReads(), qint64(platesPerFrame), 5000);
        QTest::qWait(500);
        QCOMPARE(storedReads(), qint64(platesPerFrame));
    }

    void keepsAcknowledgedFramesThroughACrash()
    {
        startServer();
        const QByteArray frame = pushFixture("alpr_results.json");
        const int platesPerFrame
            = int(QJsonDocument::fromJson(frame).object().value(QStringLiteral("results")).toArray().size());
        QCOMPARE(post(QStringLiteral("/api/v1/openalpr"), frame).status, 200);
        // Acknowledged, not yet a read (the vehicles are still in view); the server dies without a drain.
        m_server.reset();
        m_engine->stop();
        QCOMPARE(storedReads(), qint64(0));
        // Started again, it stores the vehicles of the frames it had acknowledged, once.
        startServer();
        QTRY_COMPARE_WITH_TIMEOUT(storedReads(), qint64(platesPerFrame), 5000);
        Database db(m_db);
        QCOMPARE(db.prepared("SELECT count(*) FROM pending_frames").scalar().value_or(-1), qint64(0));
    }

    void refusesBadBodiesAndStoresNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("field");
        const QByteArray json = "application/json";
        const QByteArray group = pushFixture("alpr_group.json");
        QTest::newRow("truncated JSON") << "/api/v1/openalpr" << group.left(group.size() / 2) << json << "body";
        QTest::newRow("plate as a number")
            << "/api/v1/openalpr" << QByteArray(R"({"data_type":"alpr_group","best_plate_number":1234,
                                                            "best_confidence":90,"epoch_start":1795601730123})")
            << json << "best_plate_number";
        QTest::newRow("bad base64") << "/api/v1/openalpr"
                                    << QByteArray(R"({"data_type":"alpr_group","best_plate_number":"AB12CDE",
                                                     "best_confidence":90,"epoch_start":1795601730123,
                                                     "vehicle_crop_jpeg":"!!not base64!!"})")
                                    << json << "vehicle_crop_jpeg";
        QTest::newRow("huge plate") << "/api/v1/openalpr"
                                    << QByteArray(R"({"data_type":"alpr_group","best_plate_number":")"
                                           + QByteArray(5000, 'A') + R"(","best_confidence":90,"epoch_start":1})")
                                    << json << "best_plate_number";
        const QByteArray multipart = "multipart/form-data; boundary=MIME_boundary";
        const QByteArray hik = pushFixture("hikvision_anpr.multipart");
        QTest::newRow("broken multipart")
            << "/api/v1/hikvision" << hik.left(hik.indexOf("--MIME_boundary--") - 300) << multipart << "";
        QTest::newRow("bad XML") << "/api/v1/hikvision"
                                 << QByteArray("--MIME_boundary\r\nContent-Disposition: form-data; name=\"anpr.xml\"; "
                                               "filename=\"anpr.xml\"\r\nContent-Type: application/xml\r\n\r\n"
                                               "<EventNotificationAlert><ANPR><licensePlate>AB12CDE</ANPR>\r\n"
                                               "--MIME_boundary--\r\n")
                                 << multipart << "";
    }

    void refusesBadBodiesAndStoresNothing()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, field);
        startServer();
        const Answer answer = post(path, body, "gate-token", contentType);
        QCOMPARE(answer.status, 400);
        QVERIFY(!answer.body.value(QStringLiteral("error")).toString().isEmpty());
        if (!field.isEmpty())
            QCOMPARE(answer.body.value(QStringLiteral("field")).toString(), field);
        QCOMPARE(storedReads(), qint64(0));
    }

    void refusesAWrongOrMissingToken()
    {
        startServer();
        const QByteArray body = pushFixture("alpr_group.json");
        QCOMPARE(post(QStringLiteral("/api/v1/openalpr"), body, "not-the-token").status, 401);
        QCOMPARE(post(QStringLiteral("/api/v1/openalpr"), body, QByteArray()).status, 401);
        // A bad token is answered 401 even when the body is bad too: nothing is told to a stranger.
        QCOMPARE(post(QStringLiteral("/api/v1/openalpr"), "{", "not-the-token").status, 401);
        QCOMPARE(storedReads(), qint64(0));
    }

    void takesANewTokenOrADisabledCameraAtOnce()
    {
        startServer();
        const QByteArray body = pushFixture("alpr_group.json");
        QCOMPARE(post(QStringLiteral("/api/v1/openalpr"), body).status, 200);
        Database db(m_db);
        CameraStore cameras(db);
        Camera gate = *cameras.find("GATE1");
        cameras.update(gate, "a-new-gate-token");
        QCOMPARE(post(QStringLiteral("/api/v1/openalpr"), body).status, 401);
        QCOMPARE(post(QStringLiteral("/api/v1/openalpr"), body, "a-new-gate-token").status, 200);
        gate.enabled = false;
        cameras.update(gate);
        QCOMPARE(post(QStringLiteral("/api/v1/openalpr"), body, "a-new-gate-token").status, 401);
        QCOMPARE(storedReads(), qint64(2));
    }

    void refusesABodyOverTheLimit()
    {
        startServer();
        const Answer answer = post(QStringLiteral("/api/v1/openalpr"), QByteArray(2 * 1024 * 1024, ' '));
        QCOMPARE(answer.status, 413);
        QCOMPARE(storedReads(), qint64(0));
    }

    void answersBusyWithRetryAfterWhenTheQueueIsFullAndOkOnlyOnceStored()
    {
        // The engine's writer is not running yet: the first read waits in a queue of one.
        startServer(EngineOptions { 1 }, false);
        QNetworkReply* first = send(QStringLiteral("/api/v1/openalpr"), pushFixture("alpr_group.json"));
        QTest::qWait(300);
        QVERIFY(!first->isFinished()); // not stored, so not yet acknowledged
        const Answer busy = post(QStringLiteral("/api/v1/openalpr"), pushFixture("alpr_group.json"));
        QCOMPARE(busy.status, 503);
        QVERIFY(busy.retryAfter.toInt() > 0);
        m_engine->start();
        QCOMPARE(await(first).status, 200);
        QCOMPARE(storedReads(), qint64(1));
    }

    void countsHeartbeatsAsTheCameraBeingAlive()
    {
        startServer();
        QCOMPARE(post(QStringLiteral("/api/v1/openalpr"), pushFixture("heartbeat.json")).status, 200);
        const auto status = m_health->snapshot();
        QCOMPARE(status.size(), size_t(1));
        QCOMPARE(status[0].code, std::string("GATE1"));
        QVERIFY(!status[0].silent);
        QCOMPARE(storedReads(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestPushServer)
#include "tst_pushserver.moc"
