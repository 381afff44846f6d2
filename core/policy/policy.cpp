// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy.h"

#include "store/database.h"

#include <QCoreApplication>

namespace kestrel {

namespace {
class PolicyText {
    Q_DECLARE_TR_FUNCTIONS(Policy)
};

const QString foldKey = QStringLiteral("alerts.fold_window_minutes");
const QString substitutionsKey = QStringLiteral("matching.max_substitutions");
const QString silenceKey = QStringLiteral("cameras.silence_minutes");
const QString failuresKey = QStringLiteral("signin.max_failures");
const QString lockoutKey = QStringLiteral("signin.lockout_minutes");
const QString idleKey = QStringLiteral("console.idle_lock_minutes");
const QString bandsKey = QStringLiteral("access.bands");
const QString readRetentionKey = QStringLiteral("retention.reads_months");
const QString imageRetentionKey = QStringLiteral("retention.images_months");
const QString reasonsKey = QStringLiteral("alerts.close_reasons");
const QString retrospectiveKey = QStringLiteral("hotlist.retrospective_days");
const QString cloneSpeedKey = QStringLiteral("clones.max_kmh");
const QString cloneWindowKey = QStringLiteral("clones.window_seconds");
const QString separator = QStringLiteral(";");

// Parses a value for key into policy; returns why it is refused, or an empty string.
QString apply(Policy& policy, const QString& key, const QString& value)
{
    bool ok = false;
    if (key == foldKey) {
        const int minutes = value.toInt(&ok);
        if (!ok || minutes < 0 || minutes > 24 * 60)
            return PolicyText::tr("%1 must be a whole number of minutes from 0 to 1440").arg(key);
        policy.foldWindowMs = qint64(minutes) * 60 * 1000;
    } else if (key == substitutionsKey) {
        const int n = value.toInt(&ok);
        if (!ok || n < 0 || n > 2)
            return PolicyText::tr("%1 must be 0, 1 or 2").arg(key);
        policy.maxSubstitutions = n;
    } else if (key == silenceKey) {
        const int minutes = value.toInt(&ok);
        if (!ok || minutes < 1 || minutes > 24 * 60)
            return PolicyText::tr("%1 must be a whole number of minutes from 1 to 1440").arg(key);
        policy.cameraSilenceMs = qint64(minutes) * 60 * 1000;
    } else if (key == failuresKey) {
        const int n = value.toInt(&ok);
        if (!ok || n < 3 || n > 10)
            return PolicyText::tr("%1 must be a whole number from 3 to 10").arg(key);
        policy.signInMaxFailures = n;
    } else if (key == lockoutKey || key == idleKey) {
        const int minutes = value.toInt(&ok);
        if (!ok || minutes < 1 || minutes > 24 * 60)
            return PolicyText::tr("%1 must be a whole number of minutes from 1 to 1440").arg(key);
        (key == lockoutKey ? policy.lockoutMs : policy.idleLockMs) = qint64(minutes) * 60 * 1000;
    } else if (key == bandsKey) {
        QString problem;
        const auto bands = AccessBands::parse(value, &problem);
        if (!bands)
            return PolicyText::tr("%1: %2").arg(key, problem);
        policy.accessBands = *bands;
    } else if (key == readRetentionKey || key == imageRetentionKey) {
        const int months = value.toInt(&ok);
        if (!ok || months < 1 || months > 24)
            return PolicyText::tr("%1 must be a whole number of months from 1 to 24").arg(key);
        (key == readRetentionKey ? policy.readRetentionMonths : policy.imageRetentionMonths) = months;
    } else if (key == retrospectiveKey) {
        const int days = value.toInt(&ok);
        if (!ok || days < 0 || days > 90)
            return PolicyText::tr("%1 must be a whole number of days from 0 to 90").arg(key);
        policy.retrospectiveDays = days;
    } else if (key == cloneSpeedKey) {
        const int kmh = value.toInt(&ok);
        if (!ok || kmh < 50 || kmh > 1000)
            return PolicyText::tr("%1 must be a whole number of km/h from 50 to 1000").arg(key);
        policy.cloneMaxKmh = kmh;
    } else if (key == cloneWindowKey) {
        const int seconds = value.toInt(&ok);
        if (!ok || seconds < 0 || seconds > 3600)
            return PolicyText::tr("%1 must be a whole number of seconds from 0 to 3600").arg(key);
        policy.cloneWindowMs = qint64(seconds) * 1000;
    } else if (key == reasonsKey) {
        QStringList reasons;
        for (const QString& reason : value.split(separator))
            if (!reason.trimmed().isEmpty())
                reasons << reason.trimmed();
        if (reasons.isEmpty())
            return PolicyText::tr("%1 needs at least one reason (separate them with ;)").arg(key);
        policy.closeReasons = reasons;
    } else {
        return PolicyText::tr("there is no setting '%1'").arg(key);
    }
    return {};
}
} // namespace

Policy Policy::load(Database& db)
{
    Policy policy;
    auto& select = db.prepared("SELECT key, value FROM settings");
    while (select.step())
        apply(policy, select.qtext(0), select.qtext(1)); // values were checked when they were set
    select.reset();
    return policy;
}

std::vector<Policy::Setting> Policy::settings() const
{
    return {
        { foldKey, QString::number(foldWindowMs / 60000),
            PolicyText::tr("the same VRM at the same camera within this many minutes is one alert") },
        { substitutionsKey, QString::number(maxSubstitutions),
            PolicyText::tr("confusable characters (0/O, 1/I, 5/S ...) a match may substitute; such hits are marked "
                           "possible misread") },
        { silenceKey, QString::number(cameraSilenceMs / 60000),
            PolicyText::tr("a camera that sends neither reads nor heartbeats for this many minutes raises a system "
                           "alert") },
        { failuresKey, QString::number(signInMaxFailures),
            PolicyText::tr("wrong passwords in a row that lock an account") },
        { lockoutKey, QString::number(lockoutMs / 60000),
            PolicyText::tr("minutes a locked account stays locked (an administrator can unlock it sooner)") },
        { idleKey, QString::number(idleLockMs / 60000),
            PolicyText::tr("minutes without a key press or a mouse movement after which a console locks") },
        { bandsKey, accessBands.text(),
            PolicyText::tr("age bands of reads, youngest first (AGE:PURPOSES:grant|none:ROLES; ...): who may search "
                           "them, for what, and whether a supervisor's grant is needed") },
        { readRetentionKey, QString::number(readRetentionMonths),
            PolicyText::tr("months after which reads are deleted (12 nationally, 24 at most)") },
        { imageRetentionKey, QString::number(imageRetentionMonths),
            PolicyText::tr("months after which read images are deleted") },
        { reasonsKey, closeReasons.join(separator), PolicyText::tr("reasons an operator may give to close an alert") },
        { cloneSpeedKey, QString::number(cloneMaxKmh),
            PolicyText::tr("a VRM read at two cameras further apart than this speed (km/h, straight line) allows is a "
                           "suspected clone") },
        { cloneWindowKey, QString::number(cloneWindowMs / 1000),
            PolicyText::tr("a VRM read at two sites (1 km or more apart) within this many seconds is a suspected "
                           "clone") },
        { retrospectiveKey, QString::number(retrospectiveDays),
            PolicyText::tr("days of reads a hotlist entry is checked against when it goes live (within its owner's "
                           "access band; 0: none)") },
    };
}

QString Policy::set(Database& db, const QString& key, const QString& value)
{
    Policy scratch;
    if (QString problem = apply(scratch, key, value); !problem.isEmpty())
        return problem;
    db.prepared("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
    return {};
}

} // namespace kestrel
