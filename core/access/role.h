// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

namespace kestrel {

// The jobs people do with Kestrel. A user may hold several; each grants only what that job needs.
enum class Role {
    Operator = 0x01, // watches the live alerts and triages them
    Investigator = 0x02, // searches reads under the access policy
    SeniorInvestigator = 0x04, // searches for serious, major and counter-terrorism investigations
    Supervisor = 0x08, // oversees the control room, authorises extended access, validates hotlist entries
    Auditor = 0x10, // reads the audit trail
    Administrator = 0x20, // manages users, cameras and settings
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

// What a person may do or see. Which roles grant which is one table (role.cpp), so that every page, command
// and check asks the same question.
enum class Capability {
    TriageAlerts, // the alert queue: claim, dispatch, close, escalate
    WatchCameras, // the live camera wall and camera health
    SeeCameraLocations, // where fixed cameras stand and where mobile cameras were
    ViewDashboard, // the control room's charts
    SearchReads, // historical search, within the access bands (the bands say which roles reach how far)
    RequestAccess, // ask a supervisor for extended access
    DecideAccess, // grant or refuse extended access
    ReadAudit, // the audit trail
    EditHotlists, // add hotlist entries (they wait for validation) and remove them
    ValidateHotlistEntries, // make another person's pending hotlist entry live
    ReportClones, // take a cloned plate's victim's report (control room and investigators)
    InvestigateClones, // work clone cases: be assigned one, move it on, merge, confirm
};

bool allows(Roles roles, Capability capability);

// Names as the command line and the database spell them: operator, investigator, senior-investigator, ...
QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);
QStringList roleNames(Roles roles);
// Every role's name, in order, for help texts.
QStringList allRoleNames();

} // namespace kestrel
