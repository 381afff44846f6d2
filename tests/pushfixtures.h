// SPDX-License-Identifier: GPL-3.0-or-later
// The push fixtures in tests/data/push (TEST_DATA is the data folder), and a way to parse one a test expects
// taken.
#pragma once

#include "ingest/agentmessage.h"

#include <QFile>
#include <QTest>

#include <string>

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

// The field a push names in its refusal, "" if parse took it; a refusal without a message is a failure of its own.
template <typename Parse> std::string refusedField(Parse parse)
{
    try {
        parse();
    } catch (const kestrel::PushError& error) {
        if (std::string(error.what()).empty())
            return "(refused without a message)";
        return error.field();
    }
    return {};
}
