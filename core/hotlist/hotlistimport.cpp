// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotlistimport.h"

#include "hotliststore.h"
#include "retrospective.h"

#include "access/userstore.h"
#include "policy/policy.h"

#include "audit/auditlog.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>
#include <set>
#include <unordered_set>

namespace kestrel {

namespace {
class HotlistImportText {
    Q_DECLARE_TR_FUNCTIONS(HotlistImport)
};
} // namespace

HotlistImportResult importHotlist(
    Database& db, const HotlistImport& import, qint64 nowMs, const std::function<bool(double)>& progress)
{
    HotlistImportResult result;
    const auto tell = [&](double fraction) { return !progress || progress(fraction); };
    QFile file(import.path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.failure
            = HotlistImportText::tr("cannot read %1: %2; nothing was imported").arg(import.path, file.errorString());
        return result;
    }
    HotlistStore store(db);
    const HotlistReading reading { nowMs, store.categories(),
        [&](qint64 done, qint64 total) { return tell(total > 0 ? 0.5 * double(done) / double(total) : 0); } };
    HotlistFile parsed = import.format == HotlistImport::Format::Fixed ? readHotlistFixed(file, reading)
                                                                       : readHotlistCsv(file, reading);
    if (parsed.stopped) {
        result.failure = HotlistImportText::tr("stopped while reading %1; nothing was imported").arg(import.path);
        return result;
    }
    if (!import.replaceList.isEmpty()) {
        // A refresh takes only its own list's lines: any other is a mistake in the file, reported.
        const auto others = std::stable_partition(parsed.entries.begin(), parsed.entries.end(),
            [&](const HotlistEntry& e) { return e.list == import.replaceList; });
        if (others != parsed.entries.end())
            parsed.problems.push_back({ 0,
                HotlistImportText::tr(
                    "%n line(s) name another list than %1 and were left out", "", int(parsed.entries.end() - others))
                    .arg(import.replaceList) });
        parsed.entries.erase(others, parsed.entries.end());
    }
    if (!import.replaceList.isEmpty() && parsed.entries.empty()) {
        // A file with no good line of the list (a wrong header, the wrong file) must not empty a live list.
        result.failure = HotlistImportText::tr("%1 has no good line for list %2; the old list is still live")
                             .arg(import.path, import.replaceList);
        result.problems = std::move(parsed.problems);
        return result;
    }
    for (auto& e : parsed.entries)
        e.state = importedState(e.source);
    // What was live on the file's lists before, so that what is new among the live lines is known after.
    auto importer = UserStore(db).find(import.by);
    if (importer && !allows(importer->roles, Capability::SearchReads))
        importer.reset(); // a user who may not search has no band to look in
    std::unordered_set<std::string> before;
    if (importer) {
        std::set<QString> lists;
        for (const auto& e : parsed.entries)
            if (e.state == EntryState::Live)
                lists.insert(e.list);
        for (const QString& list : lists) {
            HotlistQuery query = HotlistQuery::inState(QStringLiteral("live"));
            query.list = list;
            store.forEachMatching(query, nowMs, 0, [&](const HotlistEntry& e) { before.insert(e.vrm); });
        }
    }
    const QJsonObject detail { { QStringLiteral("file"), QFileInfo(file).absoluteFilePath() },
        { QStringLiteral("entries"), qint64(parsed.entries.size()) },
        { QStringLiteral("lines_skipped"), qint64(parsed.problems.size()) },
        { QStringLiteral("replaced_list"), import.replaceList } };
    if (import.replaceList.isEmpty()) {
        Database::Transaction tx(db);
        store.add(parsed.entries, nowMs, import.by);
        AuditLog(db).append({ 0, nowMs, import.by, import.role, QStringLiteral("hotlist-imported"), detail });
        tx.commit();
        tell(1);
    } else if (!store.replaceList(
                   import.replaceList, parsed.entries, nowMs, import.by,
                   [&](qint64 done, qint64 total) { return tell(0.5 + 0.5 * double(done) / double(total)); }, detail)) {
        result.failure = HotlistImportText::tr("the refresh of %1 was stopped; the old list is still live")
                             .arg(import.replaceList);
        return result;
    }
    if (importer) {
        result.checkedEarlier = true;
        const Policy policy = Policy::load(db);
        for (const auto& e : parsed.entries) {
            if (e.state != EntryState::Live || before.count(e.vrm))
                continue;
            Database::Transaction tx(db);
            auto hits = checkRetrospectively(db, e, *importer, policy, nowMs);
            tx.commit();
            result.earlierSightings += hits.reads;
            std::move(hits.alerts.begin(), hits.alerts.end(), std::back_inserter(result.retrospective));
        }
    }
    result.entries = qint64(parsed.entries.size());
    result.pending = std::count_if(parsed.entries.begin(), parsed.entries.end(),
        [](const HotlistEntry& e) { return e.state == EntryState::Pending; });
    result.problems = std::move(parsed.problems);
    return result;
}

} // namespace kestrel
