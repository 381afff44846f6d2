// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QQuickImageProvider>

namespace kestrel {

// Serves the images the alert detail has loaded to QML as image://reads/<key>. The detail puts them here on
// the GUI thread; QML may ask for them from its loader thread.
class ReadImageProvider : public QQuickImageProvider {
public:
    ReadImageProvider();

    // Replaces the images an owner (the alert detail, the search) holds with these (key -> image).
    void hold(const QString& owner, QHash<QString, QImage> images);

    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

private:
    QMutex m_mutex;
    QHash<QString, QHash<QString, QImage>> m_images; // owner -> key -> image
};

} // namespace kestrel
