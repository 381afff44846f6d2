// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QQuickImageProvider>

#include "store/readstore.h"

namespace kestrel {

// Serves the images the alert detail has loaded to QML as image://reads/<key>. The detail puts them here on
// the GUI thread; QML may ask for them from its loader thread.
class ReadImageProvider : public QQuickImageProvider {
public:
    ReadImageProvider();

    // image:// URLs of a read's images; empty for an image the read does not have (any more).
    struct Urls {
        QString plate;
        QString overview;
    };
    // Decodes a read's images and holds them for owner (the alert detail, the search), in place of what it held.
    Urls show(const QString& owner, qint64 readId, const ReadImages& images);
    void clear(const QString& owner);

    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

private:
    QMutex m_mutex;
    QHash<QString, QHash<QString, QImage>> m_images; // owner -> key -> image
};

} // namespace kestrel
