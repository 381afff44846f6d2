// SPDX-License-Identifier: GPL-3.0-or-later
#include "recognition/plategrouper.h"

#include <QTest>

using namespace kestrel;

namespace {
RecognisedPlate plate(const char* text, float confidence, int x, std::vector<RecognisedPlate::Alternative> more = {})
{
    RecognisedPlate p;
    p.text = text;
    p.confidence = confidence;
    p.box = { x, 300, 120, 28 };
    p.candidates.push_back({ text, confidence });
    p.candidates.insert(p.candidates.end(), more.begin(), more.end());
    return p;
}
} // namespace

class TestPlateGrouper : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneVehicleOverManyFramesIsOneReadWithTheVotedText()
    {
        PlateGrouper grouper(1000, 2);
        std::vector<PlateGroup> ended;
        // 25 fps: the plate drifts right; two frames misread 8 for B, one drops a character.
        for (int frame = 0; frame < 12; ++frame) {
            const char* text = frame == 3 || frame == 7 ? "A812CDE" : frame == 9 ? "AB12CD" : "AB12CDE";
            const float confidence = frame == 3 || frame == 7 ? 0.6f : 0.9f;
            auto done = grouper.add(frame * 40, { plate(text, confidence, 400 + frame * 15, { { "AB12C0E", 0.2f } }) });
            ended.insert(ended.end(), done.begin(), done.end());
        }
        QVERIFY(ended.empty()); // still in view
        ended = grouper.add(3000, {});
        QCOMPARE(ended.size(), size_t(1));
        const PlateGroup& g = ended[0];
        QCOMPARE(g.text, std::string("AB12CDE"));
        QCOMPARE(g.frames, 12);
        QCOMPARE(g.firstMs, qint64(0));
        QCOMPARE(g.lastMs, qint64(440));
        QCOMPARE(g.best.text, std::string("AB12CDE"));
        QCOMPARE(g.candidates.front().text, std::string("AB12CDE"));
        QVERIFY(
            std::any_of(g.candidates.begin(), g.candidates.end(), [](const auto& c) { return c.text == "A812CDE"; }));
        // The winner's share: nine frames read it at 0.9, three read something else.
        QVERIFY(qFuzzyCompare(g.confidence, 9 * 0.9f / 12));
        QVERIFY(g.candidates[1].confidence < g.confidence);
    }

    void givesBackTheFrameOfTheSharpestSightingOfTheWinner()
    {
        // What the caller hands in with each frame (here its number; in use its image) comes back with the
        // sighting the group's images are cut from: the most confident one of the winning text.
        PlateGrouper grouper(1000, 2);
        const float confidence[] = { 0.7f, 0.95f, 0.8f };
        for (int frame = 0; frame < 3; ++frame)
            grouper.add(frame * 40,
                { plate("XY34ZZZ", 0.5f, 900), plate("AB12CDE", confidence[frame], 100 + frame * 10) },
                std::any(frame));
        const auto ended = grouper.finish();
        const auto it
            = std::find_if(ended.begin(), ended.end(), [](const PlateGroup& g) { return g.text == "AB12CDE"; });
        QVERIFY(it != ended.end());
        QCOMPARE(std::any_cast<int>(it->bestFrame), 1);
        QCOMPARE(it->bestIndex, size_t(1));
        QCOMPARE(it->best.box.x, 110);
    }

    void twoVehiclesInOneFrameStayApart()
    {
        PlateGrouper grouper(1000, 2);
        for (int frame = 0; frame < 5; ++frame)
            grouper.add(
                frame * 40, { plate("AB12CDE", 0.9f, 100 + frame * 10), plate("XY34ZZZ", 0.9f, 900 - frame * 10) });
        auto ended = grouper.finish();
        QCOMPARE(ended.size(), size_t(2));
        QCOMPARE(ended[0].frames + ended[1].frames, 10);
    }

    void aSingleFrameGlimpseIsDropped()
    {
        PlateGrouper grouper(1000, 2);
        grouper.add(0, { plate("SHOP24", 0.5f, 50) });
        QVERIFY(grouper.add(5000, {}).empty());
    }

    void aGroupOfWeakReadingsIsDropped()
    {
        // Shapes read as a plate in frame after frame, never surely: no read. The same seen surely is one.
        PlateGrouper grouper(1000, 2);
        for (int frame = 0; frame < 6; ++frame)
            grouper.add(frame * 40, { plate("VJOT7", 0.19f, 300 + frame * 5), plate("AB12CDE", 0.8f, 900) });
        const auto ended = grouper.finish();
        QCOMPARE(ended.size(), size_t(1));
        QCOMPARE(ended[0].text, std::string("AB12CDE"));
    }

    void theSameVehicleAfterAGapIsASecondRead()
    {
        PlateGrouper grouper(1000, 1);
        grouper.add(0, { plate("AB12CDE", 0.9f, 100) });
        QCOMPARE(grouper.add(2000, { plate("AB12CDE", 0.9f, 100) }).size(), size_t(1));
        QCOMPARE(grouper.finish().size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestPlateGrouper)
#include "tst_plategrouper.moc"
