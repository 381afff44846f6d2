// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotlistcsv.h"

#include "io/isotime.h"
#include "vrm/vrm.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>

#include <algorithm>
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
QString parseLine(const std::vector<std::string>& f, const HotlistReading& how, HotlistEntry& e)
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
    const HotlistCategory* category = findCategory(how.categories, e.category);
    if (e.action.isEmpty() && category)
        e.action = category->action;
    for (const auto& [value, name] : { std::pair(&e.list, "list"), std::pair(&e.category, "category"),
             std::pair(&e.action, "action"), std::pair(&e.source, "source"), std::pair(&e.reference, "reference") })
        if (value->isEmpty())
            return HotlistCsv::tr("the %1 is empty").arg(QLatin1String(name));
    if (f[3].empty()) {
        if (!category)
            return HotlistCsv::tr("no priority given and category '%1' has no default: give high, medium or low")
                .arg(e.category);
        e.priority = category->priority;
    } else if (const auto priority = parsePriority(f[3])) {
        e.priority = *priority;
    } else {
        return HotlistCsv::tr("priority '%1' is not high, medium or low").arg(QString::fromStdString(f[3]));
    }
    if (f[7].empty()) {
        e.effectiveMs = how.nowMs;
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

// Tells how.progress how far reading has got, every few thousand lines; false when it says stop.
bool keepReading(const QIODevice& device, const HotlistReading& how, qint64 line)
{
    return !how.progress || line % 5'000 != 0 || how.progress(device.pos(), device.size());
}
} // namespace

CheckedEntry checkHotlistFields(const std::vector<std::string>& fields, const HotlistReading& how)
{
    CheckedEntry out;
    out.problem = parseLine(fields, how, out.entry);
    return out;
}

HotlistFile readHotlistCsv(QIODevice& device, const HotlistReading& how)
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
        if (!keepReading(device, how, row->line)) {
            out.stopped = true;
            return out;
        }
        HotlistEntry entry;
        QString problem = row->error.isEmpty() ? parseLine(row->fields, how, entry) : row->error;
        if (problem.isEmpty())
            out.entries.push_back(std::move(entry));
        else
            out.problems.push_back({ row->line, problem });
    }
    if (first)
        out.problems.push_back({ 0, HotlistCsv::tr("the file is empty; nothing was imported") });
    return out;
}

HotlistFile readHotlistFixed(QIODevice& device, const HotlistReading& how)
{
    HotlistFile out;
    const QString headerLine = QString::fromUtf8(device.readLine()).toLower();
    if (headerLine.trimmed().isEmpty()) {
        out.problems.push_back({ 1, HotlistCsv::tr("the file is empty or has no header line; nothing was imported") });
        return out;
    }
    // Each field's starting column, from the header's words.
    std::vector<std::pair<int, size_t>> starts; // column, field
    static const QRegularExpression word(QStringLiteral("\\S+"));
    for (auto it = word.globalMatch(headerLine); it.hasNext();) {
        const auto m = it.next();
        const auto field = std::find(header.begin(), header.end(), m.captured().toStdString());
        if (field == header.end()) {
            out.problems.push_back({ 1,
                HotlistCsv::tr("the header names '%1', which is not one of the fields "
                               "vrm list category priority action source reference "
                               "effective expiry; nothing was imported")
                    .arg(m.captured()) });
            return out;
        }
        starts.emplace_back(int(m.capturedStart()), size_t(field - header.begin()));
    }
    if (starts.size() != header.size()) {
        out.problems.push_back({ 1,
            HotlistCsv::tr("the header must name all nine fields (vrm list category priority "
                           "action source reference effective expiry) at their columns; "
                           "nothing was imported") });
        return out;
    }
    for (int line = 2; !device.atEnd(); ++line) {
        QString text = QString::fromUtf8(device.readLine());
        while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        if (text.trimmed().isEmpty())
            continue;
        std::vector<std::string> fields(header.size());
        for (size_t i = 0; i < starts.size(); ++i) {
            const int from = starts[i].first;
            const int to = i + 1 < starts.size() ? starts[i + 1].first : int(text.size());
            fields[starts[i].second] = text.mid(from, std::max(0, to - from)).trimmed().toStdString();
        }
        if (!keepReading(device, how, line)) {
            out.stopped = true;
            return out;
        }
        HotlistEntry entry;
        const QString problem = parseLine(fields, how, entry);
        if (problem.isEmpty())
            out.entries.push_back(std::move(entry));
        else
            out.problems.push_back({ line, problem });
    }
    return out;
}

void writeLineProblems(QIODevice& device, const std::vector<LineProblem>& problems)
{
    QStringList lines { QStringLiteral("line,reason") };
    for (const auto& p : problems)
        lines << QString::number(p.line) + QLatin1Char(',') + csvField(p.reason);
    device.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
}

void writeHotlistCsv(QIODevice& device, const std::vector<HotlistEntry>& entries)
{
    QStringList lines { QStringLiteral("vrm,list,category,priority,action,source,reference,effective,expiry") };
    for (const auto& e : entries)
        lines << QStringList { QString::fromStdString(e.vrm), csvField(e.list), csvField(e.category),
            QLatin1String(priorityName(e.priority)), csvField(e.action), csvField(e.source), csvField(e.reference),
            isotime::format(e.effectiveMs, true),
            e.expiryMs == std::numeric_limits<qint64>::max() ? QString() : isotime::format(e.expiryMs, true) }
                     .join(QLatin1Char(','));
    device.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
}

} // namespace kestrel
