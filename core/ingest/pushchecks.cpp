// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushchecks.h"

#include "vrm/vrm.h"

#include <algorithm>

namespace kestrel::pushchecks {

PushError refused(const std::string& field, const std::string& problem)
{
    return PushError(field, field + ' ' + problem);
}

std::string quote(const QString& text)
{
    constexpr qsizetype shown = 24;
    return '\'' + (text.size() > shown ? text.left(shown).toStdString() + "..." : text.toStdString()) + '\'';
}

QString checkedText(const QString& value, const std::string& field)
{
    if (value.size() > qsizetype(pushlimits::maxTextLength))
        throw refused(field,
            "is " + std::to_string(value.size()) + " characters long; at most "
                + std::to_string(pushlimits::maxTextLength) + " are taken");
    if (std::any_of(value.begin(), value.end(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        throw refused(field, "holds a control character");
    return value;
}

std::string plate(const QString& raw, const std::string& field)
{
    const std::string vrm = vrm::normalise(raw.toStdString());
    if (vrm.empty())
        throw refused(field, raw.isEmpty() ? "is empty: no plate was read" : quote(raw) + " holds no plate");
    const QString normal = QString::fromStdString(vrm);
    if (!std::all_of(normal.begin(), normal.end(), [](QChar c) { return c.isLetterOrNumber(); }))
        throw refused(field, quote(raw) + " holds characters other than letters and digits");
    return vrm;
}

QByteArray checkedJpeg(const QByteArray& bytes, const std::string& field)
{
    if (bytes.size() > pushlimits::maxImageBytes)
        throw refused(field,
            "holds an image of " + std::to_string(bytes.size()) + " bytes; at most "
                + std::to_string(pushlimits::maxImageBytes) + " are taken");
    if (!bytes.startsWith(QByteArrayLiteral("\xFF\xD8\xFF")))
        throw refused(field, "is not a JPEG image (its bytes do not start with FF D8)");
    return bytes;
}

} // namespace kestrel::pushchecks
