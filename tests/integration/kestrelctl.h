// SPDX-License-Identifier: GPL-3.0-or-later
// kestrelctl run as a real process (KESTRELCTL is its path), for the integration tests.
#pragma once

#include <QProcess>
#include <QStringList>

struct CtlRun {
    int exit;
    QString out;
    QString err;
};

inline CtlRun runKestrelctl(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(QStringLiteral(KESTRELCTL), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120'000))
        qFatal("kestrelctl did not finish");
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}
