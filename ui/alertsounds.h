// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAudioDevice>
#include <QMediaDevices>
#include <QObject>
#include <QSoundEffect>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <array>

namespace kestrel {

class AlertQueueModel;

// The console's voice: a distinct tone for each priority when an alert arrives, and the high-priority tone
// again every repeat interval while any high-priority alert waits unclaimed. Muting is for this console only
// and lasts until unmuted or the console restarts (a console is never muted by yesterday's choice).
class AlertSounds : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console's main() provides the alert sounds")
    Q_PROPERTY(bool muted READ muted WRITE setMuted NOTIFY mutedChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
public:
    AlertSounds(const AlertQueueModel& queue, int repeatMs = 15000, QObject* parent = nullptr);

    bool muted() const { return m_muted; }
    void setMuted(bool muted);
    // Why the tones cannot be heard (no sound output, a tone that failed to load), or empty.
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void mutedChanged();
    void problemChanged();
    // A tone was played (0 high, 1 medium, 2 low).
    void sounded(int priority);

private:
    void alertsArrived(int first, int last);
    void repeatUnclaimedHigh();
    void sound(int priority);
    void checkOutput();

    const AlertQueueModel& m_queue;
    std::array<QSoundEffect, 3> m_effects;
    QTimer m_repeat;
    bool m_muted = false;
    QString m_problem;
    QMediaDevices m_devices;
};

} // namespace kestrel
