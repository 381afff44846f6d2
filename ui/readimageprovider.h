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

    // Replaces every image held with these (key -> image).
    void hold(QHash<QString, QImage> images);

    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

private:
    QMutex m_mutex;
    QHash<QString, QImage> m_images;
};

} // namespace kestrel
