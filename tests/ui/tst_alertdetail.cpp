// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertdetail.h"
#include "cameraplaces.h"
#include "readimageprovider.h"
#include "session.h"

#include "access/userstore.h"
#include "alerts/alertstore.h"
#include "audit/auditlog.h"
#include "cameras/camerastore.h"
#include "hotlist/hotlistmatcher.h"
#include "hotlist/hotliststore.h"
#include "io/isotime.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;

namespace {
QByteArray jpeg(QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}
} // namespace

class TestAlertDetail : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AlertStore> m_alerts;
    std::unique_ptr<SqliteReadStore> m_reads;
    std::unique_ptr<CameraStore> m_cameras;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Session> m_session;
    ReadImageProvider m_images;
    // 14:00 London on a winter's day; yesterday's alert was at 23:30 the evening before.
    const qint64 m_now = QDateTime(QDate(2026, 11, 25), QTime(14, 0), isotime::london()).toMSecsSinceEpoch();
    HotlistEntry m_entry;

    qint64 raise(const char* camera, qint64 time, bool images)
    {
        std::vector<Read> reads(1);
        reads[0].vrm = "AB12CDE";
        reads[0].camera = camera;
        reads[0].timeMs = time;
        if (images) {
            reads[0].platePatch = jpeg({ 160, 40 }, Qt::yellow);
            reads[0].overview = jpeg({ 640, 360 }, Qt::darkGray);
        }
        Database::Transaction tx(*m_db);
        m_reads->append(reads);
        auto raised = m_alerts->raiseOrFold(reads[0], { m_entry.id, m_entry.priority, 0, false }, m_entry, 0, time);
        tx.commit();
        return raised.alert.id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(m_dir.filePath("detail.db"));
        m_alerts = std::make_unique<AlertStore>(*m_db);
        m_reads = std::make_unique<SqliteReadStore>(*m_db);
        m_cameras = std::make_unique<CameraStore>(*m_db);
        m_users = std::make_unique<UserStore>(*m_db);
        m_audit = std::make_unique<AuditLog>(*m_db);
        m_users->add("ann", Role::Operator, "ann's long password", 0);
        m_users->add("max", Role::Administrator, "max's long password", 0);
        Camera camera;
        camera.code = "M4-J10-EB";
        camera.name = "M4 junction 10";
        camera.url = "rtsp://192.0.2.10/stream";
        camera.road = "M4";
        camera.direction = "eastbound";
        camera.latitude = 51.4802;
        camera.longitude = -0.8829;
        m_cameras->add(camera);
        std::vector<HotlistEntry> entries(1);
        entries[0].vrm = "AB12CDE";
        entries[0].list = "PNC";
        entries[0].category = "stolen vehicle";
        entries[0].action = "Stop and detain";
        entries[0].source = "PNC extract";
        entries[0].reference = "CRI-4471";
        entries[0].priority = Priority::High;
        for (auto& e : entries)
            e.state = EntryState::Live; // validated
        HotlistStore(*m_db).add(entries, 0);
        m_entry = entries[0];
    }
    void init()
    {
        m_session = std::make_unique<Session>(*m_users, *m_audit, Policy {}, [this] { return m_now; });
    }

    void showsTheReadTheEntryAndTheCameraPlaceToAnOperator()
    {
        const qint64 id = raise("M4-J10-EB", m_now - 60'000, true);
        QVERIFY(m_alerts->claim(id, "ann", m_now).isEmpty());
        QVERIFY(m_session->signIn("ann", "ann's long password"));
        CameraPlaces places(*m_cameras, *m_session);
        AlertDetail detail(*m_alerts, *m_reads, places, m_images, [this] { return m_now; });
        detail.show(id);
        QCOMPARE(detail.alertId(), id);
        QCOMPARE(detail.property("plate").toString(), "AB12 CDE");
        QCOMPARE(detail.property("priorityName").toString(), "High");
        QCOMPARE(detail.property("action").toString(), "Stop and detain");
        QCOMPARE(detail.property("source").toString(), "PNC extract");
        QCOMPARE(detail.property("reference").toString(), "CRI-4471");
        QCOMPARE(detail.property("camera").toString(), "M4 junction 10 (M4-J10-EB)");
        QVERIFY(detail.property("place").toString().contains("eastbound"));
        QVERIFY(detail.property("place").toString().contains("51.48020"));

        // The images are served to QML under the names the detail gives.
        const QString plate = detail.property("plateImage").toString();
        QVERIFY(plate.startsWith("image://reads/"));
        QSize size;
        const QImage image = m_images.requestImage(plate.mid(QStringLiteral("image://reads/").size()), &size, {});
        QCOMPARE(size, QSize(160, 40));
        QVERIFY(qAbs(QColor(image.pixel(80, 20)).hue() - QColor(Qt::yellow).hue()) < 10);
        QVERIFY(!detail.property("overviewImage").toString().isEmpty());

        const QVariantList history = detail.property("history").toList();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[1].toMap().value("action").toString(), "claimed");
        QCOMPARE(history[1].toMap().value("who").toString(), "ann");
    }

    void keepsTheCameraPlaceFromRolesThatMayNotSeeIt()
    {
        const qint64 id = raise("M4-J10-EB", m_now - 50'000, true);
        QVERIFY(m_session->signIn("max", "max's long password"));
        CameraPlaces places(*m_cameras, *m_session);
        AlertDetail detail(*m_alerts, *m_reads, places, m_images, [this] { return m_now; });
        detail.show(id);
        QCOMPARE(detail.property("camera").toString(), "M4 junction 10 (M4-J10-EB)");
        QCOMPARE(detail.property("place").toString(), QString());
    }

    void listsTheOtherAlertsOnTheVrmTodayOnly()
    {
        const qint64 yesterday = QDateTime(QDate(2026, 11, 24), QTime(23, 30), isotime::london()).toMSecsSinceEpoch();
        raise("A34-NB", yesterday, false);
        const qint64 morning = raise("A34-NB", m_now - 5 * 3600'000, false);
        QVERIFY(m_alerts->claim(morning, "ann", m_now).isEmpty());
        QVERIFY(m_alerts->dispatch(morning, "ann", "0412 of 25/11", m_now).isEmpty());
        const qint64 id = raise("M4-J10-EB", m_now - 1000, false);
        QVERIFY(m_session->signIn("ann", "ann's long password"));
        CameraPlaces places(*m_cameras, *m_session);
        AlertDetail detail(*m_alerts, *m_reads, places, m_images, [this] { return m_now; });
        detail.show(id);
        QCOMPARE(detail.property("plateImage").toString(), QString()); // this read came without images
        const QVariantList earlier = detail.property("earlierToday").toList();
        QStringList cameras;
        for (const auto& other : earlier)
            cameras << other.toMap().value("camera").toString();
        QVERIFY(cameras.contains("A34-NB"));
        QCOMPARE(cameras.count("A34-NB"), 1); // not yesterday's
        bool dispatched = false;
        for (const auto& other : earlier)
            dispatched |= other.toMap().value("outcome").toString() == "incident 0412 of 25/11";
        QVERIFY(dispatched);
    }
};

QTEST_GUILESS_MAIN(TestAlertDetail)
#include "tst_alertdetail.moc"
