// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <map>

namespace kestrel {

// What the console shows of the engine at a glance: the running count of stored reads, the last storage
// failure if there was one, and the cameras that have gone silent (a system alert for the control room).
class EngineStatus : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console's main() provides the engine status")
    Q_PROPERTY(QString readsTotalText READ readsTotalText NOTIFY readsTotalChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QString silentCameras READ silentCameras NOTIFY silentCamerasChanged)
public:
    explicit EngineStatus(qint64 readsTotal, QObject* parent = nullptr);

    qint64 readsTotal() const { return m_readsTotal; }
    // The count as the user's locale writes it (1,234,567).
    QString readsTotalText() const;
    QString problem() const { return m_problem; }
    // "Nothing from camera M4-J10-EB since 2026-11-25 14:05:09; ..." (London time), or empty.
    QString silentCameras() const;

public Q_SLOTS:
    void setReadsTotal(qint64 total);
    void setProblem(const QString& problem);
    void cameraSilent(const QString& camera, qint64 lastHeardMs);
    void cameraHeard(const QString& camera);

Q_SIGNALS:
    void readsTotalChanged();
    void problemChanged();
    void silentCamerasChanged();

private:
    qint64 m_readsTotal;
    QString m_problem;
    std::map<QString, qint64> m_silent; // camera, last heard
};

} // namespace kestrel
