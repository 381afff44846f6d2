// SPDX-License-Identifier: GPL-3.0-or-later
#include "readimageprovider.h"

#include <QMutexLocker>

#include <tuple>

namespace kestrel {

ReadImageProvider::ReadImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

ReadImageProvider::Urls ReadImageProvider::show(const QString& owner, qint64 readId, const ReadImages& images)
{
    QHash<QString, QImage> held;
    Urls urls;
    const QString id = QString::number(readId);
    for (const auto& [kind, bytes, url] : { std::tuple { QStringLiteral("plate/"), &images.platePatch, &urls.plate },
             std::tuple { QStringLiteral("overview/"), &images.overview, &urls.overview } }) {
        if (const QImage image = QImage::fromData(*bytes); !image.isNull()) {
            held.insert(kind + id, image);
            *url = QStringLiteral("image://reads/") + kind + id;
        }
    }
    QMutexLocker lock(&m_mutex);
    m_images.insert(owner, std::move(held));
    return urls;
}

void ReadImageProvider::clear(const QString& owner)
{
    QMutexLocker lock(&m_mutex);
    m_images.remove(owner);
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
