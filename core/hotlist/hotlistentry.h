// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kestrel {

// How urgently a hit must be acted on. Lower value = more urgent, so sorting ascending puts high first.
enum class Priority { High = 0, Medium = 1, Low = 2 };

std::optional<Priority> parsePriority(std::string_view text); // "high", "medium", "low" (any case)
const char* priorityName(Priority priority);
QString priorityText(Priority priority); // as people read it, translated: "High"...

// Where an entry stands. Pending entries never match: a second person, a supervisor, validates them first.
// Live entries match reads taken in [effective, expiry). Removed ones (recovered, sold, no longer wanted) are
// kept for the record.
enum class EntryState { Pending, Live, Removed };

const char* entryStateName(EntryState state); // "pending", "live", "removed"
std::optional<EntryState> parseEntryState(std::string_view text);
// How an imported entry starts: lines of the national PNC extract are validated at source and live at once;
// lines from any other source (intelligence, Crimestoppers, courts) wait for validation.
EntryState importedState(const QString& source);

// A vehicle of interest. effective/expiry are UTC milliseconds; the entry matches reads taken in
// [effective, expiry).
struct HotlistEntry {
    qint64 id = 0;
    std::string vrm; // normalised
    QString list;
    QString category;
    Priority priority = Priority::Medium;
    QString action;
    QString source;
    QString reference;
    qint64 effectiveMs = 0;
    qint64 expiryMs = std::numeric_limits<qint64>::max();
    EntryState state = EntryState::Pending;
    QString addedBy;
    qint64 addedMs = 0;
    QString amendedBy; // who last changed it after it was added (it was checked again after that)
    qint64 amendedMs = 0;
    QString validatedBy; // who made it live (empty for a PNC line, validated at source)
    qint64 validatedMs = 0;
    QString removedBy;
    qint64 removedMs = 0;
    QString removedReason;

    bool liveAt(qint64 timeMs) const { return effectiveMs <= timeMs && timeMs < expiryMs; }
    // Its state as people are told it at nowMs: pending, live, expired (live, but past its expiry) or removed.
    QString status(qint64 nowMs) const
    {
        return state == EntryState::Live && expiryMs <= nowMs ? QStringLiteral("expired")
                                                              : QLatin1String(entryStateName(state));
    }
};

// A kind of entry (stolen vehicle, firearms, ...) with the priority and action text an entry of it takes when
// the entry gives none of its own: policy, changed by administrators.
struct HotlistCategory {
    QString name;
    Priority priority = Priority::Medium;
    QString action;
};

// The category of that name (any case), or null.
const HotlistCategory* findCategory(const std::vector<HotlistCategory>& categories, const QString& name);

} // namespace kestrel
