// SPDX-License-Identifier: GPL-3.0-or-later
// The access matrix: every role x age band x purpose x grant, against the bands domain.md gives.
#include "access/accesspolicy.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace kestrel;

namespace {
const qint64 now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
constexpr qint64 day = 24 * 3600 * 1000LL;
const qint64 edge90 = now - 90 * day;
const qint64 edge12m = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).addMonths(-12).toMSecsSinceEpoch();
const qint64 edge24m = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).addMonths(-24).toMSecsSinceEpoch();

enum class GrantKind { None, Valid, Expired, OtherInvestigation, OtherVrm, OtherPurpose, OtherUser };
} // namespace

class TestAccessPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyCell_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("purpose");
        QTest::addColumn<int>("ageDays");
        QTest::addColumn<int>("grant");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<qint64>("allowedFrom");

        const Role roles[] = { Role::Operator, Role::Investigator, Role::SeniorInvestigator, Role::Supervisor,
            Role::Auditor, Role::Administrator };
        const Purpose purposes[]
            = { Purpose::Investigation, Purpose::Serious, Purpose::Major, Purpose::CounterTerrorism };
        const int ages[] = { 30, 200, 500, 800 };
        const GrantKind kinds[] = { GrantKind::None, GrantKind::Valid, GrantKind::Expired,
            GrantKind::OtherInvestigation, GrantKind::OtherVrm, GrantKind::OtherPurpose, GrantKind::OtherUser };
        using O = AccessDecision::Outcome;
        for (Role role : roles)
            for (Purpose purpose : purposes)
                for (int age : ages)
                    for (GrantKind kind : kinds) {
                        // domain.md: 0-90 days any lawful purpose (operators, investigators); to 12 months serious,
                        // major or CT with a grant (investigators); to 24 months major or CT with a grant (senior).
                        const bool searcher
                            = role == Role::Operator || role == Role::Investigator || role == Role::SeniorInvestigator;
                        const bool granted = kind == GrantKind::Valid;
                        const bool bandB = granted && purpose != Purpose::Investigation
                            && (role == Role::Investigator || role == Role::SeniorInvestigator);
                        const bool bandC = bandB && (purpose == Purpose::Major || purpose == Purpose::CounterTerrorism)
                            && role == Role::SeniorInvestigator;
                        const qint64 from = now - age * day;
                        const qint64 reach = bandC ? edge24m : bandB ? edge12m : edge90;
                        O outcome = !searcher ? O::Refused : from >= reach ? O::Allowed : O::Clipped;
                        QTest::addRow("%s %s %dd grant:%d", qPrintable(roleName(role)),
                            qPrintable(purposeName(purpose)), age, int(kind))
                            << int(role) << int(purpose) << age << int(kind) << int(outcome)
                            << (outcome == O::Refused ? qint64(0) : std::max(from, reach));
                    }
    }
    void everyCell()
    {
        QFETCH(int, role);
        QFETCH(int, purpose);
        QFETCH(int, ageDays);
        QFETCH(int, grant);
        QFETCH(int, outcome);
        QFETCH(qint64, allowedFrom);

        SearchAsk ask { "ann", Roles::fromInt(role), Purpose(purpose), "OP-KESTREL", "AB12CDE", now - ageDays * day,
            now };
        AccessGrant g { 7, "ann", Purpose(purpose), "OP-KESTREL", { "AB12CDE" }, now - 900 * day, now, now + day };
        switch (GrantKind(grant)) {
        case GrantKind::None:
            break;
        case GrantKind::Valid:
            break;
        case GrantKind::Expired:
            g.expiresMs = now - 1;
            break;
        case GrantKind::OtherInvestigation:
            g.reference = "OP-OTHER";
            break;
        case GrantKind::OtherVrm:
            g.vrms = { "XY99ZZZ" };
            break;
        case GrantKind::OtherPurpose:
            g.purpose = Purpose(purpose) == Purpose::Major ? Purpose::Serious : Purpose::Major;
            break;
        case GrantKind::OtherUser:
            g.requester = "bob";
            break;
        }
        std::vector<AccessGrant> grants;
        if (GrantKind(grant) != GrantKind::None)
            grants.push_back(g);
        const auto decision = decideAccess(ask, grants, AccessBands::defaults(), now);
        QCOMPARE(int(decision.outcome), outcome);
        if (decision.outcome != AccessDecision::Outcome::Refused) {
            QCOMPARE(decision.fromMs, allowedFrom);
            QCOMPARE(decision.toMs, now);
        }
        if (decision.outcome != AccessDecision::Outcome::Allowed) {
            QVERIFY2(!decision.why.isEmpty(), "a clip or a refusal says why");
            QVERIFY2(!decision.howToAskForMore.isEmpty(), "and how to ask for more");
        }
    }

    void aGrantForOtherDatesDoesNotOpenTheGap()
    {
        // Granted January to March 2026 only; a search from then to now gets the young band, and says why.
        const qint64 jan = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 mar = QDateTime(QDate(2026, 3, 31), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        AccessGrant g { 9, "ann", Purpose::Serious, "CRI-1", {}, jan, mar, now + day };
        SearchAsk wide { "ann", Role::Investigator, Purpose::Serious, "CRI-1", "AB12CDE", jan, now };
        auto d = decideAccess(wide, { g }, AccessBands::defaults(), now);
        QCOMPARE(d.outcome, AccessDecision::Outcome::Clipped);
        QCOMPARE(d.fromMs, edge90);
        QVERIFY(d.why.contains("search it on its own"));
        SearchAsk inside { "ann", Role::Investigator, Purpose::Serious, "CRI-1", "AB12CDE", jan, mar };
        d = decideAccess(inside, { g }, AccessBands::defaults(), now);
        QCOMPARE(d.outcome, AccessDecision::Outcome::Allowed);
        QCOMPARE(d.grantId, 9);
    }

    void aSearchWithoutAReferenceIsRefused()
    {
        SearchAsk ask { "ann", Role::Investigator, Purpose::Investigation, "  ", "AB12CDE", now - day, now };
        const auto d = decideAccess(ask, {}, AccessBands::defaults(), now);
        QCOMPARE(d.outcome, AccessDecision::Outcome::Refused);
        QVERIFY(d.why.contains("reference"));
    }

    void theBandsAreASettingThatReadsBackAsWritten()
    {
        const QString text = AccessBands::defaults().text();
        QString problem;
        const auto parsed = AccessBands::parse(text, &problem);
        QVERIFY2(parsed, qPrintable(problem));
        QCOMPARE(parsed->text(), text);
        QVERIFY(!AccessBands::parse("12m:serious:grant:investigator;90d:investigation:none:operator", &problem));
        QVERIFY(problem.contains("order of age"));
        QCOMPARE(parsed->grantedPurposes(), QStringList({ "serious", "major", "counter-terrorism" }));
        QVERIFY(!AccessBands::parse("90d:gossip:none:operator", &problem));
        QVERIFY(problem.contains("not a purpose"));
    }
};

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
