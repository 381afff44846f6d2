// SPDX-License-Identifier: GPL-3.0-or-later
// bench http: a real `kestrelctl serve` process on loopback, driven by keep-alive connections that post
// OpenALPR alpr_group reads, each with a VRM of its own so that every acknowledged read can be looked for in
// the database afterwards.
#include "benchmarks.h"

#include "cameras/camerastore.h"
#include "demo/agentpush.h"
#include "stats/percentile.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <deque>
#include <memory>
#include <unordered_set>

namespace kestrel::bench {

namespace {
const QByteArray benchToken = "bench-camera-token";

QString fixed(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

// The n-th VRM of a run: unique, and not a real UK format (BNnnnnnnn), so it can hit no hotlist.
std::string vrmFor(int run, qint64 n)
{
    return "BN" + std::to_string(run) + std::to_string(1'000'000'000 + n).substr(1);
}

// One request, made once; each send writes its own VRM over the placeholder (the same length), so that the
// client spends its time sending, not encoding: it shares two cores with the server it measures.
class AgentRequest {
public:
    explicit AgentRequest(quint16 port)
    {
        const QByteArray body
            = alprGroupJson(std::string(placeholder), QDateTime::currentMSecsSinceEpoch(), simulatedPlateCrop());
        m_request = "POST /api/v1/openalpr HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
            + "\r\nContent-Type: application/json\r\nAuthorization: Bearer " + benchToken
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        for (qsizetype at = m_request.indexOf(placeholder); at >= 0; at = m_request.indexOf(placeholder, at + 1))
            m_places.push_back(at);
    }
    const QByteArray& with(const std::string& vrm)
    {
        for (const qsizetype at : m_places)
            m_request.replace(at, qsizetype(vrm.size()), vrm.data(), qsizetype(vrm.size()));
        return m_request;
    }

private:
    static constexpr const char* placeholder = "BN0000000000";
    QByteArray m_request;
    std::vector<qsizetype> m_places;
};

// A `kestrelctl serve` child on a free loopback port.
class Server {
public:
    Server(const QString& program, const QString& db, int queue)
    {
        m_process.setProgram(program);
        m_process.setArguments({ QStringLiteral("--db"), db, QStringLiteral("serve"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0"), QStringLiteral("--queue"), QString::number(queue) });
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        static const QRegularExpression url(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)"));
        QDeadlineTimer deadline(std::chrono::seconds(30));
        QByteArray said;
        while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            said += m_process.readAllStandardOutput();
            if (const auto match = url.match(QString::fromUtf8(said)); match.hasMatch()) {
                m_port = match.captured(1).toUShort();
                return;
            }
        }
        throw std::runtime_error("kestrelctl serve did not start: " + said.toStdString());
    }
    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    quint16 port() const { return m_port; }
    // SIGTERM, and its exit status once it has drained (-1 if it did not stop within a minute).
    int stop()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(60'000))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    void kill()
    {
        ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
        m_process.waitForFinished();
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

struct LoadResult {
    qint64 sent = 0;
    qint64 ok = 0;
    qint64 busy = 0; // 503
    qint64 other = 0; // any other answer, or a connection lost before the answer
    std::vector<std::string> acknowledged;
    std::vector<double> latencyMs; // of 200 answers
    double seconds = 0;
};

// Drives `connections` keep-alive connections. With a rate, requests are due on a fixed schedule and latency
// counts from when each was due (a server that falls behind is charged for it); without one, each connection
// sends again as soon as it is answered. Stops after `requests` or when stopAfterMs passes.
class Load : public QObject {
public:
    Load(quint16 port, int run, int connections, double rate, qint64 requests, qint64 stopAfterMs)
        : m_port(port)
        , m_run(run)
        , m_rate(rate)
        , m_requests(requests)
        , m_stopAfterMs(stopAfterMs)
        , m_request(port)
    {
        for (int i = 0; i < connections; ++i)
            m_connections.push_back(std::make_unique<Connection>());
    }

    LoadResult run()
    {
        warmUp();
        m_clock.start();
        for (auto& c : m_connections)
            connectSocket(*c);
        QTimer pacer;
        connect(&pacer, &QTimer::timeout, this, [this] { sendDue(); });
        pacer.start(1);
        while (!finished())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        m_result.seconds = double(m_clock.nsecsElapsed()) / 1e9;
        for (auto& c : m_connections)
            c->socket.abort();
        return std::move(m_result);
    }

private:
    struct Connection {
        QTcpSocket socket;
        QByteArray buffer;
        bool busy = false;
        std::string vrm;
        double dueMs = 0;
    };

    // One read before the clock starts: a camera's first push waits for its token's Argon2id check (once per
    // camera while the server runs), which is not the steady state being measured.
    void warmUp()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        socket.waitForConnected(5000);
        socket.write(m_request.with(vrmFor(m_run, 999'999'999))); // a number no run reaches
        socket.waitForBytesWritten(5000);
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(10'000))
            answer += socket.readAll();
    }

    bool stopping() const
    {
        return m_result.sent >= m_requests || (m_stopAfterMs > 0 && m_clock.elapsed() >= m_stopAfterMs);
    }
    bool finished() const
    {
        if (!stopping())
            return false;
        return std::none_of(m_connections.begin(), m_connections.end(), [](const auto& c) { return c->busy; });
    }

    void connectSocket(Connection& c)
    {
        c.socket.disconnect(this);
        connect(&c.socket, &QTcpSocket::readyRead, this, [this, &c] { onReadable(c); });
        // A connection lost (or refused: the server was killed) before its answer: the read is not acknowledged.
        const auto lost = [this, &c] {
            if (c.busy) {
                c.busy = false;
                ++m_result.other;
            }
        };
        connect(&c.socket, &QTcpSocket::disconnected, this, lost);
        connect(&c.socket, &QTcpSocket::errorOccurred, this, lost);
        c.socket.connectToHost(QHostAddress::LocalHost, m_port);
        c.socket.waitForConnected(5000);
        c.socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }

    void sendDue()
    {
        for (auto& c : m_connections) {
            if (c->busy || stopping())
                continue;
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            const double due = m_rate > 0 ? double(m_result.sent) * 1000.0 / m_rate : now;
            if (due > now)
                return;
            if (c->socket.state() != QAbstractSocket::ConnectedState) {
                connectSocket(*c);
                if (c->socket.state() != QAbstractSocket::ConnectedState) {
                    ++m_result.sent;
                    ++m_result.other;
                    continue;
                }
            }
            c->vrm = vrmFor(m_run, m_result.sent);
            c->dueMs = due;
            c->busy = true;
            c->buffer.clear();
            c->socket.write(m_request.with(c->vrm));
            ++m_result.sent;
        }
    }

    void onReadable(Connection& c)
    {
        c.buffer += c.socket.readAll();
        const qsizetype headerEnd = c.buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        static const QRegularExpression lengthHeader(
            QStringLiteral("\r\ncontent-length:\\s*(\\d+)"), QRegularExpression::CaseInsensitiveOption);
        const auto header = QString::fromLatin1(c.buffer.left(headerEnd));
        const auto length = lengthHeader.match(header);
        if (length.hasMatch() && c.buffer.size() < headerEnd + 4 + length.captured(1).toLongLong())
            return;
        const int status = header.mid(9, 3).toInt();
        if (status == 200) {
            ++m_result.ok;
            m_result.acknowledged.push_back(c.vrm);
            m_result.latencyMs.push_back(double(m_clock.nsecsElapsed()) / 1e6 - c.dueMs);
        } else if (status == 503) {
            ++m_result.busy;
        } else {
            ++m_result.other;
        }
        c.busy = false;
        c.buffer.clear();
        if (header.contains(QStringLiteral("Connection: close"), Qt::CaseInsensitive))
            c.socket.disconnectFromHost();
        sendDue();
    }

    quint16 m_port;
    int m_run;
    double m_rate;
    qint64 m_requests;
    qint64 m_stopAfterMs;
    AgentRequest m_request;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QElapsedTimer m_clock;
    LoadResult m_result;
};

// How many of the acknowledged VRMs the database does not hold.
qint64 missing(const QString& dbPath, const std::vector<std::string>& acknowledged)
{
    Database db(dbPath);
    std::unordered_set<std::string> stored;
    auto& select = db.prepared("SELECT v.vrm FROM reads r JOIN vrms v ON v.id = r.vrm_id");
    while (select.step())
        stored.insert(select.text(0));
    select.reset();
    return std::count_if(acknowledged.begin(), acknowledged.end(), [&](const auto& v) { return !stored.count(v); });
}

QJsonObject figures(LoadResult& r)
{
    return {
        { QStringLiteral("sent"), r.sent },
        { QStringLiteral("ok"), r.ok },
        { QStringLiteral("busy_503"), r.busy },
        { QStringLiteral("other"), r.other },
        { QStringLiteral("accepted_per_s"), std::round(double(r.ok) / r.seconds) },
        { QStringLiteral("p50_ms"), percentile(r.latencyMs, 50) },
        { QStringLiteral("p99_ms"), percentile(r.latencyMs, 99) },
    };
}
} // namespace

QJsonObject http(const HttpOptions& options, const Say& say)
{
    QTemporaryDir dir;
    const QString dbPath = (options.folder.isEmpty() ? dir.path() : options.folder) + QStringLiteral("/http.db");
    {
        Database db(dbPath);
        Camera camera;
        camera.code = "BENCH";
        camera.name = QStringLiteral("bench agent");
        camera.push = true;
        CameraStore(db).add(camera, QString::fromLatin1(benchToken));
    }
    QJsonObject result;
    qint64 lost = 0;

    say(QStringLiteral("sustained: %1 reads/s for %2 s over %3 connections")
            .arg(options.rate)
            .arg(options.seconds)
            .arg(options.connections));
    {
        Server server(options.serverProgram, dbPath, 100'000);
        Load load(server.port(), 1, options.connections, options.rate, qint64(options.rate * options.seconds), 0);
        LoadResult r = load.run();
        const int exit = server.stop();
        const qint64 gone = missing(dbPath, r.acknowledged);
        lost += gone;
        QJsonObject f = figures(r);
        f.insert(QStringLiteral("serve_exit"), exit);
        say(QStringLiteral("  %1 acknowledged, %2 accepted/s, p50 %3 ms, p99 %4 ms, %5 missing afterwards")
                .arg(r.ok)
                .arg(f.value(QStringLiteral("accepted_per_s")).toDouble())
                .arg(fixed(f.value(QStringLiteral("p50_ms")).toDouble()),
                    fixed(f.value(QStringLiteral("p99_ms")).toDouble()))
                .arg(gone));
        result.insert(QStringLiteral("sustained"), f);
    }

    say(QStringLiteral("burst: %1 requests at once over %2 connections into a queue of %3 reads")
            .arg(options.burstRequests)
            .arg(options.burstConnections)
            .arg(options.burstQueue));
    {
        Server server(options.serverProgram, dbPath, options.burstQueue);
        Load load(server.port(), 2, options.burstConnections, 0, options.burstRequests, 0);
        LoadResult r = load.run();
        server.stop();
        const qint64 gone = missing(dbPath, r.acknowledged);
        lost += gone;
        say(QStringLiteral("  %1 acknowledged, %2 told 503, %3 other, %4 missing afterwards")
                .arg(r.ok)
                .arg(r.busy)
                .arg(r.other)
                .arg(gone));
        result.insert(QStringLiteral("burst"), figures(r));
    }

    if (options.crash) {
        say(QStringLiteral("crash: SIGKILL the server after %1 ms of load, restart, look for every acknowledged read")
                .arg(options.crashAfterMs));
        LoadResult r;
        {
            Server server(options.serverProgram, dbPath, 100'000);
            Load load(
                server.port(), 3, options.connections, 0, std::numeric_limits<qint64>::max(), options.crashAfterMs);
            QTimer::singleShot(options.crashAfterMs, [&server] { server.kill(); });
            r = load.run();
        }
        QString integrity;
        {
            Server restarted(options.serverProgram, dbPath, 100'000);
            restarted.stop();
            Database db(dbPath);
            auto& check = db.prepared("PRAGMA integrity_check");
            integrity = check.step() ? check.qtext(0) : QStringLiteral("no answer");
            check.reset();
        }
        const qint64 gone = missing(dbPath, r.acknowledged);
        lost += gone;
        say(QStringLiteral("  %1 acknowledged before the kill, %2 missing after restart; integrity check: %3")
                .arg(r.ok)
                .arg(gone)
                .arg(integrity));
        result.insert(QStringLiteral("crash"),
            QJsonObject { { QStringLiteral("acknowledged"), r.ok }, { QStringLiteral("missing"), gone },
                { QStringLiteral("integrity"), integrity } });
    }
    result.insert(QStringLiteral("acknowledged_missing"), lost);
    return result;
}

} // namespace kestrel::bench
