// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotlistmatcher.h"

#include "store/read.h"
#include "vrm/vrm.h"

#include <algorithm>

namespace kestrel {

HotlistMatcher::HotlistMatcher(int maxSubstitutions)
    : m_maxSubstitutions(maxSubstitutions)
{
    rehash(16);
}

std::uint64_t HotlistMatcher::keyHash(std::string_view vrm)
{
    // FNV-1a over the confusable classes, so every misreading of a VRM lands on the same chain, then a
    // finaliser (MurmurHash3's) so that the low bits used for the slot are well mixed.
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (char c : vrm)
        h = (h ^ static_cast<unsigned char>(vrm::confusableClass(c))) * 0x100000001b3ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    return h ^ (h >> 33);
}

void HotlistMatcher::clear()
{
    m_entries.clear();
    m_dead = 0;
    rehash(16);
}

void HotlistMatcher::reserve(size_t entries)
{
    m_entries.reserve(entries);
    size_t capacity = 16;
    while (capacity < entries * 2)
        capacity *= 2;
    if (capacity > m_slots.size())
        rehash(capacity);
}

void HotlistMatcher::insertSlot(std::uint64_t hash, std::uint32_t item)
{
    for (std::uint64_t i = hash & m_mask;; i = (i + 1) & m_mask) {
        if (m_slots[i].item == 0) {
            m_slots[i] = { static_cast<std::uint32_t>(hash >> 32), item };
            return;
        }
    }
}

void HotlistMatcher::rehash(size_t capacity)
{
    m_slots.assign(capacity, Slot {});
    m_mask = capacity - 1;
    for (size_t i = 0; i < m_entries.size(); ++i)
        insertSlot(keyHash(m_entries[i].vrm), static_cast<std::uint32_t>(i + 1));
}

void HotlistMatcher::add(const HotlistEntry& entry)
{
    if ((m_entries.size() + 1) * 2 > m_slots.size())
        rehash(m_slots.size() * 2);
    m_entries.push_back({ entry.vrm, entry.id, entry.effectiveMs, entry.expiryMs, entry.priority });
    insertSlot(keyHash(entry.vrm), static_cast<std::uint32_t>(m_entries.size()));
}

bool HotlistMatcher::remove(std::string_view vrm, qint64 entryId)
{
    const std::uint64_t hash = keyHash(vrm);
    for (std::uint64_t i = hash & m_mask; m_slots[i].item; i = (i + 1) & m_mask) {
        Item& item = m_entries[m_slots[i].item - 1];
        if (item.id == entryId && item.vrm == vrm) {
            // A removed entry keeps its slot (so probe chains stay whole) but can never be live again;
            // the table is rebuilt once removed entries outnumber live ones.
            item.id = 0;
            item.expiryMs = item.effectiveMs;
            if (++m_dead > m_entries.size() / 2)
                compact();
            return true;
        }
    }
    return false;
}

void HotlistMatcher::compact()
{
    std::erase_if(m_entries, [](const Item& item) { return item.id == 0; });
    m_dead = 0;
    rehash(m_slots.size());
}

void HotlistMatcher::match(std::string_view vrm, qint64 timeMs, std::vector<HotlistMatch>& out) const
{
    const std::uint64_t hash = keyHash(vrm);
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    for (std::uint64_t i = hash & m_mask; m_slots[i].item; i = (i + 1) & m_mask) {
        if (m_slots[i].tag != tag)
            continue;
        const Item& item = m_entries[m_slots[i].item - 1];
        const int subs = vrm::substitutions(vrm, item.vrm);
        if (subs >= 0 && subs <= m_maxSubstitutions && item.effectiveMs <= timeMs && timeMs < item.expiryMs)
            out.push_back({ item.id, item.priority, subs, false });
    }
}

bool HotlistMatcher::containsExact(std::string_view vrm, qint64 timeMs) const
{
    const std::uint64_t hash = keyHash(vrm);
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    for (std::uint64_t i = hash & m_mask; m_slots[i].item; i = (i + 1) & m_mask) {
        if (m_slots[i].tag != tag)
            continue;
        const Item& item = m_entries[m_slots[i].item - 1];
        if (item.vrm == vrm && item.effectiveMs <= timeMs && timeMs < item.expiryMs)
            return true;
    }
    return false;
}

std::vector<HotlistMatch> HotlistMatcher::match(const Read& read) const
{
    std::vector<HotlistMatch> out;
    match(read.vrm, read.timeMs, out);
    for (const auto& candidate : read.candidates) {
        if (candidate.vrm == read.vrm)
            continue;
        const size_t from = out.size();
        match(candidate.vrm, read.timeMs, out);
        for (size_t i = from; i < out.size(); ++i)
            out[i].viaCandidate = true;
    }
    if (out.size() < 2)
        return out;
    // Strongest first: exact on the best text, then fewer substitutions; keep one match per entry.
    const auto strength = [](const HotlistMatch& m) { return std::pair(m.viaCandidate, m.substitutions); };
    std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
        return a.entryId != b.entryId ? a.entryId < b.entryId : strength(a) < strength(b);
    });
    out.erase(std::unique(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.entryId == b.entryId; }),
        out.end());
    std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
        return a.priority != b.priority ? a.priority < b.priority : strength(a) < strength(b);
    });
    return out;
}

} // namespace kestrel
