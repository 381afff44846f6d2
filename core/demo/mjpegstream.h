// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trafficvideo.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

#include <memory>
#include <vector>

class QTcpSocket;

namespace kestrel {

// Synthetic traffic streamed live as an IP camera does, HTTP MJPEG (multipart/x-mixed-replace of JPEG frames)
// at the scene's frame rate, the scene looping: a video camera Kestrel can be pointed at (--url
// http://ADDRESS:PORT/). Every client is sent the same frame; one that cannot keep up misses frames.
class MjpegStream : public QObject {
    Q_OBJECT
public:
    explicit MjpegStream(const TrafficVideoOptions& options, QObject* parent = nullptr);
    ~MjpegStream() override;

    // Returns false (with why in error) if it cannot listen there.
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const { return m_server.serverPort(); }
    qint64 framesSent() const { return m_framesSent; }

private:
    void accept();
    void tick();

    TrafficScene m_scene;
    int m_next = 0;
    QTcpServer m_server;
    QTimer m_timer;
    std::vector<QTcpSocket*> m_clients; // owned by m_server's children until they disconnect
    qint64 m_framesSent = 0;
};

} // namespace kestrel
