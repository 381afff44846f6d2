// SPDX-License-Identifier: GPL-3.0-or-later
#include "demousers.h"

#include "access/userstore.h"

namespace kestrel {

std::vector<DemoUser> seedDemoUsers(UserStore& users, qint64 nowMs)
{
    const std::vector<DemoUser> people {
        { QStringLiteral("operator"), QStringLiteral("demo-operator-1"), Role::Operator },
        { QStringLiteral("supervisor"), QStringLiteral("demo-supervisor-1"), Role::Supervisor | Role::Operator },
        { QStringLiteral("investigator"), QStringLiteral("demo-investigator-1"), Role::Investigator },
        { QStringLiteral("auditor"), QStringLiteral("demo-auditor-1"), Role::Auditor },
        { QStringLiteral("admin"), QStringLiteral("demo-administrator-1"), Role::Administrator },
    };
    for (const auto& person : people)
        users.add(person.name, person.roles, person.password, nowMs);
    return people;
}

} // namespace kestrel
