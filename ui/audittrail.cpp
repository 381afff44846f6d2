// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"

#include "io/isotime.h"

#include <QJsonDocument>

#include <limits>

namespace kestrel {

AuditTrail::AuditTrail(AuditLog& log, QObject* parent)
    : QAbstractListModel(parent)
    , m_log(log)
{
}

int AuditTrail::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AuditTrail::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord& r = m_rows[size_t(index.row())];
    switch (role) {
    case SeqRole:
        return r.seq;
    case TimeRole:
        return isotime::format(r.timeMs);
    case WhoRole:
        return r.who;
    case RolesRole:
        return r.roles;
    case ActionRole:
        return r.action;
    case DetailRole:
        return QString::fromUtf8(QJsonDocument(r.detail).toJson(QJsonDocument::Compact));
    }
    return {};
}

QHash<int, QByteArray> AuditTrail::roleNames() const
{
    return { { SeqRole, "seq" }, { TimeRole, "time" }, { WhoRole, "who" }, { RolesRole, "roles" },
        { ActionRole, "action" }, { DetailRole, "detail" } };
}

void AuditTrail::filter(const QString& who, const QString& action, const QString& from, const QString& to)
{
    const qint64 fromMs = isotime::parse(from.trimmed().toStdString()).value_or(0);
    const qint64 toMs = isotime::parse(to.trimmed().toStdString(), isotime::DateOnly::EndOfDay)
                            .value_or(std::numeric_limits<qint64>::max());
    std::vector<AuditRecord> rows;
    m_log.forEach(fromMs, toMs, [&](const AuditRecord& r) {
        if ((who.isEmpty() || r.who.contains(who, Qt::CaseInsensitive))
            && (action.isEmpty() || r.action.contains(action, Qt::CaseInsensitive)))
            rows.push_back(r);
    });
    std::reverse(rows.begin(), rows.end());
    if (rows.size() > 2000)
        rows.resize(2000);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT changed();
}

void AuditTrail::verify()
{
    const auto verdict = m_log.verify();
    m_whole = verdict.whole;
    m_verdict = verdict.whole ? tr("Whole: %n record(s), every hash in the chain matches.", "", int(verdict.records))
                              : tr("BROKEN at record %1: %2").arg(verdict.firstBad).arg(verdict.problem);
    Q_EMIT verdictChanged();
}

} // namespace kestrel
