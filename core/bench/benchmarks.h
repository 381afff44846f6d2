// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

// The speed benchmarks behind `kestrelctl bench`: each measures one part against the figures a national
// deployment needs, reports as it goes through say(), and returns its figures for the JSON summary line.
namespace kestrel::bench {

using Say = std::function<void(const QString&)>;

struct MatchOptions {
    int entries = 5'000'000;
    int lookups = 1'000'000;
};
QJsonObject match(const MatchOptions& options, const Say& say);

struct IngestOptions {
    int reads = 2'000'000;
    int hotlistEntries = 100'000;
    QString folder; // where the two database files go (a temporary folder when empty)
};
QJsonObject ingest(const IngestOptions& options, const Say& say);

struct HotlistImportOptions {
    int entries = 1'000'000; // lines of the PNC-style extract that replaces the list
    int readsPerSecond = 100; // camera reads flowing through the engine meanwhile (a busy force's peak)
    QString folder;
};
// A full refresh of the PNC list from a CSV extract while reads flow: from opening the file to the running
// engine matching against the new list; and the longest any read waited to be matched and stored meanwhile.
QJsonObject hotlistImport(const HotlistImportOptions& options, const Say& say);

struct SearchOptions {
    int reads = 10'000'000;
    int vehicles = 2'000'000;
    int cameras = 200;
    int days = 90;
    int queries = 200;
    QString folder;
};
QJsonObject search(const SearchOptions& options, const Say& say);

struct RecogniseOptions {
    QString image; // a frame to read; empty: a synthetic 1080p street frame with one plate
    int frames = 200;
};
QJsonObject recognise(const RecogniseOptions& options, const Say& say);

struct ClonesOptions {
    int reads = 10'000'000; // a sixth of a national day
    int vehicles = 3'000'000;
    int cameras = 2'000; // across Great Britain, each with a partner 2 km down the road
};
// The clone check each read gets as it is stored (its camera's position looked up, then compared with where its
// VRM was last seen): the average cost per read, on a day's traffic in which one read in a thousand is a cloned
// plate far from home.
QJsonObject clones(const ClonesOptions& options, const Say& say);

struct HttpOptions {
    QString serverProgram; // kestrelctl, run as `serve` in a child process
    double rate = 5000; // sustained: reads/s offered
    int seconds = 20;
    int connections = 32;
    int burstRequests = 20'000; // burst: as fast as the server answers, into a small queue
    int burstConnections = 256;
    int burstQueue = 64;
    bool crash = false; // then SIGKILL the server under load, restart it, look for every acknowledged read
    int crashAfterMs = 3000;
    QString folder;
};
QJsonObject http(const HttpOptions& options, const Say& say);

} // namespace kestrel::bench
