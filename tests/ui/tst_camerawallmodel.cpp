// SPDX-License-Identifier: GPL-3.0-or-later
#include "camerawallmodel.h"

#include "cameras/framehub.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>

using namespace kestrel;

class TestCameraWallModel : public QObject {
    Q_OBJECT
    qint64 m_now = 1'800'000'000'000;

private Q_SLOTS:
    void showsEachCameraHeardWithItsStateInPlace()
    {
        CameraHealth health([this] { return m_now; }, 5 * 60'000);
        FrameHub frames;
        CameraWallModel wall(health, frames);
        QAbstractItemModelTester tester(&wall, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(wall.rowCount(), 0);

        health.readsArrived("M4-J11-WB", 3);
        health.setState("A34-NB", "reading");
        wall.refresh();
        QCOMPARE(wall.rowCount(), 2);
        QCOMPARE(wall.index(0).data(CameraWallModel::CodeRole).toString(), "A34-NB"); // in order of code
        QCOMPARE(wall.index(1).data(CameraWallModel::ReadsPerMinuteRole).toInt(), 3);

        // A change updates its row; nothing is reset or moved.
        QSignalSpy changed(&wall, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&wall, &QAbstractItemModel::modelReset);
        health.reconnecting("A34-NB", "the stream stopped; reconnecting in 2 s");
        wall.refresh();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(wall.index(0).data(CameraWallModel::ReconnectsRole).toInt(), 1);
        QVERIFY(wall.index(0).data(CameraWallModel::StatusRole).toString().contains("reconnecting"));

        // Silent past the policy: said so on its tile.
        m_now += 6 * 60'000;
        health.readsArrived("M4-J11-WB", 1);
        wall.refresh();
        QVERIFY(wall.index(0).data(CameraWallModel::SilentRole).toBool());
        QVERIFY(wall.index(0).data(CameraWallModel::StatusRole).toString().startsWith("silent since"));
        QVERIFY(!wall.index(1).data(CameraWallModel::SilentRole).toBool());
    }

    void sendsTheLatestFrameToTheTilesSink()
    {
        CameraHealth health([this] { return m_now; }, 5 * 60'000);
        FrameHub frames;
        CameraWallModel wall(health, frames);
        QVideoSink sink;
        QSignalSpy shown(&sink, &QVideoSink::videoFrameChanged);
        wall.attach("DEMO-VIDEO", &sink);
        QCOMPARE(shown.count(), 0); // nothing to show yet

        ShownFrame frame { 64, 36, QByteArray(64 * 36 * 3, char(90)), {} };
        frame.plates.push_back({ "AB12CDE", 0.9f, { 10, 10, 30, 8 }, {} });
        frames.put("DEMO-VIDEO", frame);
        QVERIFY(shown.wait(2000));
        QCOMPARE(sink.videoFrame().size(), QSize(64, 36));

        wall.attach("DEMO-VIDEO", nullptr);
        frames.put("DEMO-VIDEO", frame);
        QTest::qWait(100);
        QCOMPARE(shown.count(), 1); // a detached tile is sent nothing
    }
};

QTEST_MAIN(TestCameraWallModel)
#include "tst_camerawallmodel.moc"
