// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recognition/recognisedplate.h"
#include "store/read.h"

#include <QByteArray>

#include <stdexcept>
#include <string>
#include <vector>

namespace kestrel {

// What a camera agent pushed, in Kestrel's terms. The reads carry no camera: the server sets it from the
// camera whose token the push proved.
struct AgentMessage {
    enum class Kind {
        Frame, // one video frame's plates (OpenALPR alpr_results): folded into one read per vehicle
        Vehicle, // one vehicle's read (OpenALPR alpr_group, a Hikvision ANPR event)
        Heartbeat, // the agent is alive and has nothing to report
    };
    Kind kind = Kind::Heartbeat;
    std::string agentCamera; // how the agent names its camera (camera_id, or ipAddress/channelID): a hint only
    qint64 timeMs = 0; // UTC ms: the frame's time, the vehicle's first sighting, or the heartbeat's time
    std::vector<Read> reads; // Frame: one per plate; Vehicle: one; Heartbeat: none
    std::vector<PixelBox> boxes; // Frame: where each read's plate was in the frame, in the order of reads
};

// A push that cannot be taken. field() names the JSON field, XML element or multipart part at fault, so that
// the 400 answer can say which; what() says what is wrong with it. Nothing of such a push is stored.
class PushError : public std::runtime_error {
public:
    PushError(std::string field, const std::string& message)
        : std::runtime_error(message)
        , m_field(std::move(field))
    {
    }
    const std::string& field() const { return m_field; }

private:
    std::string m_field;
};

// Limits on what one push may carry; past them a push is refused (the server answers 413 over the body limit).
namespace pushlimits {
inline constexpr qsizetype maxImageBytes = 2 * 1024 * 1024; // one decoded JPEG
inline constexpr size_t maxPlatesPerFrame = 64;
inline constexpr size_t maxCandidates = 20; // kept per read; further ones are dropped, not refused
inline constexpr size_t maxTextLength = 64; // any text field (plate, direction, colour, make...)
} // namespace pushlimits

// An OpenALPR / Rekor Scout agent webhook body (JSON: data_type alpr_results, alpr_group or heartbeat).
// Unknown fields are ignored. Throws PushError.
AgentMessage parseOpenAlpr(const QByteArray& body);

// A Hikvision ISAPI ANPR event: a multipart/form-data body (boundary from contentType) with the
// EventNotificationAlert XML part and JPEG parts (licensePlatePicture.jpg, detectionPicture.jpg). A heartbeat
// or other non-ANPR event type comes back as Kind::Heartbeat. Throws PushError.
AgentMessage parseHikvision(const QByteArray& contentType, const QByteArray& body);

} // namespace kestrel
