// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentpush.h"

#include "demofeed.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace kestrel {

QByteArray alprGroupJson(const std::string& vrm, qint64 timeMs, const QByteArray& plateCrop)
{
    const QString plate = QString::fromStdString(vrm);
    QJsonObject group {
        { QStringLiteral("version"), 2 },
        { QStringLiteral("data_type"), QStringLiteral("alpr_group") },
        { QStringLiteral("epoch_start"), timeMs },
        { QStringLiteral("epoch_end"), timeMs + 800 },
        { QStringLiteral("camera_id"), 1001 },
        { QStringLiteral("agent_uid"), QStringLiteral("kestrel-simulator") },
        { QStringLiteral("best_plate_number"), plate },
        { QStringLiteral("best_confidence"), 91.5 },
        { QStringLiteral("travel_direction"), 182.5 },
        { QStringLiteral("candidates"),
            QJsonArray { QJsonObject { { QStringLiteral("plate"), plate }, { QStringLiteral("confidence"), 91.5 } } } },
    };
    if (!plateCrop.isEmpty())
        group.insert(QStringLiteral("best_plate"),
            QJsonObject { { QStringLiteral("plate_crop_jpeg"), QString::fromLatin1(plateCrop.toBase64()) } });
    return QJsonDocument(group).toJson(QJsonDocument::Compact);
}

QByteArray simulatedPlateCrop()
{
    cv::Mat patch(60, 240, CV_8UC3, cv::Scalar(30, 200, 240));
    cv::putText(patch, "AB12 CDE", { 12, 44 }, cv::FONT_HERSHEY_DUPLEX, 1.3, cv::Scalar(10, 10, 10), 3);
    cv::GaussianBlur(patch, patch, { 3, 3 }, 0);
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", patch, jpeg, { cv::IMWRITE_JPEG_QUALITY, 85 });
    return QByteArray(reinterpret_cast<const char*>(jpeg.data()), qsizetype(jpeg.size()));
}

PushTally pushAgentReads(const QUrl& server, const QString& token, int perSecond, int seconds,
    const std::vector<std::string>& hotlisted, quint32 seed, const std::function<void(const PushTally&)>& progress)
{
    QNetworkAccessManager network;
    QRandomGenerator random(seed);
    const QByteArray crop = simulatedPlateCrop();
    QNetworkRequest request(server.resolved(QUrl(QStringLiteral("/api/v1/openalpr"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    PushTally tally;
    QEventLoop loop;
    int answered = 0;
    const int total = perSecond * seconds;
    QElapsedTimer clock;
    clock.start();
    QTimer pacer;
    QObject::connect(&pacer, &QTimer::timeout, [&] {
        // Reads due by now on a steady schedule, so the rate holds even if the timer is late.
        while (tally.sent < total && tally.sent * 1000LL < clock.elapsed() * perSecond) {
            const bool hot = !hotlisted.empty() && random.bounded(20) == 0;
            const std::string vrm
                = hot ? hotlisted[size_t(random.bounded(int(hotlisted.size())))] : randomUkVrm(random);
            QNetworkReply* reply = network.post(request, alprGroupJson(vrm, QDateTime::currentMSecsSinceEpoch(), crop));
            ++tally.sent;
            QObject::connect(reply, &QNetworkReply::finished, [&, reply] {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                    ++tally.stored;
                } else {
                    ++tally.refused;
                    const QByteArray body = reply->readAll();
                    tally.lastProblem = body.isEmpty() ? reply->errorString() : QString::fromUtf8(body);
                }
                reply->deleteLater();
                if (++answered == total)
                    loop.quit();
            });
        }
    });
    QTimer everySecond;
    QObject::connect(&everySecond, &QTimer::timeout, [&] { progress(tally); });
    pacer.start(5);
    everySecond.start(1000);
    if (total > 0)
        loop.exec();
    progress(tally);
    return tally;
}

} // namespace kestrel
