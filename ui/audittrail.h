// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditlog.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace kestrel {

// The Audit page, for auditors: the trail filtered by user, action and time (newest first, at most 2,000
// records), and whether the chain verifies.
class AuditTrail : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console's main() provides the audit trail")
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    Q_PROPERTY(QString verdict MEMBER m_verdict NOTIFY verdictChanged)
    Q_PROPERTY(bool whole MEMBER m_whole NOTIFY verdictChanged)
public:
    enum Role { SeqRole = Qt::UserRole + 1, TimeRole, WhoRole, RolesRole, ActionRole, DetailRole };

    explicit AuditTrail(AuditLog& log, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Each filter may be empty (no filter); from/to are ISO 8601 dates or times.
    Q_INVOKABLE void filter(const QString& who, const QString& action, const QString& from, const QString& to);
    Q_INVOKABLE void verify();

Q_SIGNALS:
    void changed();
    void verdictChanged();

private:
    AuditLog& m_log;
    std::vector<AuditRecord> m_rows;
    QString m_verdict;
    bool m_whole = true;
};

} // namespace kestrel
