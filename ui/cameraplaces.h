// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>

namespace kestrel {

class CameraStore;
class Session;

// What the console may say about a camera: the name operators know it by to anyone signed in, and where it
// is (road, direction, position) only to roles that may see camera locations.
class CameraPlaces {
public:
    // cameras: on a connection of the calling (GUI) thread.
    CameraPlaces(CameraStore& cameras, const Session& session);

    // "M4 junction 10 (M4-J10-EB)", or just the code for a camera without a name.
    QString label(const std::string& code) const;
    // Whether its own agent reads the plates and pushes them (Kestrel has no video from it).
    bool pushesReads(const std::string& code) const;
    // The direction of travel it sees ("eastbound"), or empty: shown with every alert (it is not a place).
    QString direction(const std::string& code) const;
    // "M4 · eastbound · 51.43000, -0.88700", "mobile camera"; empty for an unknown camera or a user whose
    // roles may not see camera locations.
    QString place(const std::string& code) const;

private:
    CameraStore& m_cameras;
    const Session& m_session;
};

} // namespace kestrel
