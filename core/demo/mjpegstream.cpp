// SPDX-License-Identifier: GPL-3.0-or-later
#include "mjpegstream.h"

#include <QTcpSocket>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>

namespace kestrel {

namespace {
const QByteArray boundary = "kestrelframe";
// A client this far behind (a few frames' worth of bytes unsent) is skipped until it catches up.
constexpr qint64 maxBacklog = 2 * 1024 * 1024;
} // namespace

MjpegStream::MjpegStream(const TrafficVideoOptions& options, QObject* parent)
    : QObject(parent)
    , m_scene(options)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MjpegStream::accept);
    connect(&m_timer, &QTimer::timeout, this, &MjpegStream::tick);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.start(std::chrono::milliseconds(1000 / std::max(1, options.fps)));
}

MjpegStream::~MjpegStream() = default;

bool MjpegStream::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (m_server.listen(address, port))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

void MjpegStream::accept()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        // Whatever the request, the answer is the stream (an IP camera's /video, /mjpeg ... all alike).
        client->write("HTTP/1.0 200 OK\r\nCache-Control: no-cache\r\nConnection: close\r\n"
                      "Content-Type: multipart/x-mixed-replace; boundary="
            + boundary + "\r\n\r\n");
        m_clients.push_back(client);
        connect(client, &QTcpSocket::disconnected, this, [this, client] {
            m_clients.erase(std::remove(m_clients.begin(), m_clients.end(), client), m_clients.end());
            client->deleteLater();
        });
    }
}

void MjpegStream::tick()
{
    const cv::Mat& frame = m_scene.frame(m_next);
    m_next = (m_next + 1) % std::max(1, m_scene.frameCount());
    if (m_clients.empty())
        return;
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", frame, jpeg, { cv::IMWRITE_JPEG_QUALITY, 80 });
    const QByteArray part = "--" + boundary
        + "\r\nContent-Type: image/jpeg\r\nContent-Length: " + QByteArray::number(qsizetype(jpeg.size())) + "\r\n\r\n"
        + QByteArray(reinterpret_cast<const char*>(jpeg.data()), qsizetype(jpeg.size())) + "\r\n";
    for (QTcpSocket* client : m_clients)
        if (client->bytesToWrite() < maxBacklog) {
            client->write(part);
            ++m_framesSent;
        }
}

} // namespace kestrel
