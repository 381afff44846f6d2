// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "access/userstore.h"
#include "audit/auditlog.h"
#include "io/isotime.h"

#include <QDateTime>
#include <QEvent>

namespace kestrel {

Session::Session(UserStore& users, AuditLog& audit, Policy policy, Clock clock, QObject* parent)
    : QObject(parent)
    , m_users(users)
    , m_audit(audit)
    , m_policy(std::move(policy))
    , m_clock(std::move(clock))
{
    m_idleTimer.setInterval(5000);
    connect(&m_idleTimer, &QTimer::timeout, this, &Session::checkIdle);
}

User Session::user() const
{
    User u;
    u.name = m_user;
    u.roles = m_roles;
    return u;
}

QString Session::rolesText() const
{
    return roleNames(m_roles).join(QStringLiteral(", "));
}

bool Session::signIn(const QString& name, const QString& password)
{
    const QString who = name.trimmed();
    if (m_locked && who != m_user) {
        setMessage(
            tr("This console is locked by %1. Only they can unlock it; anyone else signs it out first.").arg(m_user));
        return false;
    }
    if (who.isEmpty() || password.isEmpty()) {
        setMessage(tr("Enter your user name and password."));
        return false;
    }
    const SignInOutcome outcome = m_users.signIn(
        who, password, m_policy, m_clock(), m_locked ? QStringLiteral("console unlock") : QStringLiteral("console"));
    switch (outcome.result) {
    case SignInOutcome::Result::SignedIn:
        break;
    case SignInOutcome::Result::WrongCredentials:
        setMessage(tr("User name or password not recognised."));
        return false;
    case SignInOutcome::Result::LockedOut:
        setMessage(tr("Too many wrong passwords: %1 is locked until %2. An administrator can unlock it sooner.")
                       .arg(who,
                           QDateTime::fromMSecsSinceEpoch(outcome.lockedUntilMs, isotime::london())
                               .toString(QStringLiteral("HH:mm"))));
        return false;
    case SignInOutcome::Result::Disabled:
        setMessage(tr("%1 is disabled. Ask an administrator.").arg(who));
        return false;
    }
    const bool sameUser = m_user == outcome.user->name;
    m_user = outcome.user->name;
    m_roles = outcome.user->roles;
    m_locked = false;
    m_lastTouchedMs = m_clock();
    m_idleTimer.start();
    setMessage({});
    Q_EMIT changed();
    if (!sameUser)
        Q_EMIT userChanged(m_user);
    return true;
}

void Session::lock()
{
    if (!signedIn() || m_locked)
        return;
    m_locked = true;
    m_lockedForIdle = m_clock() - m_lastTouchedMs >= m_policy.idleLockMs;
    m_idleTimer.stop();
    audit(m_user, QStringLiteral("console-locked"), { { QStringLiteral("idle"), m_lockedForIdle } });
    Q_EMIT changed();
}

void Session::signOut()
{
    if (!signedIn())
        return;
    audit(m_user, QStringLiteral("sign-out"), { { QStringLiteral("was_locked"), m_locked } });
    m_user.clear();
    m_roles = {};
    m_locked = false;
    m_idleTimer.stop();
    setMessage({});
    Q_EMIT changed();
    Q_EMIT userChanged({});
}

void Session::touched()
{
    m_lastTouchedMs = m_clock();
}

void Session::checkIdle()
{
    if (signedIn() && !m_locked && m_clock() - m_lastTouchedMs >= m_policy.idleLockMs)
        lock();
}

bool Session::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        touched();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void Session::audit(const QString& who, const QString& action, const QJsonObject& detail)
{
    m_audit.append({ 0, m_clock(), who, {}, action, detail });
}

void Session::setMessage(const QString& message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace kestrel
