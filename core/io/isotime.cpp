// SPDX-License-Identifier: GPL-3.0-or-later
#include "isotime.h"

#include <QDateTime>
#include <QTimeZone>

namespace kestrel::isotime {

const QTimeZone& london()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/London"));
    return zone;
}

std::optional<qint64> parse(std::string_view text, DateOnly dateOnly)
{
    const QString value = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).trimmed();
    if (value.size() == 10) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        const QDate day = dateOnly == DateOnly::EndOfDay ? date.addDays(1) : date;
        return day.startOfDay(london()).toMSecsSinceEpoch();
    }
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), london());
    return time.toMSecsSinceEpoch();
}

QString format(qint64 utcMs, bool withOffset)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(utcMs, london());
    return withOffset ? time.toString(Qt::ISODate) : time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace kestrel::isotime
