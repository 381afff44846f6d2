// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include <QCoreApplication>
#include <QIODevice>

namespace kestrel {

namespace {
std::string trimmed(const std::string& s)
{
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}
} // namespace

CsvReader::CsvReader(QIODevice& device)
    : m_device(device)
{
}

std::optional<CsvRow> CsvReader::next()
{
    while (!m_device.atEnd()) {
        QByteArray bytes = m_device.readLine();
        ++m_line;
        if (m_line == 1 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        if (bytes.trimmed().isEmpty())
            continue;

        CsvRow row;
        row.line = m_line;
        std::string field;
        bool quoted = false;
        bool wasQuoted = false;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const char c = bytes[i];
            if (quoted) {
                if (c == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == '"' && trimmed(field).empty()) {
                quoted = wasQuoted = true;
                field.clear();
            } else if (c == ',') {
                row.fields.push_back(wasQuoted ? field : trimmed(field));
                field.clear();
                wasQuoted = false;
            } else {
                field += c;
            }
        }
        if (quoted)
            row.error = QCoreApplication::translate("CsvReader", "a quoted field is not closed on this line");
        row.fields.push_back(wasQuoted ? field : trimmed(field));
        return row;
    }
    return std::nullopt;
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

} // namespace kestrel
