// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hotlistentry.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace kestrel {

struct Read;

// One hotlist entry that a read matched.
struct HotlistMatch {
    qint64 entryId = 0;
    Priority priority = Priority::Medium;
    int substitutions = 0; // confusable substitutions between the read text and the entry
    bool viaCandidate = false; // matched one of the read's alternative texts, not its best text

    bool possibleMisread() const { return substitutions > 0 || viaCandidate; }
};

// The in-memory index every read is checked against. One open-addressing table keyed by the
// misread-tolerant (confusable-class) key finds exact and tolerant matches in the same probe; entries
// are patched in and out as the hotlists change. Not thread-safe: its owner serialises access.
class HotlistMatcher {
public:
    explicit HotlistMatcher(int maxSubstitutions = 1);

    int maxSubstitutions() const { return m_maxSubstitutions; }
    void setMaxSubstitutions(int n) { m_maxSubstitutions = n; }

    void clear();
    void reserve(size_t entries);
    void add(const HotlistEntry& entry);
    // Stops the entry with this VRM and id from matching. False if it was not there.
    bool remove(std::string_view vrm, qint64 entryId);
    size_t size() const { return m_entries.size() - m_dead; }

    // Entries live at timeMs that vrm matches exactly or within maxSubstitutions() substitutions; appended.
    void match(std::string_view vrm, qint64 timeMs, std::vector<HotlistMatch>& out) const;
    // Matches on the read's best text and on its candidates: one match per entry, the strongest, the most
    // urgent priority first.
    std::vector<HotlistMatch> match(const Read& read) const;
    // The exact path alone: is there an entry live at timeMs with exactly this VRM?
    bool containsExact(std::string_view vrm, qint64 timeMs) const;

private:
    struct Item {
        std::string vrm;
        qint64 id;
        qint64 effectiveMs;
        qint64 expiryMs;
        Priority priority;
    };
    struct Slot {
        std::uint32_t tag = 0;
        std::uint32_t item = 0; // index + 1; 0 = empty
    };

    static std::uint64_t keyHash(std::string_view vrm);
    void insertSlot(std::uint64_t hash, std::uint32_t item);
    void rehash(size_t capacity);
    void compact();

    int m_maxSubstitutions;
    std::vector<Item> m_entries;
    std::vector<Slot> m_slots;
    std::uint64_t m_mask = 0;
    size_t m_dead = 0;
};

} // namespace kestrel
