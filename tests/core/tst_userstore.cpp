// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/userstore.h"

#include "policy/policy.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;

class TestUserStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserStore> m_users;
    const QString password = "correct horse battery";

private Q_SLOTS:
    void init()
    {
        m_users.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath("users.db"));
        m_db = std::make_unique<Database>(m_dir.filePath("users.db"));
        m_users = std::make_unique<UserStore>(*m_db);
        m_users->add("ann", Role::Operator | Role::Supervisor, password, 1000);
    }

    void passwordsAreKeptOnlyAsArgon2idHashes()
    {
        auto& row = m_db->prepared("SELECT password_hash FROM users WHERE name = 'ann'");
        QVERIFY(row.step());
        const QString hash = row.qtext(0);
        row.reset();
        QVERIFY(hash.startsWith("$argon2id$"));
        QVERIFY(!hash.contains(password));
        QCOMPARE(m_users->find("ann")->roles, Role::Operator | Role::Supervisor);
    }

    void badUsersAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("roles");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("because");
        QTest::newRow("taken") << "ann" << int(Role::Operator) << password << "already a user called ann";
        QTest::newRow("short password") << "bob" << int(Role::Operator) << "short"
                                        << "at least 12 characters";
        QTest::newRow("no role") << "bob" << 0 << password << "at least one role";
        QTest::newRow("spaces") << "bob smith" << int(Role::Operator) << password << "not a user name";
        QTest::newRow("empty") << "" << int(Role::Operator) << password << "not a user name";
    }
    void badUsersAreRefusedWithTheReason()
    {
        QFETCH(QString, name);
        QFETCH(int, roles);
        QFETCH(QString, password);
        QFETCH(QString, because);
        try {
            m_users->add(name, Roles::fromInt(roles), password, 0);
            QFAIL("accepted");
        } catch (const UserError& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(because), error.what());
        }
        QCOMPARE(m_users->list().size(), size_t(1));
    }

    void rightPasswordSignsIn()
    {
        const auto outcome = m_users->signIn("ann", password, Policy {}, 5000);
        QCOMPARE(outcome.result, SignInOutcome::Result::SignedIn);
        QCOMPARE(outcome.user->name, "ann");
        QCOMPARE(outcome.user->lastSignInMs, 5000);
    }

    void unknownNameAndWrongPasswordGetTheSameAnswer()
    {
        QCOMPARE(m_users->signIn("nobody", password, Policy {}, 0).result, SignInOutcome::Result::WrongCredentials);
        QCOMPARE(
            m_users->signIn("ann", "wrong password!", Policy {}, 0).result, SignInOutcome::Result::WrongCredentials);
        QCOMPARE(m_users->find("ann")->failures, 1);
    }

    void repeatedFailuresLockTheAccountEvenAgainstTheRightPassword()
    {
        Policy policy;
        policy.signInMaxFailures = 3;
        policy.lockoutMs = 60'000;
        QCOMPARE(m_users->signIn("ann", "wrong 1", policy, 0).result, SignInOutcome::Result::WrongCredentials);
        QCOMPARE(m_users->signIn("ann", "wrong 2", policy, 0).result, SignInOutcome::Result::WrongCredentials);
        const auto third = m_users->signIn("ann", "wrong 3", policy, 1000);
        QCOMPARE(third.result, SignInOutcome::Result::LockedOut);
        QCOMPARE(third.lockedUntilMs, 61'000);
        // Locked: the right password does not get in, and trying does not extend the lock.
        const auto during = m_users->signIn("ann", password, policy, 30'000);
        QCOMPARE(during.result, SignInOutcome::Result::LockedOut);
        QCOMPARE(during.lockedUntilMs, 61'000);
        QCOMPARE(m_users->signIn("ann", password, policy, 61'000).result, SignInOutcome::Result::SignedIn);
        QCOMPARE(m_users->find("ann")->failures, 0);
    }

    void anAdministratorCanUnlockSooner()
    {
        Policy policy;
        policy.signInMaxFailures = 3;
        for (int i = 0; i < 3; ++i)
            m_users->signIn("ann", "wrong", policy, 0);
        QCOMPARE(m_users->signIn("ann", password, policy, 1).result, SignInOutcome::Result::LockedOut);
        m_users->unlock("ann");
        QCOMPARE(m_users->signIn("ann", password, policy, 2).result, SignInOutcome::Result::SignedIn);
    }

    void aDisabledUserIsToldOnlyAfterTheRightPassword()
    {
        m_users->setDisabled("ann", true);
        QCOMPARE(
            m_users->signIn("ann", "wrong password", Policy {}, 0).result, SignInOutcome::Result::WrongCredentials);
        QCOMPARE(m_users->signIn("ann", password, Policy {}, 0).result, SignInOutcome::Result::Disabled);
    }

    void aNewPasswordReplacesTheOld()
    {
        m_users->setPassword("ann", "a brand new passphrase");
        QCOMPARE(m_users->signIn("ann", password, Policy {}, 0).result, SignInOutcome::Result::WrongCredentials);
        QCOMPARE(
            m_users->signIn("ann", "a brand new passphrase", Policy {}, 0).result, SignInOutcome::Result::SignedIn);
    }
};

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"
