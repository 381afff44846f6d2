// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarks.h"

#include "access/searchservice.h"

#include "clones/clonedetector.h"
#include "demo/demofeed.h"
#include "engine/engine.h"
#include "hotlist/hotlistcsv.h"
#include "hotlist/hotlistmatcher.h"
#include "hotlist/hotliststore.h"
#include "recognition/platereader.h"
#include "stats/percentile.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"
#include "vrm/vrm.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <unordered_set>

namespace kestrel::bench {

namespace {
using SteadyClock = std::chrono::steady_clock;

double secondsSince(SteadyClock::time_point start)
{
    return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

QString fixed(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

// vrm with one character swapped for a confusable one, as a camera might misread it.
std::string misread(std::string vrm)
{
    for (char& c : vrm)
        if (const char twin = vrm::misreadTwin(c)) {
            c = twin;
            break;
        }
    return vrm;
}

std::vector<std::string> randomVrms(size_t n, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<std::string> out(n);
    for (auto& vrm : out)
        vrm = randomUkVrm(random);
    return out;
}

// Resident memory of this process, in megabytes (Linux).
double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    return 0;
}

std::string cameraCode(int i)
{
    return QStringLiteral("CAM%1").arg(i, 3, 10, QLatin1Char('0')).toStdString();
}

// Where a benchmark's databases go: the given folder, or a temporary one removed afterwards.
struct Folder {
    explicit Folder(const QString& path)
        : m_path(path)
    {
        if (m_path.isEmpty())
            m_path = m_temporary.path();
        QDir().mkpath(m_path);
    }
    QString file(const QString& name) const
    {
        QFile::remove(m_path + QLatin1Char('/') + name);
        return m_path + QLatin1Char('/') + name;
    }
    QTemporaryDir m_temporary;
    QString m_path;
};
} // namespace

QJsonObject match(const MatchOptions& o, const Say& say)
{
    const auto entries = randomVrms(size_t(o.entries), 42);
    const qint64 now = 1'790'000'000'000;

    auto start = SteadyClock::now();
    HotlistMatcher matcher(1);
    matcher.reserve(entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
        HotlistEntry e;
        e.id = qint64(i + 1);
        e.vrm = entries[i];
        matcher.add(e);
    }
    const double buildSeconds = secondsSince(start);
    std::unordered_set<std::string> bare(entries.begin(), entries.end());
    say(QStringLiteral("hotlist: %1 entries, matcher built in %2 s").arg(entries.size()).arg(fixed(buildSeconds)));

    // Reads as a camera sees them: 2% hotlisted vehicles, 1% misreads of hotlisted ones, the rest not listed.
    QRandomGenerator random(7);
    const auto others = randomVrms(size_t(o.lookups), 99);
    std::vector<Read> reads(size_t(o.lookups));
    for (size_t i = 0; i < reads.size(); ++i) {
        const double roll = random.generateDouble();
        const auto& listed = entries[random.bounded(quint32(entries.size()))];
        reads[i].vrm = roll < 0.02 ? listed : roll < 0.03 ? misread(listed) : others[i];
        reads[i].timeMs = now;
    }

    // Each read through the full check (exact and misread-tolerant), timed one by one.
    std::vector<double> micros;
    micros.reserve(reads.size());
    size_t hits = 0;
    for (const auto& read : reads) {
        const auto t = SteadyClock::now();
        hits += matcher.match(read).size();
        micros.push_back(std::chrono::duration<double, std::micro>(SteadyClock::now() - t).count());
    }
    const double p50 = percentile(micros, 50), p99 = percentile(micros, 99), max = micros.back();
    say(QStringLiteral("exact + misread-tolerant, per read: p50 %1 us, p99 %2 us, max %3 us (%4 hits in %5 reads; "
                       "includes ~0.02 us of clock reading)")
            .arg(fixed(p50, 3), fixed(p99, 3), fixed(max, 1))
            .arg(hits)
            .arg(reads.size()));

    // The exact path against a bare unordered_set<std::string> lookup of the same reads: best of three
    // whole passes each, so the clock costs nothing.
    double exactNs = 1e18, bareNs = 1e18;
    size_t found = 0;
    for (int pass = 0; pass < 3; ++pass) {
        auto t = SteadyClock::now();
        for (const auto& read : reads)
            found += matcher.containsExact(read.vrm, read.timeMs);
        exactNs = std::min(exactNs, secondsSince(t) * 1e9 / double(reads.size()));
        t = SteadyClock::now();
        for (const auto& read : reads)
            found += bare.find(read.vrm) != bare.end();
        bareNs = std::min(bareNs, secondsSince(t) * 1e9 / double(reads.size()));
    }
    say(QStringLiteral("exact path: %1 ns per read; bare unordered_set<std::string>: %2 ns; ratio %3 (%4 found)")
            .arg(fixed(exactNs, 1), fixed(bareNs, 1), fixed(exactNs / bareNs, 3))
            .arg(found));
    return { { QStringLiteral("benchmark"), QStringLiteral("match") }, { QStringLiteral("entries"), o.entries },
        { QStringLiteral("reads"), o.lookups }, { QStringLiteral("p50_us"), p50 }, { QStringLiteral("p99_us"), p99 },
        { QStringLiteral("exact_ns"), exactNs }, { QStringLiteral("bare_set_ns"), bareNs },
        { QStringLiteral("ratio_to_bare_set"), exactNs / bareNs } };
}

QJsonObject clones(const ClonesOptions& o, const Say& say)
{
    // Cameras on a grid over Great Britain (50 to 58.5 N, 5.5 W to 1.5 E), in pairs 2 km apart.
    QRandomGenerator random(11);
    std::unordered_map<std::string, GeoPoint> places;
    std::vector<std::string> codes;
    const int pairs = std::max(1, o.cameras / 2);
    const int columns = int(std::ceil(std::sqrt(double(pairs))));
    for (int i = 0; i < pairs; ++i) {
        const GeoPoint site { 50.0 + 8.5 * (i / columns) / columns, -5.5 + 7.0 * (i % columns) / columns };
        for (int side = 0; side < 2; ++side) {
            codes.push_back("CAM" + std::to_string(i) + (side ? "B" : "A"));
            places[codes.back()] = { site.latitude + side * 0.018, site.longitude }; // 2 km north
        }
    }
    // Each vehicle drives past its home pair of cameras; one read in a thousand is its plate on a clone, anywhere.
    const auto vrms = randomVrms(size_t(o.vehicles), 5);
    std::vector<quint32> home(vrms.size());
    for (auto& h : home)
        h = random.bounded(quint32(pairs));
    const qint64 start = 1'790'000'000'000, dayMs = 24 * 3600 * 1000LL;
    std::vector<Read> reads(size_t(o.reads));
    for (size_t i = 0; i < reads.size(); ++i) {
        const quint32 v = random.bounded(quint32(vrms.size()));
        reads[i].id = qint64(i + 1);
        reads[i].vrm = vrms[v];
        reads[i].timeMs = start + qint64(double(i) / double(reads.size()) * dayMs);
        const bool clone = random.bounded(1000) == 0;
        const quint32 pair = clone ? random.bounded(quint32(pairs)) : home[v];
        reads[i].camera = codes[pair * 2 + random.bounded(2)];
    }
    say(QStringLiteral("%1 reads of %2 vehicles at %3 cameras over a day")
            .arg(reads.size())
            .arg(vrms.size())
            .arg(codes.size()));

    CloneDetector detector(150, 60'000);
    size_t suspicions = 0;
    const auto t = SteadyClock::now();
    for (const Read& read : reads) {
        const auto place = places.find(read.camera); // as the engine's camera cache does
        if (place != places.end() && detector.check(read, place->second))
            ++suspicions;
    }
    const double seconds = secondsSince(t);
    const double usPerRead = seconds * 1e6 / double(reads.size());
    say(QStringLiteral("clone check: %1 us per read on average (%2 s for all); %3 suspected clones; %4 VRMs "
                       "remembered at the end")
            .arg(fixed(usPerRead, 3), fixed(seconds))
            .arg(suspicions)
            .arg(detector.remembered()));
    return { { QStringLiteral("benchmark"), QStringLiteral("clones") }, { QStringLiteral("reads"), o.reads },
        { QStringLiteral("vehicles"), o.vehicles }, { QStringLiteral("cameras"), int(codes.size()) },
        { QStringLiteral("suspicions"), qint64(suspicions) }, { QStringLiteral("us_per_read"), usPerRead } };
}

QJsonObject ingest(const IngestOptions& o, const Say& say)
{
    Folder folder(o.folder);
    const qint64 start = 1'790'000'000'000;
    const auto hotlist = randomVrms(size_t(o.hotlistEntries), 5);
    const auto population = randomVrms(500'000, 6);

    // A force's traffic: 200 cameras, reads ~350 ms apart, 1% of them hotlisted vehicles.
    QRandomGenerator random(8);
    std::vector<Read> reads(size_t(o.reads));
    for (size_t i = 0; i < reads.size(); ++i) {
        Read& r = reads[i];
        r.vrm = random.generateDouble() < 0.01 ? hotlist[random.bounded(quint32(hotlist.size()))]
                                               : population[random.bounded(quint32(population.size()))];
        r.camera = cameraCode(int(random.bounded(200)));
        r.timeMs = start + qint64(i) * 350;
        r.confidence = float(0.7 + random.generateDouble() * 0.3);
    }

    const QString enginePath = folder.file(QStringLiteral("ingest-engine.db"));
    {
        Database db(enginePath);
        HotlistStore store(db);
        std::vector<HotlistEntry> entries(hotlist.size());
        for (size_t i = 0; i < entries.size(); ++i) {
            entries[i].vrm = hotlist[i];
            entries[i].list = QStringLiteral("PNC");
            entries[i].category = QStringLiteral("stolen vehicle");
            entries[i].action = entries[i].source = entries[i].reference = QStringLiteral("bench");
            entries[i].state = EntryState::Live;
        }
        store.add(entries, start);
    }

    // The whole engine: submitted in camera-sized chunks, timed until the last read is committed.
    Engine engine(enginePath, [start] { return start; });
    std::atomic<qint64> stored { 0 };
    std::atomic<int> failures { 0 };
    std::atomic<size_t> completed { 0 };
    qint64 refusals = 0;
    engine.start();
    auto t = SteadyClock::now();
    constexpr size_t chunk = 500;
    for (size_t i = 0; i < reads.size(); i += chunk) {
        const auto end = reads.begin() + qint64(std::min(reads.size(), i + chunk));
        std::vector<Read> part(reads.begin() + qint64(i), end);
        const auto n = qint64(part.size());
        auto done = [&, n](bool ok) {
            ok ? stored += n : ++failures;
            ++completed;
        };
        while (engine.submit(part, done) == Engine::Submitted::QueueFull) {
            ++refusals;
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
    }
    while (completed < (reads.size() + chunk - 1) / chunk)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    const double engineSeconds = secondsSince(t);
    engine.stop();
    qint64 alerts = 0;
    {
        Database db(enginePath);
        alerts = db.prepared("SELECT count(*) FROM alerts").scalar().value_or(0);
    }
    const double engineRate = double(stored) / engineSeconds;
    say(QStringLiteral("engine: %1 reads stored, matched and alerted in %2 s = %3 reads/s (%4 alerts, %5 times "
                       "the queue was full, %6 failed batches)")
            .arg(stored.load())
            .arg(fixed(engineSeconds))
            .arg(fixed(engineRate, 0))
            .arg(alerts)
            .arg(refusals)
            .arg(failures.load()));

    // The bare baseline: the same rows into the same schema with plain prepared statements, one
    // transaction per batch of the engine's size, nothing else.
    const QString barePath = folder.file(QStringLiteral("ingest-bare.db"));
    Database bareDb(barePath);
    auto& cameraId = bareDb.prepared("SELECT id FROM cameras WHERE code = ?");
    auto& addCamera = bareDb.prepared("INSERT INTO cameras(code) VALUES (?)");
    auto& vrmId = bareDb.prepared("SELECT id FROM vrms WHERE vrm = ?");
    auto& addVrm = bareDb.prepared("INSERT INTO vrms(vrm, rvrm) VALUES (?, ?)");
    auto& addRead = bareDb.prepared("INSERT INTO reads(ts, camera_id, vrm_id, confidence) VALUES (?,?,?,?)");
    const size_t batch = EngineOptions {}.maxBatch;
    t = SteadyClock::now();
    for (size_t i = 0; i < reads.size(); i += batch) {
        Database::Transaction tx(bareDb);
        for (size_t j = i; j < std::min(reads.size(), i + batch); ++j) {
            const Read& r = reads[j];
            auto camera = cameraId.bind(1, r.camera).scalar();
            if (!camera) {
                addCamera.bind(1, r.camera).run();
                camera = bareDb.lastInsertId();
            }
            auto vrm = vrmId.bind(1, r.vrm).scalar();
            if (!vrm) {
                addVrm.bind(1, r.vrm).bind(2, std::string(r.vrm.rbegin(), r.vrm.rend())).run();
                vrm = bareDb.lastInsertId();
            }
            addRead.bind(1, r.timeMs).bind(2, *camera).bind(3, *vrm).bind(4, qint64(r.confidence * 100)).run();
        }
        tx.commit();
    }
    const double bareSeconds = secondsSince(t);
    const double bareRate = double(reads.size()) / bareSeconds;
    say(QStringLiteral("bare prepared-statement insert of the same rows: %1 s = %2 reads/s; engine/bare = %3")
            .arg(fixed(bareSeconds), fixed(bareRate, 0), fixed(engineRate / bareRate, 3)));

    // The same bare insert through Qt Sql's QSQLITE driver, the other way the store could have been
    // written: what it costs is why the store speaks the sqlite3 C API.
    const QString qtPath = folder.file(QStringLiteral("ingest-qtsql.db"));
    Database { qtPath }; // the same schema and file settings
    double qtRate = 0;
    {
        QSqlDatabase qt = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        qt.setDatabaseName(qtPath);
        qt.open();
        QSqlQuery(QStringLiteral("PRAGMA synchronous=FULL"), qt).exec();
        QSqlQuery(QStringLiteral("PRAGMA cache_size=-131072"), qt).exec();
        QSqlQuery(QStringLiteral("PRAGMA wal_autocheckpoint=20000"), qt).exec();
        QSqlQuery qtCameraId(qt), qtAddCamera(qt), qtVrmId(qt), qtAddVrm(qt), qtAddRead(qt);
        qtCameraId.prepare(QStringLiteral("SELECT id FROM cameras WHERE code = ?"));
        qtAddCamera.prepare(QStringLiteral("INSERT INTO cameras(code) VALUES (?)"));
        qtVrmId.prepare(QStringLiteral("SELECT id FROM vrms WHERE vrm = ?"));
        qtAddVrm.prepare(QStringLiteral("INSERT INTO vrms(vrm, rvrm) VALUES (?, ?)"));
        qtAddRead.prepare(QStringLiteral("INSERT INTO reads(ts, camera_id, vrm_id, confidence) VALUES (?,?,?,?)"));
        // Looks up a row's id, inserting it when missing.
        const auto idOf = [](QSqlQuery& find, QSqlQuery& add, const QVariantList& values) {
            find.addBindValue(values.front());
            find.exec();
            if (find.next()) {
                const qint64 id = find.value(0).toLongLong();
                find.finish();
                return id;
            }
            for (const auto& v : values)
                add.addBindValue(v);
            add.exec();
            return add.lastInsertId().toLongLong();
        };
        t = SteadyClock::now();
        for (size_t i = 0; i < reads.size(); i += batch) {
            qt.transaction();
            for (size_t j = i; j < std::min(reads.size(), i + batch); ++j) {
                const Read& r = reads[j];
                const QString vrm = QString::fromStdString(r.vrm);
                const qint64 camera = idOf(qtCameraId, qtAddCamera, { QString::fromStdString(r.camera) });
                std::string reversed(r.vrm.rbegin(), r.vrm.rend());
                const qint64 vrmId = idOf(qtVrmId, qtAddVrm, { vrm, QString::fromStdString(reversed) });
                for (const QVariant& v :
                    { QVariant(r.timeMs), QVariant(camera), QVariant(vrmId), QVariant(qint64(r.confidence * 100)) })
                    qtAddRead.addBindValue(v);
                qtAddRead.exec();
            }
            qt.commit();
        }
        qtRate = double(reads.size()) / secondsSince(t);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    say(QStringLiteral("the same insert through Qt Sql (QSQLITE): %1 reads/s = %2 of the sqlite3 C API")
            .arg(fixed(qtRate, 0), fixed(qtRate / bareRate, 3)));
    return { { QStringLiteral("benchmark"), QStringLiteral("ingest") }, { QStringLiteral("reads"), o.reads },
        { QStringLiteral("reads_per_s"), engineRate }, { QStringLiteral("bare_reads_per_s"), bareRate },
        { QStringLiteral("ratio_to_bare_insert"), engineRate / bareRate },
        { QStringLiteral("qt_sql_reads_per_s"), qtRate }, { QStringLiteral("alerts"), alerts } };
}

QJsonObject hotlistImport(const HotlistImportOptions& o, const Say& say)
{
    Folder folder(o.folder);
    const QString path = folder.file(QStringLiteral("hotlist-import.db"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto vrms = randomVrms(size_t(o.entries) + 10'000, 11);
    const char* const categories[] = { "stolen vehicle", "no insurance", "no mot", "wanted person", "intelligence" };
    const Priority priorities[] = { Priority::Medium, Priority::Low, Priority::Low, Priority::High, Priority::Low };
    const auto entryOf = [&](size_t i) {
        HotlistEntry e;
        e.vrm = vrms[i];
        e.list = QStringLiteral("PNC");
        e.category = QString::fromLatin1(categories[i % 5]);
        e.priority = priorities[i % 5];
        e.action = QStringLiteral("Stop and check");
        e.source = QStringLiteral("PNC");
        e.reference = QStringLiteral("PNC/%1").arg(i);
        e.state = EntryState::Live;
        return e;
    };
    {
        // Yesterday's extract: 10,000 entries, live.
        Database db(path);
        std::vector<HotlistEntry> yesterday;
        for (size_t i = 0; i < 10'000; ++i)
            yesterday.push_back(entryOf(size_t(o.entries) + i));
        HotlistStore(db).replaceList(QStringLiteral("PNC"), yesterday, now, QStringLiteral("bench"));
    }
    const QString extract = folder.file(QStringLiteral("pnc-extract.csv"));
    {
        QFile file(extract);
        file.open(QIODevice::WriteOnly);
        std::vector<HotlistEntry> today;
        for (size_t i = 0; i < size_t(o.entries); ++i)
            today.push_back(entryOf(i));
        writeHotlistCsv(file, today);
        say(QStringLiteral("extract: %1 lines, %2 MB").arg(o.entries).arg(fixed(double(file.size()) / 1e6, 1)));
    }

    // Camera reads, each timed from submission until it is matched and stored.
    Engine engine(path);
    engine.start();
    std::atomic<bool> importing { false }, feeding { true };
    std::atomic<qint64> worstNs { 0 }, worstAtNs { 0 }, importStartNs { 0 };
    std::atomic<int> duringImport { 0 };
    std::thread feeder([&] {
        QRandomGenerator random(3);
        const auto others = randomVrms(10'000, 12);
        while (feeding) {
            Read read;
            read.vrm = random.bounded(100) == 0 ? vrms[random.bounded(quint32(o.entries))]
                                                : others[random.bounded(quint32(others.size()))];
            read.camera = "M4-J10-EB";
            read.timeMs = QDateTime::currentMSecsSinceEpoch();
            const qint64 submitted = steadyNanoseconds();
            const bool measured = importing;
            engine.submit({ read }, [&, submitted, measured](bool) {
                if (!measured)
                    return;
                ++duringImport;
                const qint64 waited = steadyNanoseconds() - submitted;
                for (qint64 seen = worstNs; waited > seen && !worstNs.compare_exchange_weak(seen, waited);) { }
                if (waited == worstNs)
                    worstAtNs = submitted - importStartNs;
            });
            std::this_thread::sleep_for(std::chrono::microseconds(1'000'000 / std::max(1, o.readsPerSecond)));
        }
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(500));

    importStartNs = steadyNanoseconds();
    importing = true;
    const auto t = SteadyClock::now();
    QFile file(extract);
    file.open(QIODevice::ReadOnly);
    Database db(path);
    HotlistStore store(db);
    auto parsed = readHotlistCsv(file, { now, store.categories(), {} });
    const double parseSeconds = secondsSince(t);
    for (auto& e : parsed.entries)
        e.state = importedState(e.source);
    store.replaceList(QStringLiteral("PNC"), parsed.entries, now, QStringLiteral("bench"));
    const double storeSeconds = secondsSince(t);
    const qint64 version = store.version();
    while (engine.matcherVersion() < version)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    const double importSeconds = secondsSince(t);
    std::this_thread::sleep_for(std::chrono::milliseconds(200)); // reads submitted at the end complete
    importing = false;
    feeding = false;
    feeder.join();
    engine.stop();

    qint64 live = 0;
    store.forEachLive(now + 1, [&](const HotlistEntry&) { ++live; });
    const double worstMs = double(worstNs.load()) / 1e6;
    say(QStringLiteral("import: %1 entries (%2 lines refused) read in %3 s, the list replaced by %4 s, the running "
                       "engine matching against it by %5 s; %6 entries live")
            .arg(parsed.entries.size())
            .arg(parsed.problems.size())
            .arg(fixed(parseSeconds), fixed(storeSeconds), fixed(importSeconds))
            .arg(live));
    say(QStringLiteral("meanwhile %1 camera reads, the longest waiting %2 ms to be matched and stored (submitted %3 s "
                       "into the import)")
            .arg(duringImport.load())
            .arg(fixed(worstMs))
            .arg(fixed(double(worstAtNs.load()) / 1e9)));
    return { { QStringLiteral("benchmark"), QStringLiteral("hotlist-import") }, { QStringLiteral("entries"), live },
        { QStringLiteral("import_s"), importSeconds }, { QStringLiteral("max_match_pause_ms"), worstMs },
        { QStringLiteral("reads_during_import"), duringImport.load() } };
}

QJsonObject search(const SearchOptions& o, const Say& say)
{
    Folder folder(o.folder);
    Database db(folder.file(QStringLiteral("search.db")));
    SqliteReadStore store(db);
    const auto population = randomVrms(size_t(o.vehicles), 21);
    const qint64 start = 1'790'000'000'000;
    const qint64 span = qint64(o.days) * 24 * 3600 * 1000;
    const qint64 step = span / o.reads;

    QRandomGenerator random(22);
    auto t = SteadyClock::now();
    constexpr int batch = 50'000;
    std::vector<Read> reads;
    std::vector<Read> sample; // real sightings, for range queries that find something
    for (int i = 0; i < o.reads; i += batch) {
        reads.clear();
        for (int j = i; j < std::min(o.reads, i + batch); ++j) {
            Read r;
            r.vrm = population[random.bounded(quint32(population.size()))];
            r.camera = cameraCode(int(random.bounded(quint32(o.cameras))));
            r.timeMs = start + qint64(j) * step;
            r.confidence = float(0.7 + random.generateDouble() * 0.3);
            reads.push_back(std::move(r));
        }
        Database::Transaction tx(db);
        store.append(reads);
        tx.commit();
        sample.push_back(reads[random.bounded(quint32(reads.size()))]);
        if ((i + batch) % 1'000'000 == 0)
            say(QStringLiteral("  stored %1 of %2 reads").arg(i + batch).arg(o.reads));
    }
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const double bytesPerRead = double(store.sizeOnDisk()) / o.reads;
    say(QStringLiteral("store: %1 reads of %2 vehicles over %3 days at %4 cameras, built in %5 s; %6 bytes per read "
                       "on disk (no images)")
            .arg(o.reads)
            .arg(o.vehicles)
            .arg(o.days)
            .arg(o.cameras)
            .arg(fixed(secondsSince(t), 1), fixed(bytesPerRead, 1)));

    const auto timeQueries = [&](const QString& name, const std::function<ReadQuery(int)>& make) {
        std::vector<double> ms;
        size_t rows = 0;
        for (int i = 0; i < o.queries; ++i) {
            const ReadQuery query = make(i);
            const auto q = SteadyClock::now();
            rows += store.search(query).reads.size();
            ms.push_back(std::chrono::duration<double, std::milli>(SteadyClock::now() - q).count());
        }
        const double p50 = percentile(ms, 50), p95 = percentile(ms, 95);
        say(QStringLiteral("%1: p50 %2 ms, p95 %3 ms, max %4 ms (%5 queries, %6 rows in all)")
                .arg(name, fixed(p50, 3), fixed(p95, 3), fixed(ms.back(), 3))
                .arg(o.queries)
                .arg(rows));
        return p95;
    };
    const auto someVrm = [&] {
        ReadQuery q;
        q.vrm = population[random.bounded(quint32(population.size()))];
        return q;
    };
    const double exact = timeQueries(QStringLiteral("exact VRM"), [&](int) { return someVrm(); });
    const double wildcard = timeQueries(QStringLiteral("wildcard (AB1?C* and *12CDE forms)"), [&](int i) {
        ReadQuery q = someVrm();
        q.vrm = i % 2 ? q.vrm.substr(0, 3) + '?' + q.vrm[4] + '*' : '*' + q.vrm.substr(2);
        return q;
    });
    // A VRM as a camera might have misread it (one character swapped for its confusable twin), searched for
    // allowing for misreads: it finds the vehicle under its real VRM.
    const double tolerant = timeQueries(QStringLiteral("misread-tolerant VRM"), [&](int) {
        ReadQuery q = someVrm();
        for (char& c : q.vrm)
            if (const char twin = vrm::misreadTwin(c)) {
                c = twin;
                break;
            }
        q.tolerant = true;
        return q;
    });
    // A vehicle seen at a camera, asked for over the week around that sighting at that camera and two others.
    const double range = timeQueries(QStringLiteral("VRM + 7-day range + 3 cameras"), [&](int i) {
        const Read& seen = sample[size_t(i) % sample.size()];
        ReadQuery q;
        q.vrm = seen.vrm;
        q.fromMs = seen.timeMs - qint64(random.bounded(7)) * 24 * 3600 * 1000;
        q.toMs = q.fromMs + 7LL * 24 * 3600 * 1000;
        q.cameras = { seen.camera, cameraCode(int(random.bounded(quint32(o.cameras)))),
            cameraCode(int(random.bounded(quint32(o.cameras)))) };
        return q;
    });
    // The same exact-VRM search as an investigator makes it: the access policy decides (the user's grants
    // looked up), the search runs in the range allowed, and the search is audited (a committed record).
    SearchService guarded(db, store, Policy {});
    User investigator;
    investigator.name = QStringLiteral("bench");
    investigator.roles = Role::Investigator;
    const qint64 end = start + span;
    std::vector<double> policyMs;
    size_t policyRows = 0;
    for (int i = 0; i < o.queries; ++i) {
        const QString vrm = QString::fromStdString(someVrm().vrm);
        const auto q = SteadyClock::now();
        SearchRequest request;
        request.reference = QStringLiteral("BENCH/1");
        request.vrm = vrm;
        request.fromMs = start;
        request.toMs = end;
        policyRows += guarded.search(investigator, request, end).page.reads.size();
        policyMs.push_back(std::chrono::duration<double, std::milli>(SteadyClock::now() - q).count());
    }
    const double policyP50 = percentile(policyMs, 50), policyP95 = percentile(policyMs, 95);
    say(QStringLiteral("exact VRM under the access policy, audited: p50 %1 ms, p95 %2 ms, max %3 ms (%4 queries, %5 "
                       "rows in all)")
            .arg(fixed(policyP50, 3), fixed(policyP95, 3), fixed(policyMs.back(), 3))
            .arg(o.queries)
            .arg(policyRows));
    return { { QStringLiteral("benchmark"), QStringLiteral("search") }, { QStringLiteral("reads"), o.reads },
        { QStringLiteral("exact_p95_ms"), exact }, { QStringLiteral("wildcard_p95_ms"), wildcard },
        { QStringLiteral("tolerant_p95_ms"), tolerant }, { QStringLiteral("range_p95_ms"), range },
        { QStringLiteral("policy_exact_p95_ms"), policyP95 }, { QStringLiteral("bytes_per_read"), bytesPerRead } };
}

QJsonObject recognise(const RecogniseOptions& o, const Say& say)
{
    cv::Mat frame, empty;
    if (!o.image.isEmpty()) {
        frame = cv::imread(o.image.toStdString(), cv::IMREAD_COLOR);
        if (frame.empty()) {
            say(QStringLiteral("cannot read %1").arg(o.image));
            return {};
        }
    } else {
        // A 1080p frame: textured road scene with a camera's noise, a car-sized dark block, a white plate with
        // OpenCV's stroke font; and the same frame without the plate, as most of a camera's frames are (every row
        // the finder finds in them is read, and light characters on dark are looked for too).
        cv::RNG rng(3);
        frame = cv::Mat(1080, 1920, CV_8UC3);
        rng.fill(frame, cv::RNG::UNIFORM, cv::Scalar::all(60), cv::Scalar::all(140));
        cv::GaussianBlur(frame, frame, cv::Size(15, 15), 5);
        cv::rectangle(frame, cv::Rect(700, 420, 620, 420), cv::Scalar(40, 40, 90), cv::FILLED);
        cv::Mat noise(frame.size(), CV_16SC3);
        rng.fill(noise, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(4));
        cv::add(frame, noise, empty, cv::noArray(), CV_8UC3);
        cv::rectangle(frame, cv::Rect(880, 700, 250, 56), cv::Scalar(30, 215, 245), cv::FILLED);
        cv::putText(frame, "AB12 CDE", cv::Point(893, 744), cv::FONT_HERSHEY_DUPLEX, 1.45, cv::Scalar(10, 10, 10), 3);
        cv::add(frame, noise, frame, cv::noArray(), CV_8UC3);
    }
    const double before = residentMegabytes();
    PlateReader reader;
    // A frame read o.frames times: the 50th and 95th percentiles of the time per read, and what it read.
    struct Timed {
        double p50 = 0, p95 = 0;
        std::string text;
    };
    const auto time = [&](const cv::Mat& image) {
        std::vector<double> ms;
        Timed timed;
        for (int i = 0; i < o.frames; ++i) {
            const auto t = SteadyClock::now();
            const auto plates = reader.read(image);
            ms.push_back(std::chrono::duration<double, std::milli>(SteadyClock::now() - t).count());
            timed.text = plates.empty() ? std::string() : plates.front().text;
        }
        timed.p50 = percentile(ms, 50);
        timed.p95 = percentile(ms, 95);
        return timed;
    };
    const Timed read = time(frame);
    QString said = QStringLiteral("%1x%2 frame, %3 frames: p50 %4 ms, p95 %5 ms; read \"%6\"")
                       .arg(frame.cols)
                       .arg(frame.rows)
                       .arg(o.frames)
                       .arg(fixed(read.p50), fixed(read.p95), QString::fromStdString(read.text));
    QJsonObject out { { QStringLiteral("benchmark"), QStringLiteral("recognise") },
        { QStringLiteral("width"), frame.cols }, { QStringLiteral("height"), frame.rows },
        { QStringLiteral("p50_ms"), read.p50 }, { QStringLiteral("p95_ms"), read.p95 },
        { QStringLiteral("plate"), QString::fromStdString(read.text) } };
    if (!empty.empty()) {
        const Timed none = time(empty);
        said += QStringLiteral("; without the plate: p50 %1 ms, p95 %2 ms").arg(fixed(none.p50), fixed(none.p95));
        out.insert(QStringLiteral("no_plate_p50_ms"), none.p50);
        out.insert(QStringLiteral("no_plate_p95_ms"), none.p95);
    }
    const double memory = residentMegabytes() - before;
    say(said + QStringLiteral("; the reader holds %1 MB").arg(fixed(memory, 1)));
    out.insert(QStringLiteral("reader_mb"), memory);
    return out;
}

} // namespace kestrel::bench
