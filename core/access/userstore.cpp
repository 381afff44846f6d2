// SPDX-License-Identifier: GPL-3.0-or-later
#include "userstore.h"

#include "audit/auditlog.h"
#include "policy/policy.h"
#include "security/secrethash.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace kestrel {

namespace {
class UserText {
    Q_DECLARE_TR_FUNCTIONS(UserStore)
};

constexpr std::string_view columns
    = "SELECT id, name, roles, disabled, failures, locked_until, last_sign_in FROM users";

User userAt(const Statement& row)
{
    User u;
    u.id = row.int64(0);
    u.name = row.qtext(1);
    u.roles = Roles::fromInt(static_cast<int>(row.int64(2)));
    u.disabled = row.int64(3) != 0;
    u.failures = static_cast<int>(row.int64(4));
    u.lockedUntilMs = row.int64(5);
    u.lastSignInMs = row.isNull(6) ? 0 : row.int64(6);
    return u;
}

void checkPassword(const QString& password)
{
    if (password.size() < UserStore::minimumPasswordLength)
        throw UserError(UserText::tr("a password needs at least %1 characters (a passphrase of a few words is best)")
                            .arg(UserStore::minimumPasswordLength)
                            .toStdString());
}

void checkRoles(Roles roles)
{
    if (!roles)
        throw UserError(UserText::tr("a user needs at least one role: %1")
                            .arg(allRoleNames().join(QStringLiteral(", ")))
                            .toStdString());
}
} // namespace

UserStore::UserStore(Database& db)
    : m_db(db)
{
}

void UserStore::add(const QString& name, Roles roles, const QString& password, qint64 nowMs)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!valid.match(name).hasMatch())
        throw UserError(UserText::tr("'%1' is not a user name: use 1 to 64 letters, digits, '.', '_' or '-', "
                                     "starting with a letter or digit")
                            .arg(name)
                            .toStdString());
    checkRoles(roles);
    checkPassword(password);
    if (find(name))
        throw UserError(UserText::tr("there is already a user called %1").arg(name).toStdString());
    m_db.prepared("INSERT INTO users(name, password_hash, roles, created) VALUES (?, ?, ?, ?)")
        .bind(1, name)
        .bind(2, security::hashSecret(password))
        .bind(3, static_cast<qint64>(roles.toInt()))
        .bind(4, nowMs)
        .run();
}

void UserStore::setPassword(const QString& name, const QString& password)
{
    const User user = require(name);
    checkPassword(password);
    m_db.prepared("UPDATE users SET password_hash = ?, failures = 0, locked_until = 0 WHERE id = ?")
        .bind(1, security::hashSecret(password))
        .bind(2, user.id)
        .run();
}

void UserStore::setRoles(const QString& name, Roles roles)
{
    const User user = require(name);
    checkRoles(roles);
    m_db.prepared("UPDATE users SET roles = ? WHERE id = ?")
        .bind(1, static_cast<qint64>(roles.toInt()))
        .bind(2, user.id)
        .run();
}

void UserStore::setDisabled(const QString& name, bool disabled)
{
    const User user = require(name);
    m_db.prepared("UPDATE users SET disabled = ? WHERE id = ?").bind(1, disabled ? 1 : 0).bind(2, user.id).run();
}

void UserStore::unlock(const QString& name)
{
    const User user = require(name);
    m_db.prepared("UPDATE users SET failures = 0, locked_until = 0 WHERE id = ?").bind(1, user.id).run();
}

std::optional<User> UserStore::find(const QString& name)
{
    static const std::string sql = std::string(columns) + " WHERE name = ?";
    auto& select = m_db.prepared(sql);
    select.bind(1, name);
    std::optional<User> user;
    if (select.step())
        user = userAt(select);
    select.reset();
    return user;
}

std::vector<User> UserStore::list()
{
    static const std::string sql = std::string(columns) + " ORDER BY name";
    auto& select = m_db.prepared(sql);
    std::vector<User> users;
    while (select.step())
        users.push_back(userAt(select));
    select.reset();
    return users;
}

SignInOutcome UserStore::signIn(
    const QString& name, const QString& password, const Policy& policy, qint64 nowMs, const QString& where)
{
    const SignInOutcome outcome = check(name, password, policy, nowMs);
    static const char* const reasons[] = { "", "wrong credentials", "locked out", "disabled" };
    QJsonObject detail { { QStringLiteral("at"), where } };
    if (outcome.result != SignInOutcome::Result::SignedIn)
        detail.insert(QStringLiteral("reason"), QString::fromLatin1(reasons[int(outcome.result)]));
    if (outcome.lockedUntilMs)
        detail.insert(QStringLiteral("locked_until"), outcome.lockedUntilMs);
    AuditLog(m_db).append({ 0, nowMs, name, {},
        outcome.result == SignInOutcome::Result::SignedIn ? QStringLiteral("sign-in")
                                                          : QStringLiteral("sign-in-refused"),
        detail });
    return outcome;
}

SignInOutcome UserStore::check(const QString& name, const QString& password, const Policy& policy, qint64 nowMs)
{
    // A hash of a password nobody has, so that an unknown name takes as long to refuse as a known one.
    static const QString decoy = security::hashSecret(QStringLiteral("kestrel decoy password"));
    SignInOutcome outcome;
    auto& select = m_db.prepared("SELECT password_hash FROM users WHERE name = ?");
    select.bind(1, name);
    const QString hash = select.step() ? select.qtext(0) : QString();
    select.reset();
    const std::optional<User> user = hash.isEmpty() ? std::nullopt : find(name);
    if (user && user->lockedUntilMs > nowMs) {
        outcome.result = SignInOutcome::Result::LockedOut;
        outcome.lockedUntilMs = user->lockedUntilMs;
        return outcome;
    }
    const bool matches = security::secretMatches(hash.isEmpty() ? decoy : hash, password) && user;
    if (!matches) {
        if (!user)
            return outcome;
        const int failures = user->failures + 1;
        const bool lock = failures >= policy.signInMaxFailures;
        outcome.lockedUntilMs = lock ? nowMs + policy.lockoutMs : 0;
        outcome.result = lock ? SignInOutcome::Result::LockedOut : SignInOutcome::Result::WrongCredentials;
        m_db.prepared("UPDATE users SET failures = ?, locked_until = ? WHERE id = ?")
            .bind(1, lock ? 0 : failures)
            .bind(2, outcome.lockedUntilMs)
            .bind(3, user->id)
            .run();
        return outcome;
    }
    if (user->disabled) {
        outcome.result = SignInOutcome::Result::Disabled;
        return outcome;
    }
    m_db.prepared("UPDATE users SET failures = 0, locked_until = 0, last_sign_in = ? WHERE id = ?")
        .bind(1, nowMs)
        .bind(2, user->id)
        .run();
    outcome.result = SignInOutcome::Result::SignedIn;
    outcome.user = *find(name);
    return outcome;
}

User UserStore::require(const QString& name)
{
    if (auto user = find(name))
        return *user;
    throw UserError(UserText::tr("there is no user called %1").arg(name).toStdString());
}

} // namespace kestrel
