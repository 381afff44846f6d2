// SPDX-License-Identifier: GPL-3.0-or-later
// Video end to end: the simulator renders traffic to a real video file, a VideoSource decodes it with OpenCV,
// Kestrel's reader reads it and the engine stores and matches the reads in a real SQLite file.
#include "alerts/alertstore.h"
#include "cameras/camerahealth.h"
#include "cameras/videosource.h"
#include "demo/mjpegstream.h"
#include "demo/trafficvideo.h"
#include "engine/engine.h"
#include "hotlist/hotliststore.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"
#include "vrm/vrm.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>

using namespace kestrel;

class TestVideoSource : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void readsEachVehicleOnceAndRaisesItsAlert()
    {
        const QString db = m_dir.filePath(QStringLiteral("video.db"));
        const std::vector<std::string> wanted = { "KT19XPV", "LC68WRM" };
        {
            Database database(db);
            std::vector<HotlistEntry> entries;
            for (const auto& vrm : wanted) {
                HotlistEntry e;
                e.vrm = vrm;
                e.list = "PNC";
                e.category = "stolen vehicle";
                e.action = "Stop and check";
                e.source = "PNC";
                e.reference = "TEST/1";
                entries.push_back(e);
            }
            for (auto& e : entries)
                e.state = EntryState::Live; // validated
            HotlistStore(database).add(entries, systemClock());
        }
        TrafficVideoOptions options;
        options.seconds = 24;
        options.vehiclesPerMinute = 25;
        options.hotlisted = wanted;
        options.hotlistedShare = 0.3;
        options.seed = 5;
        const QString video = m_dir.filePath(QStringLiteral("traffic.avi"));
        const auto shown = renderTrafficVideo(video, options);
        QVERIFY(shown.size() >= 6);

        Engine engine(db);
        CameraHealth health(systemClock, 60'000);
        engine.start();
        VideoSource source("SIM-1", video, engine, health);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(source.finished(), 180'000);
        source.stop();
        engine.stop();

        Database database(db);
        SqliteReadStore reads(database);
        // One read per vehicle, not one per frame, each with its plate patch and overview.
        QCOMPARE(reads.count(), qint64(shown.size()));
        // Each vehicle's VRM is read, or at worst misread by one confusable character (0/O, 1/I ...) that the
        // hotlist match tolerates; most are read exactly.
        int exact = 0;
        for (const auto& v : shown) {
            ReadQuery query;
            query.vrm = v.vrm.substr(0, 2) + "*";
            const auto found = reads.search(query).reads;
            const auto it = std::find_if(found.begin(), found.end(), [&](const Read& r) {
                const int substitutions = vrm::substitutions(r.vrm, v.vrm);
                return substitutions >= 0 && substitutions <= 1;
            });
            QVERIFY2(it != found.end(), v.vrm.c_str());
            exact += it->vrm == v.vrm;
            const ReadImages images = reads.images(it->id);
            QVERIFY(images.platePatch.startsWith("\xFF\xD8"));
            QVERIFY(images.overview.startsWith("\xFF\xD8"));
        }
        QVERIFY2(exact * 4 >= int(shown.size()) * 3,
            qPrintable(QStringLiteral("%1 of %2 exact").arg(exact).arg(shown.size())));

        // Each hotlisted vehicle that drove past raised an alert (a second pass within minutes folds into it).
        std::set<std::string> hotShown;
        for (const auto& v : shown)
            if (std::find(wanted.begin(), wanted.end(), v.vrm) != wanted.end())
                hotShown.insert(v.vrm);
        QVERIFY(!hotShown.empty());
        std::set<std::string> alerted;
        for (const Alert& alert : AlertStore(database).open({}))
            alerted.insert(alert.vrm);
        QCOMPARE(alerted, hotShown);
        const auto status = health.snapshot();
        QCOMPARE(status.size(), size_t(1));
        QCOMPARE(status[0].framesDropped, qint64(0)); // a file is read at recognition's pace: nothing is lost
    }

    void followsALiveStreamThroughADrop()
    {
        // An IP camera's HTTP MJPEG stream that goes away and comes back on the same address.
        TrafficVideoOptions options;
        options.seconds = 12;
        options.vehiclesPerMinute = 40;
        auto stream = std::make_unique<MjpegStream>(options);
        QString error;
        QVERIFY2(stream->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const quint16 port = stream->port();

        Engine engine(m_dir.filePath(QStringLiteral("live.db")));
        CameraHealth health(systemClock, 60'000);
        engine.start();
        VideoSourceOptions live;
        live.maxBackoffSeconds = 2;
        VideoSource source("LIVE-1", QStringLiteral("http://127.0.0.1:%1/").arg(port), engine, health, live);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(engine.readsTotal() >= 1, 60'000);
        QCOMPARE(health.snapshot()[0].state, QStringLiteral("reading"));

        stream.reset(); // the camera drops off the network
        QTRY_VERIFY_WITH_TIMEOUT(health.snapshot()[0].reconnects >= 1, 30'000);
        QVERIFY(health.snapshot()[0].state.contains(QStringLiteral("reconnecting"))
            || health.snapshot()[0].state.contains(QStringLiteral("trying again")));

        stream = std::make_unique<MjpegStream>(options); // and comes back
        QVERIFY2(stream->listen(QHostAddress::LocalHost, port, &error), qPrintable(error));
        const qint64 before = engine.readsTotal();
        QTRY_VERIFY_WITH_TIMEOUT(health.snapshot()[0].state == QStringLiteral("reading"), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(engine.readsTotal() > before, 60'000);
        source.stop();
        engine.stop();
    }

    void saysSoAndRetriesWhenTheStreamCannotBeOpened()
    {
        Engine engine(m_dir.filePath(QStringLiteral("none.db")));
        CameraHealth health(systemClock, 60'000);
        VideoSource source("GONE-1", QStringLiteral("rtsp://127.0.0.1:9/nothing-here"), engine, health);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(!health.snapshot().empty() && health.snapshot()[0].reconnects >= 1, 20'000);
        QVERIFY(health.snapshot()[0].state.contains(QStringLiteral("trying again")));
        source.stop(); // promptly, even in the middle of a back-off
    }
};

QTEST_GUILESS_MAIN(TestVideoSource)
#include "tst_videosource.moc"
