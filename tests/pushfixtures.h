// SPDX-License-Identifier: GPL-3.0-or-later
// The push fixtures in tests/data/push (TEST_DATA is the data folder), and a way to parse one a test expects
// taken.
#pragma once

#include "ingest/agentmessage.h"

#include <QFile>
#include <QTest>

inline QByteArray pushFixture(const char* name)
{
    QFile file(QStringLiteral(TEST_DATA "/push/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Parses a push the test expects taken, into `message`; a refusal fails the test with its message.
#define TAKE(message, ...)                                                                                             \
    kestrel::AgentMessage message;                                                                                     \
    try {                                                                                                              \
        message = __VA_ARGS__;                                                                                         \
    } catch (const kestrel::PushError& error) {                                                                        \
        QFAIL(error.what());                                                                                           \
    }
