// SPDX-License-Identifier: GPL-3.0-or-later
// The Hikvision ISAPI ANPR event parser, on a multipart body made by tests/data/push/make_fixtures.py from the
// documented format, and on the broken bodies a faulty camera or a hostile caller could send.
#include "../pushfixtures.h"
#include "ingest/agentmessage.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kestrel;

namespace {
const QByteArray contentType = "multipart/form-data; boundary=MIME_boundary";

// A JPEG in all but its pixels: the parser checks the markers and the size, not the image.
const QByteArray tinyJpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(64, 'j') + QByteArray("\xFF\xD9", 2);

// The XML declaration and root are ordinary literals: moc (6.4) reads "//" in a raw string as a comment and then
// misses the test class.
const QByteArray anprXml
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<EventNotificationAlert version=\"2.0\" xmlns=\"http://www.hikvision.com/ver20/XMLSchema\">\n"
      R"(
<ipAddress>10.0.0.7</ipAddress>
<channelID>2</channelID>
<dateTime>2026-07-01T13:00:00+01:00</dateTime>
<eventType>ANPR</eventType>
<ANPR>
<licensePlate>XY34 ZZF</licensePlate>
<confidenceLevel>88</confidenceLevel>
<direction>reverse</direction>
</ANPR>
</EventNotificationAlert>
)";

QByteArray part(const QByteArray& name, const QByteArray& type, const QByteArray& content,
    const QByteArray& boundary = "MIME_boundary")
{
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
        + "\"\r\nContent-Type: " + type + "\r\n\r\n" + content + "\r\n";
}

const QByteArray closing = "--MIME_boundary--\r\n";

QByteArray anprEvent(const QByteArray& xml, const QByteArray& plate = tinyJpeg, const QByteArray& detection = tinyJpeg)
{
    return part("anpr.xml", "application/xml", xml) + part("licensePlatePicture.jpg", "image/jpeg", plate)
        + part("detectionPicture.jpg", "image/jpeg", detection) + closing;
}

QByteArray xmlWith(const char* from, const char* to)
{
    QByteArray xml = anprXml;
    if (!xml.contains(from))
        qFatal("the test's XML has no %s", from);
    return xml.replace(from, to);
}

// Parses, and says which field a refusal named (empty when the push was taken).
std::string refusedField(const QByteArray& type, const QByteArray& body)
{
    return ::refusedField([&] { parseHikvision(type, body); });
}
} // namespace

class TestHikvisionEvent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsAnAnprEvent()
    {
        TAKE(message, parseHikvision(contentType, pushFixture("hikvision_anpr.multipart")));
        QCOMPARE(message.kind, AgentMessage::Kind::Vehicle);
        QCOMPARE(message.agentCamera, std::string("192.168.1.64/1"));
        QCOMPARE(message.timeMs, qint64(1'795'601'730'000)); // 2026-11-25T10:15:30+00:00
        QCOMPARE(message.reads.size(), size_t(1));
        const Read& read = message.reads.front();
        QCOMPARE(read.vrm, std::string("AB12CDE"));
        QCOMPARE(read.timeMs, message.timeMs);
        QCOMPARE(read.confidence, 0.96f);
        QCOMPARE(read.direction, std::string("forward"));
        QCOMPARE(read.vehicle.colour, std::string("white"));
        QCOMPARE(read.vehicle.body, std::string("vehicle"));
        QVERIFY(!read.latitude);
        // Whole JPEGs, cut at their boundaries: start and end markers, nothing of the CRLF or the next part.
        for (const QByteArray& image : { read.platePatch, read.overview }) {
            QVERIFY(image.size() > 100);
            QVERIFY(image.startsWith("\xFF\xD8"));
            QVERIFY(image.endsWith("\xFF\xD9"));
        }
        QVERIFY(read.platePatch.size() < read.overview.size()); // each picture went where it belongs
    }

    void takesTheMultipartVariantsThatRfc2046Allows()
    {
        // Quoted boundary, a preamble, padding after a boundary line, the XML known by its name only (text
        // type), pictures named without ".jpg", and an epilogue.
        const QByteArray boundary = "=_b0undary;x";
        QByteArray body = "This is a multi-part message in MIME format.\r\n";
        body += part("anpr.xml", "text/plain", anprXml, boundary);
        body += part("licensePlatePicture", "image/jpeg", tinyJpeg, boundary);
        body += "--" + boundary
            + "  \r\nContent-Type: image/jpeg\r\nContent-Disposition: form-data; "
              "name=\"picture\"; filename=\"detectionPicture.jpg\"\r\n\r\n"
            + tinyJpeg + "\r\n";
        body += "--" + boundary + "--\r\nepilogue";
        TAKE(message, parseHikvision("Multipart/Form-Data; charset=utf-8; boundary=\"" + boundary + "\"", body));
        QCOMPARE(message.kind, AgentMessage::Kind::Vehicle);
        QCOMPARE(message.agentCamera, std::string("10.0.0.7/2"));
        QCOMPARE(message.timeMs, qint64(1'782'907'200'000)); // 13:00 at +01:00 = 12:00 UTC
        const Read& read = message.reads.front();
        QCOMPARE(read.vrm, std::string("XY34ZZF"));
        QCOMPARE(read.confidence, 0.88f);
        QCOMPARE(read.direction, std::string("reverse"));
        QVERIFY(read.vehicle.empty());
        QCOMPARE(read.platePatch, tinyJpeg);
        QCOMPARE(read.overview, tinyJpeg);
    }

    void leavesPicturesTheCameraDidNotSendAbsent()
    {
        TAKE(message,
            parseHikvision(contentType,
                part("anpr.xml", "application/xml", xmlWith("<confidenceLevel>88</confidenceLevel>", "")) + closing));
        const Read& read = message.reads.front();
        QVERIFY(read.platePatch.isEmpty() && read.overview.isEmpty());
        QCOMPARE(read.confidence, 1.0f); // not scored by the camera
    }

    void readsOtherEventsAsHeartbeats_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("camera");
        QTest::addColumn<qint64>("timeMs");
        const QByteArray heartBeat
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<EventNotificationAlert version=\"2.0\" xmlns=\"http://www.isapi.org/ver20/XMLSchema\">"
              R"(
<ipAddress>192.168.1.64</ipAddress>
<portNo>80</portNo>
<channelID>1</channelID>
<dateTime>2026-11-25T10:16:00+00:00</dateTime>
<activePostCount>0</activePostCount>
<eventType>heartBeat</eventType>
<eventState>active</eventState>
<eventDescription>heartBeat</eventDescription>
</EventNotificationAlert>)";
        QTest::newRow("heartBeat as bare XML") << QByteArray("application/xml; charset=\"UTF-8\"") << heartBeat
                                               << QString("192.168.1.64/1") << qint64(1'795'601'760'000);
        QTest::newRow("heartBeat in a multipart body")
            << contentType << part("anpr.xml", "application/xml", heartBeat) + closing << QString("192.168.1.64/1")
            << qint64(1'795'601'760'000);
        QTest::newRow("videoloss without address or time")
            << contentType
            << part("event.xml", "text/xml",
                   "<EventNotificationAlert><eventType>videoloss</eventType></EventNotificationAlert>")
                + closing
            << QString() << qint64(0);
    }

    void readsOtherEventsAsHeartbeats()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, body);
        QFETCH(QString, camera);
        QFETCH(qint64, timeMs);
        TAKE(message, parseHikvision(type, body));
        QCOMPARE(message.kind, AgentMessage::Kind::Heartbeat);
        QCOMPARE(QString::fromStdString(message.agentCamera), camera);
        QCOMPARE(message.timeMs, timeMs);
        QVERIFY(message.reads.empty());
    }

    void refusesBrokenEvents_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QByteArray good = anprEvent(anprXml);
        const auto row = [](const char* name, const QByteArray& type, const QByteArray& body, const char* field) {
            QTest::newRow(name) << type << body << QString::fromLatin1(field);
        };
        const auto xmlRow = [&](const char* name, const QByteArray& xml, const char* field) {
            row(name, contentType, anprEvent(xml), field);
        };

        row("no Content-Type", "", good, "Content-Type");
        row("JSON Content-Type", "application/json", good, "Content-Type");
        row("no boundary", "multipart/form-data", good, "Content-Type");
        row("empty boundary", "multipart/form-data; boundary=\"\"", good, "Content-Type");
        row("boundary over 70 characters", "multipart/form-data; boundary=" + QByteArray(71, 'b'), good,
            "Content-Type");
        row("another boundary than the body's", "multipart/form-data; boundary=other", good, "body");
        row("empty body", contentType, "", "body");
        row("no closing boundary", contentType, good.left(good.lastIndexOf("--MIME_boundary--")), "body");
        row("cut in a picture", contentType, good.left(good.size() - 40), "body");
        row("cut after a boundary", contentType, part("anpr.xml", "text/xml", anprXml) + "--MIME_boundary", "body");
        row("text after a boundary", contentType, "--MIME_boundaryX\r\n\r\n" + closing, "body");
        row("part without headers", contentType, "--MIME_boundary\r\n\r\n" + anprXml + "\r\n" + closing, "part 1");
        row("headers not ended", contentType,
            part("anpr.xml", "text/xml", anprXml) + "--MIME_boundary\r\nContent-Type: image/jpeg\r\n" + closing,
            "part 2");
        row("header without a colon", contentType,
            "--MIME_boundary\r\nContent-Type text/xml\r\n\r\n" + anprXml + "\r\n" + closing, "part 1");
        QByteArray manyParts;
        for (int i = 0; i < 17; ++i)
            manyParts += part("note" + QByteArray::number(i), "text/plain", "x");
        row("too many parts", contentType, manyParts + closing, "body");
        row("no XML part", contentType,
            part("licensePlatePicture.jpg", "image/jpeg", tinyJpeg)
                + part("detectionPicture.jpg", "image/jpeg", tinyJpeg) + closing,
            "anpr.xml");

        xmlRow("XML not well-formed", xmlWith("</ANPR>", "</ANRP>"), "anpr.xml");
        xmlRow("XML cut short", anprXml.left(200), "anpr.xml");
        xmlRow("not an alert", "<ResponseStatus><statusCode>1</statusCode></ResponseStatus>", "anpr.xml");
        xmlRow("no eventType", xmlWith("<eventType>ANPR</eventType>", ""), "eventType");
        xmlRow(
            "no ANPR element", "<EventNotificationAlert><eventType>ANPR</eventType></EventNotificationAlert>", "ANPR");
        xmlRow("no licensePlate", xmlWith("<licensePlate>XY34 ZZF</licensePlate>", ""), "ANPR/licensePlate");
        xmlRow("empty licensePlate", xmlWith("XY34 ZZF", ""), "ANPR/licensePlate");
        xmlRow("licensePlate of symbols", xmlWith("XY34 ZZF", "XY34 &lt;ZZF&gt;"), "ANPR/licensePlate");
        xmlRow("over-long licensePlate", xmlWith("XY34 ZZF", QByteArray(65, 'X')), "ANPR/licensePlate");
        xmlRow("no dateTime", xmlWith("<dateTime>2026-07-01T13:00:00+01:00</dateTime>", ""), "dateTime");
        xmlRow("unparseable dateTime", xmlWith("2026-07-01T13:00:00+01:00", "2026-13-45T25:00:00"), "dateTime");
        xmlRow("dateTime as words", xmlWith("2026-07-01T13:00:00+01:00", "yesterday"), "dateTime");
        xmlRow("confidenceLevel over 100", xmlWith(">88<", ">101<"), "ANPR/confidenceLevel");
        xmlRow("confidenceLevel a word", xmlWith(">88<", ">high<"), "ANPR/confidenceLevel");
        xmlRow("confidenceLevel nan", xmlWith(">88<", ">nan<"), "ANPR/confidenceLevel");
        xmlRow("over-long direction", xmlWith("reverse", QByteArray(80, 'r')), "ANPR/direction");
        xmlRow("direction with a control character", xmlWith("reverse", "re&#x7f;verse"), "ANPR/direction");
        xmlRow("over-long colour",
            xmlWith("</ANPR>", "<vehicleInfo><color>" + QByteArray(70, 'c') + "</color></vehicleInfo></ANPR>"),
            "ANPR/vehicleInfo/color");

        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'p');
        row("plate picture not a JPEG", contentType, anprEvent(anprXml, png), "licensePlatePicture.jpg");
        row("empty detection picture", contentType, anprEvent(anprXml, tinyJpeg, ""), "detectionPicture.jpg");
        row("detection picture over the limit", contentType,
            anprEvent(anprXml, tinyJpeg, tinyJpeg + QByteArray(pushlimits::maxImageBytes, '\0')),
            "detectionPicture.jpg");
    }

    void refusesBrokenEvents()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QCOMPARE(QString::fromStdString(refusedField(type, body)), field);
    }

    void refusalsSayWhatIsWrong()
    {
        const QByteArray good = anprEvent(anprXml);
        try {
            parseHikvision(contentType, good.left(good.size() - 40));
            QFAIL("a body without its closing boundary was taken");
        } catch (const PushError& error) {
            QCOMPARE(QString::fromUtf8(error.what()),
                QStringLiteral("body ends without the closing line '--MIME_boundary--': it was cut short"));
        }
    }

    // Cut short or garbled anywhere, an event is taken or refused with a PushError: never a crash or another
    // exception. (Run under the debug preset's sanitizers, this also checks for undefined behaviour.)
    void survivesCutAndGarbledBodies()
    {
        const QByteArray body = pushFixture("hikvision_anpr.multipart");
        for (qsizetype length = 0; length < body.size(); length += 7)
            refusedField(contentType, body.left(length));
        QRandomGenerator random(7);
        for (int round = 0; round < 2000; ++round) {
            QByteArray garbled = body;
            for (int i = 0; i < 3; ++i)
                garbled[random.bounded(int(garbled.size()))] = char(random.bounded(256));
            refusedField(contentType, garbled);
        }
        for (const QByteArray& type : { QByteArray("multipart/form-data; boundary"), QByteArray("; ; =;\"\\"),
                 QByteArray("multipart/x; boundary=\"MIME_boundary"), QByteArray(";boundary=\"a\\") })
            refusedField(type, body);
    }
};

QTEST_GUILESS_MAIN(TestHikvisionEvent)
#include "tst_hikvisionevent.moc"
