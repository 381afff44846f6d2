// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agentmessage.h"

#include <QByteArray>
#include <QString>

#include <string>

// The checks every push parser makes on what a camera sends, with the refusal each gives. A refusal's message
// names its field, so that the 400 answer's text reads on its own: "epoch_start is missing".
namespace kestrel::pushchecks {

PushError refused(const std::string& field, const std::string& problem);

// Text from the push quoted back in an answer, cut short: the answer must not grow with whatever was pushed.
std::string quote(const QString& text);

// Within pushlimits::maxTextLength and free of control characters (which no camera field holds and which
// would only make trouble in logs and answers). Returns value.
QString checkedText(const QString& value, const std::string& field);

// A plate in Kestrel's normal form. What is left after normalising must be letters and digits: anything else
// could never match a hotlist entry and would only mislead the operator.
std::string plate(const QString& raw, const std::string& field);

// A JPEG (its SOI marker FF D8, then the next marker's FF) within pushlimits::maxImageBytes. Returns bytes.
QByteArray checkedJpeg(const QByteArray& bytes, const std::string& field);

} // namespace kestrel::pushchecks
