// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <functional>

namespace kestrel {

// UTC milliseconds since the epoch; injected so that tests control time.
using Clock = std::function<qint64()>;

inline qint64 systemClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace kestrel
