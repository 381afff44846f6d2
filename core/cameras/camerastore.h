// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "camera.h"

#include <QString>

#include <optional>
#include <stdexcept>
#include <vector>

namespace kestrel {

class Database;

// A change to the camera registry that cannot be made; the message says why and what to do instead.
class CameraError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The camera registry on a Kestrel database. Push tokens are stored only as Argon2id hashes.
class CameraStore {
public:
    explicit CameraStore(Database& db);

    // Registers a camera (one that reads already named is taken over). A push camera needs a token, a video
    // camera a URL. Throws CameraError if the code is registered already or the camera is not valid.
    void add(const Camera& camera, const QString& token = {});
    // Changes a registered camera; a non-empty token replaces its token. Throws CameraError as add does.
    void update(const Camera& camera, const QString& token = {});
    // Removes a camera that no read refers to. Throws CameraError if reads do (disable it instead: its reads
    // are kept until retention removes them).
    void remove(const std::string& code);

    std::optional<Camera> find(const std::string& code);
    // Every camera, registered or only named by reads, by code.
    std::vector<Camera> list();
    // The enabled push camera whose token this is, if any. Each check costs an Argon2id verification, so the
    // camera the push says it comes from (hint) is tried first; callers keep what they have checked.
    std::optional<std::string> cameraForToken(const QString& token, const std::string& hint = {});
    // The token hash of an enabled push camera; empty for any other. A quick way to tell that a token once
    // checked against it still holds: the same hash means the same token is still the camera's.
    QString tokenHash(const std::string& code);

private:
    void check(const Camera& camera, const QString& token, bool hasToken);
    void write(const Camera& camera, const QString& tokenHash);
    Database& m_db;
};

} // namespace kestrel
