// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <string>

namespace kestrel {

// A camera Kestrel takes reads from: a fixed site or a camera in a police vehicle, fed either by Kestrel's own
// recognition of its video (url) or by an agent pushing its reads (push, proved by a token kept only as a hash).
// Its position is confidential: only roles that need it may be shown it.
struct Camera {
    enum class Kind { Fixed, Mobile };

    std::string code; // the id the camera's reads carry
    QString name;
    Kind kind = Kind::Fixed;
    QString url; // the video source (file, rtsp://, http:// MJPEG, /dev/video0); empty for a push camera
    bool push = false;
    std::optional<double> latitude, longitude; // fixed sites; a mobile camera's position comes with each read
    QString road;
    QString direction; // of travel, as seen: "northbound", "eastbound"...
    QString dpiaReference; // the Data Protection Impact Assessment that covers it
    QDate reviewDate; // the DPIA's next review; invalid if none is set
    bool enabled = true;
    bool registered = false; // false for a camera known only because reads named it (before anyone added it)

    // Whether the DPIA review date has passed by today.
    bool reviewOverdue(const QDate& today) const { return reviewDate.isValid() && reviewDate < today; }
};

} // namespace kestrel
