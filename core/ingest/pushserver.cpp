// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushserver.h"

#include "cameras/camerahealth.h"
#include "cameras/camerastore.h"
#include "engine/engine.h"
#include "io/isotime.h"
#include "security/secrethash.h"
#include "store/database.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <thread>

namespace kestrel {

namespace {
using Status = QHttpServerResponder::StatusCode;

// A refusal: what was wrong, the field at fault if one was, and that nothing of the push was kept.
QJsonDocument problem(const QString& error, const std::string& field = {})
{
    QJsonObject body { { QStringLiteral("error"), error }, { QStringLiteral("stored"), 0 } };
    if (!field.empty())
        body.insert(QStringLiteral("field"), QString::fromStdString(field));
    return QJsonDocument(body);
}

// A responder kept until the engine has committed, shared because std::function needs copies. The socket
// may have gone by then (the camera gave up): the answer is dropped and the camera sends the read again.
struct OwedAnswer {
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
};
} // namespace

PushServer::PushServer(
    Engine& engine, const QString& dbPath, CameraHealth& health, PushServerOptions options, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_health(health)
    , m_options(options)
    , m_db(std::make_unique<Database>(dbPath))
    , m_cameras(std::make_unique<CameraStore>(*m_db))
    , m_http(std::make_unique<QHttpServer>())
{
    route();
    recoverFrames();
    // Vehicles whose frames stopped coming are stored even if the agent sends nothing more.
    connect(&m_foldTimer, &QTimer::timeout, this, &PushServer::foldQuietCameras);
    m_foldTimer.start(std::chrono::milliseconds(m_options.frameGapMs / 2));
}

PushServer::~PushServer() = default;

bool PushServer::parseListen(const QString& text, QHostAddress& address, quint16& port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool numeric = false;
    const uint value = text.mid(colon + 1).toUInt(&numeric);
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (colon < 1 || !numeric || value > 65535 || !address.setAddress(host))
        return false;
    port = static_cast<quint16>(value);
    return true;
}

bool PushServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (m_http->listen(address, port) != 0)
        return true;
    if (error)
        *error = tr("cannot listen on %1 port %2 (in use, or not an address of this machine)")
                     .arg(address.toString())
                     .arg(port);
    return false;
}

quint16 PushServer::port() const
{
    const auto ports = m_http->serverPorts();
    return ports.isEmpty() ? 0 : ports.front();
}

void PushServer::route()
{
    m_http->route(QStringLiteral("/api/v1/openalpr"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handle(request, std::move(responder), false);
        });
    m_http->route(QStringLiteral("/api/v1/hikvision"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handle(request, std::move(responder), true);
        });
    m_http->route(QStringLiteral("/api/v1/health"), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest&, QHttpServerResponder&& responder) {
            QJsonArray cameras;
            for (const CameraStatus& status : m_health.snapshot()) {
                cameras.append(QJsonObject {
                    { QStringLiteral("camera"), QString::fromStdString(status.code) },
                    { QStringLiteral("last_read"),
                        status.lastReadMs ? isotime::format(status.lastReadMs, true) : QString() },
                    { QStringLiteral("last_heard"), isotime::format(status.lastHeardMs, true) },
                    { QStringLiteral("reads_per_minute"), status.readsLastMinute },
                    { QStringLiteral("frames_dropped"), status.framesDropped },
                    { QStringLiteral("reconnects"), status.reconnects },
                    { QStringLiteral("state"), status.state },
                    { QStringLiteral("silent"), status.silent },
                });
            }
            responder.write(QJsonDocument(QJsonObject {
                { QStringLiteral("queued_reads"), qint64(m_engine.queued()) },
                { QStringLiteral("reads_total"), m_engine.readsTotal() },
                { QStringLiteral("cameras"), cameras },
            }));
        });
}

std::optional<std::string> PushServer::authenticate(const QHttpServerRequest& request, const std::string& hint)
{
    const QByteArray header = request.value("Authorization");
    static const QByteArray scheme = "Bearer ";
    if (!header.startsWith(scheme) || header.size() == scheme.size())
        return std::nullopt;
    const QByteArray token = header.mid(scheme.size()).trimmed();
    const QByteArray key = security::fingerprint(token);
    const qint64 now = m_engine.clock()();
    if (const auto it = m_tokens.constFind(key); it != m_tokens.cend()) {
        // A token proved before holds while its camera keeps the same hash (an indexed lookup, not Argon2id):
        // an administrator's new token or a disabled camera shows at once.
        if (it->camera && m_cameras->tokenHash(*it->camera) == it->tokenHash)
            return it->camera;
        if (!it->camera && it->untilMs > now)
            return std::nullopt;
        m_tokens.erase(it);
    }
    // An Argon2id check per registered push camera at worst: this is what makes a stolen database slow to
    // attack, and the memory above keeps it off the path of every read after a camera's first.
    const auto camera = m_cameras->cameraForToken(QString::fromUtf8(token), hint);
    if (m_tokens.size() > 10'000)
        m_tokens.clear(); // someone is trying many tokens; forget them rather than grow
    m_tokens.insert(
        key, { camera, camera ? m_cameras->tokenHash(*camera) : QString(), now + m_options.refusedTokenMemoryMs });
    return camera;
}

void PushServer::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder, bool hikvision)
{
    if (m_draining) {
        responder.write(problem(tr("Kestrel is shutting down; send again shortly")),
            { { "Retry-After", QByteArray::number(m_options.retryAfterSeconds) } }, Status::ServiceUnavailable);
        return;
    }
    const QByteArray body = request.body();
    if (body.size() > m_options.maxBodyBytes) {
        responder.write(
            problem(tr("the body is %1 bytes, over the limit of %2").arg(body.size()).arg(m_options.maxBodyBytes)),
            Status::PayloadTooLarge);
        return;
    }
    // Parse first (for the camera the push names), but answer a bad token before a bad body: a caller who cannot
    // prove a camera learns nothing about what Kestrel would accept.
    std::optional<AgentMessage> message;
    std::optional<PushError> invalid;
    try {
        message = hikvision ? parseHikvision(request.value("Content-Type"), body) : parseOpenAlpr(body);
    } catch (const PushError& error) {
        invalid = error;
    }
    const std::string hint = request.query().hasQueryItem(QStringLiteral("camera"))
        ? request.query().queryItemValue(QStringLiteral("camera")).toStdString()
        : (message ? message->agentCamera : std::string());
    const auto camera = authenticate(request, hint);
    if (!camera) {
        responder.write(problem(tr("no enabled push camera has this bearer token")),
            { { "WWW-Authenticate", "Bearer" } }, Status::Unauthorized);
        return;
    }
    if (invalid) {
        responder.write(problem(QString::fromUtf8(invalid->what()), invalid->field()), Status::BadRequest);
        return;
    }
    m_health.heard(*camera);
    for (Read& read : message->reads)
        read.camera = *camera;
    switch (message->kind) {
    case AgentMessage::Kind::Heartbeat:
        responder.write(QJsonDocument(QJsonObject { { QStringLiteral("heartbeat"), true } }));
        return;
    case AgentMessage::Kind::Frame: {
        // The frame is written down before it is acknowledged, and folded once it is: the vehicle's read comes
        // when it leaves view, and a crash in between loses nothing (recoverFrames).
        const std::string code = *camera;
        const qint64 frameMs = message->timeMs;
        const qint64 plates = qint64(message->reads.size());
        const bool accepted = submit(
            {},
            [code, frameMs, body](Database& db) {
                db.prepared("INSERT INTO pending_frames(camera, ts, body) VALUES (?,?,?)")
                    .bind(1, code)
                    .bind(2, frameMs)
                    .bindBlob(3, body)
                    .run();
            },
            QJsonObject { { QStringLiteral("folded"), plates } }, std::move(responder));
        if (accepted)
            store(code, fold(code, *message));
        return;
    }
    case AgentMessage::Kind::Vehicle: {
        const qint64 count = qint64(message->reads.size());
        submit(
            std::move(message->reads), {}, QJsonObject { { QStringLiteral("stored"), count } }, std::move(responder));
        return;
    }
    }
}

bool PushServer::submit(std::vector<Read> reads, std::function<void(Database&)> alongside, const QJsonObject& ok,
    QHttpServerResponder&& responder)
{
    const std::string camera = reads.empty() ? std::string() : reads.front().camera;
    const int count = static_cast<int>(reads.size());
    QPointer<QTcpSocket> socket = responder.socket();
    auto owed = std::make_shared<OwedAnswer>(OwedAnswer { std::move(responder), socket });
    ++m_owed;
    const auto done = [this, owed, camera, count, ok](bool stored) {
        // On the engine's writer thread: the answer goes out on this server's thread.
        QMetaObject::invokeMethod(
            this,
            [this, owed, camera, count, ok, stored] {
                --m_owed;
                if (stored && count > 0)
                    m_health.readsArrived(camera, count);
                if (!owed->socket)
                    return;
                if (stored)
                    owed->responder.write(QJsonDocument(ok));
                else
                    owed->responder.write(problem(tr("the read could not be stored; send it again")),
                        { { "Retry-After", QByteArray::number(m_options.retryAfterSeconds) } },
                        Status::ServiceUnavailable);
            },
            Qt::QueuedConnection);
    };
    if (m_engine.submit(std::move(reads), done, std::move(alongside)) == Engine::Submitted::Accepted)
        return true;
    --m_owed;
    owed->responder.write(problem(tr("the ingest queue is full; send again after the time in Retry-After")),
        { { "Retry-After", QByteArray::number(m_options.retryAfterSeconds) } }, Status::ServiceUnavailable);
    return false;
}

void PushServer::recoverFrames()
{
    // Frames acknowledged before a crash or a stop, whose vehicles had not yet been stored: fold them again
    // and store their vehicles now (the stream they came from has ended).
    std::vector<std::pair<std::string, QByteArray>> frames;
    auto& select = m_db->prepared("SELECT camera, body FROM pending_frames ORDER BY camera, ts, id");
    while (select.step())
        frames.emplace_back(select.text(0), select.blob(1));
    select.reset();
    for (auto& [camera, body] : frames) {
        AgentMessage frame = parseOpenAlpr(body); // it was taken once, so it parses
        for (Read& read : frame.reads)
            read.camera = camera;
        store(camera, fold(camera, frame));
    }
    for (auto& [camera, folding] : m_folding)
        store(camera, folding.grouper.finish());
}

std::vector<PlateGroup> PushServer::fold(const std::string& camera, const AgentMessage& frame)
{
    auto [it, added] = m_folding.try_emplace(camera, Folding { PlateGrouper(m_options.frameGapMs, 1), 0 });
    it->second.lastFrameAtMs = m_engine.clock()();
    std::vector<RecognisedPlate> plates;
    for (size_t i = 0; i < frame.reads.size(); ++i) {
        const Read& read = frame.reads[i];
        RecognisedPlate plate { read.vrm, read.confidence, i < frame.boxes.size() ? frame.boxes[i] : PixelBox {}, {} };
        for (const Candidate& candidate : read.candidates)
            plate.candidates.push_back({ candidate.vrm, candidate.confidence });
        plates.push_back(std::move(plate));
    }
    return it->second.grouper.add(frame.timeMs, plates, frame.reads);
}

void PushServer::foldQuietCameras()
{
    const qint64 now = m_engine.clock()();
    for (auto& [camera, folding] : m_folding)
        if (now - folding.lastFrameAtMs > m_options.frameGapMs)
            store(camera, folding.grouper.finish());
}

void PushServer::store(const std::string& camera, std::vector<PlateGroup> groups)
{
    if (groups.empty())
        return;
    // The frames only these vehicles were seen in go with their reads, in the same transaction.
    const qint64 keepFrom = m_folding.at(camera).grouper.openSinceMs();
    const auto forget = [camera, keepFrom](Database& db) {
        db.prepared("DELETE FROM pending_frames WHERE camera = ? AND ts < ?").bind(1, camera).bind(2, keepFrom).run();
    };
    std::vector<Read> reads;
    for (PlateGroup& group : groups) {
        // The sighting the vote chose keeps its images, direction and position; the vote gives text and candidates.
        Read read = std::any_cast<const std::vector<Read>&>(group.bestFrame).at(group.bestIndex);
        read.vrm = group.text;
        read.confidence = group.confidence;
        read.timeMs = group.firstMs;
        read.candidates.clear();
        for (const auto& candidate : group.candidates)
            read.candidates.push_back({ candidate.text, candidate.confidence });
        reads.push_back(std::move(read));
    }
    const int count = static_cast<int>(reads.size());
    // The frames were answered when they were written down; a full queue is waited out here rather than lose them.
    for (;;) {
        const auto submitted = m_engine.submit(
            reads,
            [this, camera, count](bool stored) {
                if (stored)
                    QMetaObject::invokeMethod(
                        this, [this, camera, count] { m_health.readsArrived(camera, count); }, Qt::QueuedConnection);
            },
            forget);
        if (submitted != Engine::Submitted::QueueFull)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

void PushServer::drain()
{
    m_draining = true;
    for (auto& [camera, folding] : m_folding)
        store(camera, folding.grouper.finish());
}

} // namespace kestrel
