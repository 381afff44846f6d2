// SPDX-License-Identifier: GPL-3.0-or-later
#include "cameras/camerahealth.h"

#include <QSignalSpy>
#include <QTest>

using namespace kestrel;

class TestCameraHealth : public QObject {
    Q_OBJECT
    qint64 m_now = 1'800'000'000'000;

private Q_SLOTS:
    void raisesOneSystemAlertPerSilenceAndSaysWhenTheCameraIsBack()
    {
        CameraHealth health([this] { return m_now; }, 5 * 60'000);
        QSignalSpy silent(&health, &CameraHealth::cameraSilent);
        QSignalSpy back(&health, &CameraHealth::cameraHeard);
        health.watch("M4-J10-EB"); // registered, not yet heard: silence counts from now
        health.heard("A34-NB");

        m_now += 4 * 60'000;
        health.check();
        QCOMPARE(silent.count(), 0);
        health.heard("A34-NB"); // a heartbeat keeps it alive

        m_now += 2 * 60'000; // M4 has said nothing for 6 minutes
        health.check();
        health.check();
        QCOMPARE(silent.count(), 1); // once, not every check
        QCOMPARE(silent[0][0].toString(), QStringLiteral("M4-J10-EB"));
        QCOMPARE(silent[0][1].toLongLong(), m_now - 6 * 60'000);

        health.readsArrived("M4-J10-EB", 2);
        health.check();
        QCOMPARE(back.count(), 1);
        QCOMPARE(back[0][0].toString(), QStringLiteral("M4-J10-EB"));
    }

    void countsReadsInTheLastMinuteDroppedFramesAndReconnects()
    {
        CameraHealth health([this] { return m_now; }, 5 * 60'000);
        health.readsArrived("CAM", 5);
        m_now += 30'000;
        health.readsArrived("CAM", 3);
        health.framesDropped("CAM", 7);
        health.reconnecting("CAM", "the stream stopped; reconnecting in 1 s");
        auto status = health.snapshot().at(0);
        QCOMPARE(status.readsLastMinute, 8);
        QCOMPARE(status.framesDropped, qint64(7));
        QCOMPARE(status.reconnects, 1);
        m_now += 45'000; // the first five are over a minute old
        QCOMPARE(health.snapshot().at(0).readsLastMinute, 3);
        m_now += 120'000;
        QCOMPARE(health.snapshot().at(0).readsLastMinute, 0);
    }
};

QTEST_GUILESS_MAIN(TestCameraHealth)
#include "tst_camerahealth.moc"
