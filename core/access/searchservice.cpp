// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchservice.h"

#include "accessstore.h"

#include "audit/auditlog.h"
#include "io/isotime.h"
#include "store/database.h"
#include "store/readstore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <stdexcept>

namespace kestrel {

SearchService::SearchService(Database& db, ReadStore& reads, Policy policy)
    : m_db(db)
    , m_reads(reads)
    , m_policy(std::move(policy))
{
}

qint64 SearchService::defaultFrom(qint64 nowMs) const
{
    return AccessBands::oldest(m_policy.accessBands.bands.front(), nowMs);
}

SearchResult SearchService::search(
    const User& user, const SearchRequest& request, qint64 nowMs, const SearchProgress& progress)
{
    SearchResult result;
    result.pattern = request.vrm.toUpper().remove(QLatin1Char(' '));
    const QString& pattern = result.pattern;
    const SearchAsk ask { user.name, user.roles, request.purpose, request.reference, pattern, request.fromMs,
        request.toMs };
    result.decision = decideAccess(ask, AccessStore(m_db).grantsFor(user.name, nowMs), m_policy.accessBands, nowMs);
    const bool open = result.decision.outcome != AccessDecision::Outcome::Refused;
    if (open) {
        try {
            result.page
                = m_reads.search({ pattern.toStdString(), result.decision.fromMs, result.decision.toMs, request.cameras,
                                     request.limit, request.tolerant, request.oldestFirst, request.after },
                    progress);
        } catch (const std::invalid_argument& malformed) {
            result.problem = QString::fromUtf8(malformed.what());
        }
    }

    QJsonArray cameraList;
    for (const auto& c : request.cameras)
        cameraList.append(QString::fromStdString(c));
    static const char* const outcomes[] = { "allowed", "clipped", "refused" };
    QJsonObject detail { { QStringLiteral("vrm"), pattern }, { QStringLiteral("cameras"), cameraList },
        { QStringLiteral("purpose"), purposeName(request.purpose) },
        { QStringLiteral("reference"), request.reference.trimmed() },
        { QStringLiteral("asked_from"), isotime::format(request.fromMs, true) },
        { QStringLiteral("asked_to"), isotime::format(request.toMs, true) },
        { QStringLiteral("outcome"), QString::fromLatin1(outcomes[int(result.decision.outcome)]) },
        { QStringLiteral("results"), qint64(result.page.reads.size()) } };
    if (request.tolerant)
        detail.insert(QStringLiteral("misread_tolerant"), true);
    if (request.after)
        detail.insert(QStringLiteral("page_after"), isotime::format(request.after->timeMs, true));
    if (result.page.cancelled)
        detail.insert(QStringLiteral("cancelled"), true);
    if (open) {
        detail.insert(QStringLiteral("allowed_from"), isotime::format(result.decision.fromMs, true));
        detail.insert(QStringLiteral("allowed_to"), isotime::format(result.decision.toMs, true));
    }
    if (result.decision.grantId)
        detail.insert(QStringLiteral("grant"), result.decision.grantId);
    if (!result.decision.why.isEmpty())
        detail.insert(QStringLiteral("why"), result.decision.why);
    if (!result.problem.isEmpty())
        detail.insert(QStringLiteral("problem"), result.problem);
    AuditLog(m_db).append({ 0, nowMs, user.name, roleNames(user.roles).join(QLatin1Char(',')),
        open ? QStringLiteral("search") : QStringLiteral("search-refused"), detail });
    return result;
}

} // namespace kestrel
