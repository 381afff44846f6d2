// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/readcsv.h"
#include "io/isotime.h"

#include <QBuffer>
#include <QTest>

using namespace kestrel;

class TestReadCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsGoodLinesAndReportsBadOnes()
    {
        QBuffer buffer;
        buffer.setData("vrm,camera,time,confidence\n"
                       "ab12 cde,CAM1,2026-07-01T12:00:00Z,0.93\n"
                       "XY34ZZZ,CAM2,2026-07-01T13:00:00,87\n" // London time (BST), percentage
                       "CD56EFG,CAM3,2026-07-01T14:00:00+02:00\n"
                       ",CAM1,2026-07-01T12:00:00Z\n"
                       "EF78GHJ,,2026-07-01T12:00:00Z\n"
                       "GH90JKL,CAM1,noon\n"
                       "JK12LMN,CAM1,2026-07-01T12:00:00Z,very\n"
                       "LM34NOP\n");
        buffer.open(QIODevice::ReadOnly);
        ReadCsv csv(buffer);
        std::vector<Read> reads;
        while (auto r = csv.next())
            reads.push_back(*r);
        QCOMPARE(reads.size(), size_t(3));
        QCOMPARE(reads[0].vrm, std::string("AB12CDE"));
        QCOMPARE(reads[0].timeMs, qint64(1'782'907'200'000));
        QCOMPARE(reads[0].confidence, 0.93f);
        QCOMPARE(reads[1].timeMs, qint64(1'782'907'200'000)); // 13:00 BST = 12:00 UTC
        QCOMPARE(reads[1].confidence, 0.87f);
        QCOMPARE(reads[2].timeMs, qint64(1'782'907'200'000));
        QCOMPARE(reads[2].confidence, 1.0f);
        QList<int> lines;
        for (const auto& p : csv.problems())
            lines << p.line;
        QCOMPARE(lines, QList<int>({ 5, 6, 7, 8, 9 }));
        QVERIFY(csv.problems()[2].reason.contains(QLatin1String("noon")));
    }
};

QTEST_GUILESS_MAIN(TestReadCsv)
#include "tst_readcsv.moc"
