// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>
#include <string>
#include <vector>

namespace kestrel {

// An OpenALPR agent's alpr_group body for one vehicle, as a camera agent would push it (plateCrop: a JPEG's
// bytes, or empty).
QByteArray alprGroupJson(const std::string& vrm, qint64 timeMs, const QByteArray& plateCrop = {});

// A small plate crop JPEG (~3 KB, the size agents send) for simulated pushes.
QByteArray simulatedPlateCrop();

struct PushTally {
    int sent = 0;
    int stored = 0; // answered 200
    int refused = 0; // answered anything else, or not at all
    QString lastProblem; // the last refusal, as the server said it
};

// Pushes simulated agent reads (random UK VRMs, now and then one of hotlisted) to a Kestrel server's
// /api/v1/openalpr at perSecond for seconds, with the camera's token. progress is called once a second.
PushTally pushAgentReads(const QUrl& server, const QString& token, int perSecond, int seconds,
    const std::vector<std::string>& hotlisted, quint32 seed, const std::function<void(const PushTally&)>& progress);

} // namespace kestrel
