// SPDX-License-Identifier: GPL-3.0-or-later
#include "readimageprovider.h"

#include <QMutexLocker>

namespace kestrel {

ReadImageProvider::ReadImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

void ReadImageProvider::hold(const QString& owner, QHash<QString, QImage> images)
{
    QMutexLocker lock(&m_mutex);
    m_images.insert(owner, std::move(images));
}

QImage ReadImageProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize)
{
    QImage image;
    {
        QMutexLocker lock(&m_mutex);
        for (const auto& held : std::as_const(m_images))
            if (held.contains(id))
                image = held.value(id);
    }
    if (!image.isNull() && requestedSize.isValid())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace kestrel
