// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertsounds.h"

#include "alertqueuemodel.h"

#include "alerts/alert.h"

namespace kestrel {

AlertSounds::AlertSounds(const AlertQueueModel& queue, int repeatMs, QObject* parent)
    : QObject(parent)
    , m_queue(queue)
{
    const char* files[] = { "qrc:/sounds/high.wav", "qrc:/sounds/medium.wav", "qrc:/sounds/low.wav" };
    for (size_t i = 0; i < m_effects.size(); ++i) {
        m_effects[i].setSource(QUrl(QString::fromLatin1(files[i])));
        connect(&m_effects[i], &QSoundEffect::statusChanged, this, &AlertSounds::checkOutput);
    }
    connect(&m_devices, &QMediaDevices::audioOutputsChanged, this, &AlertSounds::checkOutput);
    checkOutput();
    connect(&queue, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex&, int first, int last) { alertsArrived(first, last); });
    m_repeat.setInterval(repeatMs);
    connect(&m_repeat, &QTimer::timeout, this, &AlertSounds::repeatUnclaimedHigh);
    m_repeat.start();
}

void AlertSounds::setMuted(bool muted)
{
    if (m_muted == muted)
        return;
    m_muted = muted;
    Q_EMIT mutedChanged();
}

void AlertSounds::checkOutput()
{
    QString problem;
    if (QMediaDevices::audioOutputs().isEmpty())
        problem = tr("No sound output: alert tones cannot be heard on this console.");
    for (const auto& effect : m_effects)
        if (effect.status() == QSoundEffect::Error)
            problem
                = tr("An alert tone could not be loaded (%1): alerts will be silent.").arg(effect.source().toString());
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

void AlertSounds::alertsArrived(int first, int last)
{
    // One tone for the most urgent of the alerts that arrived together.
    int most = static_cast<int>(Priority::Low);
    for (int row = first; row <= last; ++row)
        most = std::min(most, m_queue.index(row).data(AlertQueueModel::PriorityRole).toInt());
    sound(most);
}

void AlertSounds::repeatUnclaimedHigh()
{
    for (int row = 0; row < m_queue.rowCount(); ++row) {
        const QModelIndex index = m_queue.index(row);
        if (index.data(AlertQueueModel::PriorityRole).toInt() != static_cast<int>(Priority::High))
            return; // the queue holds the high-priority alerts first
        if (index.data(AlertQueueModel::StateRole).toInt() == static_cast<int>(AlertState::New))
            return sound(static_cast<int>(Priority::High));
    }
}

void AlertSounds::sound(int priority)
{
    if (priority < 0 || priority >= static_cast<int>(m_effects.size()))
        return;
    // A tone already sounding is not restarted: a burst of alerts is one tone, not a stutter.
    if (m_muted || m_effects[size_t(priority)].isPlaying())
        return;
    m_effects[size_t(priority)].play();
    Q_EMIT sounded(priority);
}

} // namespace kestrel
