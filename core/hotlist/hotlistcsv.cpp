// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotlistcsv.h"

#include "io/isotime.h"
#include "vrm/vrm.h"

#include <QCoreApplication>

#include <array>

namespace kestrel {

namespace {
constexpr std::array<const char*, 9> header
    = { "vrm", "list", "category", "priority", "action", "source", "reference", "effective", "expiry" };

// The translation context of this file's messages.
class HotlistCsv {
    Q_DECLARE_TR_FUNCTIONS(HotlistCsv)
};

bool isPlainVrm(const std::string& vrm)
{
    if (vrm.empty() || vrm.size() > 15)
        return false;
    for (char c : vrm)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    return true;
}

// Checks one line; fills entry or returns what is wrong with it.
QString parseLine(const std::vector<std::string>& f, qint64 nowMs, HotlistEntry& e)
{
    if (f.size() != header.size())
        return HotlistCsv::tr(
            "expected 9 fields (vrm,list,category,priority,action,source,reference,effective,expiry), "
            "found %1")
            .arg(f.size());
    e.vrm = vrm::normalise(f[0]);
    if (!isPlainVrm(e.vrm))
        return HotlistCsv::tr("VRM '%1' is not 1 to 15 letters and digits").arg(QString::fromStdString(f[0]));
    e.list = QString::fromStdString(f[1]);
    e.category = QString::fromStdString(f[2]);
    e.action = QString::fromStdString(f[4]);
    e.source = QString::fromStdString(f[5]);
    e.reference = QString::fromStdString(f[6]);
    for (const auto& [value, name] : { std::pair(&e.list, "list"), std::pair(&e.category, "category"),
             std::pair(&e.action, "action"), std::pair(&e.source, "source"), std::pair(&e.reference, "reference") })
        if (value->isEmpty())
            return HotlistCsv::tr("the %1 is empty").arg(QLatin1String(name));
    if (f[3].empty()) {
        const auto fallback = defaultPriority(e.category);
        if (!fallback)
            return HotlistCsv::tr("no priority given and category '%1' has no default: give high, medium or low")
                .arg(e.category);
        e.priority = *fallback;
    } else if (const auto priority = parsePriority(f[3])) {
        e.priority = *priority;
    } else {
        return HotlistCsv::tr("priority '%1' is not high, medium or low").arg(QString::fromStdString(f[3]));
    }
    if (f[7].empty()) {
        e.effectiveMs = nowMs;
    } else if (const auto effective = isotime::parse(f[7])) {
        e.effectiveMs = *effective;
    } else {
        return HotlistCsv::tr("effective date '%1' is not an ISO 8601 date or time").arg(QString::fromStdString(f[7]));
    }
    if (!f[8].empty()) {
        const auto expiry = isotime::parse(f[8], isotime::DateOnly::EndOfDay);
        if (!expiry)
            return HotlistCsv::tr("expiry date '%1' is not an ISO 8601 date or time").arg(QString::fromStdString(f[8]));
        if (*expiry <= e.effectiveMs)
            return HotlistCsv::tr("it expires (%1) before it takes effect").arg(QString::fromStdString(f[8]));
        e.expiryMs = *expiry;
    }
    return {};
}
} // namespace

HotlistFile readHotlistCsv(QIODevice& device, qint64 nowMs)
{
    HotlistFile out;
    CsvReader reader(device);
    bool first = true;
    while (auto row = reader.next()) {
        if (first) {
            first = false;
            bool isHeader = row->fields.size() == header.size();
            for (size_t i = 0; isHeader && i < header.size(); ++i)
                isHeader = QString::fromStdString(row->fields[i]).toLower() == QLatin1String(header[i]);
            if (!isHeader) {
                out.problems.push_back({ row->line,
                    HotlistCsv::tr(
                        "the first line must be the header vrm,list,category,priority,action,source,reference,"
                        "effective,expiry; nothing was imported") });
                return out;
            }
            continue;
        }
        HotlistEntry entry;
        QString problem = row->error.isEmpty() ? parseLine(row->fields, nowMs, entry) : row->error;
        if (problem.isEmpty())
            out.entries.push_back(std::move(entry));
        else
            out.problems.push_back({ row->line, problem });
    }
    if (first)
        out.problems.push_back({ 0, HotlistCsv::tr("the file is empty; nothing was imported") });
    return out;
}

} // namespace kestrel
