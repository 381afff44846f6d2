// SPDX-License-Identifier: GPL-3.0-or-later
#include "cameraplaces.h"

#include "session.h"

#include "cameras/camerastore.h"

#include <QCoreApplication>

namespace kestrel {

namespace {
class PlaceText {
    Q_DECLARE_TR_FUNCTIONS(CameraPlaces)
};
} // namespace

CameraPlaces::CameraPlaces(CameraStore& cameras, const Session& session)
    : m_cameras(cameras)
    , m_session(session)
{
}

QString CameraPlaces::label(const std::string& code) const
{
    const auto camera = m_cameras.find(code);
    const QString id = QString::fromStdString(code);
    return camera && !camera->name.isEmpty() ? PlaceText::tr("%1 (%2)").arg(camera->name, id) : id;
}

bool CameraPlaces::pushesReads(const std::string& code) const
{
    const auto camera = m_cameras.find(code);
    return camera && camera->push;
}

QString CameraPlaces::direction(const std::string& code) const
{
    const auto camera = m_cameras.find(code);
    return camera ? camera->direction : QString();
}

QString CameraPlaces::place(const std::string& code) const
{
    if (!m_session.canSeeLocations())
        return {};
    const auto camera = m_cameras.find(code);
    if (!camera)
        return {};
    QStringList parts;
    if (!camera->road.isEmpty())
        parts << camera->road;
    if (!camera->direction.isEmpty())
        parts << camera->direction;
    if (camera->latitude)
        parts << QStringLiteral("%1, %2").arg(*camera->latitude, 0, 'f', 5).arg(*camera->longitude, 0, 'f', 5);
    if (camera->kind == Camera::Kind::Mobile)
        parts << PlaceText::tr("mobile camera");
    return parts.join(QStringLiteral(" · "));
}

} // namespace kestrel
