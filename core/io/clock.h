// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <chrono>
#include <functional>

namespace kestrel {

// UTC milliseconds since the epoch; injected so that tests control time.
using Clock = std::function<qint64()>;

inline qint64 systemClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A monotonic time in nanoseconds, for measuring how long something took (never a time of day).
inline qint64 steadyNanoseconds()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace kestrel
