// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginestatus.h"

#include "io/isotime.h"

#include <QLocale>
#include <QStringList>

namespace kestrel {

EngineStatus::EngineStatus(qint64 readsTotal, QObject* parent)
    : QObject(parent)
    , m_readsTotal(readsTotal)
{
}

QString EngineStatus::readsTotalText() const
{
    return QLocale().toString(m_readsTotal);
}

void EngineStatus::setReadsTotal(qint64 total)
{
    if (total == m_readsTotal)
        return;
    m_readsTotal = total;
    Q_EMIT readsTotalChanged();
}

void EngineStatus::setProblem(const QString& problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

QString EngineStatus::silentCameras() const
{
    QStringList parts;
    for (const auto& [camera, lastHeard] : m_silent)
        parts << tr("Nothing from camera %1 since %2").arg(camera, isotime::format(lastHeard));
    return parts.join(QStringLiteral("; "));
}

void EngineStatus::cameraSilent(const QString& camera, qint64 lastHeardMs)
{
    m_silent[camera] = lastHeardMs;
    Q_EMIT silentCamerasChanged();
}

void EngineStatus::cameraHeard(const QString& camera)
{
    if (m_silent.erase(camera))
        Q_EMIT silentCamerasChanged();
}

} // namespace kestrel
