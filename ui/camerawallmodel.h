// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cameras/camerahealth.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace kestrel {

class CameraPlaces;
class FrameHub;

// The wall of live cameras: one row per camera Kestrel hears from, with its state, reads a minute, dropped
// frames and reconnects, refreshed every second in place (rows are added, never reset). A tile attaches its
// video sink to show the camera's latest frame with the plates read in it boxed.
class CameraWallModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console's main() provides the camera wall")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        StatusRole, // what the operator reads: "reading", "reconnecting in 4 s ...", "silent since 14:05"
        SilentRole,
        ReadsPerMinuteRole,
        FramesDroppedRole,
        ReconnectsRole,
        NameRole, // the name operators know it by, with its code
        PlaceRole, // where it is, only for roles that may see camera locations; else empty
        VideoRole, // whether Kestrel has had video from it yet
        PushesRole, // whether its own agent reads the plates and pushes them (so there is no video)
    };
    Q_ENUM(Role)

    // places: names and places of registered cameras (none: tiles show codes only).
    CameraWallModel(
        CameraHealth& health, FrameHub& frames, const CameraPlaces* places = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows the camera's frames in sink from now on (a tile's VideoOutput.videoSink); null detaches.
    Q_INVOKABLE void attach(const QString& camera, QVideoSink* sink);

    // Takes in the cameras' health now (the timer does it every second).
    void refresh();

Q_SIGNALS:
    void countChanged();

private:
    void show(const QString& camera);

    CameraHealth& m_health;
    FrameHub& m_frames;
    const CameraPlaces* m_places;
    std::vector<CameraStatus> m_rows;
    QHash<QString, QPointer<QVideoSink>> m_sinks;
    QSet<QString> m_withVideo;
    QTimer m_timer;
};

} // namespace kestrel
