// SPDX-License-Identifier: GPL-3.0-or-later
// kestrelctl: Kestrel for scripts and administrators. The composition root for the command line: it parses
// arguments, builds the core objects a command needs, and prints what they return.
#include "access/accessstore.h"
#include "access/retention.h"
#include "access/searchservice.h"
#include "access/userstore.h"
#include "alerts/alertstore.h"
#include "audit/auditlog.h"
#include "bench/benchmarks.h"
#include "cameras/camerahealth.h"
#include "cameras/camerastore.h"
#include "clones/clonestore.h"
#include "demo/agentpush.h"
#include "demo/mjpegstream.h"
#include "demo/trafficvideo.h"
#include "engine/engine.h"
#include "hotlist/hotlistcsv.h"
#include "hotlist/hotlistimport.h"
#include "hotlist/hotliststore.h"
#include "hotlist/retrospective.h"
#include "i18n/translations.h"
#include "ingest/ingestservice.h"
#include "ingest/pushserver.h"
#include "ingest/readcsv.h"
#include "io/csv.h"
#include "io/isotime.h"
#include "policy/policy.h"
#include "recognition/framebuffers.h"
#include "recognition/imagerecognition.h"
#include "recognition/platereader.h"
#include "security/keychain.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"
#include "vrm/vrm.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <termios.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace kestrel;

namespace {

class Ctl {
    Q_DECLARE_TR_FUNCTIONS(kestrelctl)
};

enum Exit { Ok = 0, SomeInputRefused = 1, Usage = 2, Failed = 3 };

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString defaultDb()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/kestrel.db");
}

const QString overview
    = Ctl::tr("Usage: kestrelctl [--db PATH] COMMAND [ARGS]\n"
              "\n"
              "Commands:\n"
              "  hotlist import FILE         add hotlist entries from a CSV or fixed-width file (--replace LIST)\n"
              "  hotlist add|validate|remove add an entry (pending), make one live, or remove one (--as USER)\n"
              "  hotlist list|export FILE    the entries (--state, --review DAYS), or all of them as CSV\n"
              "  hotlist lists|configure L   the lists; set a list's owner, source, covert readers\n"
              "  hotlist categories|category the categories' default priority and action; change one\n"
              "  ingest FILE.csv             store reads (vrm,camera,time[,confidence]), match them, raise alerts\n"
              "  alerts [list]               list open alerts\n"
              "  alerts claim|release ID     take or give back an alert (--as USER)\n"
              "  alerts dispatch ID          record the incident a unit was dispatched under (--incident, --as)\n"
              "  alerts close ID             close an alert with a reason (--reason, --as)\n"
              "  alerts history ID           every step of one alert, with who and when\n"
              "  clones [list] [--json]      suspected and reported cloned plates, with their evidence counts\n"
              "  clones show ID              one case: the genuine vehicle, the evidence reads, the history\n"
              "  clones report|assign|state|merge   the keeper's report and the case's steps (--as USER)\n"
              "  camera add ID               register a camera (--name, --push --token TOKEN or --url URL, ...)\n"
              "  camera set ID               change a camera (the options of add, --enable, --disable)\n"
              "  camera list [--json]        the cameras, their sources, positions and DPIA reviews\n"
              "  camera remove ID            remove a camera no read refers to\n"
              "  user add NAME               add a user (--role ROLE, repeatable; --password-stdin)\n"
              "  user set NAME               change a user's roles (--role), password (--password-stdin),\n"
              "                              --enable or --disable\n"
              "  user unlock NAME            clear a lock-out after too many wrong passwords\n"
              "  user list [--json]          the users, their roles and whether they are locked\n"
              "  search --as USER --purpose P --reference REF VRM-or-pattern [--from --to --camera ID --json]\n"
              "                              search reads under the access policy (--misread, --oldest-first,\n"
              "                              --after for the next page; the password asked for, on stdin, or\n"
              "                              --keychain)\n"
              "  access request|grant|refuse|list\n"
              "                              extended access: investigators ask, supervisors decide (--as USER)\n"
              "  keychain store|forget --as USER\n"
              "                              keep a user's password in the OS keychain for --keychain\n"
              "  retention run               delete reads and images past their retention; prints what went\n"
              "  audit verify                check the audit trail's hash chain; names the first bad record\n"
              "  audit export --from --to    the audit records in a time range (--format csv|json)\n"
              "  stats [--json]              counts of reads (in all, per camera) and open alerts; never a VRM\n"
              "  serve [--listen ADDR:PORT]  take reads pushed by camera agents over HTTP until SIGTERM\n"
              "  simulate --video FILE       render synthetic traffic video (--stream ADDR:PORT: serve it live as\n"
              "                              HTTP MJPEG; --post URL: push agent reads)\n"
              "  policy [show]               the policy settings and their values\n"
              "  policy set KEY VALUE        change a policy setting\n"
              "  recognise [--json] IMAGE... read the plates in images (- reads image paths from stdin)\n"
              "  eval FOLDER                 score recognition on labelled images (labels.csv: image,plate)\n"
              "  bench match|ingest|hotlist-import|clones|search|recognise|http\n"
              "                              measure the engine; the last line is one JSON object\n"
              "\n"
              "Options:\n"
              "  --db PATH                   the database (default: %1)\n"
              "  -h, --help                  this help; COMMAND --help for a command's own\n"
              "\n"
              "Exit status: 0 done; 1 some input was refused (the rest was kept, as reported); 2 the command line was\n"
              "wrong; 3 the command failed.\n");

// Parses one command's arguments. On --help or a mistake it prints and sets exit.
struct Command {
    QCommandLineParser parser;
    int exit = -1;

    Command(const QString& name, const QString& description, const QStringList& positional)
    {
        parser.setApplicationDescription(QStringLiteral("kestrelctl %1\n\n%2").arg(name, description));
        parser.addHelpOption();
        for (const auto& p : positional)
            parser.addPositionalArgument(p, QString());
    }
    bool parse(const QStringList& args, int required)
    {
        if (!parser.parse(QStringList { QStringLiteral("kestrelctl") } + args)) {
            err() << parser.errorText() << '\n';
            exit = Usage;
            return false;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out() << parser.helpText();
            exit = Ok;
            return false;
        }
        if (required >= 0 && parser.positionalArguments().size() != required) {
            err() << Ctl::tr("expected %1 argument(s), got %2; see --help")
                         .arg(required)
                         .arg(parser.positionalArguments().size())
                  << '\n';
            exit = Usage;
            return false;
        }
        return true;
    }
    QString arg(int i) const { return parser.positionalArguments().at(i); }
    // The whole number of 1 or more that an option gives (or its default); anything else is a usage error.
    bool positive(const QCommandLineOption& option, int& value)
    {
        bool numeric = false;
        value = parser.value(option).toInt(&numeric);
        if (numeric && value >= 1)
            return true;
        err() << Ctl::tr("--%1 takes a whole number of 1 or more, not '%2'")
                     .arg(option.names().constFirst(), parser.value(option))
              << '\n';
        exit = Usage;
        return false;
    }
};

void printProblems(const std::vector<LineProblem>& problems, const QString& file)
{
    for (const auto& p : problems)
        err() << Ctl::tr("%1:%2: %3").arg(file).arg(p.line).arg(p.reason) << '\n';
}

// Who an administrator's command acts as in the audit trail: the operating system's user running it.
QString commandLineUser()
{
    return QStringLiteral("os:") + qEnvironmentVariable("USER", QStringLiteral("unknown"));
}

void auditChange(Database& db, const QString& action, const QJsonObject& detail)
{
    AuditLog(db).append(
        { 0, QDateTime::currentMSecsSinceEpoch(), commandLineUser(), QStringLiteral("administrator"), action, detail });
}

int ingest(const QString& dbPath, const QStringList& args)
{
    Command cmd(QStringLiteral("ingest FILE.csv"),
        Ctl::tr("Stores reads from a CSV file (vrm,camera,time[,confidence]; time in ISO 8601), checks each\n"
                "against the hotlists and raises alerts. Bad lines are reported and skipped."),
        { QStringLiteral("FILE.csv") });
    if (!cmd.parse(args, 1))
        return cmd.exit;
    QFile file(cmd.arg(0));
    if (!file.open(QIODevice::ReadOnly)) {
        err() << Ctl::tr("cannot read %1: %2; nothing was stored").arg(file.fileName(), file.errorString()) << '\n';
        return Failed;
    }
    Engine engine(dbPath);
    std::atomic<int> raised { 0 }, folded { 0 }, failedBatches { 0 };
    std::atomic<qint64> stored { 0 };
    QObject::connect(&engine, &Engine::alertRaised, [&](const Alert&) { ++raised; });
    QObject::connect(&engine, &Engine::alertFolded, [&](const Alert&) { ++folded; });
    QObject::connect(&engine, &Engine::storeFailed, [](const QString& message) { err() << message << '\n'; });
    engine.start();

    ReadCsv csv(file);
    std::vector<Read> chunk;
    const auto submit = [&] {
        const auto n = qint64(chunk.size());
        auto done = [&, n](bool ok) { ok ? stored += n : ++failedBatches; };
        while (engine.submit(chunk, done) == Engine::Submitted::QueueFull)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        chunk.clear();
    };
    qint64 accepted = 0;
    while (auto read = csv.next()) {
        chunk.push_back(std::move(*read));
        ++accepted;
        if (chunk.size() == 1000)
            submit();
    }
    if (!chunk.empty())
        submit();
    engine.stop(); // drains: everything accepted is stored (or reported failed) when this returns
    printProblems(csv.problems(), file.fileName());
    out() << Ctl::tr("stored %1 of %2 reads from %3; %4 line(s) skipped; %5 new alert(s), %6 further sighting(s)")
                 .arg(stored.load())
                 .arg(accepted)
                 .arg(file.fileName())
                 .arg(csv.problems().size())
                 .arg(raised.load())
                 .arg(folded.load())
          << '\n';
    if (failedBatches > 0)
        return Failed;
    return csv.problems().empty() ? Ok : SomeInputRefused;
}

QString alertLine(const Alert& a)
{
    QString line = QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                       .arg(a.id)
                       .arg(QString::fromLatin1(priorityName(a.priority)), QString::fromStdString(a.vrm),
                           QString::fromStdString(a.camera), isotime::format(a.lastSeenMs), a.category,
                           QString::fromLatin1(alertStateName(a.state)));
    if (!a.claimedBy.isEmpty())
        line += Ctl::tr(" (held by %1)").arg(a.claimedBy);
    if (a.possibleMisread)
        line += Ctl::tr(" [possible misread: read %1]").arg(QString::fromStdString(a.readVrm));
    if (a.sightings > 1)
        line += Ctl::tr(" [%1 sightings]").arg(a.sightings);
    if (a.retrospective) // the word itself is kept for scripts
        line += Ctl::tr(" [%1: seen before its entry went live]").arg(QStringLiteral("retrospective"));
    return line;
}

int alerts(const QString& dbPath, QStringList args)
{
    const QString action
        = args.isEmpty() || args.first().startsWith(QLatin1Char('-')) ? QStringLiteral("list") : args.takeFirst();
    Command cmd(QStringLiteral("alerts ") + action, Ctl::tr("Lists and triages alerts."),
        action == QLatin1String("list") ? QStringList {} : QStringList { QStringLiteral("ID") });
    const QCommandLineOption as(QStringLiteral("as"),
        Ctl::tr("who is acting (recorded on the alert); with list, whose alerts: the shared queue and the hits on\n"
                "covert lists that person reads"),
        QStringLiteral("USER"));
    const QCommandLineOption incident(
        QStringLiteral("incident"), Ctl::tr("the incident number"), QStringLiteral("NUMBER"));
    const QCommandLineOption reason(
        QStringLiteral("reason"), Ctl::tr("why the alert is closed"), QStringLiteral("REASON"));
    cmd.parser.addOptions({ as, incident, reason });
    if (!cmd.parse(args, action == QLatin1String("list") ? 0 : 1))
        return cmd.exit;

    Database db(dbPath);
    AlertStore store(db);
    if (action == QLatin1String("list")) {
        const auto open = store.open(cmd.parser.value(as));
        out() << Ctl::tr("%1 open alert(s) (times are London time)").arg(open.size()) << '\n';
        for (const auto& a : open)
            out() << alertLine(a) << '\n';
        return Ok;
    }
    bool numeric = false;
    const qint64 id = cmd.arg(0).toLongLong(&numeric);
    if (!numeric) {
        err() << Ctl::tr("'%1' is not an alert number").arg(cmd.arg(0)) << '\n';
        return Usage;
    }
    if (action == QLatin1String("history")) {
        for (const auto& e : store.history(id))
            out() << isotime::format(e.timeMs) << '\t' << e.who << '\t' << e.action << '\t' << e.detail << '\n';
        return Ok;
    }
    const QString who = cmd.parser.value(as);
    const qint64 now = systemClock();
    QString problem;
    if (action == QLatin1String("claim"))
        problem = store.claim(id, who, now);
    else if (action == QLatin1String("release"))
        problem = store.release(id, who, now);
    else if (action == QLatin1String("dispatch"))
        problem = store.dispatch(id, who, cmd.parser.value(incident), now);
    else if (action == QLatin1String("close"))
        problem = store.close(id, who, cmd.parser.value(reason), Policy::load(db).closeReasons, now);
    else {
        err() << Ctl::tr("unknown alerts command '%1'; see kestrelctl --help").arg(action) << '\n';
        return Usage;
    }
    if (!problem.isEmpty()) {
        err() << problem << '\n';
        return SomeInputRefused;
    }
    out() << alertLine(*store.get(id)) << '\n';
    return Ok;
}

// The options camera add and camera set share, and how they change a camera.
struct CameraOptions {
    QCommandLineOption name { QStringLiteral("name"), Ctl::tr("what operators call it"), QStringLiteral("NAME") };
    QCommandLineOption url { QStringLiteral("url"),
        Ctl::tr("its video, for Kestrel to recognise: a file, rtsp://, http:// (MJPEG) or /dev/videoN"),
        QStringLiteral("URL") };
    QCommandLineOption push { QStringLiteral("push"), Ctl::tr("its agent pushes reads (needs --token)") };
    QCommandLineOption token { QStringLiteral("token"),
        Ctl::tr("the secret its agent presents as a bearer token (only a hash of it is kept)"),
        QStringLiteral("TOKEN") };
    QCommandLineOption mobile { QStringLiteral("mobile"), Ctl::tr("a camera in a police vehicle") };
    QCommandLineOption fixed { QStringLiteral("fixed"), Ctl::tr("a camera at a fixed site (the default)") };
    QCommandLineOption lat { QStringLiteral("lat"), Ctl::tr("latitude of a fixed site"), QStringLiteral("DEGREES") };
    QCommandLineOption lon { QStringLiteral("lon"), Ctl::tr("longitude of a fixed site"), QStringLiteral("DEGREES") };
    QCommandLineOption road { QStringLiteral("road"), Ctl::tr("the road it watches"), QStringLiteral("ROAD") };
    QCommandLineOption direction { QStringLiteral("direction"), Ctl::tr("direction of travel it sees"),
        QStringLiteral("DIRECTION") };
    QCommandLineOption dpia { QStringLiteral("dpia"), Ctl::tr("its DPIA reference"), QStringLiteral("REF") };
    QCommandLineOption review { QStringLiteral("review"), Ctl::tr("the DPIA's next review date"),
        QStringLiteral("YYYY-MM-DD") };
    QCommandLineOption enable { QStringLiteral("enable"), Ctl::tr("take reads from it") };
    QCommandLineOption disable { QStringLiteral("disable"), Ctl::tr("take no reads from it (its reads are kept)") };

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions(
            { name, url, push, token, mobile, fixed, lat, lon, road, direction, dpia, review, enable, disable });
    }

    // Sets on camera what the command line gives; a bad value is reported and false returned.
    bool apply(const QCommandLineParser& p, Camera& camera, QString& secret) const
    {
        if (p.isSet(url) && p.isSet(push)) {
            err() << Ctl::tr("give --url or --push, not both") << '\n';
            return false;
        }
        if (p.isSet(name))
            camera.name = p.value(name);
        if (p.isSet(url)) {
            camera.url = p.value(url);
            camera.push = false;
        }
        if (p.isSet(push)) {
            camera.url.clear();
            camera.push = true;
        }
        secret = p.value(token);
        if (p.isSet(mobile) || p.isSet(fixed))
            camera.kind = p.isSet(mobile) ? Camera::Kind::Mobile : Camera::Kind::Fixed;
        for (const auto& [option, target] : { std::pair { &lat, &camera.latitude }, { &lon, &camera.longitude } }) {
            if (!p.isSet(*option))
                continue;
            bool numeric = false;
            const double degrees = p.value(*option).toDouble(&numeric);
            if (!numeric) {
                err() << Ctl::tr("--%1 takes decimal degrees, not '%2'")
                             .arg(option->names().constFirst(), p.value(*option))
                      << '\n';
                return false;
            }
            *target = degrees;
        }
        if (p.isSet(road))
            camera.road = p.value(road);
        if (p.isSet(direction))
            camera.direction = p.value(direction);
        if (p.isSet(dpia))
            camera.dpiaReference = p.value(dpia);
        if (p.isSet(review)) {
            camera.reviewDate = QDate::fromString(p.value(review), Qt::ISODate);
            if (!camera.reviewDate.isValid()) {
                err() << Ctl::tr("--review takes a date as YYYY-MM-DD, not '%1'").arg(p.value(review)) << '\n';
                return false;
            }
        }
        if (p.isSet(enable) || p.isSet(disable))
            camera.enabled = p.isSet(enable);
        return true;
    }
};

QString cameraLine(const Camera& c, const QDate& today)
{
    const QString source = c.push ? Ctl::tr("push") : c.url;
    const QString position = c.latitude
        ? QStringLiteral("%1,%2").arg(*c.latitude, 0, 'f', 6).arg(*c.longitude, 0, 'f', 6)
        : (c.kind == Camera::Kind::Mobile ? Ctl::tr("(with each read)") : Ctl::tr("(no position)"));
    QString review = c.reviewDate.isValid() ? c.reviewDate.toString(Qt::ISODate) : Ctl::tr("(no review date)");
    if (c.reviewOverdue(today))
        review = Ctl::tr("%1 REVIEW OVERDUE").arg(review);
    QStringList fields { QString::fromStdString(c.code), c.name,
        c.kind == Camera::Kind::Mobile ? Ctl::tr("mobile") : Ctl::tr("fixed"), source, position, c.road, c.direction,
        c.dpiaReference, review, c.enabled ? Ctl::tr("enabled") : Ctl::tr("disabled") };
    if (!c.registered)
        fields << Ctl::tr("not registered (named by reads)");
    return fields.join(QLatin1Char('\t'));
}

QJsonObject cameraJson(const Camera& c, const QDate& today)
{
    QJsonObject o { { QStringLiteral("id"), QString::fromStdString(c.code) }, { QStringLiteral("name"), c.name },
        { QStringLiteral("kind"), c.kind == Camera::Kind::Mobile ? QStringLiteral("mobile") : QStringLiteral("fixed") },
        { QStringLiteral("push"), c.push }, { QStringLiteral("url"), c.url }, { QStringLiteral("road"), c.road },
        { QStringLiteral("direction"), c.direction }, { QStringLiteral("dpia"), c.dpiaReference },
        { QStringLiteral("review_date"), c.reviewDate.toString(Qt::ISODate) },
        { QStringLiteral("review_overdue"), c.reviewOverdue(today) }, { QStringLiteral("enabled"), c.enabled },
        { QStringLiteral("registered"), c.registered } };
    if (c.latitude) {
        o.insert(QStringLiteral("latitude"), *c.latitude);
        o.insert(QStringLiteral("longitude"), *c.longitude);
    }
    return o;
}

// How a command that signs its user in is given the password; never on the command line, where the process
// list and the shell's history would keep it.
QCommandLineOption passwordStdinOption()
{
    return { QStringLiteral("password-stdin"), Ctl::tr("read the password from the first line of standard input") };
}
QCommandLineOption keychainOption()
{
    return { QStringLiteral("keychain"),
        Ctl::tr("take the password from the keychain, where kestrelctl keychain store put it") };
}

// Where the keychain keeps a user's password for kestrelctl: one entry per user per database.
QString keychainName(const QString& dbPath, const QString& user)
{
    return QStringLiteral("kestrelctl %1 @ %2").arg(user, QFileInfo(dbPath).absoluteFilePath());
}

// A line typed at the terminal, not shown as it is typed.
QString askAtTerminal(const QString& prompt)
{
    err() << prompt << Qt::flush;
    termios shown {};
    tcgetattr(STDIN_FILENO, &shown);
    termios hidden = shown;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    QTextStream in(stdin);
    const QString line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &shown);
    err() << '\n';
    return line;
}

bool passwordIsAsked(const Command& cmd)
{
    return !cmd.parser.isSet(QStringLiteral("password-stdin")) && isatty(STDIN_FILENO);
}

// The password a command is given: asked for when standard input is a terminal (and --password-stdin is not
// given), otherwise the first line of standard input.
QString givenPassword(const Command& cmd, const QString& prompt)
{
    if (passwordIsAsked(cmd))
        return askAtTerminal(prompt);
    QTextStream in(stdin);
    return in.readLine();
}

// Signs a user in for one command (audited either way), the password from the keychain with --keychain, or
// asked for, or on standard input. Prints why and returns nothing when refused.
std::optional<User> signedIn(
    Database& db, const QString& dbPath, const Command& cmd, const QString& name, const QString& command)
{
    QString password;
    if (cmd.parser.isSet(QStringLiteral("keychain"))) {
        const auto kept = keychain::read(keychainName(dbPath, name));
        if (!kept.ok) {
            err() << Ctl::tr("cannot take %1's password from the keychain: %2; give it with --password-stdin instead; "
                             "nothing was done")
                         .arg(name, kept.problem)
                  << '\n';
            return std::nullopt;
        }
        password = kept.secret;
    } else {
        password = givenPassword(cmd, Ctl::tr("Password for %1: ").arg(name));
    }
    const auto outcome = UserStore(db).signIn(
        name, password, Policy::load(db), QDateTime::currentMSecsSinceEpoch(), QStringLiteral("kestrelctl ") + command);
    if (outcome.result == SignInOutcome::Result::SignedIn)
        return outcome.user;
    err() << (outcome.result == SignInOutcome::Result::LockedOut
            ? Ctl::tr("%1 is locked after too many wrong passwords; an administrator can unlock it").arg(name)
            : outcome.result == SignInOutcome::Result::Disabled ? Ctl::tr("%1 is disabled").arg(name)
                                                                : Ctl::tr("user name or password not recognised"))
          << Ctl::tr("; nothing was done") << '\n';
    return std::nullopt;
}

// An ISO 8601 option's time, or its fallback when absent; false (with a message) when it cannot be read.
bool timeOption(const Command& cmd, const QCommandLineOption& option, isotime::DateOnly dateOnly, qint64& out)
{
    if (!cmd.parser.isSet(option))
        return true;
    const auto parsed = isotime::parse(cmd.parser.value(option).toStdString(), dateOnly);
    if (!parsed) {
        err() << Ctl::tr("--%1 takes an ISO 8601 date or time, not '%2'")
                     .arg(option.names().constFirst(), cmd.parser.value(option))
              << '\n';
        return false;
    }
    out = *parsed;
    return true;
}

int search(const QString& dbPath, const QStringList& args)
{
    Command cmd(QStringLiteral("search VRM-or-pattern"),
        Ctl::tr("Searches reads of a VRM (or a pattern: ? one character, * any run) for a stated purpose and\n"
                "reference, under the access policy: a range reaching past what the user may see is clipped, and\n"
                "the output says why and how to ask for more. Every search is audited. Purposes: %1.")
            .arg(allPurposeNames().join(QStringLiteral(", "))),
        { QStringLiteral("VRM-or-pattern") });
    const QCommandLineOption as(QStringLiteral("as"), Ctl::tr("who is searching"), QStringLiteral("USER"));
    const QCommandLineOption purpose(QStringLiteral("purpose"), Ctl::tr("why"), QStringLiteral("PURPOSE"));
    const QCommandLineOption reference(
        QStringLiteral("reference"), Ctl::tr("crime or incident number, or operation name"), QStringLiteral("REF"));
    const QCommandLineOption from(QStringLiteral("from"),
        Ctl::tr("the earliest read (default: as far back as the first access band reaches)"),
        QStringLiteral("ISO-8601"));
    const QCommandLineOption to(
        QStringLiteral("to"), Ctl::tr("the latest read (default: now)"), QStringLiteral("ISO-8601"));
    const QCommandLineOption camera(
        QStringLiteral("camera"), Ctl::tr("only this camera (repeatable)"), QStringLiteral("ID"));
    const QCommandLineOption limit(QStringLiteral("limit"), Ctl::tr("at most this many reads (default 1000)"),
        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption misread(QStringLiteral("misread"),
        Ctl::tr("also the VRMs a camera may have misread it as (0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B, 6/G, 4/A, 7/T)"));
    const QCommandLineOption oldestFirst(QStringLiteral("oldest-first"),
        Ctl::tr("in time order, to follow where a vehicle went (default: newest first)"));
    const QCommandLineOption after(QStringLiteral("after"),
        Ctl::tr("the next page: the 'next' a search with more results than --limit printed"), QStringLiteral("CURSOR"));
    const QCommandLineOption json(QStringLiteral("json"),
        Ctl::tr("the last line is one JSON object: results [{vrm, time, camera, confidence}], clipped, allowed_from, "
                "more, next, ..."));
    cmd.parser.addOptions({ as, passwordStdinOption(), keychainOption(), purpose, reference, from, to, camera, limit,
        misread, oldestFirst, after, json });
    if (!cmd.parse(args, 1))
        return cmd.exit;
    const auto why = purposeFromName(cmd.parser.value(purpose));
    if (!cmd.parser.isSet(as) || !why || cmd.parser.value(reference).trimmed().isEmpty()) {
        err() << Ctl::tr("a search needs --as USER, --purpose (%1) and --reference")
                     .arg(allPurposeNames().join(QStringLiteral(", ")))
              << '\n';
        return Usage;
    }
    SearchRequest request;
    if (!cmd.positive(limit, request.limit))
        return cmd.exit;
    if (cmd.parser.isSet(after)) {
        const QStringList parts = cmd.parser.value(after).split(QLatin1Char(':'));
        bool timeOk = false, idOk = false;
        if (parts.size() == 2)
            request.after = ReadCursor { parts[0].toLongLong(&timeOk), parts[1].toLongLong(&idOk) };
        if (!timeOk || !idOk) {
            err() << Ctl::tr("--after takes the 'next' a search printed (TIME:ID)") << '\n';
            return Usage;
        }
    }
    Database db(dbPath);
    const Policy policy = Policy::load(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SqliteReadStore reads(db);
    SearchService searchService(db, reads, policy);
    qint64 fromMs = searchService.defaultFrom(now), toMs = now;
    if (!timeOption(cmd, from, isotime::DateOnly::StartOfDay, fromMs)
        || !timeOption(cmd, to, isotime::DateOnly::EndOfDay, toMs))
        return Usage;
    const auto user = signedIn(db, dbPath, cmd, cmd.parser.value(as), QStringLiteral("search"));
    if (!user)
        return SomeInputRefused;
    for (const QString& c : cmd.parser.values(camera))
        request.cameras.push_back(c.toStdString());
    request.purpose = *why;
    request.reference = cmd.parser.value(reference);
    request.vrm = cmd.arg(0);
    request.fromMs = fromMs;
    request.toMs = toMs;
    request.tolerant = cmd.parser.isSet(misread);
    request.oldestFirst = cmd.parser.isSet(oldestFirst);
    const SearchResult result = searchService.search(*user, request, now);
    const std::vector<Read>& found = result.page.reads;
    const QString next
        = result.page.more ? QStringLiteral("%1:%2").arg(found.back().timeMs).arg(found.back().id) : QString();
    const AccessDecision& d = result.decision;
    const bool refused = d.outcome == AccessDecision::Outcome::Refused;
    if (!result.problem.isEmpty()) {
        err() << Ctl::tr("cannot search for '%1': %2").arg(cmd.arg(0), result.problem) << '\n';
        return Usage;
    }
    if (!d.why.isEmpty())
        err() << (refused
                ? Ctl::tr("REFUSED: %1").arg(d.why)
                : Ctl::tr("CLIPPED to %1 .. %2: %3").arg(isotime::format(d.fromMs), isotime::format(d.toMs), d.why))
              << '\n'
              << d.howToAskForMore << '\n';
    if (cmd.parser.isSet(json)) {
        QJsonArray results;
        for (const Read& r : found)
            results.append(QJsonObject { { QStringLiteral("vrm"), QString::fromStdString(r.vrm) },
                { QStringLiteral("time"), isotime::format(r.timeMs, true) },
                { QStringLiteral("camera"), QString::fromStdString(r.camera) },
                { QStringLiteral("confidence"), double(r.confidence) } });
        QJsonObject o { { QStringLiteral("results"), results },
            { QStringLiteral("clipped"), d.outcome == AccessDecision::Outcome::Clipped },
            { QStringLiteral("refused"), refused }, { QStringLiteral("more"), result.page.more } };
        if (!next.isEmpty())
            o.insert(QStringLiteral("next"), next);
        if (!refused) {
            o.insert(QStringLiteral("allowed_from"), isotime::format(d.fromMs, true));
            o.insert(QStringLiteral("allowed_to"), isotime::format(d.toMs, true));
        }
        if (d.grantId)
            o.insert(QStringLiteral("grant"), d.grantId);
        if (!d.why.isEmpty()) {
            o.insert(QStringLiteral("why"), d.why);
            o.insert(QStringLiteral("how_to_ask"), d.howToAskForMore);
        }
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (!refused) {
        out() << Ctl::tr("%n read(s) from %1 to %2", "", int(found.size()))
                     .arg(isotime::format(d.fromMs), isotime::format(d.toMs))
              << '\n';
        for (const Read& r : found)
            out() << isotime::format(r.timeMs) << '\t' << QString::fromStdString(r.camera) << '\t'
                  << QString::fromStdString(r.vrm) << '\t' << QString::number(r.confidence, 'f', 2) << '\n';
        if (!next.isEmpty())
            out() << Ctl::tr("more reads: the next page with --after %1").arg(next) << '\n';
    }
    return refused ? SomeInputRefused : Ok;
}

QJsonObject requestJson(const AccessRequest& r)
{
    return { { QStringLiteral("id"), r.id }, { QStringLiteral("requester"), r.requester },
        { QStringLiteral("purpose"), purposeName(r.purpose) }, { QStringLiteral("reference"), r.reference },
        { QStringLiteral("vrms"), QJsonArray::fromStringList(r.vrms) },
        { QStringLiteral("from"), isotime::format(r.fromMs, true) },
        { QStringLiteral("to"), isotime::format(r.toMs, true) }, { QStringLiteral("justification"), r.justification },
        { QStringLiteral("state"), requestStateName(r.state) }, { QStringLiteral("decided_by"), r.decidedBy },
        { QStringLiteral("note"), r.note },
        { QStringLiteral("expires"), r.expiresMs ? isotime::format(r.expiresMs, true) : QString() } };
}

int access(const QString& dbPath, QStringList args)
{
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    const bool request = action == QLatin1String("request"), list = action == QLatin1String("list");
    const bool decide = action == QLatin1String("grant") || action == QLatin1String("refuse");
    if (!request && !list && !decide) {
        err() << Ctl::tr("access what? kestrelctl access request|grant|refuse|list; see kestrelctl --help") << '\n';
        return Usage;
    }
    Command cmd(QStringLiteral("access ") + action,
        Ctl::tr(
            "Extended access to older reads: an investigator requests it for an investigation (purpose, reference,\n"
            "VRMs, time range, justification); a supervisor other than the requester grants it until an expiry,\n"
            "or refuses it, with a note. The password is asked for at a terminal, read from standard input, or\n"
            "taken from the keychain (--keychain). Everything is audited."),
        decide ? QStringList { QStringLiteral("ID") } : QStringList {});
    const QCommandLineOption as(QStringLiteral("as"), Ctl::tr("who is acting"), QStringLiteral("USER"));
    const QCommandLineOption purpose(
        QStringLiteral("purpose"), Ctl::tr("serious, major or counter-terrorism"), QStringLiteral("PURPOSE"));
    const QCommandLineOption reference(
        QStringLiteral("reference"), Ctl::tr("the investigation"), QStringLiteral("REF"));
    const QCommandLineOption vrm(QStringLiteral("vrm"),
        Ctl::tr("a VRM the access is for (repeatable; none: the whole investigation)"), QStringLiteral("VRM"));
    const QCommandLineOption from(
        QStringLiteral("from"), Ctl::tr("the earliest read wanted"), QStringLiteral("ISO-8601"));
    const QCommandLineOption to(QStringLiteral("to"), Ctl::tr("the latest read wanted"), QStringLiteral("ISO-8601"));
    const QCommandLineOption justification(
        QStringLiteral("justification"), Ctl::tr("why it is needed"), QStringLiteral("TEXT"));
    const QCommandLineOption expires(
        QStringLiteral("expires"), Ctl::tr("when the grant ends"), QStringLiteral("ISO-8601"));
    const QCommandLineOption note(QStringLiteral("note"), Ctl::tr("the decision's reason"), QStringLiteral("TEXT"));
    const QCommandLineOption pending(QStringLiteral("pending"), Ctl::tr("only requests waiting for a decision"));
    const QCommandLineOption json(QStringLiteral("json"), Ctl::tr("one JSON object with a \"requests\" array"));
    cmd.parser.addOptions({ as, passwordStdinOption(), keychainOption() });
    if (request)
        cmd.parser.addOptions({ purpose, reference, vrm, from, to, justification });
    else if (decide)
        cmd.parser.addOptions({ note, expires });
    else
        cmd.parser.addOptions({ pending, json });
    if (!cmd.parse(args, decide ? 1 : 0))
        return cmd.exit;
    if (!cmd.parser.isSet(as)) {
        err() << Ctl::tr("say who is acting with --as USER") << '\n';
        return Usage;
    }
    qint64 fromMs = 0, toMs = 0, expiresMs = 0;
    if (request
        && (!cmd.parser.isSet(from) || !cmd.parser.isSet(to)
            || !timeOption(cmd, from, isotime::DateOnly::StartOfDay, fromMs)
            || !timeOption(cmd, to, isotime::DateOnly::EndOfDay, toMs))) {
        err() << Ctl::tr("a request needs --from and --to") << '\n';
        return Usage;
    }
    if (action == QLatin1String("grant")
        && (!cmd.parser.isSet(expires) || !timeOption(cmd, expires, isotime::DateOnly::EndOfDay, expiresMs))) {
        err() << Ctl::tr("a grant needs --expires") << '\n';
        return Usage;
    }
    const auto why = request ? purposeFromName(cmd.parser.value(purpose)) : std::nullopt;
    if (request && !why) {
        err() << Ctl::tr("--purpose is one of %1").arg(allPurposeNames().join(QStringLiteral(", "))) << '\n';
        return Usage;
    }
    Database db(dbPath);
    const auto user = signedIn(db, dbPath, cmd, cmd.parser.value(as), QStringLiteral("access ") + action);
    if (!user)
        return SomeInputRefused;
    AccessStore store(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (request) {
        AccessRequest r;
        r.requester = user->name;
        r.purpose = *why;
        r.reference = cmd.parser.value(reference);
        r.vrms = cmd.parser.values(vrm);
        r.fromMs = fromMs;
        r.toMs = toMs;
        r.justification = cmd.parser.value(justification);
        QString problem;
        const auto id = store.request(r, now, &problem);
        if (!id) {
            err() << problem << Ctl::tr("; nothing was requested") << '\n';
            return SomeInputRefused;
        }
        out() << Ctl::tr("request %1 is pending: a supervisor will grant or refuse it").arg(*id) << '\n';
        return Ok;
    }
    if (decide) {
        bool numeric = false;
        const qint64 id = cmd.arg(0).toLongLong(&numeric);
        const QString problem = !numeric ? Ctl::tr("'%1' is not a request number").arg(cmd.arg(0))
            : action == QLatin1String("grant")
            ? store.grant(id, user->name, user->roles, cmd.parser.value(note), expiresMs, now)
            : store.refuse(id, user->name, user->roles, cmd.parser.value(note), now);
        if (!problem.isEmpty()) {
            err() << problem << Ctl::tr("; nothing was changed") << '\n';
            return SomeInputRefused;
        }
        out() << requestJson(*store.get(id)).value(QStringLiteral("state")).toString() << ' ' << id << '\n';
        return Ok;
    }
    // Supervisors see every request; anyone else their own.
    QJsonArray array;
    for (const auto& r : store.list(cmd.parser.isSet(pending))) {
        if (!user->roles.testFlag(Role::Supervisor) && r.requester != user->name)
            continue;
        array.append(requestJson(r));
        if (!cmd.parser.isSet(json))
            out() << QStringList { QString::number(r.id), requestStateName(r.state), r.requester,
                purposeName(r.purpose), r.reference, r.vrms.join(QLatin1Char(',')), isotime::format(r.fromMs),
                isotime::format(r.toMs), r.justification }
                         .join(QLatin1Char('\t'))
                  << '\n';
    }
    if (cmd.parser.isSet(json))
        out() << QJsonDocument(QJsonObject { { QStringLiteral("requests"), array } }).toJson(QJsonDocument::Compact)
              << Qt::endl;
    return Ok;
}

int retention(const QString& dbPath, const QStringList& args)
{
    Command cmd(QStringLiteral("retention run"),
        Ctl::tr("Deletes reads older than retention.reads_months and images older than retention.images_months,\n"
                "except reads preserved for a case. SQLite's secure_delete overwrites what is deleted in the file.\n"
                "Audited. The console and kestrelctl serve also run it every hour."),
        {});
    if (args.isEmpty() || args.first() != QLatin1String("run")) {
        err() << Ctl::tr("retention what? kestrelctl retention run") << '\n';
        return Usage;
    }
    if (!cmd.parse(args.mid(1), 0))
        return cmd.exit;
    Database db(dbPath);
    const auto run = runRetention(db, Policy::load(db), QDateTime::currentMSecsSinceEpoch(), commandLineUser());
    out() << Ctl::tr("deleted %1 read(s) made before %2 and %3 image(s) of reads made before %4; %5 read(s) past "
                     "retention kept for cases (secure_delete: overwritten in the file)")
                 .arg(run.readsDeleted)
                 .arg(isotime::format(run.readsCutoffMs))
                 .arg(run.imagesDeleted)
                 .arg(isotime::format(run.imagesCutoffMs))
                 .arg(run.readsPreserved)
          << '\n';
    return Ok;
}

int audit(const QString& dbPath, QStringList args)
{
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (action != QLatin1String("verify") && action != QLatin1String("export")) {
        err() << Ctl::tr("audit what? kestrelctl audit verify|export; see kestrelctl --help") << '\n';
        return Usage;
    }
    Command cmd(QStringLiteral("audit ") + action,
        action == QLatin1String("verify")
            ? Ctl::tr("Checks the audit trail's hash chain from the first record to the last. Exit status 0: whole;\n"
                      "1: broken (the first bad record is named).")
            : Ctl::tr("Writes the audit records between --from and --to (ISO 8601; a date alone is a whole day,\n"
                      "London time) as CSV (seq,time,who,roles,action,detail) or JSON, for compliance audits."),
        {});
    const QCommandLineOption from(
        QStringLiteral("from"), Ctl::tr("the first time (default: the beginning)"), QStringLiteral("ISO-8601"));
    const QCommandLineOption to(
        QStringLiteral("to"), Ctl::tr("the last time (default: now)"), QStringLiteral("ISO-8601"));
    const QCommandLineOption format(QStringLiteral("format"), Ctl::tr("csv (the default) or json"),
        QStringLiteral("FORMAT"), QStringLiteral("csv"));
    if (action == QLatin1String("export"))
        cmd.parser.addOptions({ from, to, format });
    if (!cmd.parse(args, 0))
        return cmd.exit;
    Database db(dbPath);
    AuditLog log(db);
    if (action == QLatin1String("verify")) {
        const auto verdict = log.verify();
        if (!verdict.whole) {
            out() << Ctl::tr("BROKEN at record %1: %2").arg(verdict.firstBad).arg(verdict.problem) << '\n';
            return SomeInputRefused;
        }
        out() << Ctl::tr("whole: %1 record(s), every hash in the chain matches").arg(verdict.records) << '\n';
        return Ok;
    }
    qint64 fromMs = 0, toMs = QDateTime::currentMSecsSinceEpoch();
    if (!timeOption(cmd, from, isotime::DateOnly::StartOfDay, fromMs)
        || !timeOption(cmd, to, isotime::DateOnly::EndOfDay, toMs))
        return Usage;
    const QString fmt = cmd.parser.value(format);
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("json")) {
        err() << Ctl::tr("--format is csv or json, not '%1'").arg(fmt) << '\n';
        return Usage;
    }
    if (fmt == QLatin1String("csv"))
        out() << "seq,time,who,roles,action,detail\n";
    QJsonArray records;
    log.forEach(fromMs, toMs, [&](const AuditRecord& r) {
        const QString detail = QString::fromUtf8(QJsonDocument(r.detail).toJson(QJsonDocument::Compact));
        if (fmt == QLatin1String("csv"))
            out() << QStringList { QString::number(r.seq), isotime::format(r.timeMs, true), csvField(r.who),
                csvField(r.roles), csvField(r.action), csvField(detail) }
                         .join(QLatin1Char(','))
                  << '\n';
        else
            records.append(QJsonObject { { QStringLiteral("seq"), r.seq },
                { QStringLiteral("time"), isotime::format(r.timeMs, true) }, { QStringLiteral("who"), r.who },
                { QStringLiteral("roles"), r.roles }, { QStringLiteral("action"), r.action },
                { QStringLiteral("detail"), r.detail } });
    });
    if (fmt == QLatin1String("json"))
        out() << QJsonDocument(QJsonObject { { QStringLiteral("records"), records } }).toJson(QJsonDocument::Compact)
              << Qt::endl;
    return Ok;
}

int user(const QString& dbPath, QStringList args)
{
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    const bool list = action == QLatin1String("list");
    if (!list && action != QLatin1String("add") && action != QLatin1String("set")
        && action != QLatin1String("unlock")) {
        err() << Ctl::tr("user what? kestrelctl user add|set|unlock|list; see kestrelctl --help") << '\n';
        return Usage;
    }
    Command cmd(QStringLiteral("user ") + action,
        Ctl::tr("Manages the people who sign in to Kestrel. Roles: %1.\nPasswords are read from standard input "
                "(--password-stdin) or, adding a user at a terminal, asked for twice; they are kept only as Argon2id "
                "hashes.")
            .arg(allRoleNames().join(QStringLiteral(", "))),
        list ? QStringList {} : QStringList { QStringLiteral("NAME") });
    const QCommandLineOption role(
        QStringLiteral("role"), Ctl::tr("a role the user holds (repeat for several)"), QStringLiteral("ROLE"));
    const QCommandLineOption passwordStdin = passwordStdinOption();
    const QCommandLineOption enable(QStringLiteral("enable"), Ctl::tr("let the user sign in again"));
    const QCommandLineOption disable(
        QStringLiteral("disable"), Ctl::tr("stop the user signing in (kept for the record)"));
    const QCommandLineOption json(QStringLiteral("json"), Ctl::tr("one JSON object with a \"users\" array"));
    if (list)
        cmd.parser.addOption(json);
    else if (action == QLatin1String("add"))
        cmd.parser.addOptions({ role, passwordStdin });
    else if (action == QLatin1String("set"))
        cmd.parser.addOptions({ role, passwordStdin, enable, disable });
    if (!cmd.parse(args, list ? 0 : 1))
        return cmd.exit;

    Roles roles;
    for (const QString& name : cmd.parser.values(role)) {
        const auto r = roleFromName(name);
        if (!r) {
            err()
                << Ctl::tr("'%1' is not a role; the roles are %2").arg(name, allRoleNames().join(QStringLiteral(", ")))
                << '\n';
            return Usage;
        }
        roles |= *r;
    }
    QString password;
    if (action == QLatin1String("add") && passwordIsAsked(cmd)) {
        password = askAtTerminal(Ctl::tr("Password for %1: ").arg(cmd.arg(0)));
        if (askAtTerminal(Ctl::tr("The same again: ")) != password) {
            err() << Ctl::tr("the two passwords differ; nothing was changed") << '\n';
            return SomeInputRefused;
        }
    } else if (action == QLatin1String("add") && !cmd.parser.isSet(passwordStdin)) {
        err() << Ctl::tr("give the password on standard input with --password-stdin") << '\n';
        return Usage;
    } else if (cmd.parser.isSet(passwordStdin)) {
        password = givenPassword(cmd, {});
    }

    Database db(dbPath);
    UserStore users(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    try {
        if (list) {
            const auto all = users.list();
            const auto state = [&](const User& u) {
                return u.disabled                               ? QStringLiteral("disabled")
                    : u.lockedUntilMs > now.toMSecsSinceEpoch() ? QStringLiteral("locked")
                                                                : QStringLiteral("active");
            };
            if (cmd.parser.isSet(json)) {
                QJsonArray array;
                for (const auto& u : all)
                    array.append(QJsonObject { { QStringLiteral("name"), u.name },
                        { QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(u.roles)) },
                        { QStringLiteral("state"), state(u) },
                        { QStringLiteral("last_sign_in"),
                            u.lastSignInMs ? isotime::format(u.lastSignInMs) : QString() } });
                out()
                    << QJsonDocument(QJsonObject { { QStringLiteral("users"), array } }).toJson(QJsonDocument::Compact)
                    << Qt::endl;
            } else {
                out() << Ctl::tr("%1 user(s)").arg(all.size()) << '\n';
                for (const auto& u : all)
                    out() << QStringList { u.name, roleNames(u.roles).join(QLatin1Char(',')), state(u),
                        u.lastSignInMs ? isotime::format(u.lastSignInMs) : Ctl::tr("never signed in") }
                                 .join(QLatin1Char('\t'))
                          << '\n';
            }
            return Ok;
        }
        const QString name = cmd.arg(0);
        if (action == QLatin1String("add")) {
            users.add(name, roles, password, now.toMSecsSinceEpoch());
            auditChange(db, QStringLiteral("user-added"),
                { { QStringLiteral("user"), name },
                    { QStringLiteral("roles"), roleNames(roles).join(QLatin1Char(',')) } });
            out() << Ctl::tr("added user %1 (%2)").arg(name, roleNames(roles).join(QStringLiteral(", "))) << '\n';
        } else if (action == QLatin1String("unlock")) {
            users.unlock(name);
            auditChange(db, QStringLiteral("user-unlocked"), { { QStringLiteral("user"), name } });
            out() << Ctl::tr("unlocked %1").arg(name) << '\n';
        } else {
            if (cmd.parser.isSet(enable) && cmd.parser.isSet(disable)) {
                err() << Ctl::tr("give --enable or --disable, not both") << '\n';
                return Usage;
            }
            if (roles)
                users.setRoles(name, roles);
            if (cmd.parser.isSet(passwordStdin))
                users.setPassword(name, password);
            if (cmd.parser.isSet(enable) || cmd.parser.isSet(disable))
                users.setDisabled(name, cmd.parser.isSet(disable));
            const User changed = *users.find(name);
            auditChange(db, QStringLiteral("user-changed"),
                { { QStringLiteral("user"), name },
                    { QStringLiteral("roles"), roleNames(changed.roles).join(QLatin1Char(',')) },
                    { QStringLiteral("password_changed"), cmd.parser.isSet(passwordStdin) },
                    { QStringLiteral("disabled"), changed.disabled } });
            out() << Ctl::tr("%1: %2, %3")
                         .arg(name, roleNames(changed.roles).join(QStringLiteral(", ")),
                             changed.disabled ? Ctl::tr("disabled") : Ctl::tr("enabled"))
                  << '\n';
        }
    } catch (const UserError& error) {
        err() << QString::fromUtf8(error.what()) << Ctl::tr("; nothing was changed") << '\n';
        return SomeInputRefused;
    }
    return Ok;
}

// hotlist lists|configure|categories|category: an administrator's set-up of lists and categories.
int hotlistSetup(const QString& dbPath, const QString& action, const QStringList& args)
{
    const bool lists = action == QLatin1String("lists"), configure = action == QLatin1String("configure");
    const bool categories = action == QLatin1String("categories");
    Command cmd(QStringLiteral("hotlist ") + action
            + (configure                                  ? QStringLiteral(" LIST")
                    : action == QLatin1String("category") ? QStringLiteral(" NAME")
                                                          : QString()),
        Ctl::tr("lists: every list with its owner, source, readers and entries. configure: sets a list's owner\n"
                "(who reviews its entries), source, and whether it is covert (its hits go only to its readers,\n"
                "never to the shared queue). categories: the categories with their default priority and action.\n"
                "category: adds or changes one. Changes are audited."),
        lists || categories ? QStringList {}
                            : QStringList { configure ? QStringLiteral("LIST") : QStringLiteral("NAME") });
    const QCommandLineOption json(QStringLiteral("json"), Ctl::tr("one JSON object"));
    const QCommandLineOption owner(QStringLiteral("owner"), Ctl::tr("who owns the list"), QStringLiteral("USER"));
    const QCommandLineOption source(
        QStringLiteral("source"), Ctl::tr("where its entries come from"), QStringLiteral("SOURCE"));
    const QCommandLineOption covert(QStringLiteral("covert"), Ctl::tr("make the list covert (give --reader)"));
    const QCommandLineOption shared(QStringLiteral("shared"), Ctl::tr("make the list's hits go to the shared queue"));
    const QCommandLineOption reader(QStringLiteral("reader"),
        Ctl::tr("a person who sees the covert list's hits (repeat for each; replaces the readers)"),
        QStringLiteral("USER"));
    const QCommandLineOption priority(QStringLiteral("priority"), Ctl::tr("high, medium or low"), QStringLiteral("P"));
    const QCommandLineOption actionText(
        QStringLiteral("action"), Ctl::tr("what officers are to do on a hit"), QStringLiteral("TEXT"));
    if (lists || categories)
        cmd.parser.addOption(json);
    else if (configure)
        cmd.parser.addOptions({ owner, source, covert, shared, reader });
    else
        cmd.parser.addOptions({ priority, actionText });
    if (!cmd.parse(args, lists || categories ? 0 : 1))
        return cmd.exit;

    Database db(dbPath);
    HotlistStore store(db);
    const qint64 now = systemClock();
    if (lists) {
        const auto all = store.lists(now);
        if (cmd.parser.isSet(json)) {
            QJsonArray array;
            for (const auto& l : all)
                array.append(QJsonObject { { QStringLiteral("name"), l.name }, { QStringLiteral("owner"), l.owner },
                    { QStringLiteral("source"), l.source }, { QStringLiteral("covert"), l.covert },
                    { QStringLiteral("readers"), QJsonArray::fromStringList(l.readers) },
                    { QStringLiteral("live"), l.live }, { QStringLiteral("pending"), l.pending } });
            out() << QJsonDocument(QJsonObject { { QStringLiteral("lists"), array } }).toJson(QJsonDocument::Compact)
                  << Qt::endl;
            return Ok;
        }
        out() << Ctl::tr("%n list(s)", "", int(all.size())) << '\n';
        for (const auto& l : all)
            out() << QStringList { l.name, l.owner, l.source,
                l.covert ? Ctl::tr("covert, seen by %1").arg(l.readers.join(QLatin1Char(','))) : Ctl::tr("shared"),
                Ctl::tr("%1 live, %2 pending").arg(l.live).arg(l.pending) }
                         .join(QLatin1Char('\t'))
                  << '\n';
        return Ok;
    }
    if (categories) {
        const auto all = store.categories();
        if (cmd.parser.isSet(json)) {
            QJsonArray array;
            for (const auto& c : all)
                array.append(QJsonObject { { QStringLiteral("name"), c.name },
                    { QStringLiteral("priority"), QLatin1String(priorityName(c.priority)) },
                    { QStringLiteral("action"), c.action } });
            out()
                << QJsonDocument(QJsonObject { { QStringLiteral("categories"), array } }).toJson(QJsonDocument::Compact)
                << Qt::endl;
            return Ok;
        }
        for (const auto& c : all)
            out() << c.name << '\t' << priorityName(c.priority) << '\t' << c.action << '\n';
        return Ok;
    }
    QString problem;
    if (configure) {
        const auto all = store.lists(now);
        const auto it
            = std::find_if(all.begin(), all.end(), [&](const HotlistList& l) { return l.name == cmd.arg(0); });
        if (it == all.end()) {
            err() << Ctl::tr("there is no list %1; nothing was changed").arg(cmd.arg(0)) << '\n';
            return SomeInputRefused;
        }
        if (cmd.parser.isSet(covert) && cmd.parser.isSet(shared)) {
            err() << Ctl::tr("a list is either --covert or --shared") << '\n';
            return Usage;
        }
        HotlistList changed = *it;
        if (cmd.parser.isSet(owner))
            changed.owner = cmd.parser.value(owner);
        if (cmd.parser.isSet(source))
            changed.source = cmd.parser.value(source);
        if (cmd.parser.isSet(covert))
            changed.covert = true;
        if (cmd.parser.isSet(shared))
            changed.covert = false;
        if (cmd.parser.isSet(reader))
            changed.readers = cmd.parser.values(reader);
        problem = store.configureList(changed, commandLineUser(), QStringLiteral("administrator"), now);
        if (problem.isEmpty())
            out() << Ctl::tr("list %1: owner %2, %3")
                         .arg(changed.name, changed.owner,
                             changed.covert
                                 ? Ctl::tr("covert, seen only by %1").arg(changed.readers.join(QStringLiteral(", ")))
                                 : Ctl::tr("shared"))
                  << '\n';
    } else {
        const auto level = parsePriority(cmd.parser.value(priority).toStdString());
        if (!level) {
            err() << Ctl::tr("--priority is high, medium or low") << '\n';
            return Usage;
        }
        problem = store.setCategory({ cmd.arg(0), *level, cmd.parser.value(actionText) }, commandLineUser(),
            QStringLiteral("administrator"), now);
        if (problem.isEmpty())
            out() << Ctl::tr("category %1: %2, \"%3\"")
                         .arg(cmd.arg(0).trimmed().toLower(), QLatin1String(priorityName(*level)),
                             cmd.parser.value(actionText).trimmed())
                  << '\n';
    }
    if (!problem.isEmpty()) {
        err() << problem << Ctl::tr("; nothing was changed") << '\n';
        return SomeInputRefused;
    }
    return Ok;
}

// hotlist import|add|validate|remove|list|export, and the set-up above.
int hotlist(const QString& dbPath, QStringList args)
{
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (QStringList { QStringLiteral("lists"), QStringLiteral("configure"), QStringLiteral("categories"),
            QStringLiteral("category") }
            .contains(action))
        return hotlistSetup(dbPath, action, args);
    const QStringList actions { QStringLiteral("import"), QStringLiteral("add"), QStringLiteral("validate"),
        QStringLiteral("remove"), QStringLiteral("list"), QStringLiteral("export") };
    if (!actions.contains(action)) {
        err() << Ctl::tr("hotlist what? kestrelctl hotlist import|add|validate|remove|list|export|lists|configure|"
                         "categories|category; see --help")
              << '\n';
        return Usage;
    }
    const bool import = action == QLatin1String("import"), add = action == QLatin1String("add");
    const bool validate = action == QLatin1String("validate"), remove = action == QLatin1String("remove");
    const bool list = action == QLatin1String("list"), exporting = action == QLatin1String("export");
    const QString positional = import ? QStringLiteral("FILE")
        : add                         ? QStringLiteral("VRM")
        : exporting                   ? QStringLiteral("FILE")
        : list                        ? QString()
                                      : QStringLiteral("ID");
    Command cmd(
        QStringLiteral("hotlist ") + action + (positional.isEmpty() ? QString() : QLatin1Char(' ') + positional),
        Ctl::tr("Vehicles of interest. import: a CSV (header vrm,list,category,priority,action,source,reference,\n"
                "effective,expiry) or fixed-width file (a header naming those fields at their columns); lines from\n"
                "the PNC extract are live at once, others wait for a supervisor's validation; bad lines are\n"
                "reported by number and the rest imported; --replace LIST swaps the whole list in one transaction\n"
                "(a failed or stopped refresh leaves the old list live). add: one entry, pending. validate: a\n"
                "supervisor other than who added it makes it live. remove: with a reason. Every change is audited."),
        positional.isEmpty() ? QStringList {} : QStringList { positional });
    const QCommandLineOption format(QStringLiteral("format"), Ctl::tr("csv (the default) or fixed"),
        QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption replace(QStringLiteral("replace"),
        Ctl::tr("replace this list with the file's lines (all of them must be on it)"), QStringLiteral("LIST"));
    const QCommandLineOption listOption(QStringLiteral("list"), Ctl::tr("the list"), QStringLiteral("LIST"));
    const QCommandLineOption category(QStringLiteral("category"), Ctl::tr("the category"), QStringLiteral("CAT"));
    const QCommandLineOption priority(
        QStringLiteral("priority"), Ctl::tr("high, medium or low (default: the category's)"), QStringLiteral("P"));
    const QCommandLineOption actionText(
        QStringLiteral("action"), Ctl::tr("what officers are to do"), QStringLiteral("TEXT"));
    const QCommandLineOption source(QStringLiteral("source"), Ctl::tr("where it comes from"), QStringLiteral("SOURCE"));
    const QCommandLineOption reference(QStringLiteral("reference"), Ctl::tr("its reference"), QStringLiteral("REF"));
    const QCommandLineOption expiry(
        QStringLiteral("expiry"), Ctl::tr("when it stops matching (or is reviewed)"), QStringLiteral("ISO-8601"));
    const QCommandLineOption as(QStringLiteral("as"), Ctl::tr("who is acting"), QStringLiteral("USER"));
    const QCommandLineOption reason(QStringLiteral("reason"),
        Ctl::tr("why it goes: recovered, sold, no longer wanted ..."), QStringLiteral("TEXT"));
    const QCommandLineOption state(
        QStringLiteral("state"), Ctl::tr("pending, live, expired or removed"), QStringLiteral("STATE"));
    const QCommandLineOption review(QStringLiteral("review"),
        Ctl::tr("only live entries whose expiry (review date) is within this many days"), QStringLiteral("DAYS"));
    const QCommandLineOption owner(
        QStringLiteral("owner"), Ctl::tr("with --review: only the entries this person added"), QStringLiteral("USER"));
    const QCommandLineOption json(QStringLiteral("json"), Ctl::tr("one JSON object with an \"entries\" array"));
    if (import)
        cmd.parser.addOptions({ format, replace });
    else if (add)
        cmd.parser.addOptions({ listOption, category, priority, actionText, source, reference, expiry, as,
            passwordStdinOption(), keychainOption() });
    else if (validate)
        cmd.parser.addOptions({ as, passwordStdinOption(), keychainOption() });
    else if (remove)
        cmd.parser.addOptions({ reason, as, passwordStdinOption(), keychainOption() });
    else if (list)
        cmd.parser.addOptions({ state, review, owner, json });
    if (!cmd.parse(args, positional.isEmpty() ? 0 : 1))
        return cmd.exit;

    const qint64 now = systemClock();
    if (import) {
        const QString how = cmd.parser.value(format);
        if (how != QLatin1String("csv") && how != QLatin1String("fixed")) {
            err() << Ctl::tr("--format is csv or fixed") << '\n';
            return Usage;
        }
        const QString replaced = cmd.parser.value(replace);
        Database db(dbPath);
        int tenths = 0; // told so far
        const auto progress = [&](double fraction) {
            if (fraction < 1 && int(fraction * 10) > tenths) {
                tenths = int(fraction * 10);
                err() << Ctl::tr("%1: %2% done").arg(cmd.arg(0)).arg(tenths * 10) << Qt::endl;
            }
            return true;
        };
        const auto result = importHotlist(db,
            { cmd.arg(0), how == QLatin1String("fixed") ? HotlistImport::Format::Fixed : HotlistImport::Format::Csv,
                replaced, commandLineUser(), QStringLiteral("administrator") },
            now, progress);
        printProblems(result.problems, cmd.arg(0));
        if (!result.failure.isEmpty()) {
            err() << result.failure << '\n';
            return Failed;
        }
        out() << (replaced.isEmpty() ? Ctl::tr("imported %1 hotlist entries from %2; %3 line(s) skipped")
                                           .arg(result.entries)
                                           .arg(cmd.arg(0))
                                           .arg(result.problems.size())
                                     : Ctl::tr("replaced list %1 with %2 entries from %3; %4 line(s) skipped")
                                           .arg(replaced)
                                           .arg(result.entries)
                                           .arg(cmd.arg(0))
                                           .arg(result.problems.size()))
              << '\n'
              << Ctl::tr("%n entry(ies) wait for a supervisor's validation", "", int(result.pending)) << '\n'
              << (result.checkedEarlier
                         ? Ctl::tr("%n earlier sighting(s) of the new live entries", "", result.earlierSightings)
                         : Ctl::tr("earlier sightings of the new live entries were not looked for: %1 has no access "
                                   "band (import from the console as an investigator for that)")
                               .arg(commandLineUser()))
              << '\n';
        return result.problems.empty() ? Ok : SomeInputRefused;
    }

    Database db(dbPath);
    HotlistStore store(db);
    if (list || exporting) {
        std::vector<HotlistEntry> entries;
        const QString which = list ? cmd.parser.value(state) : QString();
        if (!which.isEmpty()
            && !QStringList { QStringLiteral("pending"), QStringLiteral("live"), QStringLiteral("expired"),
                QStringLiteral("removed") }
                    .contains(which)) {
            err() << Ctl::tr("--state is pending, live, expired or removed") << '\n';
            return Usage;
        }
        const auto keep = [&](const HotlistEntry& e) {
            if (list || e.state != EntryState::Removed)
                entries.push_back(e);
        };
        if (list && cmd.parser.isSet(review)) {
            bool numeric = false;
            const int days = cmd.parser.value(review).toInt(&numeric);
            if (!numeric || days < 0) {
                err() << Ctl::tr("--review takes a number of days") << '\n';
                return Usage;
            }
            store.forEachDueForReview(now, qint64(days) * 24 * 3600 * 1000, cmd.parser.value(owner), keep);
        } else {
            store.forEachMatching(HotlistQuery::inState(which), now, 0, keep);
        }
        if (exporting) {
            QFile file(cmd.arg(0));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                err() << Ctl::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()) << '\n';
                return Failed;
            }
            writeHotlistCsv(file, entries);
            auditChange(db, QStringLiteral("hotlist-exported"),
                { { QStringLiteral("file"), QFileInfo(file).absoluteFilePath() },
                    { QStringLiteral("entries"), qint64(entries.size()) } });
            out() << Ctl::tr("exported %1 hotlist entries to %2").arg(entries.size()).arg(file.fileName()) << '\n';
            return Ok;
        }
        if (cmd.parser.isSet(json)) {
            QJsonArray array;
            for (const auto& e : entries)
                array.append(QJsonObject { { QStringLiteral("id"), e.id },
                    { QStringLiteral("vrm"), QString::fromStdString(e.vrm) }, { QStringLiteral("list"), e.list },
                    { QStringLiteral("category"), e.category },
                    { QStringLiteral("priority"), QLatin1String(priorityName(e.priority)) },
                    { QStringLiteral("action"), e.action }, { QStringLiteral("source"), e.source },
                    { QStringLiteral("reference"), e.reference }, { QStringLiteral("state"), e.status(now) },
                    { QStringLiteral("effective"), isotime::format(e.effectiveMs, true) },
                    { QStringLiteral("expiry"),
                        e.expiryMs == std::numeric_limits<qint64>::max() ? QString()
                                                                         : isotime::format(e.expiryMs, true) },
                    { QStringLiteral("added_by"), e.addedBy }, { QStringLiteral("validated_by"), e.validatedBy },
                    { QStringLiteral("removed_reason"), e.removedReason } });
            out() << QJsonDocument(QJsonObject { { QStringLiteral("entries"), array } }).toJson(QJsonDocument::Compact)
                  << Qt::endl;
        } else {
            out() << Ctl::tr("%n entry(ies)", "", int(entries.size())) << '\n';
            for (const auto& e : entries)
                out() << QStringList { QString::number(e.id), QString::fromStdString(e.vrm), e.list, e.category,
                    QLatin1String(priorityName(e.priority)), e.status(now), e.reference }
                             .join(QLatin1Char('\t'))
                      << '\n';
        }
        return Ok;
    }

    if (!cmd.parser.isSet(as)) {
        err() << Ctl::tr("say who is acting with --as USER") << '\n';
        return Usage;
    }
    const auto user = signedIn(db, dbPath, cmd, cmd.parser.value(as), QStringLiteral("hotlist ") + action);
    if (!user)
        return SomeInputRefused;
    if (validate || remove) {
        bool numeric = false;
        const qint64 id = cmd.arg(0).toLongLong(&numeric);
        RetrospectiveHits earlier;
        const QString problem = !numeric ? Ctl::tr("'%1' is not an entry number").arg(cmd.arg(0))
            : validate                   ? makeLive(db, id, *user, now, earlier)
                                         : store.remove(id, cmd.parser.value(reason), *user, now);
        if (!problem.isEmpty()) {
            err() << problem << Ctl::tr("; nothing was changed") << '\n';
            return SomeInputRefused;
        }
        out() << (validate ? Ctl::tr("entry %1 is live").arg(id) : Ctl::tr("entry %1 is removed").arg(id)) << '\n';
        if (validate) {
            out() << Ctl::tr("%n earlier sighting(s) since %1 (%2)", "", earlier.reads)
                         .arg(isotime::format(earlier.decision.fromMs),
                             earlier.decision.why.isEmpty() ? Ctl::tr("as far back as the policy looks")
                                                            : earlier.decision.why)
                  << '\n';
            for (const Alert& a : earlier.alerts)
                out() << alertLine(a) << '\n';
        }
        return Ok;
    }

    // add: one entry from its options, checked as an imported line is, waiting for validation.
    std::vector<std::string> fields;
    for (const QString& f : { cmd.arg(0), cmd.parser.value(listOption), cmd.parser.value(category),
             cmd.parser.value(priority), cmd.parser.value(actionText), cmd.parser.value(source),
             cmd.parser.value(reference), QString(), cmd.parser.value(expiry) })
        fields.push_back(f.toStdString());
    auto checked = checkHotlistFields(fields, { now, store.categories(), {} });
    if (!checked.problem.isEmpty()) {
        err() << checked.problem << Ctl::tr("; nothing was added") << '\n';
        return Usage;
    }
    if (const QString problem = store.addPending(checked.entry, *user, now); !problem.isEmpty()) {
        err() << problem << Ctl::tr("; nothing was added") << '\n';
        return SomeInputRefused;
    }
    out() << Ctl::tr("entry added, pending a supervisor's validation") << '\n' << checked.entry.id << '\n';
    return Ok;
}

int keychainCommand(const QString& dbPath, QStringList args)
{
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    const bool store = action == QLatin1String("store");
    if (!store && action != QLatin1String("forget")) {
        err() << Ctl::tr("keychain what? kestrelctl keychain store|forget --as USER; see kestrelctl --help") << '\n';
        return Usage;
    }
    Command cmd(QStringLiteral("keychain ") + action,
        Ctl::tr("Keeps a user's password in the operating system's keychain (the Secret Service, e.g. GNOME Keyring)\n"
                "so that search and access can take it with --keychain instead of asking. store checks the password\n"
                "by signing the user in first; forget removes it. Both are audited."),
        {});
    const QCommandLineOption as(QStringLiteral("as"), Ctl::tr("whose password"), QStringLiteral("USER"));
    cmd.parser.addOption(as);
    if (store)
        cmd.parser.addOption(passwordStdinOption());
    if (!cmd.parse(args, 0))
        return cmd.exit;
    if (!cmd.parser.isSet(as)) {
        err() << Ctl::tr("say whose password with --as USER") << '\n';
        return Usage;
    }
    const QString name = cmd.parser.value(as);
    Database db(dbPath);
    if (store) {
        const QString password = givenPassword(cmd, Ctl::tr("Password for %1: ").arg(name));
        const auto outcome = UserStore(db).signIn(name, password, Policy::load(db), QDateTime::currentMSecsSinceEpoch(),
            QStringLiteral("kestrelctl keychain store"));
        if (outcome.result != SignInOutcome::Result::SignedIn) {
            err() << Ctl::tr("user name or password not recognised; nothing was stored") << '\n';
            return SomeInputRefused;
        }
        const auto kept = keychain::write(keychainName(dbPath, name), password);
        if (!kept.ok) {
            err() << Ctl::tr("cannot store the password: %1; nothing was stored").arg(kept.problem) << '\n';
            return Failed;
        }
    } else {
        const auto gone = keychain::forget(keychainName(dbPath, name));
        if (!gone.ok && !gone.missing) {
            err() << Ctl::tr("cannot remove the password: %1").arg(gone.problem) << '\n';
            return Failed;
        }
    }
    auditChange(db, store ? QStringLiteral("keychain-stored") : QStringLiteral("keychain-forgotten"),
        { { QStringLiteral("user"), name } });
    out() << (store ? Ctl::tr("%1's password is in the keychain for %2").arg(name, QFileInfo(dbPath).absoluteFilePath())
                    : Ctl::tr("%1's password is no longer in the keychain").arg(name))
          << '\n';
    return Ok;
}

// clones list|show|report|assign|state|merge.
int clones(const QString& dbPath, QStringList args)
{
    const QString action
        = args.isEmpty() || args.first().startsWith(QLatin1Char('-')) ? QStringLiteral("list") : args.takeFirst();
    const QStringList actions { QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("report"),
        QStringLiteral("assign"), QStringLiteral("state"), QStringLiteral("merge") };
    if (!actions.contains(action)) {
        err() << Ctl::tr("clones what? kestrelctl clones list|show|report|assign|state|merge; see --help") << '\n';
        return Usage;
    }
    const QMap<QString, QStringList> positional { { QStringLiteral("list"), {} },
        { QStringLiteral("show"), { QStringLiteral("ID") } }, { QStringLiteral("report"), { QStringLiteral("VRM") } },
        { QStringLiteral("assign"), { QStringLiteral("ID") } },
        { QStringLiteral("state"), { QStringLiteral("ID"), QStringLiteral("STATE") } },
        { QStringLiteral("merge"), { QStringLiteral("FROM"), QStringLiteral("INTO") } } };
    Command cmd(QStringLiteral("clones ") + action + QLatin1Char(' ') + positional[action].join(QLatin1Char(' ')),
        Ctl::tr("Cloned vehicles. A case opens when a VRM is read at two places no vehicle could drive between in the\n"
                "time (or when the genuine keeper reports it) and gathers the evidence reads, kept from retention\n"
                "until it closes. list: the cases (--all for closed ones too). show: one case. report: the keeper's\n"
                "report. assign: the investigator (the case goes under investigation). state: under-investigation,\n"
                "confirmed-clone (--hotlist adds a pending \"cloned VRM\" entry), not-a-clone or closed. merge: a\n"
                "detected case into another. Every step is audited."),
        positional[action]);
    const QCommandLineOption json(QStringLiteral("json"), Ctl::tr("one JSON object"));
    const QCommandLineOption all(QStringLiteral("all"), Ctl::tr("closed cases too"));
    const QCommandLineOption as(QStringLiteral("as"), Ctl::tr("who is acting"), QStringLiteral("USER"));
    const QCommandLineOption investigator(
        QStringLiteral("investigator"), Ctl::tr("who investigates"), QStringLiteral("USER"));
    const QCommandLineOption note(QStringLiteral("note"), Ctl::tr("why"), QStringLiteral("TEXT"));
    const QCommandLineOption hotlistEntry(
        QStringLiteral("hotlist"), Ctl::tr("with confirmed-clone: add a \"cloned VRM\" hotlist entry (pending)"));
    const QCommandLineOption reporter(QStringLiteral("reporter"), Ctl::tr("the keeper's name"), QStringLiteral("NAME"));
    const QCommandLineOption contact(QStringLiteral("contact"), Ctl::tr("how to reach them"), QStringLiteral("TEXT"));
    const QCommandLineOption make(
        QStringLiteral("make"), Ctl::tr("the genuine vehicle's make"), QStringLiteral("MAKE"));
    const QCommandLineOption model(QStringLiteral("model"), Ctl::tr("its model"), QStringLiteral("MODEL"));
    const QCommandLineOption colour(QStringLiteral("colour"), Ctl::tr("its colour"), QStringLiteral("COLOUR"));
    const QCommandLineOption notice(QStringLiteral("notice"),
        Ctl::tr("a ticket or notice received: DATE;PLACE;ISSUER;REFERENCE (repeat for each)"), QStringLiteral("N"));
    const QCommandLineOption dvla(QStringLiteral("dvla-told"), Ctl::tr("the keeper has told the DVLA"));
    const QCommandLineOption crime(
        QStringLiteral("crime-reference"), Ctl::tr("the crime reference number"), QStringLiteral("REF"));
    const QCommandLineOption file(
        QStringLiteral("file"), Ctl::tr("an evidence file (image or PDF; repeat for each)"), QStringLiteral("PATH"));
    if (action == QLatin1String("list"))
        cmd.parser.addOptions({ json, all });
    else if (action == QLatin1String("report"))
        cmd.parser.addOptions({ reporter, contact, make, model, colour, notice, dvla, crime, file, as,
            passwordStdinOption(), keychainOption() });
    else if (action != QLatin1String("show"))
        cmd.parser.addOptions({ investigator, note, hotlistEntry, as, passwordStdinOption(), keychainOption() });
    if (!cmd.parse(args, int(positional[action].size())))
        return cmd.exit;

    Database db(dbPath);
    CloneStore store(db);
    const auto describe = [](const CloneCase& c) {
        return QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("vrm"), QString::fromStdString(c.vrm) },
            { QStringLiteral("state"), QLatin1String(caseStateName(c.state)) }, { QStringLiteral("origin"), c.origin },
            { QStringLiteral("evidence"), c.evidence }, { QStringLiteral("assigned_to"), c.assignedTo },
            { QStringLiteral("opened"), isotime::format(c.openedMs, true) },
            { QStringLiteral("hotlist_entry"), c.hotlistEntry }, { QStringLiteral("merged_into"), c.mergedInto } };
    };
    if (action == QLatin1String("list")) {
        const auto cases = store.list(!cmd.parser.isSet(all));
        if (cmd.parser.isSet(json)) {
            QJsonArray array;
            for (const auto& c : cases)
                array.append(describe(c));
            out() << QJsonDocument(QJsonObject { { QStringLiteral("cases"), array } }).toJson(QJsonDocument::Compact)
                  << Qt::endl;
            return Ok;
        }
        out() << Ctl::tr("%n case(s)", "", int(cases.size())) << '\n';
        for (const auto& c : cases)
            out() << QStringList { QString::number(c.id), QString::fromStdString(c.vrm),
                QLatin1String(caseStateName(c.state)), c.origin, Ctl::tr("%n evidence read(s)", "", c.evidence),
                c.assignedTo }
                         .join(QLatin1Char('\t'))
                  << '\n';
        return Ok;
    }
    bool numeric = false;
    const qint64 id = action == QLatin1String("report") ? 0 : cmd.arg(0).toLongLong(&numeric);
    if (action != QLatin1String("report") && !numeric) {
        err() << Ctl::tr("'%1' is not a case number").arg(cmd.arg(0)) << '\n';
        return Usage;
    }
    if (action == QLatin1String("show")) {
        const auto c = store.get(id);
        if (!c) {
            err() << Ctl::tr("there is no clone case %1").arg(id) << '\n';
            return SomeInputRefused;
        }
        out() << Ctl::tr("case %1: %2, %3 (%4)")
                     .arg(id)
                     .arg(QString::fromStdString(c->vrm), caseStateText(c->state),
                         c->origin == QLatin1String("detected") ? Ctl::tr("raised by detection")
                                                                : Ctl::tr("reported by the keeper"))
              << '\n';
        if (!c->assignedTo.isEmpty())
            out() << Ctl::tr("investigator: %1").arg(c->assignedTo) << '\n';
        if (c->report) {
            const auto& r = *c->report;
            out() << Ctl::tr("genuine vehicle: %1; keeper %2 (%3); crime reference %4; DVLA %5")
                         .arg(QStringLiteral("%1 %2 %3").arg(r.colour, r.make, r.model).simplified(), r.reporter,
                             r.contact, r.crimeReference.isEmpty() ? Ctl::tr("none yet") : r.crimeReference,
                             r.dvlaTold ? Ctl::tr("told") : Ctl::tr("not told"))
                  << '\n';
            for (const Notice& n : r.notices)
                out() << Ctl::tr("notice: %1, %2, %3, %4").arg(n.date, n.place, n.issuer, n.reference) << '\n';
        }
        SqliteReadStore reads(db);
        out() << Ctl::tr("%n evidence read(s):", "", c->evidence) << '\n';
        for (const auto& e : store.evidence(id)) {
            const auto read = reads.get(e.readId);
            const QStringList fields { QString::number(e.readId),
                read ? isotime::format(read->timeMs) : Ctl::tr("(deleted)"),
                read ? QString::fromStdString(read->camera) : QString(),
                read ? QString::fromStdString(read->vehicle.colour + ' ' + read->vehicle.make).trimmed() : QString(),
                e.note };
            out() << fields.join(QLatin1Char('\t')) << '\n';
        }
        for (const auto& h : store.history(id))
            out() << isotime::format(h.timeMs) << '\t' << h.who << '\t' << h.action << '\t' << h.detail << '\n';
        return Ok;
    }
    const auto to = action == QLatin1String("state") ? parseCaseState(cmd.arg(1)) : std::nullopt;
    if (action == QLatin1String("state") && !to) {
        err() << Ctl::tr("the state is under-investigation, confirmed-clone, not-a-clone or closed") << '\n';
        return Usage;
    }
    if (!cmd.parser.isSet(as)) {
        err() << Ctl::tr("say who is acting with --as USER") << '\n';
        return Usage;
    }
    const auto user = signedIn(db, dbPath, cmd, cmd.parser.value(as), QStringLiteral("clones ") + action);
    if (!user)
        return SomeInputRefused;
    const qint64 now = systemClock();
    QString problem;
    qint64 shown = id;
    if (action == QLatin1String("report")) {
        VictimReport r;
        r.vrm = vrm::normalise(cmd.arg(0).toStdString());
        r.reporter = cmd.parser.value(reporter);
        r.contact = cmd.parser.value(contact);
        r.make = cmd.parser.value(make);
        r.model = cmd.parser.value(model);
        r.colour = cmd.parser.value(colour);
        r.dvlaTold = cmd.parser.isSet(dvla);
        r.crimeReference = cmd.parser.value(crime);
        for (const QString& n : cmd.parser.values(notice)) {
            const QStringList f = n.split(QLatin1Char(';'));
            if (f.size() != 4) {
                err() << Ctl::tr("--notice is DATE;PLACE;ISSUER;REFERENCE, not '%1'").arg(n) << '\n';
                return Usage;
            }
            r.notices.push_back({ f[0].trimmed(), f[1].trimmed(), f[2].trimmed(), f[3].trimmed() });
        }
        for (const QString& path : cmd.parser.values(file)) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                err() << Ctl::tr("cannot read %1: %2; nothing was reported").arg(path, f.errorString()) << '\n';
                return Failed;
            }
            r.files.emplace_back(QFileInfo(path).fileName(), f.readAll());
        }
        problem = store.report(r, *user, now, shown);
    } else if (action == QLatin1String("assign")) {
        problem = store.assign(id, cmd.parser.value(investigator), *user, now);
    } else if (action == QLatin1String("state")) {
        problem = store.advance(id, *to, *user, cmd.parser.value(note), now, cmd.parser.isSet(hotlistEntry));
    } else {
        bool into = false;
        const qint64 target = cmd.arg(1).toLongLong(&into);
        problem = into ? store.merge(id, target, *user, now) : Ctl::tr("'%1' is not a case number").arg(cmd.arg(1));
        shown = target;
    }
    if (!problem.isEmpty()) {
        err() << problem << Ctl::tr("; nothing was changed") << '\n';
        return SomeInputRefused;
    }
    const auto c = store.get(shown);
    out() << QJsonDocument(describe(*c)).toJson(QJsonDocument::Compact) << Qt::endl;
    return Ok;
}

int camera(const QString& dbPath, QStringList args)
{
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    const bool list = action == QLatin1String("list");
    if (!list && action != QLatin1String("add") && action != QLatin1String("set")
        && action != QLatin1String("remove")) {
        err() << Ctl::tr("camera what? kestrelctl camera add|set|list|remove; see kestrelctl --help") << '\n';
        return Usage;
    }
    Command cmd(QStringLiteral("camera ") + action,
        Ctl::tr("Registers and changes the cameras Kestrel takes reads from."),
        list ? QStringList {} : QStringList { QStringLiteral("ID") });
    const CameraOptions options;
    const QCommandLineOption json(QStringLiteral("json"), Ctl::tr("one JSON object with a \"cameras\" array"));
    if (list)
        cmd.parser.addOption(json);
    else if (action != QLatin1String("remove"))
        options.addTo(cmd.parser);
    if (!cmd.parse(args, list ? 0 : 1))
        return cmd.exit;

    Database db(dbPath);
    CameraStore cameras(db);
    const QDate today = QDate::currentDate();
    try {
        if (list) {
            const auto all = cameras.list();
            if (cmd.parser.isSet(json)) {
                QJsonArray array;
                for (const auto& c : all)
                    array.append(cameraJson(c, today));
                out() << QJsonDocument(QJsonObject { { QStringLiteral("cameras"), array } })
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
            } else {
                out() << Ctl::tr("%1 camera(s)").arg(all.size()) << '\n';
                for (const auto& c : all)
                    out() << cameraLine(c, today) << '\n';
            }
            return Ok;
        }
        const std::string code = cmd.arg(0).toStdString();
        if (action == QLatin1String("remove")) {
            cameras.remove(code);
            auditChange(db, QStringLiteral("camera-removed"), { { QStringLiteral("camera"), cmd.arg(0) } });
            out() << Ctl::tr("removed camera %1").arg(cmd.arg(0)) << '\n';
            return Ok;
        }
        // set changes what the command line names and keeps the rest (the store refuses an unregistered camera).
        Camera c = action == QLatin1String("set") ? cameras.find(code).value_or(Camera {}) : Camera {};
        c.code = code;
        QString secret;
        if (!options.apply(cmd.parser, c, secret))
            return Usage;
        if (action == QLatin1String("add"))
            cameras.add(c, secret);
        else
            cameras.update(c, secret);
        // What the camera is now (its token only as "changed"; never the secret itself).
        QJsonObject now = cameraJson(*cameras.find(code), today);
        now.insert(QStringLiteral("token_changed"), !secret.isEmpty());
        auditChange(db,
            action == QLatin1String("add") ? QStringLiteral("camera-added") : QStringLiteral("camera-changed"), now);
        out() << cameraLine(*cameras.find(code), today) << '\n';
        return Ok;
    } catch (const CameraError& refused) {
        err() << QString::fromUtf8(refused.what()) << '\n';
        return SomeInputRefused;
    }
}

int stats(const QString& dbPath, const QStringList& args)
{
    Command cmd(QStringLiteral("stats"),
        Ctl::tr("Counts of what the database holds: reads in all and per camera, open alerts. Counts only, never a "
                "VRM, so that it may be shown to anyone."),
        {});
    const QCommandLineOption json(QStringLiteral("json"), Ctl::tr("one JSON object"));
    cmd.parser.addOption(json);
    if (!cmd.parse(args, 0))
        return cmd.exit;
    Database db(dbPath);
    SqliteReadStore reads(db);
    const qint64 total = reads.count();
    const auto byCamera = reads.countByCamera();
    const qint64 open = AlertStore(db).openCount();
    if (cmd.parser.isSet(json)) {
        QJsonObject perCamera;
        for (const auto& [camera, n] : byCamera)
            perCamera.insert(QString::fromStdString(camera), n);
        out() << QJsonDocument(
            QJsonObject { { QStringLiteral("reads_total"), total }, { QStringLiteral("reads_by_camera"), perCamera },
                { QStringLiteral("alerts_open"), open } })
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return Ok;
    }
    out() << Ctl::tr("%1 read(s) stored, %2 open alert(s)").arg(total).arg(open) << '\n';
    for (const auto& [camera, n] : byCamera)
        out() << Ctl::tr("  %1\t%2 read(s)").arg(QString::fromStdString(camera)).arg(n) << '\n';
    return Ok;
}

// SIGTERM and SIGINT end serve's event loop through a pipe: a signal handler may only write().
int signalPipe[2] = { -1, -1 };

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// From here on SIGTERM and SIGINT end the event loop (QCoreApplication::exec returns).
void installStopSignals()
{
    if (::pipe(signalPipe) != 0)
        qFatal("cannot make a pipe for signal handling");
    auto* stopRequested = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(stopRequested, &QSocketNotifier::activated, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

int serve(const QString& dbPath, const QStringList& args)
{
    Command cmd(QStringLiteral("serve"),
        Ctl::tr("Runs the engine headless: reads the video of every enabled video camera, and takes reads that\n"
                "camera agents push over HTTP (POST /api/v1/openalpr, POST /api/v1/hikvision, each with its camera's\n"
                "bearer token; GET /api/v1/health). Runs until SIGTERM or SIGINT, then answers what it has accepted,\n"
                "stores it, and exits 0."),
        {});
    const QCommandLineOption listen(QStringLiteral("listen"),
        Ctl::tr("address and port to listen on (default 127.0.0.1:8750: this machine only)"),
        QStringLiteral("ADDRESS:PORT"), QStringLiteral("127.0.0.1:8750"));
    const QCommandLineOption queue(QStringLiteral("queue"),
        Ctl::tr("reads waiting to be stored before cameras are told 503 (default 100000)"), QStringLiteral("N"),
        QStringLiteral("100000"));
    cmd.parser.addOptions({ listen, queue });
    if (!cmd.parse(args, 0))
        return cmd.exit;
    QHostAddress address;
    quint16 port = 0;
    if (!PushServer::parseListen(cmd.parser.value(listen), address, port)) {
        err() << Ctl::tr("--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8750, not '%1'").arg(cmd.parser.value(listen))
              << '\n';
        return Usage;
    }
    int queueCapacity = 0;
    if (!cmd.positive(queue, queueCapacity))
        return cmd.exit;

    Engine engine(dbPath, systemClock, EngineOptions { size_t(queueCapacity) });
    QObject::connect(&engine, &Engine::storeFailed, [](const QString& message) { err() << message << Qt::endl; });
    engine.start();
    CameraHealth health(engine.clock(), engine.policy().cameraSilenceMs);
    IngestService ingest(engine, dbPath, health);
    QObject::connect(&health, &CameraHealth::cameraSilent, [](const QString& camera, qint64 lastHeard) {
        err() << Ctl::tr("SYSTEM ALERT: camera %1 has been silent since %2").arg(camera, isotime::format(lastHeard))
              << Qt::endl;
    });
    QObject::connect(&health, &CameraHealth::cameraHeard,
        [](const QString& camera) { err() << Ctl::tr("camera %1 is sending again").arg(camera) << Qt::endl; });
    QString problem;
    if (!ingest.start(address, port, &problem)) {
        err() << problem << '\n';
        return Failed;
    }
    RetentionSchedule retention(dbPath, systemClock, QStringLiteral("kestrelctl serve"));
    QObject::connect(&retention, &RetentionSchedule::ran, [](const RetentionRun& run) {
        if (run.readsDeleted || run.imagesDeleted)
            err()
                << Ctl::tr("retention: deleted %1 read(s) and %2 image(s)").arg(run.readsDeleted).arg(run.imagesDeleted)
                << Qt::endl;
    });
    QObject::connect(&retention, &RetentionSchedule::failed,
        [](const QString& message) { err() << Ctl::tr("retention failed: %1").arg(message) << Qt::endl; });
    installStopSignals();

    const qint64 before = engine.readsTotal();
    out() << Ctl::tr("Kestrel is taking pushes on http://%1:%2 (POST /api/v1/openalpr, /api/v1/hikvision; GET "
                     "/api/v1/health). Stop with SIGTERM or Ctrl+C.")
                 .arg(address.toString())
                 .arg(ingest.port())
          << Qt::endl;
    QCoreApplication::exec();
    ingest.stop(); // drains: what was accepted is stored and answered
    out() << Ctl::tr("stopped: %1 read(s) stored while serving").arg(engine.readsTotal() - before) << Qt::endl;
    return Ok;
}

int simulate(const QString& dbPath, const QStringList& args)
{
    Command cmd(QStringLiteral("simulate"),
        Ctl::tr("Demo traffic. --video renders synthetic traffic (vehicles with UK plates, front and rear, some on\n"
                "the database's hotlist) to an MJPEG AVI, with FILE.csv beside it listing the vehicles shown.\n"
                "--stream serves the same live as an IP camera does (HTTP MJPEG), looping.\n"
                "--post sends camera-agent reads (OpenALPR alpr_group JSON) to a Kestrel server at a given rate."),
        {});
    const QCommandLineOption video(QStringLiteral("video"), Ctl::tr("the video file to write"), QStringLiteral("FILE"));
    const QCommandLineOption stream(QStringLiteral("stream"),
        Ctl::tr("stream the traffic live as HTTP MJPEG on this address, looping, until SIGTERM or Ctrl+C"),
        QStringLiteral("ADDRESS:PORT"));
    const QCommandLineOption post(
        QStringLiteral("post"), Ctl::tr("the server to push to, e.g. http://127.0.0.1:8750"), QStringLiteral("URL"));
    const QCommandLineOption token(
        QStringLiteral("token"), Ctl::tr("the push camera's token (--post)"), QStringLiteral("TOKEN"));
    const QCommandLineOption rate(QStringLiteral("rate"), Ctl::tr("reads per second (--post; default 5)"),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption seconds(
        QStringLiteral("seconds"), Ctl::tr("how long (default 60)"), QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption perMinute(QStringLiteral("vehicles-per-minute"),
        Ctl::tr("traffic in the video (default 30)"), QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), Ctl::tr("for other traffic (default 1)"), QStringLiteral("N"), QStringLiteral("1"));
    cmd.parser.addOptions({ video, stream, post, token, rate, seconds, perMinute, seed });
    if (!cmd.parse(args, 0))
        return cmd.exit;
    int duration = 0, vehicles = 0, perSecond = 0, seedValue = 0;
    if (!cmd.positive(seconds, duration) || !cmd.positive(perMinute, vehicles) || !cmd.positive(rate, perSecond)
        || !cmd.positive(seed, seedValue))
        return cmd.exit;
    if (int(cmd.parser.isSet(video)) + int(cmd.parser.isSet(stream)) + int(cmd.parser.isSet(post)) != 1) {
        err() << Ctl::tr("give one of --video FILE, --stream ADDRESS:PORT or --post URL; see --help") << '\n';
        return Usage;
    }
    std::vector<std::string> hotlisted;
    {
        Database db(dbPath);
        HotlistStore(db).forEachLive(systemClock(), [&](const HotlistEntry& e) { hotlisted.push_back(e.vrm); });
    }
    if (cmd.parser.isSet(post)) {
        const QUrl server(cmd.parser.value(post));
        if (!server.isValid() || server.scheme() != QLatin1String("http") || !cmd.parser.isSet(token)) {
            err() << Ctl::tr("--post takes a server's http:// URL and needs --token; see --help") << '\n';
            return Usage;
        }
        const PushTally tally = pushAgentReads(server, cmd.parser.value(token), perSecond, duration, hotlisted,
            quint32(seedValue), [](const PushTally& t) {
                err() << Ctl::tr("sent %1, stored %2, refused %3").arg(t.sent).arg(t.stored).arg(t.refused) << Qt::endl;
            });
        if (tally.refused > 0)
            err() << Ctl::tr("the server refused %1 read(s); the last answer: %2")
                         .arg(tally.refused)
                         .arg(tally.lastProblem)
                  << '\n';
        return tally.refused == 0 ? Ok : SomeInputRefused;
    }

    TrafficVideoOptions options;
    options.seconds = duration;
    options.vehiclesPerMinute = vehicles;
    options.hotlisted = hotlisted;
    options.seed = quint32(seedValue);
    if (cmd.parser.isSet(stream)) {
        QHostAddress address;
        quint16 port = 0;
        if (!PushServer::parseListen(cmd.parser.value(stream), address, port)) {
            err() << Ctl::tr("--stream takes ADDRESS:PORT, e.g. 127.0.0.1:8081, not '%1'").arg(cmd.parser.value(stream))
                  << '\n';
            return Usage;
        }
        MjpegStream live(options);
        QString problem;
        if (!live.listen(address, port, &problem)) {
            err() << Ctl::tr("cannot listen on %1: %2").arg(cmd.parser.value(stream), problem) << '\n';
            return Failed;
        }
        installStopSignals();
        out() << Ctl::tr("streaming synthetic traffic on http://%1:%2/ (HTTP MJPEG, a %3 s scene looping); stop with "
                         "SIGTERM or Ctrl+C")
                     .arg(address.toString())
                     .arg(live.port())
                     .arg(duration)
              << Qt::endl;
        QCoreApplication::exec();
        out() << Ctl::tr("stopped after %1 frame(s) sent").arg(live.framesSent()) << Qt::endl;
        return Ok;
    }
    const QString file = cmd.parser.value(video);
    int lastPercent = -1;
    std::vector<SimulatedVehicle> shown;
    try {
        shown = renderTrafficVideo(file, options, [&](int done, int total) {
            if (const int percent = done * 100 / total; percent / 10 != lastPercent / 10) {
                err() << Ctl::tr("rendering: %1%").arg(percent) << Qt::endl;
                lastPercent = percent;
            }
        });
    } catch (const std::runtime_error& error) {
        err() << QString::fromUtf8(error.what()) << '\n';
        return Failed;
    }
    QFile truth(file + QStringLiteral(".csv"));
    if (!truth.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err() << Ctl::tr("cannot write %1: %2").arg(truth.fileName(), truth.errorString()) << '\n';
        return Failed;
    }
    QTextStream csv(&truth);
    csv << "vrm,plate,enter_ms,leave_ms\n";
    for (const auto& v : shown)
        csv << QString::fromStdString(v.vrm) << ',' << (v.rear ? "rear" : "front") << ',' << v.enterMs << ','
            << v.leaveMs << '\n';
    out() << Ctl::tr("wrote %1 (%2 s, %3 vehicles) and %4")
                 .arg(file)
                 .arg(duration)
                 .arg(shown.size())
                 .arg(truth.fileName())
          << '\n';
    return Ok;
}

int policy(const QString& dbPath, QStringList args)
{
    const QString action
        = args.isEmpty() || args.first().startsWith(QLatin1Char('-')) ? QStringLiteral("show") : args.takeFirst();
    const bool set = action == QLatin1String("set");
    Command cmd(QStringLiteral("policy ") + action, Ctl::tr("Shows or changes the force's policy settings."),
        set ? QStringList { QStringLiteral("KEY"), QStringLiteral("VALUE") } : QStringList {});
    if (!cmd.parse(args, set ? 2 : 0))
        return cmd.exit;
    Database db(dbPath);
    if (set) {
        if (const QString problem = Policy::set(db, cmd.arg(0), cmd.arg(1)); !problem.isEmpty()) {
            err() << problem << Ctl::tr("; the setting was not changed") << '\n';
            return SomeInputRefused;
        }
        auditChange(db, QStringLiteral("policy-changed"),
            { { QStringLiteral("setting"), cmd.arg(0) }, { QStringLiteral("value"), cmd.arg(1) } });
    } else if (action != QLatin1String("show")) {
        err() << Ctl::tr("unknown policy command '%1'; use show or set").arg(action) << '\n';
        return Usage;
    }
    for (const auto& s : Policy::load(db).settings())
        out() << s.key << " = " << s.value << "\t# " << s.meaning << '\n';
    return Ok;
}

int runBench(QStringList args)
{
    const QString which = args.isEmpty() || args.first().startsWith(QLatin1Char('-')) ? QString() : args.takeFirst();
    Command cmd(QStringLiteral("bench ") + which,
        Ctl::tr("Measures the engine. Sizes default to the national figures; the last line is one JSON object."), {});
    const QCommandLineOption entries(QStringLiteral("entries"), Ctl::tr("hotlist entries"), QStringLiteral("N"));
    const QCommandLineOption reads(QStringLiteral("reads"), Ctl::tr("reads"), QStringLiteral("N"));
    const QCommandLineOption vehicles(
        QStringLiteral("vehicles"), Ctl::tr("distinct vehicles (search)"), QStringLiteral("N"));
    const QCommandLineOption folder(
        QStringLiteral("folder"), Ctl::tr("where to put the databases"), QStringLiteral("DIR"));
    const QCommandLineOption image(
        QStringLiteral("image"), Ctl::tr("the frame to read (recognise)"), QStringLiteral("FILE"));
    const QCommandLineOption rate(QStringLiteral("rate"), Ctl::tr("reads/s offered (http)"), QStringLiteral("N"));
    const QCommandLineOption seconds(
        QStringLiteral("seconds"), Ctl::tr("how long the sustained load runs (http)"), QStringLiteral("N"));
    const QCommandLineOption burst(
        QStringLiteral("burst"), Ctl::tr("requests in the burst past capacity (http)"), QStringLiteral("N"));
    const QCommandLineOption crash(QStringLiteral("crash"),
        Ctl::tr("also kill -9 the server under load and look for every acknowledged read after a restart (http)"));
    cmd.parser.addOptions({ entries, reads, vehicles, folder, image, rate, seconds, burst, crash });
    if (!cmd.parse(args, 0))
        return cmd.exit;
    const auto number = [&](const QCommandLineOption& option, int fallback) {
        return cmd.parser.isSet(option) ? cmd.parser.value(option).toInt() : fallback;
    };
    const auto say = [](const QString& line) { out() << line << Qt::endl; };
    QJsonObject result;
    if (which == QLatin1String("match")) {
        bench::MatchOptions o;
        result = bench::match({ number(entries, o.entries), number(reads, o.lookups) }, say);
    } else if (which == QLatin1String("ingest")) {
        bench::IngestOptions o;
        o.reads = number(reads, o.reads);
        o.hotlistEntries = number(entries, o.hotlistEntries);
        o.folder = cmd.parser.value(folder);
        result = bench::ingest(o, say);
    } else if (which == QLatin1String("hotlist-import")) {
        bench::HotlistImportOptions o;
        o.entries = number(entries, o.entries);
        o.folder = cmd.parser.value(folder);
        result = bench::hotlistImport(o, say);
    } else if (which == QLatin1String("clones")) {
        bench::ClonesOptions o;
        o.reads = number(reads, o.reads);
        o.vehicles = number(vehicles, o.vehicles);
        result = bench::clones(o, say);
    } else if (which == QLatin1String("search")) {
        bench::SearchOptions o;
        o.reads = number(reads, o.reads);
        o.vehicles = number(vehicles, o.vehicles);
        o.folder = cmd.parser.value(folder);
        result = bench::search(o, say);
    } else if (which == QLatin1String("recognise")) {
        bench::RecogniseOptions o;
        o.image = cmd.parser.value(image);
        o.frames = number(reads, o.frames);
        result = bench::recognise(o, say);
        if (result.isEmpty())
            return Failed; // the frame could not be read, as said
    } else if (which == QLatin1String("http")) {
        bench::HttpOptions o;
        o.serverProgram = QCoreApplication::applicationFilePath();
        o.rate = number(rate, int(o.rate));
        o.seconds = number(seconds, o.seconds);
        o.burstRequests = number(burst, o.burstRequests);
        o.crash = cmd.parser.isSet(crash);
        o.folder = cmd.parser.value(folder);
        result = bench::http(o, say);
    } else {
        err() << Ctl::tr("bench what? match, ingest, hotlist-import, clones, search, recognise or http") << '\n';
        return Usage;
    }
    out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return Ok;
}

std::unique_ptr<PlateReader> loadReader()
{
    try {
        return std::make_unique<PlateReader>();
    } catch (const std::exception& error) {
        err() << Ctl::tr("the plate reader's model could not be loaded: %1").arg(QString::fromUtf8(error.what()))
              << '\n';
        return nullptr;
    }
}

QJsonObject plateJson(const RecognisedPlate& plate)
{
    QJsonArray candidates;
    for (const auto& c : plate.candidates)
        candidates.append(QJsonObject { { QStringLiteral("plate"), QString::fromStdString(c.text) },
            { QStringLiteral("confidence"), c.confidence } });
    return { { QStringLiteral("plate"), QString::fromStdString(plate.text) },
        { QStringLiteral("confidence"), plate.confidence },
        { QStringLiteral("box"), QJsonArray { plate.box.x, plate.box.y, plate.box.width, plate.box.height } },
        { QStringLiteral("candidates"), candidates } };
}

int recognise(const QStringList& args)
{
    Command cmd(QStringLiteral("recognise [--json] [--top N] IMAGE... | -"),
        Ctl::tr("Reads the number plates in each image. With - the image paths come from standard input, one a\n"
                "line, and each result is printed as soon as it is ready. With --json each image gives one line:\n"
                "{\"image\", \"ms\" (recognition time, decoding excluded), \"plates\": [{\"plate\", \"confidence\",\n"
                "\"box\": [x, y, w, h], \"candidates\": [{\"plate\", \"confidence\"}]}]}, most confident first;\n"
                "an image that cannot be read gives {\"image\", \"error\"} and the run goes on."),
        {});
    const QCommandLineOption json(QStringLiteral("json"), Ctl::tr("one JSON object per image"));
    const QCommandLineOption top(QStringLiteral("top"), Ctl::tr("candidate texts per plate (default 10)"),
        QStringLiteral("N"), QStringLiteral("10"));
    cmd.parser.addOptions({ json, top });
    if (!cmd.parse(args, -1))
        return cmd.exit;
    QStringList images = cmd.parser.positionalArguments();
    if (images.isEmpty()) {
        err() << Ctl::tr("name the images to read, or - to read their paths from standard input") << '\n';
        return Usage;
    }
    int candidates = 0;
    if (!cmd.positive(top, candidates))
        return cmd.exit;
    auto reader = loadReader();
    if (!reader)
        return Failed;
    bool allRead = true;
    const auto one = [&](const QString& path) {
        const auto result = recogniseFile(*reader, path.toStdString(), candidates);
        allRead = allRead && result.error.isEmpty();
        if (cmd.parser.isSet(json)) {
            QJsonObject line { { QStringLiteral("image"), path } };
            if (!result.error.isEmpty()) {
                line[QStringLiteral("error")] = result.error;
            } else {
                QJsonArray plates;
                for (const auto& plate : result.plates)
                    plates.append(plateJson(plate));
                line[QStringLiteral("ms")] = result.milliseconds;
                line[QStringLiteral("plates")] = plates;
            }
            out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
        } else if (!result.error.isEmpty()) {
            err() << Ctl::tr("%1: %2").arg(path, result.error) << Qt::endl;
        } else {
            out() << Ctl::tr("%1: %n plate(s) in %2 ms", "", int(result.plates.size()))
                         .arg(path, QString::number(result.milliseconds, 'f', 1))
                  << Qt::endl;
            for (const auto& plate : result.plates)
                out() << Ctl::tr("  %1  %2  at %3,%4 %5x%6")
                             .arg(QString::fromStdString(plate.text), QString::number(plate.confidence, 'f', 2))
                             .arg(plate.box.x)
                             .arg(plate.box.y)
                             .arg(plate.box.width)
                             .arg(plate.box.height)
                      << Qt::endl;
        }
    };
    if (images == QStringList { QStringLiteral("-") }) {
        QTextStream in(stdin);
        QString path;
        while (in.readLineInto(&path))
            if (!path.trimmed().isEmpty())
                one(path.trimmed());
    } else {
        for (const auto& path : images)
            one(path);
    }
    return allRead ? Ok : SomeInputRefused;
}

int eval(const QStringList& args)
{
    Command cmd(QStringLiteral("eval FOLDER"),
        Ctl::tr("Scores recognition on a folder of labelled images: labels.csv (image,plate) and, if present,\n"
                "boxes.csv (image,plate,x,y,w,h) to judge detection by position. Prints the detection rate, top-1,\n"
                "top-N, median and 95th percentile time, and the characters it got wrong; the last line is JSON."),
        { QStringLiteral("FOLDER") });
    const QCommandLineOption top(
        QStringLiteral("top"), Ctl::tr("N for top-N (default 5)"), QStringLiteral("N"), QStringLiteral("5"));
    cmd.parser.addOption(top);
    int n = 0;
    if (!cmd.parse(args, 1) || !cmd.positive(top, n))
        return cmd.exit;
    auto reader = loadReader();
    if (!reader)
        return Failed;
    const auto e = evaluate(*reader, cmd.arg(0), n, [](int done, int total) {
        err() << Ctl::tr("\rread %1 of %2 images").arg(done).arg(total) << (done == total ? "\n" : "") << Qt::flush;
    });
    if (!e.problem.isEmpty()) {
        err() << e.problem << '\n';
        return Failed;
    }
    const auto share = [&](int count) { return e.images ? double(count) / e.images : 0.0; };
    const auto percent = [&](int count) { return QString::number(100 * share(count), 'f', 1); };
    for (const auto& miss : e.misses)
        out() << QStringLiteral("  ") << QString::fromStdString(miss) << '\n';
    out() << Ctl::tr("images %1 (unreadable %2)").arg(e.images).arg(e.unreadable) << '\n'
          << Ctl::tr("detection %1%  top-1 %2%  top-%3 %4%")
                 .arg(percent(e.detected), percent(e.top1))
                 .arg(n)
                 .arg(percent(e.topN))
          << '\n'
          << Ctl::tr("time per image: median %1 ms, p95 %2 ms")
                 .arg(QString::number(e.medianMs, 'f', 1), QString::number(e.p95Ms, 'f', 1))
          << '\n';
    std::vector<std::pair<int, std::pair<char, char>>> confusions;
    for (const auto& [pair, count] : e.confusions)
        confusions.emplace_back(count, pair);
    std::sort(confusions.rbegin(), confusions.rend());
    QStringList wrong;
    for (const auto& [count, pair] : confusions)
        wrong << QStringLiteral("%1→%2 ×%3").arg(QLatin1Char(pair.first)).arg(QLatin1Char(pair.second)).arg(count);
    out() << Ctl::tr("characters read wrong (label→read): %1")
                 .arg(wrong.isEmpty() ? Ctl::tr("none") : wrong.join(QStringLiteral(", ")))
          << '\n';
    out() << QJsonDocument(
        QJsonObject { { QStringLiteral("images"), e.images }, { QStringLiteral("detection"), share(e.detected) },
            { QStringLiteral("top1"), share(e.top1) }, { QStringLiteral("topn"), share(e.topN) },
            { QStringLiteral("n"), n }, { QStringLiteral("median_ms"), e.medianMs },
            { QStringLiteral("p95_ms"), e.p95Ms } })
                 .toJson(QJsonDocument::Compact)
          << Qt::endl;
    return Ok;
}

} // namespace

int main(int argc, char** argv)
{
    kestrel::recognition::keepFrameBuffers();
    QCoreApplication app(argc, argv);
    installTranslations(app);
    QCoreApplication::setOrganizationName(QStringLiteral("kestrel"));
    QCoreApplication::setApplicationName(QStringLiteral("kestrel"));

    QStringList args = app.arguments().mid(1);
    QString dbPath = defaultDb();
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--db") && !args.isEmpty()) {
            dbPath = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--db="))) {
            dbPath = option.mid(5);
        } else if (option == QLatin1String("-h") || option == QLatin1String("--help")) {
            out() << overview.arg(defaultDb());
            return Ok;
        } else {
            err() << Ctl::tr("unknown option '%1'; see kestrelctl --help").arg(option) << '\n';
            return Usage;
        }
    }
    if (args.isEmpty() || args.first() == QLatin1String("help")) {
        (args.isEmpty() ? err() : out()) << overview.arg(defaultDb());
        return args.isEmpty() ? Usage : Ok;
    }
    const QString command = args.takeFirst();
    try {
        if (command == QLatin1String("hotlist"))
            return hotlist(dbPath, args);
        if (command == QLatin1String("ingest"))
            return ingest(dbPath, args);
        if (command == QLatin1String("alerts"))
            return alerts(dbPath, args);
        if (command == QLatin1String("camera"))
            return camera(dbPath, args);
        if (command == QLatin1String("clones"))
            return clones(dbPath, args);
        if (command == QLatin1String("user"))
            return user(dbPath, args);
        if (command == QLatin1String("audit"))
            return audit(dbPath, args);
        if (command == QLatin1String("search"))
            return search(dbPath, args);
        if (command == QLatin1String("access"))
            return access(dbPath, args);
        if (command == QLatin1String("keychain"))
            return keychainCommand(dbPath, args);
        if (command == QLatin1String("retention"))
            return retention(dbPath, args);
        if (command == QLatin1String("stats"))
            return stats(dbPath, args);
        if (command == QLatin1String("serve"))
            return serve(dbPath, args);
        if (command == QLatin1String("simulate"))
            return simulate(dbPath, args);
        if (command == QLatin1String("policy"))
            return policy(dbPath, args);
        if (command == QLatin1String("bench"))
            return runBench(args);
        if (command == QLatin1String("recognise"))
            return recognise(args);
        if (command == QLatin1String("eval"))
            return eval(args);
    } catch (const DatabaseError& error) {
        err() << QString::fromUtf8(error.what()) << '\n';
        return Failed;
    }
    err() << Ctl::tr("unknown command '%1'; see kestrelctl --help").arg(command) << '\n';
    return Usage;
}
