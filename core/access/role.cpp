// SPDX-License-Identifier: GPL-3.0-or-later
#include "role.h"

#include <array>
#include <utility>

namespace kestrel {

namespace {
constexpr std::array roles { std::pair { Role::Operator, "operator" }, std::pair { Role::Investigator, "investigator" },
    std::pair { Role::SeniorInvestigator, "senior-investigator" }, std::pair { Role::Supervisor, "supervisor" },
    std::pair { Role::Auditor, "auditor" }, std::pair { Role::Administrator, "administrator" } };
} // namespace

bool allows(Roles roles, Capability capability)
{
    switch (capability) {
    case Capability::TriageAlerts:
        return roles & (Role::Operator | Role::Supervisor);
    case Capability::WatchCameras:
        return roles & (Role::Operator | Role::Supervisor | Role::Administrator);
    case Capability::SeeCameraLocations:
        // Operators send units to a camera; investigators place a vehicle. Administrators manage the
        // registry from the command line, so the console's wall shows them health without places.
        return roles & (Role::Operator | Role::Supervisor | Role::Investigator | Role::SeniorInvestigator);
    case Capability::ViewDashboard:
        return roles & (Role::Operator | Role::Supervisor | Role::Administrator);
    case Capability::SearchReads:
        return roles & (Role::Operator | Role::Investigator | Role::SeniorInvestigator);
    case Capability::RequestAccess:
        return roles & (Role::Investigator | Role::SeniorInvestigator);
    case Capability::DecideAccess:
        return roles & Role::Supervisor;
    case Capability::ReadAudit:
        return roles & Role::Auditor;
    case Capability::EditHotlists:
        return roles & (Role::Investigator | Role::SeniorInvestigator | Role::Supervisor);
    case Capability::ValidateHotlistEntries:
        return roles & Role::Supervisor;
    case Capability::ReportClones:
        return roles & (Role::Operator | Role::Investigator | Role::SeniorInvestigator | Role::Supervisor);
    case Capability::InvestigateClones:
        return roles & (Role::Investigator | Role::SeniorInvestigator | Role::Supervisor);
    }
    return false;
}

QString roleName(Role role)
{
    for (const auto& [r, name] : roles)
        if (r == role)
            return QString::fromLatin1(name);
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (const auto& [r, text] : roles)
        if (name == QLatin1String(text))
            return r;
    return std::nullopt;
}

QStringList roleNames(Roles held)
{
    QStringList names;
    for (const auto& [r, name] : roles)
        if (held.testFlag(r))
            names << QString::fromLatin1(name);
    return names;
}

QStringList allRoleNames()
{
    return roleNames(Roles::fromInt(0x3f));
}

} // namespace kestrel
