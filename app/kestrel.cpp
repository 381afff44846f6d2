// SPDX-License-Identifier: GPL-3.0-or-later
// kestrel: the console. The composition root: it builds the engine and the view-models, wires them, and
// hands them to the QML window.
#include "consolebench.h"

#include "accessrequests.h"
#include "alertdetail.h"
#include "alertqueuemodel.h"
#include "alertsounds.h"
#include "audittrail.h"
#include "cameraplaces.h"
#include "camerawallmodel.h"
#include "clonecases.h"
#include "consolesettings.h"
#include "dashboard.h"
#include "enginestatus.h"
#include "hotlistbook.h"
#include "readimageprovider.h"
#include "readsearch.h"
#include "session.h"

#include "access/accessstore.h"
#include "access/retention.h"
#include "access/searchservice.h"
#include "access/userstore.h"
#include "alerts/alertstore.h"
#include "audit/auditlog.h"
#include "cameras/camerahealth.h"
#include "cameras/camerastore.h"
#include "cameras/framehub.h"
#include "clones/clonestore.h"
#include "demo/demofeed.h"
#include "demo/demousers.h"
#include "demo/demovideofeed.h"
#include "engine/engine.h"
#include "hotlist/hotliststore.h"
#include "i18n/translations.h"
#include "ingest/ingestservice.h"
#include "ingest/pushserver.h"
#include "recognition/framebuffers.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QQmlApplicationEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Kestrel_UiPlugin)
Q_IMPORT_QML_PLUGIN(Kestrel_ConsolePlugin)

using namespace kestrel;

namespace {

class Console {
    Q_DECLARE_TR_FUNCTIONS(Console)
};

// --self-test: every warning fails the run, so a broken binding or a missing property cannot ship.
int selfTestWarnings = 0;
QtMessageHandler defaultHandler = nullptr;

void countWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++selfTestWarnings;
    defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char** argv)
{
    kestrel::recognition::keepFrameBuffers();
    QApplication app(argc, argv); // Qt Charts draws with widgets' graphics scene
    QCoreApplication::setOrganizationName(QStringLiteral("kestrel"));
    QCoreApplication::setApplicationName(QStringLiteral("kestrel"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(Console::tr("Kestrel ANPR console"));
    parser.addHelpOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        Console::tr("Run on demo data: a throwaway data folder, a demo hotlist and a stream of demo reads."));
    const QCommandLineOption data(QStringLiteral("data"),
        Console::tr("The data folder (default: %1)")
            .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
        QStringLiteral("DIR"));
    const QCommandLineOption user(QStringLiteral("user"),
        Console::tr("The user name the sign-in starts with; with --demo, that demo user is signed in at once."),
        QStringLiteral("NAME"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        Console::tr("The theme for this run: dark, light or contrast (the console's own choice is kept otherwise)."),
        QStringLiteral("THEME"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
        Console::tr("Load every page on demo data, run briefly, exit non-zero on any warning."));
    const QCommandLineOption serve(QStringLiteral("serve"),
        Console::tr("Host the cameras in this console: read every enabled video camera and take camera agents' "
                    "pushes on ADDRESS:PORT (instead of kestrelctl serve on another host)."),
        QStringLiteral("ADDRESS:PORT"));
    const QCommandLineOption page(QStringLiteral("page"),
        Console::tr("The page to open on after sign-in: alerts (the default), cameras, dashboard, search, "
                    "authorisations or audit."),
        QStringLiteral("PAGE"), QStringLiteral("alerts"));
    const QCommandLineOption bench(QStringLiteral("bench"),
        Console::tr("Measure the console under load: camera reads raise N alerts (a burst, then a steady rate with "
                    "the queue full), then the queue is scrolled top to bottom; prints read-to-row latency and frame "
                    "times as JSON."),
        QStringLiteral("N"));
    parser.addOptions({ demo, data, user, theme, selfTest, serve, page, bench });
    parser.process(app);
    QHostAddress serveAddress;
    quint16 servePort = 0;
    if (parser.isSet(serve) && !PushServer::parseListen(parser.value(serve), serveAddress, servePort)) {
        std::fprintf(stderr, "%s\n",
            qPrintable(
                Console::tr("--serve takes ADDRESS:PORT, e.g. 127.0.0.1:8750, not '%1'").arg(parser.value(serve))));
        return 2;
    }

    const bool testing = parser.isSet(selfTest);
    const bool benchmarking = parser.isSet(bench);
    const bool demoMode = parser.isSet(demo) || testing || benchmarking;
    const int benchAlerts = benchmarking ? parser.value(bench).toInt() : 0;
    if (benchmarking && benchAlerts < 1) {
        std::fprintf(stderr, "%s\n",
            qPrintable(Console::tr("--bench takes a number of alerts, not '%1'").arg(parser.value(bench))));
        return 2;
    }
    if (testing)
        defaultHandler = qInstallMessageHandler(countWarnings);

    QTemporaryDir demoFolder;
    QString folder = parser.value(data);
    if (folder.isEmpty())
        folder = demoMode ? demoFolder.path() : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString dbPath = folder + QStringLiteral("/kestrel.db");

    std::unique_ptr<Database> db;
    std::unique_ptr<Engine> engine;
    std::vector<HotlistEntry> demoHotlist;
    std::vector<DemoUser> demoUsers;
    try {
        db = std::make_unique<Database>(dbPath);
        if (demoMode) {
            HotlistStore hotlists(*db);
            demoHotlist = seedDemoHotlist(hotlists, systemClock(), benchmarking ? benchAlerts : 40);
            if (!benchmarking) {
                CameraStore registry(*db);
                seedDemoCameras(registry, DemoVideoFeed::videoPath(folder));
                seedDemoHistory(*db, demoHotlist, systemClock());
            }
            UserStore users(*db);
            demoUsers = seedDemoUsers(users, systemClock());
        }
        engine = std::make_unique<Engine>(dbPath);
    } catch (const DatabaseError& error) {
        std::fprintf(
            stderr, "%s\n", qPrintable(Console::tr("Kestrel cannot start: %1").arg(QString::fromUtf8(error.what()))));
        return 1;
    }
    if (demoMode) {
        std::printf("%s\n", qPrintable(Console::tr("Demo data in %1 (deleted when the console closes)").arg(folder)));
        std::printf("%s\n", qPrintable(Console::tr("Demo users (user name, password, roles):")));
        for (const auto& person : demoUsers)
            std::printf("  %-14s %-22s %s\n", qPrintable(person.name), qPrintable(person.password),
                qPrintable(roleNames(person.roles).join(QStringLiteral(", "))));
        std::fflush(stdout);
    }

    UserStore users(*db);
    AuditLog audit(*db);
    Session session(users, audit, engine->policy(), systemClock);
    app.installEventFilter(&session);
    CameraStore cameraStore(*db);
    CameraPlaces places(cameraStore, session);
    AlertStore alertStore(*db);
    AlertQueueModel alerts(alertStore, engine->policy(), systemClock, &places);
    QObject::connect(&session, &Session::userChanged, &alerts, &AlertQueueModel::setOperatorName);
    AlertSounds sounds(alerts);
    SqliteReadStore reads(*db);
    auto images = std::make_unique<ReadImageProvider>(); // handed to the QML engine below, which owns it
    AlertDetail detail(alertStore, reads, places, *images, systemClock);
    QObject::connect(&session, &Session::userChanged, &detail, &AlertDetail::setViewer);
    ConsoleSettings settings(parser.value(theme));
    Dashboard dashboard(alertStore, reads, systemClock);
    SearchService searchService(*db, reads, engine->policy());
    ReadSearch search(searchService, reads, audit, session, places, *images, systemClock);
    AccessStore accessStore(*db);
    AccessRequests requests(accessStore, session, engine->policy().accessBands, systemClock);
    AuditTrail trail(audit);
    HotlistBook hotlists(*db, dbPath, session, systemClock);
    QObject::connect(&hotlists, &HotlistBook::alertRaised, &alerts, &AlertQueueModel::addAlert);
    CloneStore cloneStore(*db);
    CloneCases clones(cloneStore, reads, audit, session, places, *images, systemClock);
    QObject::connect(engine.get(), &Engine::cloneSuspected, &clones, &CloneCases::refresh);
    EngineStatus status(engine->readsTotal());
    QObject::connect(engine.get(), &Engine::alertRaised, &alerts, &AlertQueueModel::addAlert);
    QObject::connect(engine.get(), &Engine::alertFolded, &alerts, &AlertQueueModel::updateAlert);
    QObject::connect(engine.get(), &Engine::readsStored, &status, &EngineStatus::setReadsTotal);
    QObject::connect(engine.get(), &Engine::storeFailed, &status, &EngineStatus::setProblem);
    engine->start();
    // Reads and images past retention go, hourly (from every console and server: running it twice is harmless).
    RetentionSchedule retention(dbPath, systemClock, QStringLiteral("kestrel console"));
    QObject::connect(&retention, &RetentionSchedule::failed, &status, &EngineStatus::setProblem);

    // Every camera's health and latest frame, whoever feeds them (the demo video, this console's own cameras).
    CameraHealth health(systemClock, engine->policy().cameraSilenceMs);
    FrameHub frames;
    QObject::connect(&health, &CameraHealth::cameraSilent, &status, &EngineStatus::cameraSilent);
    QObject::connect(&health, &CameraHealth::cameraHeard, &status, &EngineStatus::cameraHeard);
    CameraWallModel cameras(health, frames, &places);

    std::unique_ptr<IngestService> ingest;
    if (parser.isSet(serve)) {
        ingest = std::make_unique<IngestService>(*engine, dbPath, health, &frames);
        QString problem;
        if (!ingest->start(serveAddress, servePort, &problem)) {
            std::fprintf(stderr, "%s\n", qPrintable(Console::tr("Kestrel cannot host the cameras: %1").arg(problem)));
            return 1;
        }
    }

    std::unique_ptr<DemoFeed> feed;
    std::unique_ptr<DemoVideoFeed> video;
    if (demoMode && !benchmarking) {
        feed = std::make_unique<DemoFeed>(*engine, demoHotlist, testing ? 200 : 12, testing ? 0.2 : 0.03, &health);
        feed->start();
        std::vector<std::string> hotlisted;
        for (const auto& entry : demoHotlist)
            hotlisted.push_back(entry.vrm);
        video = std::make_unique<DemoVideoFeed>(*engine, health, folder, hotlisted, &frames);
        video->start();
    }

    // In demo mode --user signs its demo user in at once (the self-test starts as the supervisor and goes on to
    // the other roles' pages; the benchmark is an operator).
    const QString startUser = parser.isSet(user) ? parser.value(user)
        : testing                                ? QStringLiteral("supervisor")
        : benchmarking                           ? QStringLiteral("operator")
                                                 : QString();
    for (const auto& person : demoUsers)
        if (person.name == startUser)
            session.signIn(person.name, person.password);

    QQmlApplicationEngine qml;
    qml.addImageProvider(QStringLiteral("reads"), images.release());
    qml.setInitialProperties({ { QStringLiteral("session"), QVariant::fromValue(&session) },
        { QStringLiteral("alerts"), QVariant::fromValue(&alerts) },
        { QStringLiteral("detail"), QVariant::fromValue(&detail) },
        { QStringLiteral("sounds"), QVariant::fromValue(&sounds) },
        { QStringLiteral("cameras"), QVariant::fromValue(&cameras) },
        { QStringLiteral("dashboard"), QVariant::fromValue(&dashboard) },
        { QStringLiteral("search"), QVariant::fromValue(&search) },
        { QStringLiteral("requests"), QVariant::fromValue(&requests) },
        { QStringLiteral("trail"), QVariant::fromValue(&trail) },
        { QStringLiteral("hotlists"), QVariant::fromValue(&hotlists) },
        { QStringLiteral("clones"), QVariant::fromValue(&clones) },
        { QStringLiteral("status"), QVariant::fromValue(&status) },
        { QStringLiteral("settings"), QVariant::fromValue(&settings) },
        { QStringLiteral("startPage"), parser.value(page) }, { QStringLiteral("startUser"), startUser },
        { QStringLiteral("demo"), demoMode } });
    qml.load(QUrl(QStringLiteral("qrc:/Kestrel/Console/Main.qml")));
    if (qml.rootObjects().isEmpty())
        return 1;
    std::unique_ptr<ConsoleBench> benchmark;
    if (benchmarking) {
        auto* window = qobject_cast<QQuickWindow*>(qml.rootObjects().constFirst());
        benchmark = std::make_unique<ConsoleBench>(*engine, alerts, demoHotlist);
        benchmark->start(window);
    }

    if (testing) {
        // Long enough for demo alerts to arrive and their rows to be made, then open one, claim and close it.
        QTimer::singleShot(1500, &app, [&] {
            if (!session.signedIn() || alerts.rowCount() == 0)
                ++selfTestWarnings;
            else {
                detail.show(alerts.index(0).data(AlertQueueModel::AlertIdRole).toLongLong());
                if (!alerts.claim(0) || !alerts.close(0, engine->policy().closeReasons.first()))
                    ++selfTestWarnings;
            }
        });
        // Then the pages of the other roles: an investigator's search, an auditor's trail.
        const auto signInAs = [&](const QString& name) {
            session.signOut();
            for (const auto& person : demoUsers)
                if (person.name == name && !session.signIn(person.name, person.password))
                    ++selfTestWarnings;
        };
        QTimer::singleShot(2000, &app, [&] {
            signInAs(QStringLiteral("investigator"));
            search.run(QStringLiteral("investigation"), QStringLiteral("SELF-TEST"), QStringLiteral("AB*"), {}, {}, {});
            if (search.rowCount() == 0 || search.property("refused").toBool())
                ++selfTestWarnings;
        });
        QTimer::singleShot(2600, &app, [&] { signInAs(QStringLiteral("auditor")); });
        QTimer::singleShot(3200, &app, &QCoreApplication::quit);
    }
    const int code = app.exec();
    benchmark.reset();
    ingest.reset();
    video.reset();
    if (feed)
        feed->stop();
    engine->stop();
    if (testing) {
        std::printf("self-test: %d warning(s), %d open alert(s) shown\n", selfTestWarnings, alerts.rowCount());
        return selfTestWarnings == 0 ? 0 : 1;
    }
    return code;
}
