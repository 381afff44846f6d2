// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/accesspolicy.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace kestrel {

class Database;

// The force's policy settings that alerting and matching obey. Each has the default domain.md gives and
// can be changed by an administrator (kept in the database's settings table).
struct Policy {
    // The same VRM at the same camera within this window is one alert.
    qint64 foldWindowMs = 5 * 60 * 1000;
    // Confusable substitutions a misread-tolerant match may make (0 to 2).
    int maxSubstitutions = 1;
    // A camera that sends nothing (no read, no heartbeat) for this long raises a system alert.
    qint64 cameraSilenceMs = 5 * 60 * 1000;
    // Wrong passwords in a row that lock an account, and for how long.
    int signInMaxFailures = 5;
    qint64 lockoutMs = 15 * 60 * 1000;
    // A console nobody has touched for this long locks until its user signs in again.
    qint64 idleLockMs = 10 * 60 * 1000;
    // Who may search how far back, for what, and with whose grant.
    AccessBands accessBands = AccessBands::defaults();
    // Reads are deleted this many months after they were made (12 nationally; a force may keep 24), their
    // images after imageRetentionMonths (never later than the read).
    int readRetentionMonths = 12;
    int imageRetentionMonths = 12;
    // A hotlist entry going live is checked against the reads of this many days before (retrospective hits).
    int retrospectiveDays = 14;
    // A VRM read at two places further apart than this speed allows, or at two sites within cloneWindowMs, is a
    // suspected clone (straight-line distance between the cameras).
    int cloneMaxKmh = 150;
    qint64 cloneWindowMs = 60 * 1000;
    // Reasons an operator may give for closing an alert.
    QStringList closeReasons = { QStringLiteral("misread"), QStringLiteral("make/model/colour mismatch"),
        QStringLiteral("duplicate"), QStringLiteral("information-only marker"), QStringLiteral("no unit available"),
        QStringLiteral("out of area") };

    static Policy load(Database& db);

    struct Setting {
        QString key;
        QString value;
        QString meaning;
    };
    std::vector<Setting> settings() const;
    // Validates and stores one setting; returns an empty string, or why the value was refused.
    static QString set(Database& db, const QString& key, const QString& value);
};

} // namespace kestrel
