// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <string_view>

class QTimeZone;

// Times as Kestrel reads and shows them: stored as UTC milliseconds, shown in Europe/London.
namespace kestrel::isotime {

// The zone every time is shown in, and in which times written without an offset are read.
const QTimeZone& london();

enum class DateOnly { StartOfDay, EndOfDay };

// ISO 8601: a date (2026-05-01), a date and time (2026-05-01T14:03:00, read as London time) or one with an
// offset or Z. A bare date means the start of that day in London, or with EndOfDay the start of the next.
std::optional<qint64> parse(std::string_view text, DateOnly dateOnly = DateOnly::StartOfDay);

// "2026-05-01 15:03:07" in London time (ISO 8601 with the offset when withOffset).
QString format(qint64 utcMs, bool withOffset = false);

} // namespace kestrel::isotime
