// SPDX-License-Identifier: GPL-3.0-or-later
// `kestrelctl recognise` and `kestrelctl eval` as the people measuring Kestrel drive them: a real process,
// the committed model, fixture images drawn by the project's own generator.
#include "kestrelctl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestRecogniseCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static QString scene(const char* name)
    {
        return QStringLiteral(TEST_DATA "/recognition/scenes/images/") + QLatin1String(name);
    }
    static QList<QJsonObject> jsonLines(const QString& out)
    {
        QList<QJsonObject> lines;
        for (const auto& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QJsonParseError error;
            const auto doc = QJsonDocument::fromJson(line.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                qFatal("not one JSON object a line: %s", qPrintable(line));
            lines << doc.object();
        }
        return lines;
    }

private Q_SLOTS:
    void jsonLinePerImageInOrderAndBadFilesDoNotStopTheRun()
    {
        QFile garbage(m_dir.filePath(QStringLiteral("garbage.jpg")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("this is not a JPEG");
        garbage.close();
        const QStringList images { scene("0000.jpg"), garbage.fileName(), QStringLiteral("/no/such.jpg"),
            scene("0001.jpg") };
        const auto run = runKestrelctl(QStringList { QStringLiteral("recognise"), QStringLiteral("--json"),
                                           QStringLiteral("--top"), QStringLiteral("3") }
            + images);
        QCOMPARE(run.exit, 1); // some input was refused, and the caller is told
        const auto lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(lines[i][QStringLiteral("image")].toString(), images[i]);
        QVERIFY(lines[1][QStringLiteral("error")].toString().contains(QLatin1String("not an image")));
        QVERIFY(lines[2][QStringLiteral("error")].toString().contains(QLatin1String("no such file")));

        const auto plate = lines[0][QStringLiteral("plates")].toArray().first().toObject();
        QVERIFY(lines[0][QStringLiteral("ms")].toDouble() > 0);
        QVERIFY(!plate[QStringLiteral("plate")].toString().isEmpty());
        const double confidence = plate[QStringLiteral("confidence")].toDouble();
        QVERIFY(confidence > 0 && confidence <= 1);
        QCOMPARE(plate[QStringLiteral("box")].toArray().size(), 4);
        const auto candidates = plate[QStringLiteral("candidates")].toArray();
        QVERIFY(!candidates.isEmpty() && candidates.size() <= 3);
        QCOMPARE(candidates.first()[QStringLiteral("plate")], plate[QStringLiteral("plate")]);
    }

    void pathsFromStandardInput()
    {
        const auto run = runKestrelctl({ QStringLiteral("recognise"), QStringLiteral("--json"), QStringLiteral("-") },
            (scene("0002.jpg") + QLatin1Char('\n') + scene("0000.jpg") + QLatin1Char('\n')).toUtf8());
        QCOMPARE(run.exit, 0);
        const auto lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0][QStringLiteral("image")].toString(), scene("0002.jpg"));
        QCOMPARE(lines[1][QStringLiteral("image")].toString(), scene("0000.jpg"));
    }

    void evalScoresALabelledFolder()
    {
        const auto run = runKestrelctl({ QStringLiteral("eval"), QStringLiteral(TEST_DATA "/recognition/scenes") });
        QCOMPARE(run.exit, 0);
        QVERIFY2(run.out.contains(QLatin1String("detection 100.0%  top-1 100.0%  top-5 100.0%")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("time per image: median ")));
        QVERIFY(run.out.contains(QStringLiteral("characters read wrong (label→read): none")));
        const auto summary = jsonLines(run.out.section(QLatin1Char('\n'), -2)).first();
        QCOMPARE(summary[QStringLiteral("images")].toInt(), 41);
        QCOMPARE(summary[QStringLiteral("top1")].toDouble(), 1.0);

        const auto missing = runKestrelctl({ QStringLiteral("eval"), m_dir.path() });
        QCOMPARE(missing.exit, 3);
        QVERIFY2(missing.err.contains(QLatin1String("no labels.csv")), qPrintable(missing.err));
    }
};

QTEST_GUILESS_MAIN(TestRecogniseCli)
#include "tst_recognisecli.moc"
