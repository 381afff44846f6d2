// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentmessage.h"
#include "pushchecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace kestrel {

namespace {

using pushchecks::quote;
using pushchecks::refused;

// One JSON value of the push and its path ("results[2].plate"), so that every refusal names the field at fault.
struct Field {
    QJsonValue value;
    std::string name;
};

std::string member(const std::string& parent, const char* key)
{
    return parent.empty() ? std::string(key) : parent + '.' + key;
}

Field element(const QJsonArray& array, qsizetype index, const std::string& parent)
{
    return { array.at(index), parent + '[' + std::to_string(index) + ']' };
}

std::string show(double value)
{
    return QString::number(value, 'g', 15).toStdString();
}

std::string kindOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return "true or false";
    case QJsonValue::Double:
        return "a number";
    case QJsonValue::String:
        return "text";
    case QJsonValue::Array:
        return "a list";
    case QJsonValue::Object:
        return "an object";
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return "null";
}

[[noreturn]] void wrongType(const Field& field, const char* expected)
{
    throw refused(field.name, "must be " + std::string(expected) + ", not " + kindOf(field.value));
}

// A JSON object of the push. Agents write null for a value they do not have: that counts as leaving it out.
class Fields {
public:
    Fields(QJsonObject object, std::string path)
        : m_object(std::move(object))
        , m_path(std::move(path))
    {
    }
    std::optional<Field> optional(const char* key) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        return Field { value, member(m_path, key) };
    }
    Field required(const char* key) const
    {
        auto field = optional(key);
        if (!field)
            throw refused(member(m_path, key), "is missing; it is required");
        return *field;
    }

private:
    QJsonObject m_object;
    std::string m_path;
};

Fields object(const Field& field)
{
    if (!field.value.isObject())
        wrongType(field, "an object");
    return Fields(field.value.toObject(), field.name);
}

QJsonArray list(const Field& field)
{
    if (!field.value.isArray())
        wrongType(field, "a list");
    return field.value.toArray();
}

double number(const Field& field)
{
    if (!field.value.isDouble())
        wrongType(field, "a number");
    const double value = field.value.toDouble();
    if (!std::isfinite(value))
        throw refused(field.name, "is not a finite number");
    return value;
}

// Trimmed text.
QString text(const Field& field)
{
    if (!field.value.isString())
        wrongType(field, "text");
    return pushchecks::checkedText(field.value.toString().trimmed(), field.name);
}

std::string plate(const Field& field)
{
    return pushchecks::plate(text(field), field.name);
}

// Agents give confidences as percentages; a read keeps 0..1.
float percentage(const Field& field)
{
    const double value = number(field);
    if (!(value >= 0 && value <= 100))
        throw refused(field.name, "is " + show(value) + "; a confidence is a percentage from 0 to 100");
    return float(value / 100);
}

// Milliseconds since 1970, UTC. A value before 2000 is almost surely seconds sent by mistake, and one past
// 9999 is no time at all: both are refused rather than filed decades away from the other reads.
qint64 epochMs(const Field& field)
{
    constexpr double earliest = 946'684'800'000.0; // 2000-01-01T00:00:00Z
    constexpr double latest = 253'402'300'799'999.0; // 9999-12-31T23:59:59.999Z
    const double value = number(field);
    if (value < earliest || value > latest)
        throw refused(field.name,
            "is " + show(value) + ", not a time in milliseconds since 1970 between the years 2000 and 9999");
    return qint64(std::floor(value));
}

// Real agents number their cameras; an agent that names them with text is taken as it is.
std::string cameraId(const Field& field)
{
    if (field.value.isString())
        return text(field).toStdString();
    if (!field.value.isDouble())
        wrongType(field, "a number or text");
    constexpr double exact = 9'007'199'254'740'992.0; // 2^53: past it a double no longer holds every integer
    const double value = number(field);
    if (value != std::floor(value) || std::abs(value) > exact)
        throw refused(field.name, "is " + show(value) + ", not a whole number");
    return std::to_string(qint64(value));
}

// Base64 of a JPEG. The encoded length is checked first so that an oversized image is never decoded; an empty
// string means no image.
QByteArray jpeg(const Field& field)
{
    if (!field.value.isString())
        wrongType(field, "base64 text");
    const QString encoded = field.value.toString();
    constexpr qsizetype maxEncoded = (pushlimits::maxImageBytes + 2) / 3 * 4;
    if (encoded.size() > maxEncoded)
        throw refused(field.name,
            "holds an image of more than " + std::to_string(pushlimits::maxImageBytes) + " bytes, the most taken");
    const auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        throw refused(field.name, "is not valid base64");
    return decoded.decoded.isEmpty() ? QByteArray() : pushchecks::checkedJpeg(decoded.decoded, field.name);
}

// Corners beyond this are in no camera's image; the bound also keeps the box's arithmetic well inside int.
double coordinate(const Field& field)
{
    constexpr double limit = 1'000'000;
    const double value = number(field);
    if (std::abs(value) > limit)
        throw refused(field.name, "is " + show(value) + ", outside any image");
    return value;
}

// OpenALPR gives the plate's four corners (the plate may be skewed); the read keeps the box around them.
PixelBox box(const Field& field)
{
    const QJsonArray corners = list(field);
    if (corners.size() != 4)
        throw refused(field.name, "lists " + std::to_string(corners.size()) + " points; a plate has 4 corners");
    double left = std::numeric_limits<double>::max(), top = left, right = -left, bottom = -left;
    for (qsizetype i = 0; i < corners.size(); ++i) {
        const Fields corner = object(element(corners, i, field.name));
        const double x = coordinate(corner.required("x"));
        const double y = coordinate(corner.required("y"));
        left = std::min(left, x);
        right = std::max(right, x);
        top = std::min(top, y);
        bottom = std::max(bottom, y);
    }
    const auto px = [](double v) { return int(std::lround(v)); };
    return { px(left), px(top), px(right) - px(left), px(bottom) - px(top) };
}

// Normalised and de-duplicated ("AB12 CDE" and "AB12CDE" are one candidate, at the higher confidence), in the
// agent's order. Past pushlimits::maxCandidates further ones are dropped, but each is still checked.
std::vector<Candidate> candidates(const Field& field)
{
    const QJsonArray items = list(field);
    std::vector<Candidate> out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Fields item = object(element(items, i, field.name));
        Candidate candidate { plate(item.required("plate")), percentage(item.required("confidence")) };
        const auto same = std::find_if(out.begin(), out.end(), [&](const auto& c) { return c.vrm == candidate.vrm; });
        if (same != out.end())
            same->confidence = std::max(same->confidence, candidate.confidence);
        else if (out.size() < pushlimits::maxCandidates)
            out.push_back(std::move(candidate));
    }
    return out;
}

// Real agents give each vehicle attribute as a list of {name, confidence} guesses; the read keeps the most
// confident (the first of equals). A plain string is taken as it is.
std::string attribute(const Field& field)
{
    if (field.value.isString())
        return text(field).toStdString();
    if (!field.value.isArray())
        wrongType(field, "a list of {name, confidence} or text");
    const QJsonArray guesses = field.value.toArray();
    QString best;
    float bestConfidence = -1;
    for (qsizetype i = 0; i < guesses.size(); ++i) {
        const Fields guess = object(element(guesses, i, field.name));
        const QString name = text(guess.required("name"));
        const auto confidenceField = guess.optional("confidence");
        const float confidence = confidenceField ? percentage(*confidenceField) : 0;
        if (confidence > bestConfidence) {
            best = name;
            bestConfidence = confidence;
        }
    }
    return best.toStdString();
}

// Rekor names a model with its make in front ("ford_focus"); the read keeps make and model apart.
std::string modelOnly(const std::string& makeModel, const std::string& make)
{
    const std::string prefix = make + '_';
    if (!make.empty() && makeModel.size() > prefix.size() && makeModel.compare(0, prefix.size(), prefix) == 0)
        return makeModel.substr(prefix.size());
    return makeModel;
}

Read::Vehicle vehicle(const Field& field)
{
    const Fields seen = object(field);
    Read::Vehicle out;
    if (const auto f = seen.optional("color"))
        out.colour = attribute(*f);
    if (const auto f = seen.optional("make"))
        out.make = attribute(*f);
    if (const auto f = seen.optional("make_model"))
        out.model = modelOnly(attribute(*f), out.make);
    if (const auto f = seen.optional("body_type"))
        out.body = attribute(*f);
    return out;
}

// Agents give the heading in degrees; it is kept as the text the operator will see ("182.5"). An agent that
// writes a word ("northbound") is taken as it is.
std::string direction(const Field& field)
{
    if (field.value.isString())
        return text(field).toStdString();
    if (!field.value.isDouble())
        wrongType(field, "a number of degrees or text");
    return QString::number(number(field)).toStdString();
}

// An agent without GPS sends 0, 0 (or nothing): that is no position, not a point in the Gulf of Guinea. Half a
// position is refused, as it cannot be placed on a map.
void position(const Fields& push, Read& read)
{
    const auto latitude = push.optional("gps_latitude");
    const auto longitude = push.optional("gps_longitude");
    if (!latitude && !longitude)
        return;
    if (!latitude)
        throw refused("gps_latitude", "is missing while gps_longitude is given");
    if (!longitude)
        throw refused("gps_longitude", "is missing while gps_latitude is given");
    const double lat = number(*latitude);
    const double lon = number(*longitude);
    if (std::abs(lat) > 90)
        throw refused(latitude->name, "is " + show(lat) + "; a latitude is from -90 to 90 degrees");
    if (std::abs(lon) > 180)
        throw refused(longitude->name, "is " + show(lon) + "; a longitude is from -180 to 180 degrees");
    if (lat == 0 && lon == 0)
        return;
    read.latitude = lat;
    read.longitude = lon;
}

std::string agentCamera(const Fields& fields)
{
    const auto id = fields.optional("camera_id");
    return id ? cameraId(*id) : std::string();
}

// alpr_results: one frame, with every plate the agent read in it.
AgentMessage frame(const Fields& push)
{
    AgentMessage message;
    message.kind = AgentMessage::Kind::Frame;
    message.agentCamera = agentCamera(push);
    message.timeMs = epochMs(push.required("epoch_time"));
    const Field resultsField = push.required("results");
    const QJsonArray results = list(resultsField);
    if (size_t(results.size()) > pushlimits::maxPlatesPerFrame)
        throw refused(resultsField.name,
            "lists " + std::to_string(results.size()) + " plates; at most "
                + std::to_string(pushlimits::maxPlatesPerFrame) + " are taken from one frame");
    for (qsizetype i = 0; i < results.size(); ++i) {
        const Fields result = object(element(results, i, resultsField.name));
        Read read;
        read.timeMs = message.timeMs;
        read.vrm = plate(result.required("plate"));
        read.confidence = percentage(result.required("confidence"));
        if (const auto f = result.optional("candidates"))
            read.candidates = candidates(*f);
        if (const auto f = result.optional("plate_crop_jpeg"))
            read.platePatch = jpeg(*f);
        const auto corners = result.optional("coordinates");
        message.boxes.push_back(corners ? box(*corners) : PixelBox {});
        message.reads.push_back(std::move(read));
    }
    return message;
}

// alpr_group: one vehicle, the agent's best reading of it over the frames it was seen in.
AgentMessage group(const Fields& push)
{
    AgentMessage message;
    message.kind = AgentMessage::Kind::Vehicle;
    message.agentCamera = agentCamera(push);
    Read read;
    read.vrm = plate(push.required("best_plate_number"));
    read.confidence = percentage(push.required("best_confidence"));
    read.timeMs = epochMs(push.required("epoch_start"));
    // Not kept, but an end before the start means the agent's times cannot be trusted.
    if (const auto end = push.optional("epoch_end"); end && epochMs(*end) < read.timeMs)
        throw refused(end->name, "is before epoch_start");
    if (const auto f = push.optional("candidates"))
        read.candidates = candidates(*f);
    if (const auto f = push.optional("travel_direction"))
        read.direction = direction(*f);
    position(push, read);
    if (const auto f = push.optional("vehicle"))
        read.vehicle = vehicle(*f);
    if (const auto f = push.optional("vehicle_crop_jpeg"))
        read.overview = jpeg(*f);
    if (const auto f = push.optional("best_plate")) {
        if (const auto crop = object(*f).optional("plate_crop_jpeg"))
            read.platePatch = jpeg(*crop);
    }
    message.timeMs = read.timeMs;
    message.reads.push_back(std::move(read));
    return message;
}

// heartbeat: Rekor names its cameras per video stream; a simpler agent may give camera_id at the top. Rekor
// stamps a heartbeat "timestamp"; epoch_time is taken too, as the other messages use it.
AgentMessage heartbeat(const Fields& push)
{
    AgentMessage message;
    message.kind = AgentMessage::Kind::Heartbeat;
    if (const auto f = push.optional("video_streams")) {
        const QJsonArray streams = list(*f);
        if (!streams.isEmpty())
            message.agentCamera = agentCamera(object(element(streams, 0, f->name)));
    }
    if (message.agentCamera.empty())
        message.agentCamera = agentCamera(push);
    const auto stamp = push.optional("timestamp");
    if (const auto time = stamp ? stamp : push.optional("epoch_time"))
        message.timeMs = epochMs(*time);
    return message;
}

} // namespace

AgentMessage parseOpenAlpr(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        throw refused("body",
            "is not valid JSON (" + error.errorString().toStdString() + " at byte " + std::to_string(error.offset)
                + ")");
    if (!document.isObject())
        throw refused("body", "must be a JSON object");
    const Fields push(document.object(), {});
    const QString type = text(push.required("data_type"));
    if (type == QLatin1String("alpr_results"))
        return frame(push);
    if (type == QLatin1String("alpr_group"))
        return group(push);
    if (type == QLatin1String("heartbeat"))
        return heartbeat(push);
    throw refused("data_type", "is " + quote(type) + "; Kestrel takes alpr_results, alpr_group and heartbeat");
}

} // namespace kestrel
