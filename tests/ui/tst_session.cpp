// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "access/userstore.h"
#include "audit/auditlog.h"
#include "store/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kestrel;

class TestSession : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Session> m_session;
    qint64 m_now = 0;
    Policy m_policy;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(m_dir.filePath("session.db"));
        m_users = std::make_unique<UserStore>(*m_db);
        m_audit = std::make_unique<AuditLog>(*m_db);
        m_users->add("ann", Role::Operator, "ann's long password", 0);
        m_users->add("ivy", Role::Investigator, "ivy's long password", 0);
        m_users->add("max", Role::Administrator, "max's long password", 0);
        m_users->add("sue", Role::Supervisor | Role::Operator, "sue's long password", 0);
        m_policy.idleLockMs = 10 * 60 * 1000;
        m_policy.signInMaxFailures = 3;
    }
    void init()
    {
        m_now = 1'000'000;
        m_session = std::make_unique<Session>(*m_users, *m_audit, m_policy, [this] { return m_now; });
        for (const char* name : { "ann", "ivy", "max", "sue" })
            m_users->unlock(name);
    }

    void theRolesDecideWhatAppears_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("triage");
        QTest::addColumn<bool>("cameras");
        QTest::addColumn<bool>("locations");
        QTest::newRow("operator") << "ann" << true << true << true;
        QTest::newRow("investigator") << "ivy" << false << false << true;
        QTest::newRow("administrator") << "max" << false << true << false;
        QTest::newRow("supervisor") << "sue" << true << true << true;
    }
    void theRolesDecideWhatAppears()
    {
        QFETCH(QString, user);
        QFETCH(bool, triage);
        QFETCH(bool, cameras);
        QFETCH(bool, locations);
        QVERIFY(!m_session->canTriage() && !m_session->canWatchCameras() && !m_session->canSeeLocations());
        QVERIFY(m_session->signIn(user, user + "'s long password"));
        QCOMPARE(m_session->canTriage(), triage);
        QCOMPARE(m_session->canWatchCameras(), cameras);
        QCOMPARE(m_session->canSeeLocations(), locations);
        m_session->signOut();
        QVERIFY(!m_session->canTriage() && !m_session->canWatchCameras() && !m_session->canSeeLocations());
    }

    void aWrongPasswordSaysSoAndRepeatedOnesLockTheAccount()
    {
        QSignalSpy user(m_session.get(), &Session::userChanged);
        QVERIFY(!m_session->signIn("ann", "not her password"));
        QCOMPARE(m_session->message(), "User name or password not recognised.");
        QVERIFY(!m_session->signIn("nobody", "not her password"));
        QCOMPARE(m_session->message(), "User name or password not recognised.");
        QVERIFY(!m_session->signIn("ann", "still not it"));
        QVERIFY(!m_session->signIn("ann", "third time"));
        QVERIFY(m_session->message().contains("locked until"));
        QVERIFY(!m_session->signIn("ann", "ann's long password"));
        QVERIFY(m_session->message().contains("locked until"));
        QVERIFY(!m_session->signedIn());
        QCOMPARE(user.count(), 0);
    }

    void anIdleConsoleLocksAndOnlyItsUserUnlocksIt()
    {
        QSignalSpy user(m_session.get(), &Session::userChanged);
        QVERIFY(m_session->signIn("ann", "ann's long password"));
        QCOMPARE(user.count(), 1);
        QCOMPARE(user[0].at(0).toString(), "ann");

        m_now += m_policy.idleLockMs - 1;
        m_session->checkIdle();
        QVERIFY(!m_session->locked());
        m_session->touched(); // a key press starts the idle time again
        m_now += m_policy.idleLockMs - 1;
        m_session->checkIdle();
        QVERIFY(!m_session->locked());
        m_now += 1;
        m_session->checkIdle();
        QVERIFY(m_session->locked());
        QCOMPARE(m_session->userName(), "ann");

        QVERIFY(!m_session->signIn("sue", "sue's long password"));
        QVERIFY(m_session->message().contains("locked by ann"));
        QVERIFY(!m_session->signIn("ann", "wrong password"));
        QVERIFY(m_session->locked());
        QVERIFY(m_session->signIn("ann", "ann's long password"));
        QVERIFY(!m_session->locked());
        QCOMPARE(m_session->message(), QString());
        QCOMPARE(user.count(), 1); // the same user again: triage carries on as ann

        m_session->lock();
        m_session->signOut();
        QCOMPARE(user.count(), 2);
        QCOMPARE(user[1].at(0).toString(), QString());
        QVERIFY(m_session->signIn("sue", "sue's long password"));
        QCOMPARE(user[2].at(0).toString(), "sue");

        // Each step is in the audit trail, with who, the roles they hold and why a sign-in was refused.
        QStringList steps;
        m_audit->forEach(m_now - 1, m_now + 1, [&](const AuditRecord& r) {
            steps << r.who + " " + r.action
                    + (r.detail.contains("reason") ? " " + r.detail.value("reason").toString() : QString());
        });
        QCOMPARE(steps,
            QStringList({ "ann console-locked", "ann sign-in-refused wrong credentials", "ann sign-in",
                "ann console-locked", "ann sign-out", "sue sign-in" }));
        QVERIFY(m_audit->verify().whole);
    }

    void anyKeyOrMouseMovementCountsAsUse()
    {
        QVERIFY(m_session->signIn("ann", "ann's long password"));
        QObject target;
        target.installEventFilter(m_session.get());
        m_now += m_policy.idleLockMs - 1000;
        QKeyEvent key(QEvent::KeyPress, Qt::Key_J, Qt::NoModifier);
        QCoreApplication::sendEvent(&target, &key);
        m_now += 2000;
        m_session->checkIdle();
        QVERIFY(!m_session->locked());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
