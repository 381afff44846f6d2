// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "read.h"

#include <QByteArray>

#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace kestrel {

// Where a page of results ended: the next page starts after this read in the page's order.
struct ReadCursor {
    qint64 timeMs = 0;
    qint64 readId = 0;
};

// What a search asks of the read store. vrm is an exact normalised VRM or a pattern in which ? stands for
// one character and * for any run of characters.
struct ReadQuery {
    std::string vrm;
    qint64 fromMs = std::numeric_limits<qint64>::min();
    qint64 toMs = std::numeric_limits<qint64>::max();
    std::vector<std::string> cameras; // empty: every camera
    int limit = 1000;
    // Misread-tolerant: also the VRMs that differ from vrm only by characters cameras confuse (0/O/D/Q,
    // 1/I/L, 2/Z, 5/S, 8/B, 6/G, 4/A, 7/T; vrm::confusableKey).
    bool tolerant = false;
    bool oldestFirst = false; // otherwise newest first
    std::optional<ReadCursor> after; // the page after the one that ended here
};

// One page of a search's results, in the query's order.
struct ReadPage {
    std::vector<Read> reads;
    bool more = false; // further results lie beyond this page
    bool cancelled = false; // stopped by its progress callback; reads holds what was found by then
};

// How far a search has got (units of work done of a total), asked between steps; returning false stops it.
using SearchProgress = std::function<bool(qint64 done, qint64 total)>;

// The images of one read, while they are kept.
struct ReadImages {
    QByteArray platePatch;
    QByteArray overview;
};

// Where every read is kept. The engine appends batches inside its own transaction (one per batch); the
// SQLite store is the one here, and a shared server store for a multi-console room can stand in its place.
class ReadStore {
public:
    virtual ~ReadStore() = default;

    // Stores the reads (and their images apart from them), assigning each its id. Call inside a
    // transaction of the store's database so that a batch is stored whole or not at all.
    virtual void append(std::span<Read> reads) = 0;

    // Reads matching the query, at most query.limit of them, in its order. Throws on a malformed pattern.
    virtual ReadPage search(const ReadQuery& query, const SearchProgress& progress = {}) = 0;
    virtual ReadImages images(qint64 readId) = 0;

    virtual qint64 count() = 0;
    virtual std::vector<std::pair<std::string, qint64>> countByCamera() = 0;
    // Reads per camera per time slot since sinceMs (slots of slotMs from the epoch); slots with none are left out.
    struct SlotCount {
        std::string camera;
        qint64 slotStartMs = 0;
        qint64 reads = 0;
    };
    virtual std::vector<SlotCount> countBySlot(qint64 sinceMs, qint64 slotMs) = 0;
    // Bytes the store occupies on disk.
    virtual qint64 sizeOnDisk() = 0;
};

// Checks a VRM search pattern: letters, digits, ? and *. Returns an empty string if it is good, otherwise
// what is wrong with it.
std::string checkPattern(std::string_view pattern);

} // namespace kestrel
