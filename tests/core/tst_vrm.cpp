// SPDX-License-Identifier: GPL-3.0-or-later
#include "vrm/vrm.h"

#include <QTest>

using namespace kestrel;

class TestVrm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalise_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spaces") << "ab12 cde"
                                << "AB12CDE";
        QTest::newRow("dashes and dots") << "A-123.bcd"
                                         << "A123BCD";
        QTest::newRow("tabs and padding") << "  AB12\tCDE "
                                          << "AB12CDE";
        QTest::newRow("already normal") << "AB12CDE"
                                        << "AB12CDE";
        QTest::newRow("foreign kept") << "ba-123cd"
                                      << "BA123CD";
        QTest::newRow("empty") << ""
                               << "";
    }
    void normalise()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(vrm::normalise(raw.toStdString())), expected);
    }

    void classify_data()
    {
        QTest::addColumn<QString>("vrm");
        QTest::addColumn<QString>("format");
        QTest::newRow("current") << "AB12CDE"
                                 << "current";
        QTest::newRow("current september") << "LM68XYZ"
                                           << "current";
        QTest::newRow("current: I in memory tag") << "IB12CDE"
                                                  << "unknown";
        QTest::newRow("current: Q in last three") << "AB12CDQ"
                                                  << "unknown";
        QTest::newRow("current: age 00 never issued") << "AB00CDE"
                                                      << "unknown";
        QTest::newRow("current: age 49 not issued until 2049") << "AB49CDE"
                                                               << "unknown";
        QTest::newRow("current: age 99 not issued until September 2049") << "AB99CDE"
                                                                         << "unknown";
        QTest::newRow("prefix") << "A123BCD"
                                << "prefix";
        QTest::newRow("prefix: no serial starts with 0") << "V063EEC"
                                                         << "unknown";
        QTest::newRow("prefix one digit") << "P7ABC"
                                          << "prefix";
        QTest::newRow("prefix Q import") << "Q123ABC"
                                         << "prefix";
        QTest::newRow("suffix") << "ABC123A"
                                << "suffix";
        QTest::newRow("suffix: year letter O not used") << "ABC123O"
                                                        << "unknown";
        QTest::newRow("northern ireland") << "ABZ1234"
                                          << "northern-ireland";
        QTest::newRow("northern ireland two letters") << "IA1234"
                                                      << "northern-ireland";
        QTest::newRow("suffix: no serial starts with 0") << "ABC012A"
                                                         << "unknown";
        QTest::newRow("dateless: no serial starts with 0") << "0123AB"
                                                           << "unknown";
        QTest::newRow("dateless digits first") << "1234AB"
                                               << "dateless";
        QTest::newRow("dateless letters first") << "ABC1"
                                                << "dateless";
        QTest::newRow("dateless single") << "A1"
                                         << "dateless";
        QTest::newRow("foreign (Slovak)") << "BA123CD"
                                          << "unknown";
        QTest::newRow("too long") << "ABCDEFGH12"
                                  << "unknown";
        QTest::newRow("letters only") << "ABCDE"
                                      << "unknown";
    }
    void classify()
    {
        QFETCH(QString, vrm);
        QFETCH(QString, format);
        QCOMPARE(QString::fromLatin1(vrm::formatName(vrm::classify(vrm.toStdString()))), format);
    }

    void matchesPattern_data()
    {
        QTest::addColumn<QString>("vrm");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << "AB12CDE"
                               << "AB12CDE" << true;
        QTest::newRow("one character differs") << "AB12CDE"
                                               << "AB12CDF" << false;
        QTest::newRow("? for one") << "AB12CDE"
                                   << "AB1?CDE" << true;
        QTest::newRow("? is never none") << "AB12CDE"
                                         << "AB12CDE?" << false;
        QTest::newRow("* at the end") << "AB12CDE"
                                      << "AB12*" << true;
        QTest::newRow("* at the start") << "AB12CDE"
                                        << "*CDE" << true;
        QTest::newRow("* for nothing") << "AB12CDE"
                                       << "AB12*CDE" << true;
        QTest::newRow("* needing a second try") << "AB12CDCDE"
                                                << "AB*CDE" << true;
        QTest::newRow("two stars") << "AB12CDE"
                                   << "*2*E" << true;
        QTest::newRow("too short") << "AB1"
                                   << "AB1?" << false;
        QTest::newRow("misread is no match") << "AB12CDE"
                                             << "AB12C0E" << false;
    }
    void matchesPattern()
    {
        QFETCH(QString, vrm);
        QFETCH(QString, pattern);
        QFETCH(bool, matches);
        QCOMPARE(vrm::matchesPattern(vrm.toStdString(), pattern.toStdString()), matches);
    }

    void isContinental_data()
    {
        QTest::addColumn<QString>("vrm");
        QTest::addColumn<bool>("continental");
        QTest::newRow("Slovak") << "BA302OZ" << true;
        QTest::newRow("Slovak with O read for 0") << "BA3O2OZ" << false;
        QTest::newRow("Czech") << "4B39376" << true;
        QTest::newRow("Czech two letters") << "1AB3456" << true;
        QTest::newRow("German") << "WOBVW4" << true;
        QTest::newRow("German number from 0") << "VZ04" << false;
        QTest::newRow("Polish") << "WA56660" << true;
        QTest::newRow("Spanish") << "1234BCD" << true;
        QTest::newRow("Dutch side code") << "12ABC3" << true;
        QTest::newRow("letters only") << "ABCDEF" << false;
        QTest::newRow("digits only") << "123456" << false;
        QTest::newRow("too many runs") << "A1B2C3" << false;
        QTest::newRow("an extra letter") << "BA302OZX" << false;
    }
    void isContinental()
    {
        QFETCH(QString, vrm);
        QFETCH(bool, continental);
        QCOMPARE(vrm::isContinental(vrm.toStdString()), continental);
    }

    void displayForm_data()
    {
        QTest::addColumn<QString>("vrm");
        QTest::addColumn<QString>("shown");
        QTest::newRow("current") << "AB12CDE"
                                 << "AB12 CDE";
        QTest::newRow("age not issued: as it is") << "AB49CDE"
                                                  << "AB49CDE";
        QTest::newRow("prefix") << "A123BCD"
                                << "A123 BCD";
        QTest::newRow("suffix") << "ABC123A"
                                << "ABC 123A";
        QTest::newRow("northern ireland") << "ABZ1234"
                                          << "ABZ 1234";
        QTest::newRow("dateless") << "1234AB"
                                  << "1234 AB";
        QTest::newRow("foreign as read") << "BA123CD"
                                         << "BA123CD";
    }
    void displayForm()
    {
        QFETCH(QString, vrm);
        QFETCH(QString, shown);
        QCOMPARE(QString::fromStdString(vrm::displayForm(vrm.toStdString())), shown);
    }

    void substitutions_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("count");
        QTest::newRow("same") << "AB12CDE"
                              << "AB12CDE" << 0;
        QTest::newRow("0 for O") << "AB12CDE"
                                 << "AB12CD0" << -1; // E is not confusable with 0
        QTest::newRow("O/0") << "OB12CDE"
                             << "0B12CDE" << 1;
        QTest::newRow("D/0") << "AB12CDE"
                             << "AB12C0E" << 1;
        QTest::newRow("Q/O") << "QB12CDE"
                             << "OB12CDE" << 1;
        QTest::newRow("1/I") << "AB12CDE"
                             << "ABI2CDE" << 1;
        QTest::newRow("L/1") << "LB12CDE"
                             << "1B12CDE" << 1;
        QTest::newRow("2/Z") << "AB12CDE"
                             << "AB1ZCDE" << 1;
        QTest::newRow("5/S") << "SB12CDE"
                             << "5B12CDE" << 1;
        QTest::newRow("8/B") << "AB12CDE"
                             << "A812CDE" << 1;
        QTest::newRow("6/G") << "GB12CDE"
                             << "6B12CDE" << 1;
        QTest::newRow("4/A") << "AB12CDE"
                             << "4B12CDE" << 1;
        QTest::newRow("7/T") << "TB12CDE"
                             << "7B12CDE" << 1;
        QTest::newRow("two") << "AB12CDE"
                             << "4812CDE" << 2;
        QTest::newRow("not confusable") << "AB12CDE"
                                        << "AB12CDF" << -1;
        QTest::newRow("length differs") << "AB12CDE"
                                        << "AB12CD" << -1;
    }
    void substitutions()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, count);
        QCOMPARE(vrm::substitutions(a.toStdString(), b.toStdString()), count);
        QCOMPARE(vrm::substitutions(b.toStdString(), a.toStdString()), count);
        QCOMPARE(vrm::confusableKey(a.toStdString()) == vrm::confusableKey(b.toStdString()), count >= 0);
    }

    void misreadTwinStaysInItsClass()
    {
        for (char c : std::string_view("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")) {
            const char twin = vrm::misreadTwin(c);
            if (twin) {
                QVERIFY(twin != c);
                QCOMPARE(vrm::confusableClass(twin), vrm::confusableClass(c));
            }
        }
        QCOMPARE(vrm::misreadTwin('E'), '\0');
    }
};

QTEST_GUILESS_MAIN(TestVrm)
#include "tst_vrm.moc"
