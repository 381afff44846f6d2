// SPDX-License-Identifier: GPL-3.0-or-later
#include "camerastore.h"

#include "security/secrethash.h"
#include "store/database.h"

#include <QCoreApplication>

namespace kestrel {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(CameraStore)
};

[[noreturn]] void refuse(const QString& why)
{
    throw CameraError(why.toStdString());
}

constexpr std::string_view columns = "code, name, kind, url, push, latitude, longitude, road, direction, dpia, "
                                     "review_date, enabled, registered";

Camera fromRow(const Statement& row)
{
    Camera c;
    c.code = row.text(0);
    c.name = row.qtext(1);
    c.kind = row.int64(2) == 1 ? Camera::Kind::Mobile : Camera::Kind::Fixed;
    c.url = row.qtext(3);
    c.push = row.int64(4) != 0;
    if (!row.isNull(5) && !row.isNull(6)) {
        c.latitude = row.real(5);
        c.longitude = row.real(6);
    }
    c.road = row.qtext(7);
    c.direction = row.qtext(8);
    c.dpiaReference = row.qtext(9);
    c.reviewDate = QDate::fromString(row.qtext(10), Qt::ISODate);
    c.enabled = row.int64(11) != 0;
    c.registered = row.int64(12) != 0;
    return c;
}
} // namespace

CameraStore::CameraStore(Database& db)
    : m_db(db)
{
}

void CameraStore::check(const Camera& camera, const QString& token, bool hasToken)
{
    const QString code = QString::fromStdString(camera.code);
    if (camera.code.empty() || code.contains(QLatin1Char(' ')) || code.contains(QLatin1Char(',')))
        refuse(Tr::tr("a camera's id must be one word without commas, not '%1'").arg(code));
    if (camera.push == !camera.url.isEmpty())
        refuse(Tr::tr("camera %1 needs either a video URL (--url) or to push its reads (--push), not both or neither")
                   .arg(code));
    if (camera.push && token.isEmpty() && !hasToken)
        refuse(Tr::tr("push camera %1 needs a token (--token) for its agent to present").arg(code));
    if (camera.latitude.has_value() != camera.longitude.has_value())
        refuse(Tr::tr("camera %1: give both latitude and longitude, or neither").arg(code));
    if (camera.latitude && (*camera.latitude < -90 || *camera.latitude > 90))
        refuse(Tr::tr("camera %1: latitude %2 is not between -90 and 90").arg(code).arg(*camera.latitude));
    if (camera.longitude && (*camera.longitude < -180 || *camera.longitude > 180))
        refuse(Tr::tr("camera %1: longitude %2 is not between -180 and 180").arg(code).arg(*camera.longitude));
}

void CameraStore::add(const Camera& camera, const QString& token)
{
    check(camera, token, false);
    if (const auto existing = find(camera.code); existing && existing->registered)
        refuse(Tr::tr("camera %1 is registered already; change it with 'camera set'")
                   .arg(QString::fromStdString(camera.code)));
    const QString hash = camera.push ? security::hashSecret(token) : QString();
    Database::Transaction tx(m_db);
    m_db.prepared("INSERT INTO cameras(code) VALUES (?) ON CONFLICT(code) DO NOTHING").bind(1, camera.code).run();
    write(camera, hash);
    tx.commit();
}

void CameraStore::update(const Camera& camera, const QString& token)
{
    const auto existing = find(camera.code);
    if (!existing || !existing->registered)
        refuse(Tr::tr("no camera %1 is registered; add it with 'camera add'").arg(QString::fromStdString(camera.code)));
    const bool hasToken
        = m_db.prepared("SELECT token_hash IS NOT NULL FROM cameras WHERE code = ?").bind(1, camera.code).scalar() == 1;
    check(camera, token, hasToken);
    // Hashing takes a moment: done before the transaction, which then holds the write lock only briefly.
    const QString hash = camera.push && !token.isEmpty() ? security::hashSecret(token) : QString();
    Database::Transaction tx(m_db);
    write(camera, hash);
    tx.commit();
}

void CameraStore::write(const Camera& c, const QString& tokenHash)
{
    auto& set = m_db.prepared("UPDATE cameras SET registered = 1, name = ?, kind = ?, url = ?, push = ?, latitude = ?, "
                              "longitude = ?, road = ?, direction = ?, dpia = ?, review_date = ?, enabled = ? "
                              "WHERE code = ?");
    set.bind(1, c.name).bind(2, c.kind == Camera::Kind::Mobile ? 1 : 0).bind(3, c.url).bind(4, c.push ? 1 : 0);
    if (c.latitude && c.longitude)
        set.bind(5, *c.latitude).bind(6, *c.longitude);
    else
        set.bindNull(5).bindNull(6);
    set.bind(7, c.road).bind(8, c.direction).bind(9, c.dpiaReference);
    set.bind(10, c.reviewDate.isValid() ? c.reviewDate.toString(Qt::ISODate) : QString());
    set.bind(11, c.enabled ? 1 : 0).bind(12, c.code).run();
    // A video camera has no token; a push camera keeps its token unless a new one is given.
    if (!c.push)
        m_db.prepared("UPDATE cameras SET token_hash = NULL WHERE code = ?").bind(1, c.code).run();
    else if (!tokenHash.isEmpty())
        m_db.prepared("UPDATE cameras SET token_hash = ? WHERE code = ?").bind(1, tokenHash).bind(2, c.code).run();
}

void CameraStore::remove(const std::string& code)
{
    const auto id = m_db.prepared("SELECT id FROM cameras WHERE code = ?").bind(1, code).scalar();
    if (!id)
        refuse(Tr::tr("there is no camera %1").arg(QString::fromStdString(code)));
    const qint64 reads
        = m_db.prepared("SELECT count(*) FROM reads WHERE camera_id = ?").bind(1, *id).scalar().value_or(0);
    if (reads > 0)
        refuse(Tr::tr("camera %1 has %2 read(s) stored, which must keep their camera until retention removes them; "
                      "disable it instead (camera set %1 --disable)")
                   .arg(QString::fromStdString(code))
                   .arg(reads));
    m_db.prepared("DELETE FROM cameras WHERE id = ?").bind(1, *id).run();
}

std::optional<Camera> CameraStore::find(const std::string& code)
{
    auto& select = m_db.prepared("SELECT " + std::string(columns) + " FROM cameras WHERE code = ?");
    select.bind(1, code);
    std::optional<Camera> found;
    if (select.step())
        found = fromRow(select);
    select.reset();
    return found;
}

std::vector<Camera> CameraStore::list()
{
    auto& select = m_db.prepared("SELECT " + std::string(columns) + " FROM cameras ORDER BY code");
    std::vector<Camera> out;
    while (select.step())
        out.push_back(fromRow(select));
    select.reset();
    return out;
}

QString CameraStore::tokenHash(const std::string& code)
{
    auto& select = m_db.prepared("SELECT token_hash FROM cameras WHERE code = ? AND push = 1 AND enabled = 1 "
                                 "AND token_hash IS NOT NULL");
    select.bind(1, code);
    const QString hash = select.step() ? select.qtext(0) : QString();
    select.reset();
    return hash;
}

std::optional<std::string> CameraStore::cameraForToken(const QString& token, const std::string& hint)
{
    std::vector<std::pair<std::string, QString>> hashes;
    auto& select = m_db.prepared("SELECT code, token_hash FROM cameras WHERE push = 1 AND enabled = 1 "
                                 "AND token_hash IS NOT NULL ORDER BY code = ? DESC, code");
    select.bind(1, hint);
    while (select.step())
        hashes.emplace_back(select.text(0), select.qtext(1));
    select.reset();
    for (const auto& [code, hash] : hashes)
        if (security::secretMatches(hash, token))
            return code;
    return std::nullopt;
}

} // namespace kestrel
