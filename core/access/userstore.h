// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "role.h"

#include <QString>

#include <optional>
#include <stdexcept>
#include <vector>

namespace kestrel {

class Database;
struct Policy;

// A change to the users that cannot be made; the message says why.
class UserError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct User {
    qint64 id = 0;
    QString name;
    Roles roles;
    bool disabled = false;
    int failures = 0; // wrong passwords since the last sign-in or lock-out
    qint64 lockedUntilMs = 0; // 0: not locked
    qint64 lastSignInMs = 0; // 0: never
};

struct SignInOutcome {
    enum class Result { SignedIn, WrongCredentials, LockedOut, Disabled };
    Result result = Result::WrongCredentials;
    std::optional<User> user; // when signed in
    qint64 lockedUntilMs = 0; // when locked out (now or by this attempt)
};

// The people who use Kestrel, on a Kestrel database. Passwords are stored only as Argon2id hashes.
class UserStore {
public:
    explicit UserStore(Database& db);

    static constexpr int minimumPasswordLength = 12;

    // Adds a user; throws UserError if the name is taken or not valid, no role is given or the password is
    // too short.
    void add(const QString& name, Roles roles, const QString& password, qint64 nowMs);
    // Replaces a user's password (and clears a lock-out); throws UserError as add does.
    void setPassword(const QString& name, const QString& password);
    void setRoles(const QString& name, Roles roles);
    void setDisabled(const QString& name, bool disabled);
    // Clears a lock-out and the count of wrong passwords.
    void unlock(const QString& name);

    std::optional<User> find(const QString& name);
    std::vector<User> list();

    // Checks a password; policy says how many wrong ones lock the account and for how long. A locked account is not
    // checked at all (its lock-out is not extended); an unknown name costs the same hash check as a known one and gets
    // the same answer as a wrong password.
    // Every attempt is audited (sign-in or sign-in-refused, with why); where says from what (sign-in, unlock,
    // a command).
    SignInOutcome signIn(const QString& name, const QString& password, const Policy& policy, qint64 nowMs,
        const QString& where = QStringLiteral("sign-in"));

private:
    SignInOutcome check(const QString& name, const QString& password, const Policy& policy, qint64 nowMs);
    User require(const QString& name);
    Database& m_db;
};

} // namespace kestrel
