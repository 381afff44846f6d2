// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/read.h"

#include <QString>

#include <optional>
#include <string>
#include <unordered_map>

namespace kestrel {

// A point on the earth, in degrees (WGS84).
struct GeoPoint {
    double latitude = 0;
    double longitude = 0;
};
// The straight-line (great-circle) distance between two points, in km.
double distanceKm(GeoPoint a, GeoPoint b);

// One sighting as the detector remembers it.
struct Sighting {
    qint64 readId = 0;
    qint64 timeMs = 0;
    std::string camera;
    GeoPoint where;
    Read::Vehicle vehicle;
};

// Two sightings of one VRM that one vehicle cannot have made: the evidence of a suspected clone.
struct CloneSuspicion {
    std::string vrm;
    Sighting earlier, later;
    double km = 0;
    double kmh = 0; // implied speed (infinite when both were at the same instant)
    bool vehicleDiffers = false; // the cameras saw a different colour or make
    QString why; // as a person reads it
};

// Watches every read for journeys no vehicle can make: for each VRM it remembers the last sighting with a
// position (a fixed camera's, or the one a mobile camera sent with the read), and compares the next with it.
// Two sightings are impossible when the straight line between them is longer than maxKmh allows in the time
// between them, that time taken as at least windowMs: cameras' clocks differ by seconds, so within the window
// only sites further apart than the window allows (2.5 km at 150 km/h and 60 s) count. Exact VRMs only: a
// misread-tolerant near miss is not the same plate. Not thread-safe (the engine's writer owns it).
class CloneDetector {
public:
    CloneDetector(int maxKmh, qint64 windowMs);

    // The read seen at where (nothing known: the read is not compared, nor remembered). A suspicion when the
    // previous sighting of its VRM is too far for the time between them.
    std::optional<CloneSuspicion> check(const Read& read, GeoPoint where);
    // Remembers a read seen before (when an engine starts, the reads of the last hours), comparing nothing.
    void remember(const Read& read, GeoPoint where);
    // How far back a sighting can still make an impossible pair with a new one anywhere in the country.
    qint64 horizonMs() const { return m_horizonMs; }
    size_t remembered() const { return m_last.size(); }

private:
    void forgetOld(qint64 nowMs);

    double m_maxKmh;
    qint64 m_windowMs;
    // Sightings older than this cannot make an impossible pair with a new one anywhere in the country.
    qint64 m_horizonMs;
    std::unordered_map<std::string, Sighting> m_last;
    qint64 m_latestMs = 0;
    qint64 m_sweptMs = 0;
};

} // namespace kestrel
