// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/role.h"

#include <QString>

#include <vector>

namespace kestrel {

class UserStore;

struct DemoUser {
    QString name;
    QString password;
    Roles roles;
};

// The demo's people, one per job, added to a demo database with passwords the demo prints (never use a
// demo database for real work: anyone who has seen the demo knows them).
std::vector<DemoUser> seedDemoUsers(UserStore& users, qint64 nowMs);

} // namespace kestrel
