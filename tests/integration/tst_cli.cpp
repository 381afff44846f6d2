// SPDX-License-Identifier: GPL-3.0-or-later
// kestrelctl as an administrator drives it: a real process, a real database file, fixture CSVs.
#include "kestrelctl.h"

#include "store/database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    CtlRun ctl(const QStringList& args, const QByteArray& input = {})
    {
        return runKestrelctl(
            QStringList { QStringLiteral("--db"), m_dir.filePath(QStringLiteral("k.db")) } + args, input);
    }
    static QString data(const char* name) { return QStringLiteral(TEST_DATA "/integration/") + QLatin1String(name); }

private Q_SLOTS:
    void searchesObeyTheAccessPolicyAndGrantsExtendIt()
    {
        const QString db = m_dir.filePath("search.db");
        const auto run = [&](const QStringList& args, const QByteArray& input = {}) {
            return runKestrelctl(QStringList { "--db", db } + args, input);
        };
        // Reads of one vehicle 10, 200 and 500 days ago.
        QFile csv(m_dir.filePath("aged.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("vrm,camera,time\n");
        for (int days : { 10, 200, 500 })
            csv.write("AB12CDE,M4-J10-EB,"
                + QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate).toUtf8() + "\n");
        csv.close();
        QCOMPARE(run({ "policy", "set", "retention.reads_months", "24" }).exit, 0);
        QCOMPARE(run({ "ingest", csv.fileName() }).exit, 0);
        QCOMPARE(
            run({ "user", "add", "ivy", "--role", "investigator", "--password-stdin" }, "ivy's long password\n").exit,
            0);
        QCOMPARE(
            run({ "user", "add", "sue", "--role", "supervisor", "--password-stdin" }, "sue's long password\n").exit, 0);
        QCOMPARE(
            run({ "user", "add", "max", "--role", "administrator", "--password-stdin" }, "max's long password\n").exit,
            0);
        const QStringList search { "search", "--as", "ivy", "--password-stdin", "--purpose", "serious", "--reference",
            "CRI-7", "AB12CDE", "--from", QDateTime::currentDateTimeUtc().addYears(-2).toString(Qt::ISODate),
            "--json" };
        const auto json = [](const CtlRun& r) {
            return QJsonDocument::fromJson(r.out.trimmed().split('\n').last().toUtf8()).object();
        };

        // Within 90 days only, clipped, saying why and how to ask for more.
        auto r = run(search, "ivy's long password\n");
        QCOMPARE(r.exit, 0);
        QJsonObject o = json(r);
        QCOMPARE(o.value("results").toArray().size(), 1);
        QCOMPARE(o.value("clipped").toBool(), true);
        QVERIFY(o.value("why").toString().contains("grant"));
        const QDateTime allowedFrom = QDateTime::fromString(o.value("allowed_from").toString(), Qt::ISODate);
        QVERIFY(qAbs(allowedFrom.daysTo(QDateTime::currentDateTimeUtc()) - 90) <= 1);

        // A wrong password or a role without searching: nothing comes back.
        r = run(search, "not the password\n");
        QVERIFY(r.exit != 0);
        QCOMPARE(r.out, QString());
        QStringList asMax = search;
        asMax[2] = "max";
        r = run(asMax, "max's long password\n");
        QVERIFY(r.exit != 0);
        QCOMPARE(json(r).value("results").toArray().size(), 0);

        // Ivy asks; she cannot grant her own; Sue grants; the 200-day read is found, the 500-day one is not
        // (a grant to 12 months: older needs a senior investigator).
        r = run({ "access", "request", "--as", "ivy", "--purpose", "serious", "--reference", "CRI-7", "--vrm",
                    "ab12 cde", "--from", QDateTime::currentDateTimeUtc().addYears(-2).toString(Qt::ISODate), "--to",
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate), "--justification", "burglary series" },
            "ivy's long password\n");
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains("request 1 is pending"), qPrintable(r.out));
        const QString expires = QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate);
        r = run(
            { "access", "grant", "1", "--as", "ivy", "--expires", expires, "--note", "mine" }, "ivy's long password\n");
        QCOMPARE(r.exit, 1);
        r = run({ "access", "grant", "1", "--as", "sue", "--expires", expires, "--note", "proportionate" },
            "sue's long password\n");
        QCOMPARE(r.exit, 0);
        r = run(search, "ivy's long password\n");
        o = json(r);
        QCOMPARE(o.value("results").toArray().size(), 2);
        QCOMPARE(o.value("grant").toInt(), 1);
        QCOMPARE(o.value("clipped").toBool(), true);

        // All of it is on the record, and the record is whole.
        r = run({ "audit", "export", "--format", "json" });
        QStringList actions;
        for (const auto& record : QJsonDocument::fromJson(r.out.toUtf8()).object().value("records").toArray())
            actions << record.toObject().value("action").toString();
        QVERIFY(actions.contains("search"));
        QVERIFY(actions.contains("search-refused"));
        QVERIFY(actions.contains("sign-in-refused"));
        QVERIFY(actions.contains("access-requested"));
        QVERIFY(actions.contains("access-granted"));
        QVERIFY(actions.contains("policy-changed"));
        QCOMPARE(run({ "audit", "verify" }).exit, 0);
    }

    void administratorManagesUsers()
    {
        auto run = ctl({ "user", "add", "ann", "--role", "operator", "--role", "supervisor", "--password-stdin" },
            "a long passphrase\n");
        QCOMPARE(run.exit, 0);
        QVERIFY2(run.out.contains("added user ann (operator, supervisor)"), qPrintable(run.out));
        run = ctl({ "user", "add", "ann", "--role", "operator", "--password-stdin" }, "a long passphrase\n");
        QCOMPARE(run.exit, 1);
        QVERIFY2(run.err.contains("already a user called ann") && run.err.contains("nothing was changed"),
            qPrintable(run.err));
        run = ctl({ "user", "add", "bob", "--role", "constable", "--password-stdin" }, "a long passphrase\n");
        QCOMPARE(run.exit, 2);
        QVERIFY2(run.err.contains("'constable' is not a role"), qPrintable(run.err));
        run = ctl({ "user", "add", "bob", "--role", "investigator", "--password-stdin" }, "short\n");
        QCOMPARE(run.exit, 1);
        QVERIFY2(run.err.contains("at least 12 characters"), qPrintable(run.err));
        run = ctl({ "user", "add", "bob", "--role", "investigator" });
        QCOMPARE(run.exit, 2);
        run = ctl({ "user", "set", "ann", "--role", "auditor", "--disable" });
        QCOMPARE(run.exit, 0);
        QVERIFY2(run.out.contains("ann: auditor, disabled"), qPrintable(run.out));
        run = ctl({ "user", "unlock", "nobody" });
        QCOMPARE(run.exit, 1);
        run = ctl({ "user", "list", "--json" });
        QCOMPARE(run.exit, 0);
        const QJsonArray users = QJsonDocument::fromJson(run.out.toUtf8()).object().value("users").toArray();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users[0].toObject().value("name").toString(), "ann");
        QCOMPARE(users[0].toObject().value("state").toString(), "disabled");
        QVERIFY(!run.out.contains("passphrase") && !run.out.contains("argon2"));

        // Every change is in the audit trail, which verifies whole, and is exported for the auditors.
        run = ctl({ "audit", "verify" });
        QCOMPARE(run.exit, 0);
        QVERIFY2(run.out.contains("whole: 2 record(s)"), qPrintable(run.out));
        run = ctl({ "audit", "export", "--format", "json" });
        QCOMPARE(run.exit, 0);
        const QJsonArray records = QJsonDocument::fromJson(run.out.toUtf8()).object().value("records").toArray();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].toObject().value("action").toString(), "user-added");
        QVERIFY(records[0].toObject().value("who").toString().startsWith("os:"));
        QCOMPARE(records[1].toObject().value("detail").toObject().value("disabled").toBool(), true);
        run = ctl({ "audit", "export", "--from", "2001-01-01", "--to", "2001-12-31" });
        QCOMPARE(run.exit, 0);
        QCOMPARE(run.out, "seq,time,who,roles,action,detail\n");
        run = ctl({ "audit", "export", "--from", "yesterday" });
        QCOMPARE(run.exit, 2);

        // Someone edits the file behind Kestrel's back: verify names the record.
        {
            kestrel::Database db(m_dir.filePath("k.db"));
            db.exec("DROP TRIGGER audit_log_is_append_only_update");
            db.exec("UPDATE audit_log SET who = 'nobody' WHERE seq = 2");
        }
        run = ctl({ "audit", "verify" });
        QCOMPARE(run.exit, 1);
        QVERIFY2(run.out.contains("BROKEN at record 2"), qPrintable(run.out));
    }

    void administratorRegistersCamerasAndIsToldWhatIsWrong()
    {
        const QString push = "M4-J10-EB";
        auto run
            = ctl({ "camera", "add", push, "--name", "M4 J10 eastbound", "--push", "--token", "correct-horse-battery",
                "--lat", "51.4613", "--lon", "-0.8702", "--dpia", "DPIA-2026-014", "--review", "2020-01-31" });
        QCOMPARE(run.exit, 0);
        run = ctl(
            { "camera", "add", "CAR-7", "--name", "Traffic car 7", "--url", "rtsp://10.2.0.7/stream1", "--mobile" });
        QCOMPARE(run.exit, 0);

        // Refused, with the reason, and nothing stored.
        run = ctl({ "camera", "add", "CAR-8", "--name", "Traffic car 8", "--push" });
        QCOMPARE(run.exit, 1);
        QVERIFY2(run.err.contains("needs a token"), qPrintable(run.err));
        run = ctl({ "camera", "add", push, "--name", "again", "--push", "--token", "another-token" });
        QCOMPARE(run.exit, 1);
        QVERIFY2(run.err.contains("registered already"), qPrintable(run.err));
        run = ctl({ "camera", "set", "CAR-7", "--lat", "north" });
        QCOMPARE(run.exit, 2);

        run = ctl({ "camera", "set", "CAR-7", "--disable" });
        QCOMPARE(run.exit, 0);
        run = ctl({ "camera", "list" });
        QCOMPARE(run.exit, 0);
        QVERIFY2(run.out.startsWith("2 camera(s)"), qPrintable(run.out));
        QVERIFY(run.out.contains("CAR-7\tTraffic car 7\tmobile\trtsp://10.2.0.7/stream1"));
        QVERIFY(run.out.contains("\tdisabled"));
        QVERIFY2(run.out.contains("2020-01-31 REVIEW OVERDUE"), qPrintable(run.out));
        QVERIFY(!run.out.contains("correct-horse-battery"));

        run = ctl({ "camera", "list", "--json" });
        const auto cameras = QJsonDocument::fromJson(run.out.toUtf8()).object().value("cameras").toArray();
        QCOMPARE(cameras.size(), 2);
        QCOMPARE(cameras[1].toObject().value("latitude").toDouble(), 51.4613);
        QCOMPARE(cameras[1].toObject().value("push").toBool(), true);

        run = ctl({ "camera", "remove", "CAR-7" });
        QCOMPARE(run.exit, 0);
        run = ctl({ "camera", "list" });
        QVERIFY2(run.out.startsWith("1 camera(s)"), qPrintable(run.out));
    }

    void serveTakesAPushUntilSigtermThenExitsZero()
    {
        const QString db = m_dir.filePath(QStringLiteral("serve.db"));
        QCOMPARE(
            runKestrelctl({ "--db", db, "camera", "add", "GATE1", "--name", "Gate", "--push", "--token", "g4te" }).exit,
            0);
        QProcess serve;
        serve.start(QStringLiteral(KESTRELCTL), { "--db", db, "serve", "--listen", "127.0.0.1:0" });
        QVERIFY(serve.waitForReadyRead(10'000));
        const QString said = QString::fromUtf8(serve.readAllStandardOutput());
        const auto port = QRegularExpression("http://127\\.0\\.0\\.1:(\\d+)").match(said).captured(1);
        QVERIFY2(!port.isEmpty(), qPrintable(said));

        QFile fixture(QStringLiteral(TEST_DATA "/push/alpr_group.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl("http://127.0.0.1:" + port + "/api/v1/openalpr"));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("Authorization", "Bearer g4te");
        QNetworkReply* reply = network.post(request, fixture.readAll());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10'000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

        serve.terminate(); // SIGTERM
        QVERIFY(serve.waitForFinished(20'000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        const auto stats = runKestrelctl({ "--db", db, "stats", "--json" });
        const auto counts = QJsonDocument::fromJson(stats.out.toUtf8()).object();
        QCOMPARE(counts.value("reads_total").toInt(), 1);
        QCOMPARE(counts.value("reads_by_camera").toObject().value("GATE1").toInt(), 1);
    }

    void aHotlistEntryWaitsForASecondPersonThenFindsEarlierSightings()
    {
        const QString db = m_dir.filePath("validate.db");
        const auto run = [&](const QStringList& args, const QByteArray& input = {}) {
            return runKestrelctl(QStringList { "--db", db } + args, input);
        };
        QCOMPARE(
            run({ "user", "add", "ivy", "--role", "investigator", "--password-stdin" }, "ivy's long password\n").exit,
            0);
        QCOMPARE(
            run({ "user", "add", "sue", "--role", "supervisor", "--password-stdin" }, "sue's long password\n").exit, 0);
        QFile csv(m_dir.filePath("earlier.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("vrm,camera,time\nQQ11QQQ,M4-J10-EB,"
            + QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate).toUtf8() + "\n");
        csv.close();
        QCOMPARE(run({ "ingest", csv.fileName() }).exit, 0);

        auto r = run({ "hotlist", "add", "QQ11QQQ", "--list", "Local", "--category", "wanted person", "--priority",
                         "high", "--action", "Do not stop: inform CID", "--source", "Local intelligence", "--reference",
                         "OP/ALDER", "--as", "ivy", "--password-stdin" },
            "ivy's long password\n");
        QCOMPARE(r.exit, 0);
        const QString id = r.out.trimmed().split('\n').last();
        QCOMPARE(id, QStringLiteral("1"));
        QVERIFY(!run({ "alerts" }).out.contains("QQ11QQQ")); // pending: nothing matches

        r = run({ "hotlist", "validate", id, "--as", "ivy", "--password-stdin" }, "ivy's long password\n");
        QVERIFY(r.exit != 0);
        QVERIFY2(r.err.contains("nothing was changed"), qPrintable(r.err));
        r = run({ "hotlist", "validate", id, "--as", "sue", "--password-stdin" }, "sue's long password\n");
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains("1 earlier sighting"), qPrintable(r.out));
        r = run({ "alerts" });
        QVERIFY2(r.out.contains("QQ11QQQ") && r.out.contains("retrospective"), qPrintable(r.out));
        r = run({ "hotlist", "list", "--state", "live", "--json" });
        const auto entries = QJsonDocument::fromJson(r.out.toUtf8()).object().value("entries").toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].toObject().value("validated_by").toString(), QStringLiteral("sue"));
    }

    void aCovertListsHitsGoOnlyToItsReadersAndCategoriesAreAdministered()
    {
        const QString db = m_dir.filePath("covert.db");
        const auto run = [&](const QStringList& args, const QByteArray& input = {}) {
            return runKestrelctl(QStringList { "--db", db } + args, input);
        };
        QCOMPARE(
            run({ "user", "add", "ann", "--role", "operator", "--password-stdin" }, "ann's long password\n").exit, 0);
        // A category's default priority and action, as the administrator sets them, for lines that give none.
        auto r = run({ "hotlist", "category", "operation kite", "--priority", "high", "--action",
            "Covert interest: do not stop, tell the SIO" });
        QCOMPARE(r.exit, 0);
        QFile csv(m_dir.filePath("kite.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("vrm,list,category,priority,action,source,reference,effective,expiry\n"
                  "KT12EEE,Op Kite,operation kite,,,PNC,OP/KITE,2020-01-01,\n"
                  "SH12ARE,Stolen,stolen vehicle,,,PNC,CRI/9,2020-01-01,\n");
        csv.close();
        QCOMPARE(run({ "hotlist", "import", csv.fileName() }).exit, 0);
        r = run({ "hotlist", "list", "--json" });
        const auto entries = QJsonDocument::fromJson(r.out.toUtf8()).object().value("entries").toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].toObject().value("priority").toString(), QStringLiteral("high"));
        QCOMPARE(entries[0].toObject().value("action").toString(),
            QStringLiteral("Covert interest: do not stop, tell the SIO"));

        r = run({ "hotlist", "configure", "Op Kite", "--covert" });
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("at least one reader"), qPrintable(r.err));
        r = run({ "hotlist", "configure", "Op Kite", "--covert", "--reader", "ann", "--owner", "ann" });
        QCOMPARE(r.exit, 0);
        r = run({ "hotlist", "lists", "--json" });
        const auto lists = QJsonDocument::fromJson(r.out.toUtf8()).object().value("lists").toArray();
        QCOMPARE(lists.size(), 2);
        QCOMPARE(lists[0].toObject().value("name").toString(), QStringLiteral("Op Kite"));
        QCOMPARE(lists[0].toObject().value("covert").toBool(), true);
        QCOMPARE(lists[0].toObject().value("readers").toArray().at(0).toString(), QStringLiteral("ann"));

        QFile reads(m_dir.filePath("kite-reads.csv"));
        QVERIFY(reads.open(QIODevice::WriteOnly));
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
        reads.write("vrm,camera,time\nKT12EEE,M4-J10-EB," + now + "\nSH12ARE,M4-J10-EB," + now + "\n");
        reads.close();
        QCOMPARE(run({ "ingest", reads.fileName() }).exit, 0);
        r = run({ "alerts" });
        QVERIFY2(r.out.contains("SH12ARE") && !r.out.contains("KT12EEE"), qPrintable(r.out)); // the shared queue
        r = run({ "alerts", "--as", "ann" });
        QVERIFY2(r.out.contains("SH12ARE") && r.out.contains("KT12EEE"), qPrintable(r.out));
        r = run({ "audit", "export", "--format", "json" });
        QVERIFY2(r.out.contains("alert-covert-hit") && r.out.contains("hotlist-list-configured")
                && r.out.contains("hotlist-category-set"),
            qPrintable(r.out));
    }

    void anImpossibleJourneyOpensOneCloneCaseWithBothReads()
    {
        const QString db = m_dir.filePath("clones.db");
        const auto run = [&](const QStringList& args, const QByteArray& input = {}) {
            return runKestrelctl(QStringList { "--db", db } + args, input);
        };
        QCOMPARE(run({ "camera", "add", "M4-J10", "--name", "M4 J10", "--lat", "51.4300", "--lon", "-0.8870", "--push",
                         "--token", "a token of the gantry's" })
                     .exit,
            0);
        QCOMPARE(run({ "camera", "add", "M4-J11", "--name", "M4 J11", "--lat", "51.4220", "--lon", "-0.9890", "--push",
                         "--token", "another token of a gantry's" })
                     .exit,
            0);
        QCOMPARE(run({ "camera", "add", "A1-NCL", "--name", "A1 Newcastle", "--lat", "54.9783", "--lon", "-1.6178",
                         "--push", "--token", "a token from the north" })
                     .exit,
            0);
        QFile csv(m_dir.filePath("journeys.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        // AB12CDE drives J10 to J11 in 6 minutes (fine); CL12NED is at J10 and, 30 minutes on, in Newcastle.
        csv.write("vrm,camera,time\n"
                  "AB12CDE,M4-J10,2026-11-24T10:00:00Z\n"
                  "AB12CDE,M4-J11,2026-11-24T10:06:00Z\n"
                  "CL12NED,M4-J10,2026-11-24T10:00:00Z\n"
                  "CL12NED,A1-NCL,2026-11-24T10:30:00Z\n");
        csv.close();
        QCOMPARE(run({ "ingest", csv.fileName() }).exit, 0);
        auto r = run({ "clones", "list", "--json" });
        QCOMPARE(r.exit, 0);
        const auto cases
            = QJsonDocument::fromJson(r.out.trimmed().split('\n').last().toUtf8()).object().value("cases").toArray();
        QCOMPARE(cases.size(), 1);
        const auto found = cases[0].toObject();
        QCOMPARE(found.value("vrm").toString(), QStringLiteral("CL12NED"));
        QCOMPARE(found.value("state").toString(), QStringLiteral("reported"));
        QCOMPARE(found.value("evidence").toInt(), 2);
        r = run({ "clones", "show", QString::number(found.value("id").toInt()) });
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains("M4-J10") && r.out.contains("A1-NCL") && r.out.contains("km/h"), qPrintable(r.out));
        QCOMPARE(run({ "clones", "show", "99" }).exit, 1);
    }

    void aKilledRefreshLeavesTheOldListLive()
    {
        const QString db = m_dir.filePath("refresh.db");
        const auto run = [&](const QStringList& args) { return runKestrelctl(QStringList { "--db", db } + args); };
        const auto liveCount = [&] {
            const auto r = run({ "hotlist", "list", "--state", "live", "--json" });
            return QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object().value("entries").toArray().size();
        };
        const QString header = "vrm,list,category,priority,action,source,reference,effective,expiry\n";
        QFile old(m_dir.filePath("old-extract.csv"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write((header
            + "AB12CDE,PNC,stolen vehicle,,Stop and check,PNC,PNC/1,,\n"
              "CD34EFG,PNC,no insurance,,Advise,PNC,PNC/2,,\n")
                      .toUtf8());
        old.close();
        QCOMPARE(run({ "hotlist", "import", old.fileName(), "--replace", "PNC" }).exit, 0);
        QCOMPARE(liveCount(), 2);

        // Tomorrow's extract, 300,000 lines: the import is killed while it replaces the list.
        QFile extract(m_dir.filePath("new-extract.csv"));
        QVERIFY(extract.open(QIODevice::WriteOnly));
        extract.write(header.toUtf8());
        for (int i = 0; i < 300'000; ++i)
            extract.write(QStringLiteral("NX%1,PNC,stolen vehicle,,Stop and check,PNC,PNC/N%1,,\n").arg(i).toUtf8());
        extract.close();
        QProcess import;
        import.start(KESTRELCTL, { "--db", db, "hotlist", "import", extract.fileName(), "--replace", "PNC" });
        QVERIFY(import.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT(
            (said += import.readAllStandardError()).contains("70% done"), 60'000); // half way through storing
        import.kill();
        QVERIFY(import.waitForFinished());

        QCOMPARE(liveCount(), 2); // the old list, whole
        QCOMPARE(run({ "audit", "verify" }).exit, 0);
        // Run again to its end, the new list replaces the old.
        const auto done = run({ "hotlist", "import", extract.fileName(), "--replace", "PNC" });
        QCOMPARE(done.exit, 0);
        QVERIFY2(done.out.contains("replaced list PNC with 300000 entries"), qPrintable(done.out));
        QCOMPARE(liveCount(), 300'000);

        // The wrong file for a refresh (its header is not a hotlist's) must not empty the live list.
        QFile wrong(m_dir.filePath("reads-not-hotlist.csv"));
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write("vrm,camera,time\nAB12CDE,CAM1,2026-01-01T00:00:00Z\n");
        wrong.close();
        const auto refused = run({ "hotlist", "import", wrong.fileName(), "--replace", "PNC" });
        QCOMPARE(refused.exit, 3);
        QVERIFY2(refused.err.contains("the old list is still live"), qPrintable(refused.err));
        QCOMPARE(liveCount(), 300'000);
    }

    void hotlistedReadBecomesOneAlertThatIsClaimedAndClosed()
    {
        auto run = ctl({ QStringLiteral("hotlist"), QStringLiteral("import"), data("hotlist.csv") });
        QCOMPARE(run.exit, 1); // one bad line: the rest imported, and the caller is told
        QVERIFY2(run.err.contains(QLatin1String("hotlist.csv:5:")), qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("imported 3 hotlist entries")), qPrintable(run.out));
        run = ctl(
            { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(run.out.contains(QLatin1String("\"action\":\"hotlist-imported\"")), qPrintable(run.out));

        run = ctl({ QStringLiteral("ingest"), data("reads.csv") });
        QCOMPARE(run.exit, 1);
        QVERIFY2(run.err.contains(QLatin1String("reads.csv:7: time 'not-a-time'")), qPrintable(run.err));
        // Three sightings of AB12CDE at one camera (one a misread) are one alert; the expired entry never hits.
        QVERIFY2(run.out.contains(QLatin1String("stored 5 of 5 reads")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("1 new alert(s), 2 further sighting(s)")), qPrintable(run.out));

        run = ctl({ QStringLiteral("stats"), QStringLiteral("--json") });
        QCOMPARE(run.exit, 0);
        const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(stats.value("reads_total").toInt(), 5);
        QCOMPARE(stats.value("alerts_open").toInt(), 1);
        QCOMPARE(stats.value("reads_by_camera").toObject().value("M4-J10-EB").toInt(), 5);
        QVERIFY2(!run.out.contains(QLatin1String("AB12CDE")), "counts only, never a VRM");

        run = ctl({ QStringLiteral("alerts") });
        QCOMPARE(run.exit, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("1 open alert(s)")), qPrintable(run.out));
        // The time is the latest sighting, in London time (GMT in November).
        QVERIFY(run.out.contains(QLatin1String("\tAB12CDE\tM4-J10-EB\t2026-11-22 10:04:00\tstolen vehicle\tnew")));
        QVERIFY(run.out.contains(QLatin1String("[3 sightings]")));
        const QString id = run.out.section(QLatin1Char('\n'), 1, 1).section(QLatin1Char('\t'), 0, 0);

        run = ctl(
            { QStringLiteral("alerts"), QStringLiteral("claim"), id, QStringLiteral("--as"), QStringLiteral("ann") });
        QCOMPARE(run.exit, 0);
        QVERIFY(run.out.contains(QLatin1String("(held by ann)")));
        run = ctl({ QStringLiteral("alerts"), QStringLiteral("close"), id, QStringLiteral("--reason"),
            QStringLiteral("misread"), QStringLiteral("--as"), QStringLiteral("bob") });
        QCOMPARE(run.exit, 1);
        QVERIFY2(run.err.contains(QLatin1String("held by ann")), qPrintable(run.err));
        run = ctl({ QStringLiteral("alerts"), QStringLiteral("close"), id, QStringLiteral("--reason"),
            QStringLiteral("misread"), QStringLiteral("--as"), QStringLiteral("ann") });
        QCOMPARE(run.exit, 0);

        run = ctl({ QStringLiteral("alerts") });
        QVERIFY2(run.out.startsWith(QLatin1String("0 open alert(s)")), qPrintable(run.out));
        run = ctl({ QStringLiteral("alerts"), QStringLiteral("history"), id });
        const QStringList steps = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(steps.size(), 5); // raised, two sightings, claimed, closed
        QVERIFY(steps[3].contains(QLatin1String("\tann\tclaimed")));
        QVERIFY(steps[4].contains(QLatin1String("\tann\tclosed\tmisread")));
    }

    void mistakesAreNamedAndExitNonZero()
    {
        auto run = ctl({ QStringLiteral("frobnicate") });
        QCOMPARE(run.exit, 2);
        QVERIFY(run.err.contains(QLatin1String("unknown command 'frobnicate'")));
        run = ctl({ QStringLiteral("hotlist"), QStringLiteral("import"), QStringLiteral("/no/such/file.csv") });
        QCOMPARE(run.exit, 3);
        QVERIFY(run.err.contains(QLatin1String("cannot read /no/such/file.csv")));
        run = ctl({ QStringLiteral("alerts"), QStringLiteral("claim"), QStringLiteral("x"), QStringLiteral("--as"),
            QStringLiteral("ann") });
        QCOMPARE(run.exit, 2);
        run = ctl({ QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("matching.max_substitutions"),
            QStringLiteral("7") });
        QCOMPARE(run.exit, 1);
        QVERIFY(run.err.contains(QLatin1String("must be 0, 1 or 2")));
        for (const char* command : { "ingest", "alerts", "policy", "bench" }) {
            run = ctl({ QLatin1String(command), QStringLiteral("--help") });
            QCOMPARE(run.exit, 0);
            QVERIFY2(run.out.contains(QLatin1String("kestrelctl ")), command);
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
