// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesspolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace kestrel {

namespace {
class AccessText {
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)
};

constexpr std::array purposes { std::pair { Purpose::Investigation, "investigation" },
    std::pair { Purpose::Serious, "serious" }, std::pair { Purpose::Major, "major" },
    std::pair { Purpose::CounterTerrorism, "counter-terrorism" } };

QString ageText(const AgeBand& band)
{
    return band.months > 0 ? AccessText::tr("%n month(s)", "", band.months)
                           : AccessText::tr("%n day(s)", "", band.days);
}

QString purposesText(const std::vector<Purpose>& list)
{
    QStringList names;
    for (Purpose p : list)
        names << purposeName(p);
    return names.join(QStringLiteral(", "));
}

bool holds(const std::vector<Purpose>& list, Purpose p)
{
    return std::find(list.begin(), list.end(), p) != list.end();
}

// Whether the grant covers this search's VRM: a grant for named VRMs covers exactly those, never a pattern.
bool coversVrm(const AccessGrant& grant, const QString& vrm)
{
    return grant.vrms.isEmpty() || grant.vrms.contains(vrm);
}
} // namespace

QString purposeName(Purpose purpose)
{
    for (const auto& [p, name] : purposes)
        if (p == purpose)
            return QString::fromLatin1(name);
    return {};
}

std::optional<Purpose> purposeFromName(const QString& name)
{
    for (const auto& [p, text] : purposes)
        if (name == QLatin1String(text))
            return p;
    return std::nullopt;
}

QStringList allPurposeNames()
{
    QStringList names;
    for (const auto& [p, name] : purposes)
        names << QString::fromLatin1(name);
    return names;
}

AccessBands AccessBands::defaults()
{
    using enum Purpose;
    return { {
        { 90, 0, { Investigation, Serious, Major, CounterTerrorism }, false,
            Role::Operator | Role::Investigator | Role::SeniorInvestigator },
        { 0, 12, { Serious, Major, CounterTerrorism }, true, Role::Investigator | Role::SeniorInvestigator },
        { 0, 24, { Major, CounterTerrorism }, true, Role::SeniorInvestigator },
    } };
}

QString AccessBands::text() const
{
    QStringList out;
    for (const auto& band : bands) {
        QStringList names;
        for (Purpose p : band.purposes)
            names << purposeName(p);
        out << QStringLiteral("%1:%2:%3:%4")
                   .arg(band.months > 0 ? QStringLiteral("%1m").arg(band.months) : QStringLiteral("%1d").arg(band.days),
                       names.join(QLatin1Char(',')), band.needsGrant ? QStringLiteral("grant") : QStringLiteral("none"),
                       roleNames(band.roles).join(QLatin1Char(',')));
    }
    return out.join(QLatin1Char(';'));
}

std::optional<AccessBands> AccessBands::parse(const QString& text, QString* problem)
{
    AccessBands result;
    qint64 previousDays = 0;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList fields = part.trimmed().split(QLatin1Char(':'));
        const auto fail = [&](const QString& why) {
            *problem = AccessText::tr("band '%1': %2").arg(part.trimmed(), why);
            return std::nullopt;
        };
        if (fields.size() != 4)
            return fail(
                AccessText::tr("write AGE:PURPOSES:grant|none:ROLES, e.g. 90d:investigation:none:investigator"));
        AgeBand band;
        bool numeric = false;
        const int n = fields[0].chopped(1).toInt(&numeric);
        if (!numeric || n < 1 || (!fields[0].endsWith(QLatin1Char('d')) && !fields[0].endsWith(QLatin1Char('m'))))
            return fail(AccessText::tr("the age is a number of days (90d) or months (12m)"));
        (fields[0].endsWith(QLatin1Char('d')) ? band.days : band.months) = n;
        const qint64 days = band.days + qint64(band.months) * 31;
        if (days <= previousDays)
            return fail(AccessText::tr("the bands must be in order of age, youngest first"));
        previousDays = days;
        for (const QString& name : fields[1].split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto p = purposeFromName(name.trimmed());
            if (!p)
                return fail(AccessText::tr("'%1' is not a purpose (%2)")
                                .arg(name, allPurposeNames().join(QStringLiteral(", "))));
            band.purposes.push_back(*p);
        }
        if (fields[2] != QLatin1String("grant") && fields[2] != QLatin1String("none"))
            return fail(AccessText::tr("say grant or none"));
        band.needsGrant = fields[2] == QLatin1String("grant");
        for (const QString& name : fields[3].split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto r = roleFromName(name.trimmed());
            if (!r)
                return fail(AccessText::tr("'%1' is not a role").arg(name));
            band.roles |= *r;
        }
        if (band.purposes.empty() || !band.roles)
            return fail(AccessText::tr("a band needs at least one purpose and one role"));
        result.bands.push_back(std::move(band));
    }
    if (result.bands.empty()) {
        *problem = AccessText::tr("at least one band is needed");
        return std::nullopt;
    }
    return result;
}

QStringList AccessBands::grantedPurposes() const
{
    QStringList names;
    for (const auto& [p, name] : purposes)
        for (const auto& band : bands)
            if (band.needsGrant && holds(band.purposes, p) && !names.contains(QLatin1String(name)))
                names << QString::fromLatin1(name);
    return names;
}

qint64 AccessBands::oldest(const AgeBand& band, qint64 nowMs)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc())
        .addMonths(-band.months)
        .addDays(-band.days)
        .toMSecsSinceEpoch();
}

AccessDecision decideAccess(
    const SearchAsk& ask, const std::vector<AccessGrant>& grants, const AccessBands& bands, qint64 nowMs)
{
    AccessDecision decision;
    Roles searching;
    for (const auto& band : bands.bands)
        searching |= band.roles;
    if (!(ask.roles & searching)) {
        decision.why = AccessText::tr("Your roles (%1) do not include searching reads.")
                           .arg(roleNames(ask.roles).join(QStringLiteral(", ")));
        decision.howToAskForMore = AccessText::tr(
            "Searching is for investigators and operators; ask an administrator if your work needs it.");
        return decision;
    }
    if (ask.reference.trimmed().isEmpty()) {
        decision.why = AccessText::tr("Every search needs a reference: a crime or incident number, or an operation.");
        return decision;
    }
    const qint64 askTo = std::min(ask.toMs, nowMs);
    if (ask.fromMs > askTo) {
        decision.why = AccessText::tr("The range asked for is empty (or in the future).");
        return decision;
    }

    // The stretches of time open to this search, youngest first: each band's whole span if it needs no grant,
    // or the part of it a matching grant covers. The first band that stops a search reaching into it says why.
    struct Piece {
        qint64 from, to, grant;
    };
    std::vector<Piece> pieces;
    qint64 younger = nowMs;
    for (const auto& band : bands.bands) {
        const qint64 bandOldest = AccessBands::oldest(band, nowMs);
        QString stop;
        if (!(ask.roles & band.roles))
            stop = AccessText::tr("Reads up to %1 old are searched only by: %2.")
                       .arg(ageText(band), roleNames(band.roles).join(QStringLiteral(", ")));
        else if (!holds(band.purposes, ask.purpose))
            stop = AccessText::tr("Reads up to %1 old may be searched only for: %2 (this search is for %3).")
                       .arg(ageText(band), purposesText(band.purposes), purposeName(ask.purpose));
        else if (!band.needsGrant)
            pieces.push_back({ bandOldest, younger, 0 });
        else {
            // The matching grant that covers most of this band.
            const AccessGrant* best = nullptr;
            qint64 bestSpan = 0;
            for (const auto& g : grants) {
                const qint64 span = std::min(g.toMs, younger) - std::max(g.fromMs, bandOldest);
                if (g.requester == ask.user && g.purpose == ask.purpose && g.expiresMs > nowMs
                    && g.reference.compare(ask.reference.trimmed(), Qt::CaseInsensitive) == 0 && coversVrm(g, ask.vrm)
                    && span > bestSpan) {
                    best = &g;
                    bestSpan = span;
                }
            }
            if (best)
                pieces.push_back({ std::max(best->fromMs, bandOldest), std::min(best->toMs, younger), best->id });
            else
                stop = AccessText::tr("Reads up to %1 old need a supervisor's grant for this investigation (%2, %3)%4.")
                           .arg(ageText(band), purposeName(ask.purpose), ask.reference.trimmed(),
                               ask.vrm.isEmpty() ? QString() : AccessText::tr(" covering %1").arg(ask.vrm));
        }
        if (!stop.isEmpty() && ask.fromMs < younger && decision.why.isEmpty())
            decision.why = stop;
        younger = bandOldest;
    }

    // The open stretch the search falls in, joined where stretches meet; the youngest if it spans a gap.
    std::vector<Piece> reached;
    for (const Piece& p : pieces) {
        const qint64 from = std::max(p.from, ask.fromMs), to = std::min(p.to, askTo);
        if (from > to)
            continue;
        if (!reached.empty() && reached.back().from <= to) {
            reached.back().from = from;
            reached.back().grant = std::max(reached.back().grant, p.grant);
        } else {
            reached.push_back({ from, to, p.grant });
        }
    }
    if (reached.empty()) {
        if (decision.why.isEmpty())
            decision.why = AccessText::tr("No part of the range asked for is open to this search.");
        decision.howToAskForMore = AccessText::tr("Ask a supervisor for extended access: kestrelctl access request "
                                                  "(or the Authorisations page) with the purpose, reference, VRMs, "
                                                  "time range and why it is needed.");
        return decision;
    }
    const Piece& allowed = reached.front();
    decision.fromMs = allowed.from;
    decision.toMs = allowed.to;
    decision.grantId = allowed.grant;
    if (allowed.from == ask.fromMs && allowed.to == askTo && reached.size() == 1) {
        decision.outcome = AccessDecision::Outcome::Allowed;
        decision.why.clear();
        return decision;
    }
    decision.outcome = AccessDecision::Outcome::Clipped;
    if (reached.size() > 1)
        decision.why
            = AccessText::tr("Your grant covers an older stretch that does not meet this one: search it on its own.");
    else if (decision.why.isEmpty())
        decision.why = AccessText::tr("Your grant does not reach back as far as the search asked.");
    decision.howToAskForMore = AccessText::tr("Ask a supervisor for extended access: kestrelctl access request (or the "
                                              "Authorisations page) with the purpose, reference, VRMs, time range and "
                                              "why it is needed.");
    return decision;
}

} // namespace kestrel
