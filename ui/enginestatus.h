// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace kestrel {

// What the console shows of the engine at a glance: the running count of stored reads, and the last
// storage failure if there was one.
class EngineStatus : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console's main() provides the engine status")
    Q_PROPERTY(QString readsTotalText READ readsTotalText NOTIFY readsTotalChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
public:
    explicit EngineStatus(qint64 readsTotal, QObject* parent = nullptr);

    qint64 readsTotal() const { return m_readsTotal; }
    // The count as the user's locale writes it (1,234,567).
    QString readsTotalText() const;
    QString problem() const { return m_problem; }

public Q_SLOTS:
    void setReadsTotal(qint64 total);
    void setProblem(const QString& problem);

Q_SIGNALS:
    void readsTotalChanged();
    void problemChanged();

private:
    qint64 m_readsTotal;
    QString m_problem;
};

} // namespace kestrel
