// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agentmessage.h"
#include "recognition/plategrouper.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace kestrel {

class CameraHealth;
class CameraStore;
class Database;
class Engine;

struct PushServerOptions {
    qsizetype maxBodyBytes = 8 * 1024 * 1024; // past this a push is answered 413
    int retryAfterSeconds = 2; // what a camera is told to wait when the ingest queue is full
    qint64 frameGapMs = 1500; // an agent's frames of one vehicle fold into one read until it is unseen this long
    qint64 refusedTokenMemoryMs = 60'000; // a token that proved no camera is refused unchecked for this long
};

// Camera agents push reads here over HTTP (Qt HttpServer): POST /api/v1/openalpr (OpenALPR / Rekor Scout
// webhook JSON) and POST /api/v1/hikvision (ISAPI ANPR multipart), each proved by its camera's bearer token.
// A vehicle's read is answered 200 only once the engine has committed it; a bad body 400 naming the field, a
// bad token 401, a body over the limit 413, a full ingest queue 503 with Retry-After. GET /api/v1/health
// gives every camera's health. Lives on one thread (its event loop); the engine calls back from its writer.
class PushServer : public QObject {
    Q_OBJECT
public:
    PushServer(Engine& engine, const QString& dbPath, CameraHealth& health, PushServerOptions options = {},
        QObject* parent = nullptr);
    ~PushServer() override;

    // "127.0.0.1:8750", "[::1]:8750" into address and port; false if text is not that.
    static bool parseListen(const QString& text, QHostAddress& address, quint16& port);

    // Listens on address:port (port 0: any free port). Returns false if it cannot, with the reason in error.
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const;

    // Stops taking pushes (they are answered 503) and hands the vehicles still being folded from frames to the
    // engine. Answers owed for reads already accepted still go out as the engine commits them.
    void drain();
    // Answers still owed.
    int owed() const { return m_owed; }

private:
    void route();
    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder, bool hikvision);
    std::optional<std::string> authenticate(const QHttpServerRequest& request, const std::string& hint);
    // Answers 200 with ok once the reads (and what alongside writes) are committed; 503 if they cannot be.
    bool submit(std::vector<Read> reads, std::function<void(Database&)> alongside, const QJsonObject& ok,
        QHttpServerResponder&& responder);
    std::vector<PlateGroup> fold(const std::string& camera, const AgentMessage& frame);
    void recoverFrames();
    void foldQuietCameras();
    void store(const std::string& camera, std::vector<PlateGroup> groups);

    Engine& m_engine;
    CameraHealth& m_health;
    PushServerOptions m_options;
    std::unique_ptr<Database> m_db; // this thread's own connection, for the camera registry
    std::unique_ptr<CameraStore> m_cameras;
    std::unique_ptr<QHttpServer> m_http;
    struct Checked {
        std::optional<std::string> camera; // none: the token is no camera's
        QString tokenHash; // the camera's, when the token was checked against it
        qint64 untilMs = 0; // a refused token's memory ends
    };
    QHash<QByteArray, Checked> m_tokens; // by the token's fingerprint
    struct Folding {
        PlateGrouper grouper;
        qint64 lastFrameAtMs = 0; // by Kestrel's clock, not the agent's
    };
    std::map<std::string, Folding> m_folding; // by camera
    QTimer m_foldTimer;
    bool m_draining = false;
    int m_owed = 0;
};

} // namespace kestrel
