// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotlist/hotlistcsv.h"
#include "io/isotime.h"

#include <QBuffer>
#include <QTest>

using namespace kestrel;

namespace {
// The categories as an administrator set them: an entry without its own priority or action takes its category's.
const std::vector<HotlistCategory> categories { { QStringLiteral("firearms"), Priority::High,
                                                    QStringLiteral("Do not approach: armed response only") },
    { QStringLiteral("stolen vehicle"), Priority::Medium, QStringLiteral("Stop if safe and seize") } };

HotlistFile read(const QByteArray& text, const std::function<bool(qint64, qint64)>& progress = {})
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return readHotlistCsv(buffer, { 1'000'000, categories, progress });
}
const QByteArray header = "vrm,list,category,priority,action,source,reference,effective,expiry\n";
} // namespace

class TestHotlistCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void goodLinesImportBadLinesAreReportedByNumber()
    {
        const auto file = read(header
            + "ab12 cde,PNC,stolen vehicle,medium,Stop and search,PNC,CRI/1,2026-01-01,2026-12-31\n"
              "XY34ZZZ,Local,firearms,,\"Armed, do not approach\",Intel,OP/2,,\n"
              "\n"
              "BAD!,PNC,stolen vehicle,medium,x,PNC,R,,\n"
              "CD56EFG,PNC,stolen vehicle,urgent,x,PNC,R,,\n"
              "EF78GHJ,PNC,stolen vehicle,low,x,PNC,R,yesterday,\n"
              "GH90JKL,PNC,stolen vehicle,low,x,PNC,R,2026-05-01,2026-04-01\n"
              "JK12LMN,PNC,stolen vehicle,low,x,PNC\n"
              "LM34NOP,PNC,mystery,,x,PNC,R,,\n"
              "NP56QRS,PNC,operation kite,low,,PNC,R,,\n");
        QCOMPARE(file.entries.size(), size_t(2));
        const auto& first = file.entries[0];
        QCOMPARE(first.vrm, std::string("AB12CDE"));
        QCOMPARE(first.priority, Priority::Medium);
        QCOMPARE(first.effectiveMs, *isotime::parse("2026-01-01"));
        QCOMPARE(first.expiryMs, *isotime::parse("2027-01-01")); // a date-only expiry lasts the whole day
        const auto& second = file.entries[1];
        QCOMPARE(second.action, QStringLiteral("Armed, do not approach"));
        QCOMPARE(second.priority, Priority::High); // firearms' default
        QCOMPARE(second.effectiveMs, qint64(1'000'000)); // no date: from now
        QCOMPARE(second.expiryMs, std::numeric_limits<qint64>::max());

        QStringList problems;
        for (const auto& p : file.problems)
            problems << QStringLiteral("%1: %2").arg(p.line).arg(p.reason);
        QCOMPARE(problems.size(), 7);
        QVERIFY2(problems[0].startsWith(QLatin1String("5: VRM 'BAD!'")), qPrintable(problems[0]));
        QVERIFY2(problems[1].startsWith(QLatin1String("6: priority 'urgent'")), qPrintable(problems[1]));
        QVERIFY2(problems[2].startsWith(QLatin1String("7: effective date 'yesterday'")), qPrintable(problems[2]));
        QVERIFY2(problems[3].startsWith(QLatin1String("8: it expires")), qPrintable(problems[3]));
        QVERIFY2(problems[4].startsWith(QLatin1String("9: expected 9 fields")), qPrintable(problems[4]));
        QVERIFY2(problems[5].startsWith(QLatin1String("10: no priority given and category 'mystery'")),
            qPrintable(problems[5]));
        QVERIFY2(problems[6].startsWith(QLatin1String("11: the action is empty")), qPrintable(problems[6]));
    }

    void anEntryWithoutPriorityOrActionTakesItsCategorys()
    {
        const auto file = read(header + "AB12CDE,Local,Stolen Vehicle,,,Intel,OP/1,,\n");
        QVERIFY(file.problems.empty());
        QCOMPARE(file.entries.at(0).priority, Priority::Medium);
        QCOMPARE(file.entries.at(0).action, QStringLiteral("Stop if safe and seize"));
    }

    void progressIsToldAndCanStopTheReading()
    {
        QByteArray text = header;
        for (int i = 0; i < 20'000; ++i)
            text += "AB12CDE,PNC,stolen vehicle,low,x,PNC,R,,\n";
        std::vector<std::pair<qint64, qint64>> told;
        const auto file = read(text, [&](qint64 done, qint64 total) {
            told.emplace_back(done, total);
            return told.size() < 2; // stop at the second report
        });
        QVERIFY(file.stopped);
        QCOMPARE(told.size(), size_t(2));
        QCOMPARE(told[0].second, qint64(text.size()));
        QVERIFY(told[0].first > 0 && told[0].first < told[1].first && told[1].first < text.size());
        QVERIFY(file.entries.size() >= 9'000 && file.entries.size() < 10'000);
    }

    void wrongHeaderImportsNothing()
    {
        const auto file = read("plate,list\nAB12CDE,PNC\n");
        QVERIFY(file.entries.empty());
        QCOMPARE(file.problems.size(), size_t(1));
        QCOMPARE(file.problems[0].line, 1);
        QVERIFY(file.problems[0].reason.contains(QLatin1String("header")));
    }

    void unclosedQuoteIsALineProblem()
    {
        const auto file = read(header + "AB12CDE,PNC,stolen vehicle,low,\"never closed,PNC,R,,\n");
        QVERIFY(file.entries.empty());
        QCOMPARE(file.problems.size(), size_t(1));
        QVERIFY(file.problems[0].reason.contains(QLatin1String("quoted")));
    }

    void byteOrderMarkAndCrLfAreFine()
    {
        const auto file = read(
            "\xEF\xBB\xBF" + QByteArray(header).replace("\n", "\r\n") + "AB12CDE,PNC,stolen vehicle,low,x,PNC,R,,\r\n");
        QCOMPARE(file.entries.size(), size_t(1));
        QVERIFY(file.problems.empty());
    }
};

QTEST_GUILESS_MAIN(TestHotlistCsv)
#include "tst_hotlistcsv.moc"
