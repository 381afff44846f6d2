// SPDX-License-Identifier: GPL-3.0-or-later
#include "framehub.h"

namespace kestrel {

void FrameHub::put(const std::string& camera, ShownFrame frame)
{
    const QString code = QString::fromStdString(camera);
    {
        std::lock_guard lock(m_mutex);
        m_frames[code] = std::move(frame);
    }
    Q_EMIT framePut(code);
}

std::optional<ShownFrame> FrameHub::latest(const QString& camera) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_frames.find(camera);
    if (it == m_frames.end())
        return std::nullopt;
    return it->second;
}

} // namespace kestrel
