// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alert.h"
#include "engine/engine.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <vector>

namespace kestrel {

class AlertStore;
class CameraPlaces;

// The live alert queue an operator triages: open alerts, most urgent first and then oldest first. New
// alerts are inserted in place and folded sightings update their row, so the view never resets.
class AlertQueueModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console's main() provides the alert queue")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString operatorName READ operatorName NOTIFY operatorNameChanged)
    Q_PROPERTY(QStringList closeReasons READ closeReasons CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
public:
    enum Role {
        AlertIdRole = Qt::UserRole + 1,
        PlateRole,
        ReadVrmRole,
        CameraRole,
        TimeRole,
        PriorityRole,
        PriorityNameRole,
        CategoryRole,
        ActionRole,
        ListRole,
        ReferenceRole,
        PossibleMisreadRole,
        StateRole,
        StateNameRole,
        ClaimedByRole,
        ClaimedByMeRole,
        SightingsRole,
        EscalatedRole,
        DirectionRole, // of travel, as the camera sees it; may be empty
        RetrospectiveRole, // found in earlier reads when its entry went live: the vehicle was there then, not now
        CovertRole, // a hit on a covert list, seen only by its readers
    };
    Q_ENUM(Role)

    // store: on a connection of the calling (GUI) thread. Nobody may triage until setOperatorName. places: the
    // cameras' directions of travel (none: not shown).
    AlertQueueModel(
        AlertStore& store, Policy policy, Clock clock, const CameraPlaces* places = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString operatorName() const { return m_operator; }
    QStringList closeReasons() const { return m_policy.closeReasons; }
    QString lastError() const { return m_lastError; }

    // Milliseconds from the engine accepting a read to its alert's row being in this model, for each alert
    // raised while the console ran (the last 100,000).
    const std::vector<double>& readToRowMs() const { return m_readToRowMs; }

    // The id of the alert on a row (0 if there is no such row).
    Q_INVOKABLE qint64 alertIdAt(int row) const;
    // The row an alert is on (-1 if it is not in the queue).
    Q_INVOKABLE int rowOfAlert(qint64 id) const { return rowOf(id); }

    // Triage by row. Each returns true on success; otherwise lastError says why and nothing changed.
    Q_INVOKABLE bool claim(int row);
    Q_INVOKABLE bool release(int row);
    Q_INVOKABLE bool escalate(int row, const QString& note);
    Q_INVOKABLE bool dispatch(int row, const QString& incident);
    Q_INVOKABLE bool close(int row, const QString& reason);

public Q_SLOTS:
    void addAlert(const kestrel::Alert& alert);
    void updateAlert(const kestrel::Alert& alert);
    // Who triage acts as (the user signed in at this console; empty: nobody).
    void setOperatorName(const QString& name);
    // Takes in what others have done since the last look: alerts raised by another process (a server's engine,
    // a hotlist entry validated elsewhere) and triage at other consoles. Every second on a timer.
    void followStore();

Q_SIGNALS:
    void countChanged();
    void operatorNameChanged();
    void lastErrorChanged();

private:
    int rowOf(qint64 id) const;
    // Runs one triage step on a row's alert as this console's operator; the row then shows the alert as stored.
    bool act(int row, const std::function<QString(qint64 id)>& step);
    void setLastError(const QString& error);

    AlertStore& m_store;
    Policy m_policy;
    QString m_operator;
    Clock m_clock;
    const CameraPlaces* m_places;
    std::vector<Alert> m_rows;
    std::pair<qint64, qint64> m_seen; // the last alert id and change followStore took in
    QTimer m_follow;
    std::vector<double> m_readToRowMs;
    QString m_lastError;
};

} // namespace kestrel
