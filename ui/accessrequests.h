// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/accessstore.h"
#include "io/clock.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace kestrel {

class Session;

// The Authorisations page: investigators ask for extended access and follow their requests; supervisors see
// every request as it arrives (checked every few seconds) and grant or refuse it with a note.
class AccessRequests : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console's main() provides the access requests")
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    Q_PROPERTY(int pending MEMBER m_pending NOTIFY changed)
    Q_PROPERTY(QString message MEMBER m_message NOTIFY messageChanged)
    Q_PROPERTY(QStringList purposes MEMBER m_purposes CONSTANT)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        RequesterRole,
        PurposeRole,
        ReferenceRole,
        VrmsRole,
        RangeRole,
        JustificationRole,
        StateRole,
        DecisionRole, // "granted by sue until ...: note"
        PendingRole,
        MineRole,
    };

    // bands: the access policy's, which say for which purposes extended access may be asked.
    AccessRequests(
        AccessStore& store, const Session& session, const AccessBands& bands, Clock clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();
    // vrms: separated by commas or spaces (none: the whole investigation). Dates: ISO 8601.
    Q_INVOKABLE bool request(const QString& purpose, const QString& reference, const QString& vrms, const QString& from,
        const QString& to, const QString& justification);
    Q_INVOKABLE bool grant(int row, const QString& note, const QString& expires);
    Q_INVOKABLE bool refuse(int row, const QString& note);

Q_SIGNALS:
    void changed();
    void messageChanged();

private:
    bool finish(const QString& problem, const QString& done);

    AccessStore& m_store;
    const Session& m_session;
    Clock m_clock;
    QTimer m_timer;
    std::vector<AccessRequest> m_rows;
    int m_pending = 0;
    QString m_message;
    QStringList m_purposes;
};

} // namespace kestrel
