// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenALPR / Rekor Scout webhook parser, on bodies made by tests/data/push/make_fixtures.py from the
// documented formats, and on the malformed pushes a careless or hostile agent could send.
#include "../pushfixtures.h"
#include "ingest/agentmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <array>

using namespace kestrel;

namespace {
QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The smallest alpr_group the parser takes; cases add or spoil fields.
QJsonObject minimalGroup()
{
    return { { "data_type", "alpr_group" }, { "best_plate_number", "AB12CDE" }, { "best_confidence", 90 },
        { "epoch_start", 1795601730123.0 } };
}

QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value)
{
    object.insert(key, value);
    return object;
}

QJsonObject without(QJsonObject object, const QString& key)
{
    object.remove(key);
    return object;
}

QJsonObject minimalFrame(const QJsonArray& results)
{
    return { { "data_type", "alpr_results" }, { "epoch_time", 1795601731500.0 }, { "results", results } };
}

QJsonObject result(const QString& plate)
{
    return { { "plate", plate }, { "confidence", 90 } };
}

QJsonArray corners(int count)
{
    QJsonArray out;
    for (int i = 0; i < count; ++i)
        out.append(QJsonObject { { "x", 10 * i }, { "y", 5 * i } });
    return out;
}

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

bool isJpeg(const QByteArray& bytes)
{
    return bytes.size() > 100 && bytes.startsWith("\xFF\xD8") && bytes.endsWith("\xFF\xD9");
}

std::vector<std::string> vrms(const std::vector<Candidate>& candidates)
{
    std::vector<std::string> out;
    for (const auto& c : candidates)
        out.push_back(c.vrm);
    return out;
}

// Parses, and says which field a refusal named (empty when the push was taken).
std::string refusedField(const QByteArray& body)
{
    return ::refusedField([&] { parseOpenAlpr(body); });
}
} // namespace

class TestOpenAlprWebhook : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsAVehicleGroup()
    {
        TAKE(message, parseOpenAlpr(pushFixture("alpr_group.json")));
        QCOMPARE(message.kind, AgentMessage::Kind::Vehicle);
        QCOMPARE(message.agentCamera, std::string("1431604898"));
        QCOMPARE(message.timeMs, qint64(1'795'601'730'123)); // 2026-11-25T10:15:30.123Z, epoch_start
        QCOMPARE(message.reads.size(), size_t(1));
        QVERIFY(message.boxes.empty());
        const Read& read = message.reads.front();
        QCOMPARE(read.vrm, std::string("AB12CDE"));
        QCOMPARE(read.timeMs, message.timeMs);
        QCOMPARE(read.confidence, 0.9471f);
        QCOMPARE(vrms(read.candidates), (std::vector<std::string> { "AB12CDE", "AB12C0E", "A812CDE" }));
        QCOMPARE(read.candidates[1].confidence, 0.812f);
        QCOMPARE(read.direction, std::string("182.5"));
        QCOMPARE(read.latitude, std::optional<double>(51.501364));
        QCOMPARE(read.longitude, std::optional<double>(-0.14189));
        QCOMPARE(read.vehicle.colour, std::string("silver-gray"));
        QCOMPARE(read.vehicle.make, std::string("ford"));
        QCOMPARE(read.vehicle.model, std::string("focus"));
        QCOMPARE(read.vehicle.body, std::string("hatchback"));
        QVERIFY(isJpeg(read.platePatch));
        QVERIFY(isJpeg(read.overview));
        QVERIFY(read.overview != read.platePatch);
    }

    void readsAFrameWithItsPlatesAndBoxes()
    {
        TAKE(message, parseOpenAlpr(pushFixture("alpr_results.json")));
        QCOMPARE(message.kind, AgentMessage::Kind::Frame);
        QCOMPARE(message.agentCamera, std::string("1431604898"));
        QCOMPARE(message.timeMs, qint64(1'795'601'731'500));
        QCOMPARE(message.reads.size(), size_t(2));
        QCOMPARE(message.boxes.size(), size_t(2));
        QCOMPARE(message.reads[0].vrm, std::string("AB12CDE"));
        QCOMPARE(message.reads[1].vrm, std::string("XY34ZZF"));
        QCOMPARE(message.reads[0].confidence, 0.9446f);
        QCOMPARE(message.reads[1].timeMs, message.timeMs);
        QCOMPARE(vrms(message.reads[0].candidates), (std::vector<std::string> { "AB12CDE", "AB12C0E" }));
        QVERIFY(isJpeg(message.reads[0].platePatch));
        QVERIFY(message.reads[1].platePatch.isEmpty()); // the agent sent no crop for it
        // The box around each plate's (skewed) corners, in the order of the reads.
        const PixelBox& first = message.boxes[0];
        QCOMPARE((std::array { first.x, first.y, first.width, first.height }), (std::array { 611, 398, 172, 43 }));
        const PixelBox& second = message.boxes[1];
        QCOMPARE((std::array { second.x, second.y, second.width, second.height }), (std::array { 100, 520, 162, 40 }));
    }

    void readsAHeartbeat()
    {
        TAKE(message, parseOpenAlpr(pushFixture("heartbeat.json")));
        QCOMPARE(message.kind, AgentMessage::Kind::Heartbeat);
        QCOMPARE(message.agentCamera, std::string("1431604898")); // the first stream's camera
        QCOMPARE(message.timeMs, qint64(1'795'601'760'000)); // 2026-11-25T10:16:00Z
        QVERIFY(message.reads.empty());
    }

    void readsABareHeartbeat()
    {
        TAKE(bare, parseOpenAlpr(R"({"data_type": "heartbeat"})"));
        QCOMPARE(bare.kind, AgentMessage::Kind::Heartbeat);
        QCOMPARE(bare.agentCamera, std::string());
        QCOMPARE(bare.timeMs, qint64(0));
        TAKE(topLevel,
            parseOpenAlpr(R"({"data_type": "heartbeat", "camera_id": "gate-2", "epoch_time": 1795601760000})"));
        QCOMPARE(topLevel.agentCamera, std::string("gate-2"));
        QCOMPARE(topLevel.timeMs, qint64(1'795'601'760'000));
    }

    void normalisesAndMergesCandidates()
    {
        QJsonArray candidates { QJsonObject { { "plate", "ab12 cde" }, { "confidence", 80 } },
            QJsonObject { { "plate", "AB12-CDE" }, { "confidence", 91 } },
            QJsonObject { { "plate", "AB12C0E" }, { "confidence", 70 } },
            QJsonObject { { "plate", "AB12CDE" }, { "confidence", 60 } } };
        TAKE(message,
            parseOpenAlpr(json(with(with(minimalGroup(), "best_plate_number", "ab12 cde"), "candidates", candidates))));
        const Read& read = message.reads.front();
        QCOMPARE(read.vrm, std::string("AB12CDE"));
        QCOMPARE(vrms(read.candidates), (std::vector<std::string> { "AB12CDE", "AB12C0E" }));
        QCOMPARE(read.candidates[0].confidence, 0.91f); // the higher of the merged ones
    }

    void keepsAtMostTheCandidateLimit()
    {
        QJsonArray candidates;
        for (int i = 0; i < 30; ++i)
            candidates.append(QJsonObject {
                { "plate", QStringLiteral("AB%1CDE").arg(i, 2, 10, QLatin1Char('0')) }, { "confidence", 90 - i } });
        TAKE(message, parseOpenAlpr(json(with(minimalGroup(), "candidates", candidates))));
        const Read& read = message.reads.front();
        QCOMPARE(read.candidates.size(), pushlimits::maxCandidates);
        QCOMPARE(read.candidates.back().vrm, std::string("AB19CDE"));
    }

    void picksTheMostConfidentVehicleAttribute_data()
    {
        QTest::addColumn<QJsonValue>("colour");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain string") << QJsonValue("blue") << QString("blue");
        QTest::newRow("first of a sorted list")
            << QJsonValue(QJsonArray { QJsonObject { { "name", "red" }, { "confidence", 70 } },
                   QJsonObject { { "name", "maroon" }, { "confidence", 20 } } })
            << QString("red");
        QTest::newRow("most confident of an unsorted list")
            << QJsonValue(QJsonArray { QJsonObject { { "name", "grey" }, { "confidence", 30 } },
                   QJsonObject { { "name", "black" }, { "confidence", 65 } } })
            << QString("black");
        QTest::newRow("first when no confidences")
            << QJsonValue(QJsonArray { QJsonObject { { "name", "green" } }, QJsonObject { { "name", "teal" } } })
            << QString("green");
        QTest::newRow("empty list") << QJsonValue(QJsonArray {}) << QString();
    }

    void picksTheMostConfidentVehicleAttribute()
    {
        QFETCH(QJsonValue, colour);
        QFETCH(QString, expected);
        const QJsonObject vehicle { { "color", colour }, { "make", "vauxhall" }, { "make_model", "corsa" } };
        TAKE(message, parseOpenAlpr(json(with(minimalGroup(), "vehicle", vehicle))));
        const Read& read = message.reads.front();
        QCOMPARE(QString::fromStdString(read.vehicle.colour), expected);
        QCOMPARE(read.vehicle.make, std::string("vauxhall"));
        QCOMPARE(read.vehicle.model, std::string("corsa")); // no make in front to take off
        QCOMPARE(read.vehicle.body, std::string());
    }

    void leavesWhatTheAgentDidNotSendAbsent()
    {
        TAKE(message, parseOpenAlpr(json(minimalGroup())));
        const Read& read = message.reads.front();
        QVERIFY(read.candidates.empty());
        QVERIFY(read.direction.empty());
        QVERIFY(!read.latitude && !read.longitude);
        QVERIFY(read.vehicle.empty());
        QVERIFY(read.platePatch.isEmpty() && read.overview.isEmpty());
        // Nulls, an empty image and an agent's 0, 0 for "no GPS" are no values either.
        QJsonObject nulls = with(with(minimalGroup(), "gps_latitude", 0), "gps_longitude", 0);
        nulls = with(with(with(nulls, "vehicle", QJsonValue::Null), "vehicle_crop_jpeg", ""), "camera_id", {});
        TAKE(nullMessage, parseOpenAlpr(json(nulls)));
        QVERIFY(!nullMessage.reads.front().latitude);
        QVERIFY(nullMessage.reads.front().overview.isEmpty());
        QCOMPARE(nullMessage.agentCamera, std::string());
    }

    void takesTextWhereRealAgentsSendNumbers()
    {
        QJsonObject group = with(minimalGroup(), "camera_id", "north-gate");
        group = with(group, "travel_direction", "northbound");
        TAKE(message, parseOpenAlpr(json(group)));
        QCOMPARE(message.agentCamera, std::string("north-gate"));
        QCOMPARE(message.reads.front().direction, std::string("northbound"));
    }

    void takesAFrameWithNoPlates()
    {
        TAKE(message, parseOpenAlpr(json(minimalFrame({}))));
        QCOMPARE(message.kind, AgentMessage::Kind::Frame);
        QVERIFY(message.reads.empty() && message.boxes.empty());
    }

    void refusesMalformedPushes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QJsonObject group = minimalGroup();
        const auto row = [](const char* name, const QJsonObject& body, const char* field) {
            QTest::newRow(name) << json(body) << QString::fromLatin1(field);
        };
        const QByteArray notJpeg = QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(200, 'x');
        const QByteArray hugeJpeg = QByteArray("\xFF\xD8\xFF\xE0") + QByteArray(pushlimits::maxImageBytes, '\0');

        QTest::newRow("empty body") << QByteArray() << QString("body");
        QTest::newRow("truncated JSON") << json(group).chopped(7) << QString("body");
        QTest::newRow("not JSON") << QByteArray("plate=AB12CDE") << QString("body");
        QTest::newRow("a list, not an object") << QByteArray("[1, 2]") << QString("body");
        row("no data_type", without(group, "data_type"), "data_type");
        row("data_type a number", with(group, "data_type", 3), "data_type");
        row("unknown data_type", with(group, "data_type", "alpr_alert"), "data_type");

        row("no plate", without(group, "best_plate_number"), "best_plate_number");
        row("plate a number", with(group, "best_plate_number", 1234), "best_plate_number");
        row("empty plate", with(group, "best_plate_number", ""), "best_plate_number");
        row("plate of dashes", with(group, "best_plate_number", " - . "), "best_plate_number");
        row("plate with symbols", with(group, "best_plate_number", "AB12<CDE>"), "best_plate_number");
        row("plate with a control character", with(group, "best_plate_number", "AB12\aCDE"), "best_plate_number");
        row("over-long plate", with(group, "best_plate_number", QString(65, QLatin1Char('A'))), "best_plate_number");
        row("no confidence", without(group, "best_confidence"), "best_confidence");
        row("confidence over 100", with(group, "best_confidence", 100.5), "best_confidence");
        row("confidence negative", with(group, "best_confidence", -1), "best_confidence");
        row("confidence as text", with(group, "best_confidence", "94"), "best_confidence");
        row("no epoch_start", without(group, "epoch_start"), "epoch_start");
        row("epoch_start in seconds", with(group, "epoch_start", 1795601730), "epoch_start");
        row("epoch_start as text", with(group, "epoch_start", "2026-11-25T10:15:30Z"), "epoch_start");
        row("epoch_start past 9999", with(group, "epoch_start", 1e18), "epoch_start");
        row("epoch_end before start", with(group, "epoch_end", 1795601729000.0), "epoch_end");
        row("camera_id a fraction", with(group, "camera_id", 12.5), "camera_id");
        row("camera_id an object", with(group, "camera_id", QJsonObject {}), "camera_id");
        row("camera_id too big to be exact", with(group, "camera_id", 1e17), "camera_id");
        row("latitude over 90", with(with(group, "gps_latitude", 91), "gps_longitude", 0), "gps_latitude");
        row("longitude under -180", with(with(group, "gps_latitude", 51), "gps_longitude", -180.5), "gps_longitude");
        row("latitude without longitude", with(group, "gps_latitude", 51.5), "gps_longitude");
        row("longitude as text", with(with(group, "gps_latitude", 51), "gps_longitude", "-0.1"), "gps_longitude");
        row("travel_direction an object", with(group, "travel_direction", QJsonObject {}), "travel_direction");
        row("vehicle a string", with(group, "vehicle", "ford"), "vehicle");
        row("colour a number", with(group, "vehicle", QJsonObject { { "color", 7 } }), "vehicle.color");
        row("colour guess without a name",
            with(group, "vehicle", QJsonObject { { "color", QJsonArray { QJsonObject { { "confidence", 9 } } } } }),
            "vehicle.color[0].name");
        row("colour guess confidence 120",
            with(group, "vehicle",
                QJsonObject { { "color", QJsonArray { QJsonObject { { "name", "red" }, { "confidence", 120 } } } } }),
            "vehicle.color[0].confidence");
        row("over-long make", with(group, "vehicle", QJsonObject { { "make", QString(100, QLatin1Char('f')) } }),
            "vehicle.make");
        row("candidates an object", with(group, "candidates", QJsonObject {}), "candidates");
        row("candidate plate a number",
            with(group, "candidates",
                QJsonArray { QJsonObject { { "plate", "AB12CDE" }, { "confidence", 90 } },
                    QJsonObject { { "plate", 12 }, { "confidence", 80 } } }),
            "candidates[1].plate");
        row("candidate confidence 101",
            with(group, "candidates", QJsonArray { QJsonObject { { "plate", "AB12CDE" }, { "confidence", 101 } } }),
            "candidates[0].confidence");
        row("candidate not an object", with(group, "candidates", QJsonArray { "AB12CDE" }), "candidates[0]");
        row("bad base64", with(group, "vehicle_crop_jpeg", "/9j/4AAQ*not base64*"), "vehicle_crop_jpeg");
        row("base64 of a PNG", with(group, "vehicle_crop_jpeg", base64(notJpeg)), "vehicle_crop_jpeg");
        row("image over the limit", with(group, "vehicle_crop_jpeg", base64(hugeJpeg)), "vehicle_crop_jpeg");
        row("image a number", with(group, "vehicle_crop_jpeg", 5), "vehicle_crop_jpeg");
        row("best_plate a list", with(group, "best_plate", QJsonArray {}), "best_plate");
        row("plate crop not a JPEG", with(group, "best_plate", QJsonObject { { "plate_crop_jpeg", base64(notJpeg) } }),
            "best_plate.plate_crop_jpeg");

        const QJsonObject frame = minimalFrame({ result("AB12CDE") });
        row("no results", without(frame, "results"), "results");
        row("results an object", with(frame, "results", result("AB12CDE")), "results");
        row("no epoch_time", without(frame, "epoch_time"), "epoch_time");
        row("second result's plate a number", minimalFrame({ result("AB12CDE"), QJsonObject { { "plate", 7 } } }),
            "results[1].plate");
        row("result without confidence", minimalFrame({ QJsonObject { { "plate", "AB12CDE" } } }),
            "results[0].confidence");
        QJsonArray tooMany;
        for (size_t i = 0; i <= pushlimits::maxPlatesPerFrame; ++i)
            tooMany.append(result(QStringLiteral("AB12CDE")));
        row("too many plates", minimalFrame(tooMany), "results");
        row("three corners", minimalFrame({ with(result("AB12CDE"), "coordinates", corners(3)) }),
            "results[0].coordinates");
        QJsonArray textCorner = corners(4);
        textCorner[2] = QJsonObject { { "x", "40" }, { "y", 4 } };
        row("corner x as text", minimalFrame({ with(result("AB12CDE"), "coordinates", textCorner) }),
            "results[0].coordinates[2].x");
        QJsonArray farCorner = corners(4);
        farCorner[1] = QJsonObject { { "x", 3e9 }, { "y", 4 } };
        row("corner outside any image", minimalFrame({ with(result("AB12CDE"), "coordinates", farCorner) }),
            "results[0].coordinates[1].x");
        row("result crop bad base64", minimalFrame({ with(result("AB12CDE"), "plate_crop_jpeg", "@@@@") }),
            "results[0].plate_crop_jpeg");

        const QJsonObject beat { { "data_type", "heartbeat" } };
        row("video_streams an object", with(beat, "video_streams", QJsonObject {}), "video_streams");
        row("stream camera_id a list",
            with(beat, "video_streams", QJsonArray { QJsonObject { { "camera_id", QJsonArray {} } } }),
            "video_streams[0].camera_id");
        row("timestamp as text", with(beat, "timestamp", "now"), "timestamp");
    }

    void refusesMalformedPushes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QCOMPARE(QString::fromStdString(refusedField(body)), field);
    }

    void refusalsSayWhatIsWrong()
    {
        try {
            parseOpenAlpr(json(with(minimalGroup(), "best_confidence", 120)));
            QFAIL("a confidence of 120 was taken");
        } catch (const PushError& error) {
            QCOMPARE(QString::fromUtf8(error.what()),
                QStringLiteral("best_confidence is 120; a confidence is a percentage from 0 to 100"));
        }
    }

    // Cut short or garbled anywhere, a push is taken or refused with a PushError: never a crash or another
    // exception. (Run under the debug preset's sanitizers, this also checks for undefined behaviour.)
    void survivesCutAndGarbledBodies()
    {
        for (const char* name : { "alpr_group.json", "alpr_results.json", "heartbeat.json" }) {
            const QByteArray body = pushFixture(name);
            for (qsizetype length = 0; length < body.size(); length += 13)
                refusedField(body.left(length));
            QRandomGenerator random(42);
            for (int round = 0; round < 300; ++round) {
                QByteArray garbled = body;
                for (int i = 0; i < 4; ++i)
                    garbled[random.bounded(int(garbled.size()))] = char(random.bounded(256));
                refusedField(garbled);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOpenAlprWebhook)
#include "tst_openalprwebhook.moc"
