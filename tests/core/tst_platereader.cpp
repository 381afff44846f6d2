// SPDX-License-Identifier: GPL-3.0-or-later
// The plate reader with the committed model, on fixtures drawn by core/recognition/training/render_plates.py in
// fonts the training never saw (tests/data/recognition/README.md gives the commands).
#include "io/csv.h"
#include "recognition/platereader.h"

#include <QFile>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace kestrel;

namespace {
QString fixture(const QString& name)
{
    return QStringLiteral(TEST_DATA "/recognition/") + name;
}

// image,plate[,x,y,w,h] rows after the header.
std::vector<QStringList> rows(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    CsvReader csv(file);
    std::vector<QStringList> out;
    bool header = true;
    while (auto row = csv.next()) {
        QStringList fields;
        for (const auto& f : row->fields)
            fields << QString::fromStdString(f);
        if (!std::exchange(header, false))
            out.push_back(fields);
    }
    return out;
}

cv::Mat load(const QString& path)
{
    const cv::Mat image = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
    if (image.empty())
        qFatal("cannot decode %s", qPrintable(path));
    return image;
}

QRect rect(const PixelBox& box)
{
    return { box.x, box.y, box.width, box.height };
}

recognition::LineText::Character read(char best, float p, char second, float q)
{
    return { best, p, second, q };
}
} // namespace

class TestPlateReader : public QObject {
    Q_OBJECT
    PlateReader m_reader;

private Q_SLOTS:
    void readsLineCropsInUnseenFonts()
    {
        recognition::LineReader lines(PlateReader::builtInModel());
        int right = 0;
        QStringList wrong;
        const auto labels = rows(fixture(QStringLiteral("crops/labels.csv")));
        for (const auto& row : labels) {
            const cv::Mat crop
                = cv::imread(fixture(QStringLiteral("crops/") + row[0]).toStdString(), cv::IMREAD_GRAYSCALE);
            const auto text = QString::fromStdString(lines.read(crop).text);
            if (text == row[1])
                ++right;
            else
                wrong << row[0] + QStringLiteral(": ") + row[1] + QStringLiteral(" read as ") + text;
        }
        QVERIFY(labels.size() >= 40);
        // The crops carry the camera's damage at random, some of it severe. The committed model reads 32 of
        // these 40; this floor catches a worse model or a reader that no longer matches the training's
        // preprocessing (which reads almost none).
        QVERIFY2(right >= 28, qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void placesEachCharacterWhereItIs()
    {
        // A line read, then read again with as much again of its plate's ground before it: every character
        // moves along by that much, and they stay in reading order. Read again seen a fifth wider, each is where
        // it was in the crop.
        recognition::LineReader lines(PlateReader::builtInModel());
        int compared = 0, stretched = 0;
        for (const auto& row : rows(fixture(QStringLiteral("crops/labels.csv")))) {
            const cv::Mat crop
                = cv::imread(fixture(QStringLiteral("crops/") + row[0]).toStdString(), cv::IMREAD_GRAYSCALE);
            const int more = crop.rows; // the squeezed input keeps the crop's aspect up to 5:1
            if (crop.cols + more > 5 * crop.rows)
                continue;
            cv::Mat wider;
            cv::copyMakeBorder(crop, wider, 0, 0, more, 0, cv::BORDER_REPLICATE);
            const auto first = lines.read(crop), second = lines.read(wider);
            if (first.text != row[1].toStdString() || second.text != first.text)
                continue;
            ++compared;
            for (size_t i = 0; i < first.characters.size(); ++i) {
                const float x = first.characters[i].x;
                QVERIFY(x >= 0 && x <= crop.cols);
                QVERIFY(i == 0 || x > first.characters[i - 1].x);
                // within a step of the network (a quarter of the input's height) of where it was
                QVERIFY(std::abs(second.characters[i].x - more - x) <= 0.25 * crop.rows + 1);
            }
            const auto wide = lines.read(crop, 1.2);
            if (wide.text != first.text)
                continue;
            ++stretched;
            for (size_t i = 0; i < first.characters.size(); ++i)
                QVERIFY(std::abs(wide.characters[i].x - first.characters[i].x) <= 0.25 * crop.rows + 1);
        }
        QVERIFY(compared >= 5);
        QVERIFY(stretched >= 5);
    }

    void readsEachSceneWithItsPlateWhereItIs_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("plate");
        QTest::addColumn<QRect>("box");
        for (const QString& folder : { QStringLiteral("scenes"), QStringLiteral("two-line") })
            for (const auto& row : rows(fixture(folder + QStringLiteral("/boxes.csv"))))
                QTest::newRow(qPrintable(folder + QLatin1Char('/') + row[0]))
                    << fixture(folder + QLatin1Char('/') + row[0]) << row[1]
                    << QRect(row[2].toInt(), row[3].toInt(), row[4].toInt(), row[5].toInt());
    }
    void readsEachSceneWithItsPlateWhereItIs()
    {
        QFETCH(QString, image);
        QFETCH(QString, plate);
        QFETCH(QRect, box);
        const auto plates = m_reader.read(load(image), 5);
        QVERIFY(!plates.empty());
        const auto& best = plates.front();
        QCOMPARE(QString::fromStdString(best.text), plate);
        const QRect found = rect(best.box);
        QVERIFY2(box.contains(found.center()), "the plate is reported where it is");
        // and no wider than its characters: at least half the box reported lies on the plate
        const QRect on = box.intersected(found);
        QVERIFY2(on.width() * on.height() * 2 >= found.width() * found.height(),
            qPrintable(
                QStringLiteral("%1,%2 %3x%4").arg(found.x()).arg(found.y()).arg(found.width()).arg(found.height())));
        QVERIFY(best.confidence > 0.5f && best.confidence <= 1.0f);
        QVERIFY(!best.candidates.empty() && best.candidates.size() <= 5);
        QCOMPARE(best.candidates.front().text, best.text);
        for (size_t i = 1; i < best.candidates.size(); ++i)
            QVERIFY(best.candidates[i].confidence <= best.candidates[i - 1].confidence);
        for (size_t i = 1; i < plates.size(); ++i)
            QVERIFY(plates[i].confidence <= plates[i - 1].confidence);
        // one plate per place: no other reported mostly over the plate
        for (size_t i = 1; i < plates.size(); ++i) {
            const QRect other = rect(plates[i].box);
            const QRect both = found.intersected(other);
            QVERIFY2(both.width() * both.height() * 2
                    < std::min(found.width() * found.height(), other.width() * other.height()),
                plates[i].text.c_str());
        }
    }

    void readsGrayAndFourChannelImagesAlike()
    {
        const auto row = rows(fixture(QStringLiteral("scenes/labels.csv"))).front();
        const cv::Mat colour = load(fixture(QStringLiteral("scenes/") + row[0]));
        cv::Mat gray, bgra;
        cv::cvtColor(colour, gray, cv::COLOR_BGR2GRAY);
        cv::cvtColor(colour, bgra, cv::COLOR_BGR2BGRA);
        QCOMPARE(m_reader.read(gray).front().text, m_reader.read(colour).front().text);
        QCOMPARE(m_reader.read(bgra).front().text, m_reader.read(colour).front().text);
    }

    void findsNothingInAnEmptyOrNoisyFrame()
    {
        QVERIFY(m_reader.read(cv::Mat(720, 1280, CV_8UC3, cv::Scalar(90, 120, 150))).empty());
        cv::Mat noise(480, 640, CV_8UC1);
        cv::RNG(3).fill(noise, cv::RNG::UNIFORM, 0, 256);
        for (const auto& plate : m_reader.read(noise))
            QVERIFY2(plate.confidence < 0.5f, plate.text.c_str());
        QVERIFY(m_reader.read(cv::Mat(1, 1, CV_8UC3, cv::Scalar(0, 0, 0))).empty());
    }

    void ukFormatWinsWhenTheGlyphEvidenceIsClose()
    {
        // "AB1ZCDE" as read is no UK format; with its runner-up at the fourth place it is "AB12CDE", which is.
        std::vector<recognition::LineText::Character> characters { read('A', 0.99f, 'H', 0.01f),
            read('B', 0.98f, '8', 0.02f), read('1', 0.97f, 'I', 0.02f), read('Z', 0.50f, '2', 0.45f),
            read('C', 0.97f, 'G', 0.02f), read('D', 0.96f, '0', 0.03f), read('E', 0.99f, 'F', 0.01f) };
        auto ranked = PlateReader::alternatives(characters, 3);
        QCOMPARE(ranked.size(), size_t(3));
        QCOMPARE(ranked[0].text, std::string("AB12CDE"));
        QCOMPARE(ranked[1].text, std::string("AB1ZCDE"));

        // When the glyphs say clearly that it is not a UK plate, it is read as it is.
        characters[3] = read('Z', 0.90f, '2', 0.08f);
        ranked = PlateReader::alternatives(characters, 3);
        QCOMPARE(ranked[0].text, std::string("AB1ZCDE"));
        QVERIFY(std::any_of(ranked.begin(), ranked.end(), [](const auto& a) { return a.text == "AB12CDE"; }));
    }

    void aMarkAtTheRowsEndMayBeLeftOut()
    {
        // An emblem read as V before a Slovak registration: unsure, it is left out; fairly sure, it stays but the
        // registration without it is among the candidates (for the hotlist matcher).
        std::vector<recognition::LineText::Character> characters { read('V', 0.30f, 'Y', 0.20f),
            read('R', 0.99f, 'P', 0.01f), read('K', 0.98f, 'X', 0.02f), read('8', 0.97f, 'B', 0.02f),
            read('6', 0.96f, 'G', 0.03f), read('7', 0.97f, 'T', 0.02f), read('A', 0.97f, '4', 0.02f),
            read('D', 0.96f, '0', 0.03f) };
        QCOMPARE(PlateReader::alternatives(characters, 5).front().text, std::string("RK867AD"));
        characters.front() = read('V', 0.80f, 'Y', 0.10f);
        const auto ranked = PlateReader::alternatives(characters, 5);
        QCOMPARE(ranked.front().text, std::string("VRK867AD"));
        QVERIFY(std::any_of(ranked.begin(), ranked.end(), [](const auto& a) { return a.text == "RK867AD"; }));
        // A short row keeps all its characters.
        const std::vector<recognition::LineText::Character> four { read('C', 0.40f, 'G', 0.30f),
            read('1', 0.99f, 'I', 0.01f), read('0', 0.98f, 'O', 0.02f), read('X', 0.97f, 'K', 0.02f) };
        for (const auto& candidate : PlateReader::alternatives(four, 10))
            QCOMPARE(candidate.text.size(), size_t(4));
    }

    void aMarkBetweenGroupsMayBeLeftOut()
    {
        // An emblem between BY and 649AG read weakly as 1: left out, the text is a Slovak registration.
        std::vector<recognition::LineText::Character> characters { read('B', 0.99f, '8', 0.01f),
            read('Y', 0.98f, 'V', 0.02f), read('1', 0.35f, '7', 0.10f), read('6', 0.97f, 'G', 0.02f),
            read('4', 0.96f, 'A', 0.03f), read('9', 0.97f, '8', 0.02f), read('A', 0.97f, '4', 0.02f),
            read('G', 0.96f, '6', 0.03f) };
        QCOMPARE(PlateReader::alternatives(characters, 5).front().text, std::string("BY649AG"));
        // Read as surely as a character, or unsure only between two characters, it stays.
        characters[2] = read('1', 0.70f, '7', 0.20f);
        QCOMPARE(PlateReader::alternatives(characters, 5).front().text, std::string("BY1649AG"));
        characters[2] = read('1', 0.50f, '7', 0.45f);
        QCOMPARE(PlateReader::alternatives(characters, 5).front().text, std::string("BY1649AG"));
        // The second of a pair is no mark, however unsure: YV54OOG is not YV54OG.
        characters = { read('Y', 0.99f, 'V', 0.01f), read('V', 0.98f, 'Y', 0.02f), read('5', 0.97f, 'S', 0.02f),
            read('4', 0.96f, 'A', 0.03f), read('O', 0.95f, '0', 0.03f), read('O', 0.30f, '0', 0.10f),
            read('G', 0.97f, '6', 0.02f) };
        QCOMPARE(PlateReader::alternatives(characters, 5).front().text, std::string("YV54OOG"));
    }

    void continentalLayoutWinsOverNoFormatButNotOverUk()
    {
        // "BA3020Z" fits no layout; with O for the close 0 it is a Slovak (also French, Italian) registration.
        std::vector<recognition::LineText::Character> characters { read('B', 0.99f, '8', 0.01f),
            read('A', 0.98f, '4', 0.02f), read('3', 0.97f, '8', 0.02f), read('0', 0.96f, 'O', 0.03f),
            read('2', 0.97f, 'Z', 0.02f), read('0', 0.50f, 'O', 0.46f), read('Z', 0.99f, '2', 0.01f) };
        QCOMPARE(PlateReader::alternatives(characters, 3).front().text, std::string("BA302OZ"));
        // 0 and O are twins on such plates: the glyph leaning hard to 0 does not outweigh the layout.
        characters[5] = read('0', 0.90f, 'O', 0.08f);
        QCOMPARE(PlateReader::alternatives(characters, 3).front().text, std::string("BA302OZ"));
        // A letter that is no twin of the glyph read does not outweigh it: 0 with a faint D stays 0.
        characters[5] = read('0', 0.90f, 'D', 0.08f);
        QCOMPARE(PlateReader::alternatives(characters, 3).front().text, std::string("BA3020Z"));

        // "RK240AO" is Slovak, "RK24OAO" a current UK mark: where the glyphs hardly decide, the UK reading wins.
        characters = { read('R', 0.99f, 'P', 0.01f), read('K', 0.98f, 'X', 0.02f), read('3', 0.97f, '8', 0.02f),
            read('4', 0.96f, 'A', 0.03f), read('0', 0.48f, 'O', 0.47f), read('A', 0.97f, '4', 0.02f),
            read('O', 0.97f, '0', 0.02f) };
        characters[2] = read('2', 0.97f, 'Z', 0.02f);
        auto ranked = PlateReader::alternatives(characters, 3);
        QCOMPARE(ranked[0].text, std::string("RK24OAO"));
        QCOMPARE(ranked[1].text, std::string("RK240AO"));
        // With 34, no UK mark yet (age identifier 34 is first issued in March 2034), the Slovak reading wins even
        // where the glyph says O.
        characters[2] = read('3', 0.97f, '8', 0.02f);
        characters[4] = read('O', 0.70f, '0', 0.25f);
        ranked = PlateReader::alternatives(characters, 3);
        QCOMPARE(ranked[0].text, std::string("RK340AO"));
    }
};

QTEST_GUILESS_MAIN(TestPlateReader)
#include "tst_platereader.moc"
