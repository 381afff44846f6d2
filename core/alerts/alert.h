// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hotlist/hotlistentry.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <string>

namespace kestrel {

// new -> claimed by one operator -> dispatched (with an incident number) or closed (with a reason).
enum class AlertState { New = 0, Claimed = 1, Dispatched = 2, Closed = 3 };
const char* alertStateName(AlertState state);
QString alertStateText(AlertState state); // as people read it, translated

// A hit raised to the control room: the read that hit, a copy of the hotlist entry as it was, and where it
// is in its lifecycle. Later reads of the same VRM at the same camera fold into it as sightings.
struct Alert {
    qint64 id = 0;
    std::string vrm; // the hotlist entry's VRM
    std::string readVrm; // what the camera read (differs on a possible misread)
    qint64 readId = 0;
    qint64 entryId = 0;
    std::string camera;
    Priority priority = Priority::Medium;
    QString list;
    QString category;
    QString action;
    QString source;
    QString reference;
    bool possibleMisread = false;
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    int sightings = 1;
    AlertState state = AlertState::New;
    QString claimedBy;
    QString incident;
    QString closeReason;
    bool escalated = false; // passed up to a supervisor
    bool retrospective = false; // found in earlier reads when its hotlist entry went live, not as it happened
    // Who alone may see it: the readers of the covert list it hit on. Empty: the shared control room queue.
    QStringList recipients;
    qint64 updatedMs = 0;
    // When the engine accepted the read that raised or folded it (steadyNanoseconds()), to measure how soon the
    // operator sees it; 0 for an alert loaded from the store. Not stored.
    qint64 acceptedNs = 0;

    bool isOpen() const { return state == AlertState::New || state == AlertState::Claimed; }
    bool covert() const { return !recipients.isEmpty(); }
    bool visibleTo(const QString& user) const { return recipients.isEmpty() || recipients.contains(user); }
};

// One step in an alert's life, with who took it and when.
struct AlertEvent {
    qint64 timeMs = 0;
    QString who;
    QString action; // raised, sighting, claimed, released, escalated, dispatched, closed
    QString detail;
};

} // namespace kestrel

Q_DECLARE_METATYPE(kestrel::Alert)
