// SPDX-License-Identifier: GPL-3.0-or-later
// kestrelctl with passwords kept in a real keychain (a private GNOME Keyring on D-Bus: tests/with-keyring.sh),
// asked for at a terminal (a real pseudo-terminal, through util-linux's script), and with no keychain at all.
#include "kestrelctl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestKeychain : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    CtlRun ctl(const QStringList& args, const QByteArray& input = {})
    {
        return runKestrelctl(QStringList { QStringLiteral("--db"), m_db } + args, input);
    }
    QStringList search(const QStringList& how) const
    {
        return QStringList { "search", "--as", "ivy", "--purpose", "investigation", "--reference", "CRI-1", "AB12CDE",
            "--json" }
        + how;
    }
    int readsIn(const CtlRun& r) const
    {
        return QJsonDocument::fromJson(r.out.trimmed().split('\n').last().toUtf8())
            .object()
            .value("results")
            .toArray()
            .size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath("k.db");
        QCOMPARE(
            ctl({ "user", "add", "ivy", "--role", "investigator", "--password-stdin" }, "ivy's long password\n").exit,
            0);
        QFile csv(m_dir.filePath("reads.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("vrm,camera,time\nAB12CDE,M4-J10-EB,"
            + QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate).toUtf8() + "\n");
        csv.close();
        QCOMPARE(ctl({ "ingest", csv.fileName() }).exit, 0);
    }

    void aStoredPasswordSignsInUntilForgotten()
    {
        // A wrong password is not kept.
        auto r = ctl({ "keychain", "store", "--as", "ivy", "--password-stdin" }, "not it\n");
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains("nothing was stored"));
        r = ctl(search({ "--keychain" }));
        QVERIFY(r.exit != 0);
        QVERIFY2(r.err.contains("holds no password"), qPrintable(r.err));

        r = ctl({ "keychain", "store", "--as", "ivy", "--password-stdin" }, "ivy's long password\n");
        QCOMPARE(r.exit, 0);
        // Nothing on standard input: the keychain gives the password.
        r = ctl(search({ "--keychain" }));
        QCOMPARE(r.exit, 0);
        QCOMPARE(readsIn(r), 1);
        // The password is in the keychain, not in the database file.
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("ivy's long password"));

        QCOMPARE(ctl({ "keychain", "forget", "--as", "ivy" }).exit, 0);
        r = ctl(search({ "--keychain" }));
        QVERIFY(r.exit != 0);
        QCOMPARE(readsIn(r), 0);

        r = ctl({ "audit", "export", "--format", "json" });
        QStringList actions;
        for (const auto& record : QJsonDocument::fromJson(r.out.toUtf8()).object().value("records").toArray())
            actions << record.toObject().value("action").toString();
        QVERIFY(actions.contains("keychain-stored"));
        QVERIFY(actions.contains("keychain-forgotten"));
        QVERIFY(actions.contains("sign-in-refused"));
    }

    void withNoKeychainItSaysSoAndDoesNothing()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir.filePath("no-bus-here"));
        p.setProcessEnvironment(env);
        p.start(KESTRELCTL, QStringList { "--db", m_db } + search({ "--keychain" }));
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60'000));
        QVERIFY(p.exitCode() != 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains("Secret Service") && err.contains("--password-stdin") && err.contains("nothing was done"),
            qPrintable(err));
    }

    void atATerminalThePasswordIsAskedForAndNotShown()
    {
        // script(1) runs kestrelctl on a pseudo-terminal, typing what it is given.
        const QString command = QStringList { KESTRELCTL, "--db", m_db, "search", "--as", "ivy", "--purpose",
            "investigation", "--reference", "CRI-1", "AB12CDE" }
                                    .join(' ');
        QProcess p;
        p.start("script", { "-qec", command, "/dev/null" });
        QVERIFY(p.waitForStarted());
        QTest::qWait(1000); // the prompt is up and echo is off before the password is typed
        p.write("ivy's long password\n");
        QVERIFY(p.waitForFinished(60'000));
        const QString shown = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(shown.contains("Password for ivy: "), qPrintable(shown));
        QVERIFY2(shown.contains("1 read(s) from") || shown.contains("1 read from"), qPrintable(shown));
        QVERIFY2(!shown.contains("ivy's long password"), qPrintable(shown));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
