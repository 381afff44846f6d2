// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginestatus.h"

#include <QLocale>

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

} // namespace kestrel
