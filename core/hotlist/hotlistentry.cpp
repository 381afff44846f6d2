// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotlistentry.h"

#include <QCoreApplication>
#include <QHash>

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

std::optional<Priority> defaultPriority(const QString& category)
{
    // Policy defaults from the forces' practice: people and weapons first, property next, paperwork last.
    static const QHash<QString, Priority> defaults = {
        { QStringLiteral("firearms"), Priority::High },
        { QStringLiteral("terrorism"), Priority::High },
        { QStringLiteral("wanted person"), Priority::High },
        { QStringLiteral("missing person"), Priority::High },
        { QStringLiteral("stolen vehicle"), Priority::Medium },
        { QStringLiteral("major crime"), Priority::Medium },
        { QStringLiteral("drugs"), Priority::Medium },
        { QStringLiteral("cloned vrm"), Priority::Medium },
        { QStringLiteral("witness"), Priority::Low },
        { QStringLiteral("no insurance"), Priority::Low },
        { QStringLiteral("no mot"), Priority::Low },
        { QStringLiteral("no tax"), Priority::Low },
        { QStringLiteral("intelligence"), Priority::Low },
    };
    const auto it = defaults.constFind(category.trimmed().toLower());
    return it == defaults.cend() ? std::nullopt : std::optional<Priority>(*it);
}

} // namespace kestrel
