// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentmessage.h"
#include "pushchecks.h"

#include "io/isotime.h"

#include <QHash>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

namespace kestrel {

namespace {

using pushchecks::quote;
using pushchecks::refused;

// Hikvision sends three parts (the XML and two pictures); a body with many more is not a camera's event.
constexpr int maxParts = 16;
// The alert is a few levels deep; a deeper document is not an EventNotificationAlert.
constexpr qsizetype maxDepth = 32;

// Bytes from the push quoted back in an answer: made valid UTF-8 for the JSON answer.
std::string quote(const QByteArray& bytes)
{
    return quote(QString::fromUtf8(bytes));
}

// A header's value and its parameters: `form-data; name="anpr.xml"; filename=anpr.xml` gives "form-data" and
// {name: anpr.xml, filename: anpr.xml}. The value and parameter names are in lower case; quotes and backslash
// escapes are removed from parameter values.
struct HeaderValue {
    QByteArray value;
    QHash<QByteArray, QByteArray> parameters;
};

HeaderValue parseHeaderValue(const QByteArray& text)
{
    HeaderValue out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    const auto until = [&](auto stop) {
        const qsizetype from = i;
        while (i < n && !stop(text[i]))
            ++i;
        return text.mid(from, i - from).trimmed();
    };
    const auto semicolon = [](char c) { return c == ';'; };
    out.value = until(semicolon).toLower();
    while (i < n) {
        ++i; // past the ';'
        const QByteArray name = until([](char c) { return c == '=' || c == ';'; }).toLower();
        QByteArray value;
        if (i < n && text[i] == '=') {
            ++i;
            while (i < n && (text[i] == ' ' || text[i] == '\t'))
                ++i;
            if (i < n && text[i] == '"') {
                for (++i; i < n && text[i] != '"'; ++i) {
                    if (text[i] == '\\' && i + 1 < n)
                        ++i;
                    value += text[i];
                }
                until(semicolon); // past the closing quote and anything after it
            } else {
                value = until(semicolon);
            }
        }
        if (!name.isEmpty() && !out.parameters.contains(name))
            out.parameters.insert(name, value);
    }
    return out;
}

// One part of a multipart body: what its headers say it is, and its bytes.
struct Part {
    int number = 0; // from 1, to name a part that has no name
    QByteArray type; // media type, lower case
    QByteArray name, filename; // from Content-Disposition
    QByteArray content;

    // Cut short: the name comes from the push, and goes back into the answer.
    std::string label() const
    {
        const QByteArray given = name.isEmpty() ? filename : name;
        if (given.isEmpty())
            return "part " + std::to_string(number);
        return QString::fromUtf8(given).left(qsizetype(pushlimits::maxTextLength)).toStdString();
    }
};

// A part's headers end at its first empty line. Hikvision sends Content-Disposition (name, filename),
// Content-Type and Content-Length; the part's end is found by its boundary, so Content-Length is not needed.
Part readPart(const QByteArray& raw, int number)
{
    Part part;
    part.number = number;
    const std::string label = "part " + std::to_string(number);
    if (raw.startsWith("\r\n"))
        throw refused(label, "has no headers, so what it holds is unknown");
    const qsizetype headersEnd = raw.indexOf("\r\n\r\n");
    if (headersEnd < 0)
        throw refused(label, "has headers not followed by an empty line, so where its content starts is unknown");
    for (const QByteArray& rawLine : raw.left(headersEnd).split('\n')) {
        const QByteArray line = rawLine.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            throw refused(label, "has a header line that is not 'Name: value' (" + quote(line) + ")");
        const QByteArray header = line.left(colon).trimmed().toLower();
        const HeaderValue value = parseHeaderValue(line.mid(colon + 1));
        if (header == "content-type") {
            part.type = value.value;
        } else if (header == "content-disposition") {
            part.name = value.parameters.value("name");
            part.filename = value.parameters.value("filename");
        }
    }
    part.content = raw.mid(headersEnd + 4);
    return part;
}

// RFC 2046: 1 to 70 characters, quoted or not.
QByteArray boundaryOf(const HeaderValue& contentType)
{
    const QByteArray boundary = contentType.parameters.value("boundary");
    if (boundary.isEmpty())
        throw refused("Content-Type", "has no boundary, so the multipart body cannot be split into its parts");
    if (boundary.size() > 70)
        throw refused("Content-Type",
            "has a boundary of " + std::to_string(boundary.size()) + " characters; at most 70 are allowed");
    return boundary;
}

// RFC 2046: each part follows a line "--boundary" and ends at the CRLF before the next such line; the line
// "--boundary--" closes the body. A preamble before the first boundary line and an epilogue after the closing
// one are ignored. A body that ends before its closing line was cut short, and is refused as a whole.
std::vector<Part> splitParts(const QByteArray& body, const QByteArray& boundary)
{
    const QByteArray dashBoundary = "--" + boundary;
    const QByteArray delimiter = "\r\n" + dashBoundary;
    const std::string closing = quote(dashBoundary + "--");
    qsizetype at = 0;
    if (!body.startsWith(dashBoundary)) {
        at = body.indexOf(delimiter);
        if (at < 0)
            throw refused("body", "has no line " + quote(dashBoundary) + " opening its first part");
        at += 2;
    }
    std::vector<Part> parts;
    for (;;) {
        at += dashBoundary.size();
        if (body.mid(at, 2) == "--")
            return parts;
        while (at < body.size() && (body[at] == ' ' || body[at] == '\t'))
            ++at;
        if (at >= body.size())
            throw refused("body", "ends without the closing line " + closing + ": it was cut short");
        if (body.mid(at, 2) != "\r\n")
            throw refused("body", "has a boundary line with more after " + quote(dashBoundary));
        at += 2;
        const qsizetype end = body.indexOf(delimiter, at);
        if (end < 0)
            throw refused("body", "ends without the closing line " + closing + ": it was cut short");
        if (parts.size() == maxParts)
            throw refused("body", "has more than " + std::to_string(maxParts) + " parts");
        parts.push_back(readPart(body.mid(at, end - at), int(parts.size()) + 1));
        at = end + 2;
    }
}

bool isXml(const Part& part)
{
    const auto xmlName = [](const QByteArray& name) { return name.toLower().endsWith(".xml"); };
    return part.type == "application/xml" || part.type == "text/xml" || xmlName(part.name) || xmlName(part.filename);
}

// Firmware differs in whether a picture's name carries ".jpg": "licensePlatePicture" and
// "licensePlatePicture.jpg" name the same picture.
bool named(const Part& part, const QByteArray& stem)
{
    const auto matches = [&](const QByteArray& name) {
        const QByteArray lower = name.toLower();
        return lower == stem || lower == stem + ".jpg" || lower == stem + ".jpeg";
    };
    return matches(part.name) || matches(part.filename);
}

// A picture the camera sent must be a JPEG within the limit; one it did not send is simply not kept.
QByteArray picture(const std::vector<Part>& parts, const QByteArray& stem)
{
    const auto part = std::find_if(parts.begin(), parts.end(), [&](const Part& p) { return named(p, stem); });
    if (part == parts.end())
        return {};
    if (part->content.isEmpty())
        throw refused(part->label(), "is empty; a picture part must hold a JPEG image");
    return pushchecks::checkedJpeg(part->content, part->label());
}

// Qt's own words, without their closing full stop, and where it stopped reading.
std::string reason(const QXmlStreamReader& reader)
{
    QString words = reader.errorString();
    if (words.endsWith(QLatin1Char('.')))
        words.chop(1);
    return words.toStdString() + " at line " + std::to_string(reader.lineNumber()) + ", column "
        + std::to_string(reader.columnNumber());
}

// The alert's elements by their path below the root ("ANPR/licensePlate"), with their trimmed text; the first of
// repeated elements is kept. Namespaces are ignored: Hikvision's and ISAPI's differ between firmware versions.
class Alert {
public:
    Alert(const QByteArray& xml, const std::string& part)
    {
        QXmlStreamReader reader(xml);
        QStringList path;
        QString content;
        while (!reader.atEnd()) {
            switch (reader.readNext()) {
            case QXmlStreamReader::StartElement:
                if (path.isEmpty() && reader.name() != QLatin1String("EventNotificationAlert"))
                    throw refused(part, "holds " + quote(reader.name().toString()) + ", not an EventNotificationAlert");
                if (path.size() == maxDepth)
                    throw refused(part, "nests elements more than " + std::to_string(maxDepth) + " deep");
                path.append(reader.name().toString());
                content.clear();
                break;
            case QXmlStreamReader::Characters:
                content += reader.text();
                break;
            case QXmlStreamReader::EndElement:
                keepFirst(path.mid(1).join(QLatin1Char('/')), content.trimmed());
                path.removeLast();
                content.clear();
                break;
            default:
                break;
            }
        }
        if (reader.hasError())
            throw refused(part, "is not well-formed XML (" + reason(reader) + ")");
    }

    bool has(const char* path) const { return m_values.contains(QLatin1String(path)); }

    // Within the length limit and free of control characters; an empty element counts as absent.
    std::optional<QString> text(const char* path) const
    {
        const QString value = m_values.value(QLatin1String(path));
        if (value.isEmpty())
            return std::nullopt;
        return pushchecks::checkedText(value, path);
    }

    QString required(const char* path) const
    {
        auto value = text(path);
        if (!value)
            throw refused(path, has(path) ? "is empty" : "is missing; it is required");
        return *value;
    }

private:
    void keepFirst(const QString& path, const QString& text)
    {
        if (!m_values.contains(path))
            m_values.insert(path, text);
    }

    QHash<QString, QString> m_values;
};

// Hikvision names a camera by its address and channel: "192.168.1.64/1". Without an address the channel alone
// names nothing, so there is then no hint.
std::string cameraHint(const Alert& alert)
{
    auto address = alert.text("ipAddress");
    if (!address)
        address = alert.text("ipv6Address");
    if (!address)
        return {};
    const auto channel = alert.text("channelID");
    return (channel ? *address + QLatin1Char('/') + *channel : *address).toStdString();
}

qint64 timeOf(const QString& text)
{
    const auto time = isotime::parse(text.toStdString());
    if (!time)
        throw refused("dateTime", quote(text) + " is not an ISO 8601 date and time (2026-11-25T10:15:30+00:00)");
    return *time;
}

std::string plate(const Alert& alert)
{
    const char* field = "ANPR/licensePlate";
    return pushchecks::plate(alert.required(field), field);
}

// Firmware that does not score its reads leaves confidenceLevel out; the read then keeps Read's default.
void confidence(const Alert& alert, Read& read)
{
    const char* field = "ANPR/confidenceLevel";
    const auto text = alert.text(field);
    if (!text)
        return;
    bool ok = false;
    const double value = text->toDouble(&ok);
    if (!ok || !(value >= 0 && value <= 100))
        throw refused(field, quote(*text) + " is not a percentage from 0 to 100");
    read.confidence = float(value / 100);
}

std::string optionalText(const Alert& alert, const char* path)
{
    const auto value = alert.text(path);
    return value ? value->toStdString() : std::string();
}

// An ANPR alert is one vehicle; any other event type (heartBeat, videoloss...) only says the camera is alive.
AgentMessage messageOf(const Alert& alert)
{
    AgentMessage message;
    message.agentCamera = cameraHint(alert);
    const QString eventType = alert.required("eventType");
    if (eventType.compare(QLatin1String("ANPR"), Qt::CaseInsensitive) != 0) {
        message.kind = AgentMessage::Kind::Heartbeat;
        if (const auto time = alert.text("dateTime"))
            message.timeMs = timeOf(*time);
        return message;
    }
    if (!alert.has("ANPR"))
        throw refused("ANPR", "is missing; an ANPR event carries its read in it");
    message.kind = AgentMessage::Kind::Vehicle;
    message.timeMs = timeOf(alert.required("dateTime"));
    Read read;
    read.timeMs = message.timeMs;
    read.vrm = plate(alert);
    confidence(alert, read);
    read.direction = optionalText(alert, "ANPR/direction");
    read.vehicle.colour = optionalText(alert, "ANPR/vehicleInfo/color");
    read.vehicle.body = optionalText(alert, "ANPR/vehicleType");
    message.reads.push_back(std::move(read));
    return message;
}

} // namespace

AgentMessage parseHikvision(const QByteArray& contentType, const QByteArray& body)
{
    const HeaderValue type = parseHeaderValue(contentType);
    // Some firmware sends an event without pictures (a heartbeat, mostly) as the bare XML.
    if (type.value == "application/xml" || type.value == "text/xml")
        return messageOf(Alert(body, "body"));
    if (!type.value.startsWith("multipart/"))
        throw refused("Content-Type", "is " + quote(type.value) + "; a Hikvision event comes as multipart/form-data");
    const std::vector<Part> parts = splitParts(body, boundaryOf(type));
    const auto xml = std::find_if(parts.begin(), parts.end(), isXml);
    if (xml == parts.end())
        throw refused("anpr.xml", "is missing: the body has no XML part holding the EventNotificationAlert");
    AgentMessage message = messageOf(Alert(xml->content, xml->label()));
    if (message.kind == AgentMessage::Kind::Vehicle) {
        message.reads.front().platePatch = picture(parts, "licenseplatepicture");
        message.reads.front().overview = picture(parts, "detectionpicture");
    }
    return message;
}

} // namespace kestrel
