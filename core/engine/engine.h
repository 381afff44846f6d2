// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alert.h"
#include "clones/clonedetector.h"
#include "hotlist/hotlistmatcher.h"
#include "io/clock.h"
#include "policy/policy.h"
#include "store/read.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace kestrel {

class AlertStore;
class CloneStore;
class Database;
class HotlistStore;
class SqliteReadStore;

struct EngineOptions {
    size_t queueCapacity = 100'000; // reads waiting to be stored before producers are refused
    // Reads per transaction at most. The writer takes whatever is waiting, so at a force's usual few reads a
    // second a batch is a read or two; under a backlog, large batches share one commit and one fsync.
    size_t maxBatch = 25'000;
    // How often the hotlists are checked for changes made elsewhere (an import, a validation, a removal).
    int hotlistPollMs = 300;
};

// The data path: reads in from any thread -> a bounded queue -> one writer thread that stores each batch,
// matches it against the hotlists and raises or folds alerts, all in one transaction -> Qt signals.
// A read is only reported stored once its transaction has committed.
class Engine : public QObject {
    Q_OBJECT
public:
    // Opens (and migrates) the database and loads the live hotlist. Throws DatabaseError.
    explicit Engine(const QString& dbPath, Clock clock = systemClock, EngineOptions options = {});
    ~Engine() override;

    void start();
    // Stores everything already accepted, then stops the writer.
    void stop();

    enum class Submitted { Accepted, QueueFull, Stopped };
    // Called on the writer thread once the reads are committed (true) or could not be stored (false).
    using Completion = std::function<void(bool stored)>;
    // Runs on the writer thread inside the transaction that stores the reads, so that what it writes (a
    // receipt, a clean-up) is committed with them or not at all. It may throw DatabaseError.
    using Alongside = std::function<void(Database&)>;
    // Any thread. Accepts all the reads or none: QueueFull is back-pressure, try again later.
    Submitted submit(std::vector<Read> reads, Completion onStored = {}, Alongside alongside = {});

    size_t queued() const;
    qint64 readsTotal() const { return m_total.load(); }
    Policy policy() const;
    const Clock& clock() const { return m_clock; }

    // The hotlists' change count (HotlistStore::version) the matcher was built at. A change made anywhere is
    // in the matcher within hotlistPollMs and the time to rebuild it, which is done beside the writer and
    // swapped in whole: matching never waits for it.
    qint64 matcherVersion() const { return m_matcherVersion.load(); }

Q_SIGNALS:
    // Each alert carries acceptedNs: when the read that raised or folded it was submitted.
    void alertRaised(const kestrel::Alert& alert);
    void alertFolded(const kestrel::Alert& alert);
    void readsStored(qint64 total);
    // The matcher was rebuilt from hotlists that changed: entries live now.
    void hotlistsReloaded(qint64 entries);
    void storeFailed(const QString& message);
    // A journey no vehicle can make raised a clone case (isNew) or added evidence to the VRM's open one.
    void cloneSuspected(qint64 caseId, bool isNew);

private:
    struct Pending {
        std::vector<Read> reads;
        Completion onStored;
        Alongside alongside;
        qint64 acceptedNs = 0; // steadyNanoseconds() when submitted
    };
    void run();
    void process(std::vector<Pending>& work);
    void watchHotlists();
    // A matcher of every live entry, and the change count it was built at, as the store stands.
    std::pair<std::shared_ptr<const HotlistMatcher>, qint64> buildMatcher(Database& db) const;

    Clock m_clock;
    EngineOptions m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqliteReadStore> m_reads;
    std::unique_ptr<HotlistStore> m_hotlists;
    std::unique_ptr<AlertStore> m_alerts;
    std::unique_ptr<CloneStore> m_clones;
    Policy m_policy;
    // Where each read was taken: the position a mobile camera sent, or its camera's (fixed cameras' positions,
    // looked up once a minute at most); nothing when neither is known.
    std::optional<GeoPoint> placeOf(const Read& read, qint64 nowMs);
    void rememberRecentReads();
    std::unordered_map<std::string, std::optional<GeoPoint>> m_cameraPlaces;
    qint64 m_placesLoadedMs = 0;
    CloneDetector m_cloneDetector;

    QString m_dbPath;
    mutable std::mutex m_matcherMutex; // guards the pointer only: a matcher is never changed once built
    std::shared_ptr<const HotlistMatcher> m_matcher;
    std::atomic<qint64> m_matcherVersion { 0 };
    std::thread m_watcher;
    std::mutex m_watchMutex;
    std::condition_variable m_watchWake;
    bool m_watchStopping = false;

    mutable std::mutex m_queueMutex;
    std::condition_variable m_wake;
    std::deque<Pending> m_queue;
    size_t m_queuedReads = 0;
    bool m_running = false;
    bool m_stopping = false;
    std::thread m_writer;
    std::atomic<qint64> m_total { 0 };
};

} // namespace kestrel
