// SPDX-License-Identifier: GPL-3.0-or-later
#include "readcsv.h"

#include "io/isotime.h"
#include "vrm/vrm.h"

#include <QCoreApplication>

#include <charconv>

namespace kestrel {

namespace {
class ReadCsvText {
    Q_DECLARE_TR_FUNCTIONS(ReadCsv)
};

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString parse(const std::vector<std::string>& f, Read& read)
{
    if (f.size() < 3 || f.size() > 4)
        return ReadCsvText::tr("expected 3 or 4 fields (vrm,camera,time[,confidence]), found %1").arg(f.size());
    read.vrm = vrm::normalise(f[0]);
    if (read.vrm.empty() || read.vrm.size() > 15)
        return ReadCsvText::tr("VRM '%1' is empty or longer than 15 characters").arg(q(f[0]));
    if (f[1].empty())
        return ReadCsvText::tr("the camera is empty");
    read.camera = f[1];
    const auto time = isotime::parse(f[2]);
    if (!time)
        return ReadCsvText::tr("time '%1' is not an ISO 8601 date and time").arg(q(f[2]));
    read.timeMs = *time;
    if (f.size() == 4 && !f[3].empty()) {
        double value = -1;
        const auto [end, ec] = std::from_chars(f[3].data(), f[3].data() + f[3].size(), value);
        if (ec != std::errc() || end != f[3].data() + f[3].size() || value < 0 || value > 100)
            return ReadCsvText::tr("confidence '%1' is not a number from 0 to 1 (or a percentage)").arg(q(f[3]));
        read.confidence = float(value > 1 ? value / 100 : value);
    }
    return {};
}
} // namespace

ReadCsv::ReadCsv(QIODevice& device)
    : m_csv(device)
{
}

std::optional<Read> ReadCsv::next()
{
    while (auto row = m_csv.next()) {
        const bool header = m_first && !row->fields.empty() && q(row->fields[0]).toLower() == QLatin1String("vrm");
        m_first = false;
        if (header)
            continue;
        Read read;
        const QString problem = row->error.isEmpty() ? parse(row->fields, read) : row->error;
        if (problem.isEmpty())
            return read;
        m_problems.push_back({ row->line, problem });
    }
    return std::nullopt;
}

} // namespace kestrel
