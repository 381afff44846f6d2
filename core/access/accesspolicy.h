// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "role.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kestrel {

// Why someone searches: every search states one (and a reference).
enum class Purpose { Investigation, Serious, Major, CounterTerrorism };
QString purposeName(Purpose purpose); // investigation, serious, major, counter-terrorism
std::optional<Purpose> purposeFromName(const QString& name);
QStringList allPurposeNames();

// One age band of the reads: reads up to maxAge old may be searched by these roles for these purposes, with a
// supervisor's grant if needsGrant. The bands are in order of age; anything older than the last is beyond reach.
struct AgeBand {
    int days = 0; // the band's oldest read: days + months before now
    int months = 0;
    std::vector<Purpose> purposes;
    bool needsGrant = false;
    Roles roles;
};

// The access bands (policy setting access.bands). The defaults are domain.md's: 0-90 days for any lawful
// investigation by operators and investigators; to 12 months for serious, major or counter-terrorism work
// with a grant; to 24 months for major and counter-terrorism work with a grant (senior investigators).
struct AccessBands {
    std::vector<AgeBand> bands;
    static AccessBands defaults();
    // "90d:investigation,serious,major,counter-terrorism:none:operator,investigator,senior-investigator;12m:..."
    QString text() const;
    // Parses text; nothing and sets problem if it is not valid.
    static std::optional<AccessBands> parse(const QString& text, QString* problem);
    // The purposes some band opens only with a grant: what extended access may be asked for.
    QStringList grantedPurposes() const;
    // The time of the oldest read a band reaches, for a search made at nowMs.
    static qint64 oldest(const AgeBand& band, qint64 nowMs);
};

// A supervisor's grant of extended access: for one requester, purpose and reference (the investigation), a
// time range of reads and optionally only some VRMs, until it expires.
struct AccessGrant {
    qint64 id = 0;
    QString requester;
    Purpose purpose = Purpose::Serious;
    QString reference;
    QStringList vrms; // empty: any VRM in the investigation
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 expiresMs = 0;
};

// What a search asks.
struct SearchAsk {
    QString user;
    Roles roles;
    Purpose purpose = Purpose::Investigation;
    QString reference;
    QString vrm; // normalised VRM or pattern (? and *)
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

// What the policy allows of it: the whole range, part of it (clipped, and why), or nothing (and why).
struct AccessDecision {
    enum class Outcome { Allowed, Clipped, Refused };
    Outcome outcome = Outcome::Refused;
    qint64 fromMs = 0; // the range allowed (when not refused)
    qint64 toMs = 0;
    qint64 grantId = 0; // the grant relied on, if any
    QString why; // for a clip or a refusal: what rule stopped it
    QString howToAskForMore; // what the user can do about it
};

// The one decision every search path takes (the command line and the console alike).
AccessDecision decideAccess(
    const SearchAsk& ask, const std::vector<AccessGrant>& grants, const AccessBands& bands, qint64 nowMs);

} // namespace kestrel
