// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotlistentry.h"

#include <QCoreApplication>

namespace kestrel {

std::optional<Priority> parsePriority(std::string_view text)
{
    const QString value = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).trimmed().toLower();
    if (value == QLatin1String("high"))
        return Priority::High;
    if (value == QLatin1String("medium"))
        return Priority::Medium;
    if (value == QLatin1String("low"))
        return Priority::Low;
    return std::nullopt;
}

const char* priorityName(Priority priority)
{
    switch (priority) {
    case Priority::High:
        return "high";
    case Priority::Medium:
        return "medium";
    case Priority::Low:
        break;
    }
    return "low";
}

QString priorityText(Priority priority)
{
    switch (priority) {
    case Priority::High:
        return QCoreApplication::translate("Priority", "High");
    case Priority::Medium:
        return QCoreApplication::translate("Priority", "Medium");
    case Priority::Low:
        break;
    }
    return QCoreApplication::translate("Priority", "Low");
}

const char* entryStateName(EntryState state)
{
    switch (state) {
    case EntryState::Pending:
        return "pending";
    case EntryState::Live:
        return "live";
    case EntryState::Removed:
        break;
    }
    return "removed";
}

std::optional<EntryState> parseEntryState(std::string_view text)
{
    for (const EntryState s : { EntryState::Pending, EntryState::Live, EntryState::Removed })
        if (text == entryStateName(s))
            return s;
    return std::nullopt;
}

EntryState importedState(const QString& source)
{
    return source.trimmed().compare(QLatin1String("PNC"), Qt::CaseInsensitive) == 0 ? EntryState::Live
                                                                                    : EntryState::Pending;
}

const HotlistCategory* findCategory(const std::vector<HotlistCategory>& categories, const QString& name)
{
    const QString wanted = name.trimmed();
    for (const auto& c : categories)
        if (c.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

} // namespace kestrel
