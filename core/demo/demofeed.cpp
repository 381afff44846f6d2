// SPDX-License-Identifier: GPL-3.0-or-later
#include "demofeed.h"

#include "demovideofeed.h"
#include "trafficvideo.h"

#include "access/accessstore.h"
#include "access/userstore.h"
#include "alerts/alertstore.h"
#include "cameras/camerahealth.h"
#include "cameras/camerastore.h"
#include "clones/clonestore.h"
#include "engine/engine.h"
#include "hotlist/hotlistmatcher.h"
#include "hotlist/hotliststore.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"
#include "vrm/vrm.h"

#include <algorithm>
#include <array>
#include <set>

namespace kestrel {

namespace {
constexpr std::string_view tagLetters = "ABCDEFGHJKLMNOPRSTUVWXY"; // no I, Q, Z
constexpr std::string_view serialLetters = "ABCDEFGHJKLMNOPRSTUVWXYZ"; // no I, Q
constexpr std::array<const char*, 6> cameras
    = { "M4-J10-EB", "M4-J11-WB", "A34-NEWBURY-NB", "A329M-LOOP-SB", "A33-RELIEF-NB", "MOBILE-RV21" };

struct DemoCategory {
    const char* category;
    Priority priority;
    const char* action;
};
constexpr std::array<DemoCategory, 8> categories = { {
    { "firearms", Priority::High, "Armed subjects believed in vehicle. Do not approach. ARV only." },
    { "wanted person", Priority::High, "Driver wanted on warrant. Stop and arrest." },
    { "missing person", Priority::High, "High-risk missing person may be in vehicle. Stop and check welfare." },
    { "stolen vehicle", Priority::Medium, "Reported stolen. Stop, secure vehicle, arrest occupants." },
    { "major crime", Priority::Medium, "Linked to an ongoing investigation. Do not stop. Report sighting to MIR." },
    { "no insurance", Priority::Low, "No insurance on MID. Stop, check, seize under s165 if confirmed." },
    { "no mot", Priority::Low, "No valid MOT. Advise or report if stopped." },
    { "intelligence", Priority::Low, "Intelligence marker. Record sighting only." },
} };

char pick(QRandomGenerator& random, std::string_view from)
{
    return from[random.bounded(int(from.size()))];
}
} // namespace

std::string randomUkVrm(QRandomGenerator& random)
{
    std::string vrm;
    vrm += pick(random, tagLetters);
    vrm += pick(random, tagLetters);
    const int year = 2 + random.bounded(25); // 02 .. 26
    const int age = random.bounded(2) ? year + 50 : year;
    vrm += char('0' + age / 10);
    vrm += char('0' + age % 10);
    for (int i = 0; i < 3; ++i)
        vrm += pick(random, serialLetters);
    return vrm;
}

std::vector<HotlistEntry> seedDemoHotlist(HotlistStore& store, qint64 nowMs, int count, quint32 seed)
{
    std::vector<HotlistEntry> entries;
    if (store.count() > 0) {
        store.forEachLive(nowMs, [&](const HotlistEntry& e) { entries.push_back(e); });
        return entries;
    }
    QRandomGenerator random(seed);
    std::set<std::string> vrms;
    for (int i = 0; i < count; ++i) {
        const auto& c = categories[size_t(i) % categories.size()];
        HotlistEntry e;
        do
            e.vrm = randomUkVrm(random);
        while (!vrms.insert(e.vrm).second);
        e.list = QStringLiteral("Demo");
        e.category = QString::fromLatin1(c.category);
        e.priority = c.priority;
        e.action = QString::fromLatin1(c.action);
        e.source = i % 3 ? QStringLiteral("PNC") : QStringLiteral("Local intelligence");
        e.reference = QStringLiteral("DEMO/%1").arg(1000 + i);
        e.effectiveMs = nowMs - 24 * 3600 * 1000LL;
        e.expiryMs = nowMs + 90 * 24 * 3600 * 1000LL;
        // The demo's entries were validated (by its supervisor, for local ones), but for a few local ones that
        // wait for the supervisor still.
        e.state = i % 9 == 0 ? EntryState::Pending : EntryState::Live;
        if (e.source != QLatin1String("PNC") && e.state == EntryState::Live) {
            e.validatedBy = QStringLiteral("supervisor");
            e.validatedMs = nowMs;
        }
        entries.push_back(std::move(e));
    }
    store.add(entries, nowMs, QStringLiteral("investigator"));
    std::erase_if(entries, [](const HotlistEntry& e) { return e.state != EntryState::Live; });
    return entries;
}

void seedDemoCameras(CameraStore& cameras, const QString& videoPath)
{
    for (const auto& camera : cameras.list())
        if (camera.registered)
            return;
    struct Site {
        const char* code;
        const char* name;
        const char* road;
        const char* direction;
        double latitude, longitude;
    };
    const Site sites[] = {
        { "M4-J10-EB", "M4 junction 10", "M4", "eastbound", 51.4300, -0.8870 },
        { "M4-J11-WB", "M4 junction 11", "M4", "westbound", 51.4220, -0.9890 },
        { "A34-NEWBURY-NB", "A34 Newbury bypass", "A34", "northbound", 51.4100, -1.3400 },
        { "A329M-LOOP-SB", "A329(M) Loddon bridge", "A329(M)", "southbound", 51.4260, -0.9200 },
        { "A33-RELIEF-NB", "A33 relief road", "A33", "northbound", 51.4300, -0.9700 },
        { "MOBILE-RV21", "Traffic car RV21", "", "", 0, 0 },
        { DemoVideoFeed::camera, "A4 Bath Road (demo video)", "A4", "eastbound", 51.4560, -0.9800 },
    };
    QRandomGenerator random = QRandomGenerator::securelySeeded();
    for (const Site& site : sites) {
        Camera camera;
        camera.code = site.code;
        camera.name = QString::fromUtf8(site.name);
        camera.road = QString::fromUtf8(site.road);
        camera.direction = QString::fromUtf8(site.direction);
        camera.dpiaReference = QStringLiteral("DPIA/DEMO/1");
        if (site.latitude != 0) {
            camera.latitude = site.latitude;
            camera.longitude = site.longitude;
        } else {
            camera.kind = Camera::Kind::Mobile;
        }
        // The demo video is read by the console itself; the others "push" (nobody holds their tokens).
        const bool video = camera.code == DemoVideoFeed::camera;
        camera.push = !video;
        camera.url = video ? videoPath : QString();
        cameras.add(camera, video ? QString() : QString::number(random.generate64(), 36));
    }
}

namespace {
// A cloned plate: the genuine silver Ford on the M4 at J10, a black BMW with its plate on the A34 at Newbury four
// minutes later, found as the engine finds such journeys; and the genuine keeper's report of tickets for places
// they never went.
void seedDemoClone(Database& db, qint64 atMs)
{
    std::vector<Read> pair(2);
    const char* const cameras[] = { "M4-J10-EB", "A34-NEWBURY-NB" };
    const Read::Vehicle seen[]
        = { { "silver", "Ford", "Focus", "hatchback" }, { "black", "BMW", "3 Series", "saloon" } };
    for (size_t i = 0; i < pair.size(); ++i) {
        pair[i].vrm = "LC19KNT";
        pair[i].camera = cameras[i];
        pair[i].timeMs = atMs + qint64(i) * 4 * 60 * 1000;
        pair[i].confidence = 0.97f;
        pair[i].vehicle = seen[i];
        pair[i].platePatch = plateJpeg(pair[i].vrm, i == 1);
    }
    CloneDetector detector(150, 60'000);
    CameraStore cameras_(db);
    Database::Transaction tx(db);
    SqliteReadStore(db).append(pair);
    std::optional<CloneSuspicion> suspicion;
    for (const Read& read : pair)
        for (const auto& camera : cameras_.list())
            if (camera.code == read.camera && camera.latitude)
                suspicion = detector.check(read, { *camera.latitude, *camera.longitude });
    CloneStore store(db);
    if (suspicion)
        store.suspect(*suspicion, atMs + 5 * 60 * 1000);
    tx.commit();
    VictimReport report;
    report.vrm = "LC19KNT";
    report.reporter = QStringLiteral("Jo Keeper");
    report.contact = QStringLiteral("07700 900461, jo.keeper@example.org");
    report.make = QStringLiteral("Ford");
    report.model = QStringLiteral("Focus");
    report.colour = QStringLiteral("silver");
    report.crimeReference = QStringLiteral("43/11873/26");
    report.notices = { { QStringLiteral("2026-10-14"), QStringLiteral("Newbury, Bartholomew Street bus gate"),
                           QStringLiteral("West Berkshire Council"), QStringLiteral("PCN WB40021877") },
        { QStringLiteral("2026-11-02"), QStringLiteral("A34 southbound, average speed check"),
            QStringLiteral("Thames Valley Safety Camera Partnership"), QStringLiteral("NIP 2611-0093") } };
    User taker;
    taker.name = QStringLiteral("operator");
    taker.roles = Role::Operator;
    qint64 id = 0;
    store.report(report, taker, atMs + 60 * 60 * 1000, id);
}
} // namespace

void seedDemoHistory(Database& db, const std::vector<HotlistEntry>& hotlist, qint64 nowMs, quint32 seed)
{
    SqliteReadStore reads(db);
    if (reads.count() > 0 || hotlist.empty())
        return;
    QRandomGenerator random(seed);
    constexpr qint64 minute = 60 * 1000, hour = 60 * minute;
    const qint64 start = nowMs - 24 * hour;
    // Reads an hour at a busy camera, by hour of day: quiet at night, peaks at the rush hours.
    constexpr std::array<int, 24> curve = { 40, 25, 20, 20, 30, 70, 160, 320, 380, 300, 250, 240, 250, 240, 250, 290,
        360, 390, 320, 230, 170, 120, 90, 60 };
    const qint64 silentFrom = nowMs - 9 * hour, silentTo = silentFrom + 2 * hour;

    std::vector<Read> batch;
    std::vector<std::pair<Read, const HotlistEntry*>> hits;
    for (size_t c = 0; c < cameras.size(); ++c) {
        const double size = 1.0 - 0.15 * double(c); // some cameras watch quieter roads
        for (qint64 t = start; t < nowMs; t += hour) {
            const int hourOfDay = QDateTime::fromMSecsSinceEpoch(t).toUTC().time().hour();
            const int n = int(curve[size_t(hourOfDay)] * size * (0.85 + 0.3 * random.generateDouble()));
            for (int i = 0; i < n; ++i) {
                Read read;
                read.camera = cameras[c];
                read.timeMs = t + random.bounded(int(hour));
                if (read.timeMs >= nowMs || (c == 2 && read.timeMs >= silentFrom && read.timeMs < silentTo))
                    continue;
                read.confidence = float(0.80 + random.bounded(0.19));
                if (random.bounded(150) == 0) {
                    const HotlistEntry& entry = hotlist[size_t(random.bounded(int(hotlist.size())))];
                    read.vrm = entry.vrm;
                    read.platePatch = plateJpeg(read.vrm, random.bounded(2) == 0);
                    hits.emplace_back(read, &entry);
                } else {
                    read.vrm = randomUkVrm(random);
                }
                batch.push_back(std::move(read));
            }
        }
    }
    std::sort(batch.begin(), batch.end(), [](const Read& a, const Read& b) { return a.timeMs < b.timeMs; });
    std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first.timeMs < b.first.timeMs; });

    AlertStore alerts(db);
    std::vector<std::pair<Alert, const HotlistEntry*>> raised;
    Database::Transaction tx(db);
    reads.append(batch);
    for (const auto& [hit, entry] : hits) {
        const auto stored = std::find_if(batch.begin(), batch.end(),
            [&](const Read& r) { return r.timeMs == hit.timeMs && r.camera == hit.camera && r.vrm == hit.vrm; });
        const auto alert
            = alerts.raiseOrFold(*stored, { entry->id, entry->priority, 0, false }, *entry, 5 * minute, stored->timeMs);
        if (alert.isNew && stored->timeMs < nowMs - 20 * minute) // the last few are still waiting
            raised.emplace_back(alert.alert, entry);
    }
    tx.commit();
    seedDemoClone(db, nowMs - 3 * hour);

    // The hits as operators dealt with them: claimed after a while, then closed or dispatched.
    const QStringList reasons = { QStringLiteral("misread"), QStringLiteral("no unit available"),
        QStringLiteral("out of area"), QStringLiteral("information-only marker") };
    const QStringList operators = { QStringLiteral("operator"), QStringLiteral("supervisor") };
    for (const auto& [alert, entry] : raised) {
        const QString who = operators[random.bounded(int(operators.size()))];
        // Urgent alerts are claimed sooner.
        const int meanSeconds = entry->priority == Priority::High ? 25 : entry->priority == Priority::Medium ? 70 : 200;
        const qint64 claimed = alert.firstSeenMs + qint64(1000 * meanSeconds * (0.2 + 1.6 * random.generateDouble()));
        alerts.claim(alert.id, who, claimed);
        const qint64 done = claimed + qint64(random.bounded(30, 400)) * 1000;
        if (entry->priority == Priority::High && random.bounded(2) == 0)
            alerts.dispatch(alert.id, who,
                QStringLiteral("%1 of %2")
                    .arg(random.bounded(100, 999), 4, 10, QLatin1Char('0'))
                    .arg(QDateTime::fromMSecsSinceEpoch(done).toString(QStringLiteral("dd/MM"))),
                done);
        else
            alerts.close(alert.id, who, reasons[random.bounded(int(reasons.size()))], reasons, done);
    }

    // An investigator waiting for a supervisor: older reads of a vehicle in a burglary series.
    AccessRequest request;
    request.requester = QStringLiteral("investigator");
    request.purpose = Purpose::Serious;
    request.reference = QStringLiteral("43/88213/26 (Op Heron)");
    request.vrms = { QString::fromStdString(hotlist.front().vrm) };
    request.fromMs = nowMs - 300 * 24 * hour;
    request.toMs = nowMs - 80 * 24 * hour;
    request.justification
        = QStringLiteral("Vehicle seen near four of the series' scenes; need its movements since January");
    QString problem;
    AccessStore(db).request(request, nowMs - 40 * minute, &problem);
}

DemoFeed::DemoFeed(Engine& engine, std::vector<HotlistEntry> hotlist, double readsPerSecond, double hitShare,
    CameraHealth* health, quint32 seed)
    : m_engine(engine)
    , m_health(health)
    , m_hotlist(std::move(hotlist))
    , m_hitShare(hitShare)
    , m_random(seed)
{
    m_timer.setInterval(std::max(1, int(1000 / readsPerSecond)));
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // A refused read is simply not made: demo traffic has no camera waiting to resend it.
        Read read = nextRead();
        const std::string camera = read.camera;
        if (m_engine.submit({ std::move(read) }) == Engine::Submitted::Accepted && m_health)
            m_health->readsArrived(camera, 1);
    });
}

void DemoFeed::start()
{
    m_timer.start();
}
void DemoFeed::stop()
{
    m_timer.stop();
}

Read DemoFeed::nextRead()
{
    Read read;
    read.camera = cameras[size_t(m_random.bounded(int(cameras.size())))];
    read.timeMs = m_engine.clock()();
    read.confidence = float(0.80 + m_random.bounded(0.19));
    if (!m_hotlist.empty() && m_random.generateDouble() < m_hitShare) {
        read.vrm = m_hotlist[size_t(m_random.bounded(int(m_hotlist.size())))].vrm;
        // Now and then the camera misreads one confusable character.
        if (m_random.bounded(4) == 0) {
            for (char& c : read.vrm) {
                if (const char misread = vrm::misreadTwin(c)) {
                    c = misread;
                    read.confidence = 0.62f;
                    break;
                }
            }
        }
        read.platePatch = plateJpeg(read.vrm, m_random.bounded(2) == 0); // what the camera saw
    } else {
        read.vrm = randomUkVrm(m_random);
    }
    return read;
}

} // namespace kestrel
