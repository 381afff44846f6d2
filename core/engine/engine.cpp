// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "alerts/alertstore.h"
#include "clones/clonestore.h"
#include "hotlist/hotliststore.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

namespace kestrel {

Engine::Engine(const QString& dbPath, Clock clock, EngineOptions options)
    : m_clock(std::move(clock))
    , m_options(options)
    , m_db(std::make_unique<Database>(dbPath))
    , m_reads(std::make_unique<SqliteReadStore>(*m_db))
    , m_hotlists(std::make_unique<HotlistStore>(*m_db))
    , m_alerts(std::make_unique<AlertStore>(*m_db))
    , m_clones(std::make_unique<CloneStore>(*m_db))
    , m_policy(Policy::load(*m_db))
    , m_cloneDetector(m_policy.cloneMaxKmh, m_policy.cloneWindowMs)
    , m_dbPath(dbPath)
{
    qRegisterMetaType<kestrel::Alert>();
    auto [matcher, version] = buildMatcher(*m_db);
    m_matcher = std::move(matcher);
    m_matcherVersion = version;
    m_total = m_reads->count();
    rememberRecentReads();
}

void Engine::rememberRecentReads()
{
    // The clone check compares each read with its VRM's last sighting: after a restart, those of the last hours
    // are in the file, not in memory. By camera, so that the (camera, time) index finds them.
    auto& select = m_db->prepared(
        "SELECT r.id, r.ts, c.code, v.vrm, coalesce(r.latitude, c.latitude), coalesce(r.longitude, c.longitude) "
        "FROM reads r INDEXED BY reads_by_camera JOIN cameras c ON c.id = r.camera_id JOIN vrms v ON "
        "v.id = r.vrm_id WHERE r.camera_id IN (SELECT id FROM cameras) AND r.ts >= ?");
    select.bind(1, m_clock() - m_cloneDetector.horizonMs());
    while (select.step()) {
        if (select.isNull(4) || select.isNull(5))
            continue;
        Read read;
        read.id = select.int64(0);
        read.timeMs = select.int64(1);
        read.camera = select.text(2);
        read.vrm = select.text(3);
        m_cloneDetector.remember(read, { select.real(4), select.real(5) });
    }
    select.reset();
}

std::pair<std::shared_ptr<const HotlistMatcher>, qint64> Engine::buildMatcher(Database& db) const
{
    // One read snapshot: the entries and the count they stand at agree.
    db.exec("BEGIN");
    HotlistStore store(db);
    const qint64 version = store.version();
    auto matcher = std::make_shared<HotlistMatcher>(m_policy.maxSubstitutions);
    matcher->reserve(size_t(store.count()));
    store.forEachLive(m_clock(), [&](const HotlistEntry& entry) { matcher->add(entry); });
    db.exec("COMMIT");
    return { std::move(matcher), version };
}

void Engine::watchHotlists()
{
    std::optional<Database> db;
    std::unique_lock lock(m_watchMutex);
    while (!m_watchWake.wait_for(
        lock, std::chrono::milliseconds(m_options.hotlistPollMs), [this] { return m_watchStopping; })) {
        lock.unlock();
        try {
            if (!db)
                db.emplace(m_dbPath);
            if (HotlistStore(*db).version() != m_matcherVersion) {
                auto [matcher, version] = buildMatcher(*db);
                const qint64 entries = qint64(matcher->size());
                {
                    std::lock_guard swap(m_matcherMutex);
                    m_matcher = std::move(matcher);
                }
                m_matcherVersion = version;
                Q_EMIT hotlistsReloaded(entries);
            }
        } catch (const DatabaseError& error) {
            db.reset(); // tried again at the next poll, with a fresh connection
            qWarning("hotlists could not be reloaded: %s", error.what());
        }
        lock.lock();
    }
}

Engine::~Engine()
{
    stop();
}

void Engine::start()
{
    std::lock_guard lock(m_queueMutex);
    if (m_running)
        return;
    m_running = true;
    m_stopping = false;
    m_writer = std::thread([this] { run(); });
    m_watchStopping = false;
    m_watcher = std::thread([this] { watchHotlists(); });
}

void Engine::stop()
{
    {
        std::lock_guard lock(m_queueMutex);
        if (!m_running)
            return;
        m_stopping = true;
    }
    m_wake.notify_all();
    m_writer.join();
    {
        std::lock_guard watch(m_watchMutex);
        m_watchStopping = true;
    }
    m_watchWake.notify_all();
    m_watcher.join();
    std::lock_guard lock(m_queueMutex);
    m_running = false;
}

Engine::Submitted Engine::submit(std::vector<Read> reads, Completion onStored, Alongside alongside)
{
    {
        std::lock_guard lock(m_queueMutex);
        if (m_stopping)
            return Submitted::Stopped;
        // A batch larger than the whole queue is still taken when the queue is empty, or it never could be.
        if (m_queuedReads > 0 && m_queuedReads + reads.size() > m_options.queueCapacity)
            return Submitted::QueueFull;
        m_queuedReads += reads.size();
        m_queue.push_back({ std::move(reads), std::move(onStored), std::move(alongside), steadyNanoseconds() });
    }
    m_wake.notify_one();
    return Submitted::Accepted;
}

size_t Engine::queued() const
{
    std::lock_guard lock(m_queueMutex);
    return m_queuedReads;
}

Policy Engine::policy() const
{
    return m_policy;
}

void Engine::run()
{
    std::vector<Pending> work;
    for (;;) {
        {
            std::unique_lock lock(m_queueMutex);
            m_wake.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
            if (m_queue.empty())
                return; // stopping, and everything accepted has been stored
            size_t reads = 0;
            while (!m_queue.empty() && (work.empty() || reads + m_queue.front().reads.size() <= m_options.maxBatch)) {
                reads += m_queue.front().reads.size();
                work.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            m_queuedReads -= reads;
        }
        process(work);
        work.clear();
    }
}

std::optional<GeoPoint> Engine::placeOf(const Read& read, qint64 nowMs)
{
    if (read.latitude && read.longitude)
        return GeoPoint { *read.latitude, *read.longitude };
    if (nowMs - m_placesLoadedMs > 60'000) { // a camera moved or added meanwhile is seen within a minute
        m_cameraPlaces.clear();
        m_placesLoadedMs = nowMs;
    }
    const auto [it, first] = m_cameraPlaces.try_emplace(read.camera);
    if (first) {
        auto& select = m_db->prepared("SELECT latitude, longitude FROM cameras WHERE code = ?");
        select.bind(1, read.camera);
        if (select.step() && !select.isNull(0) && !select.isNull(1))
            it->second = GeoPoint { select.real(0), select.real(1) };
        select.reset();
    }
    return it->second;
}

void Engine::process(std::vector<Pending>& work)
{
    std::vector<AlertStore::Raised> raised;
    std::vector<std::pair<qint64, bool>> suspected;
    bool stored = false;
    qint64 count = 0;
    try {
        Database::Transaction tx(*m_db);
        const qint64 now = m_clock();
        std::shared_ptr<const HotlistMatcher> matcher;
        {
            std::lock_guard swap(m_matcherMutex);
            matcher = m_matcher;
        }
        for (auto& pending : work) {
            m_reads->append(pending.reads);
            if (pending.alongside)
                pending.alongside(*m_db);
            for (const Read& read : pending.reads) {
                const auto matches = matcher->match(read);
                if (matches.empty())
                    continue;
                // The most urgent, strongest match decides the alert; an entry removed since the matcher
                // saw it no longer counts.
                for (const auto& match : matches) {
                    if (const auto entry = m_hotlists->get(match.entryId); entry && entry->state == EntryState::Live) {
                        raised.push_back(m_alerts->raiseOrFold(read, match, *entry, m_policy.foldWindowMs, now));
                        raised.back().alert.acceptedNs = pending.acceptedNs;
                        break;
                    }
                }
            }
            // Exact VRMs, each compared with where its plate was last seen.
            for (const Read& read : pending.reads)
                if (const auto where = placeOf(read, now))
                    if (const auto suspicion = m_cloneDetector.check(read, *where))
                        suspected.push_back(m_clones->suspect(*suspicion, now));
            count += static_cast<qint64>(pending.reads.size());
        }
        tx.commit();
        stored = true;
    } catch (const DatabaseError& error) {
        Q_EMIT storeFailed(tr("Reads could not be stored (%1): the cameras were not told they were accepted and "
                              "will send them again. Check the disk and the database file.")
                               .arg(QString::fromUtf8(error.what())));
    }
    for (auto& pending : work)
        if (pending.onStored)
            pending.onStored(stored);
    if (!stored)
        return;
    Q_EMIT readsStored(m_total += count);
    for (const auto& r : raised) {
        if (r.isNew)
            Q_EMIT alertRaised(r.alert);
        else
            Q_EMIT alertFolded(r.alert);
    }
    for (const auto& [id, isNew] : suspected)
        Q_EMIT cloneSuspected(id, isNew);
}

} // namespace kestrel
