// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/clock.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QtGlobal>

#include <memory>

namespace kestrel {

class Database;
struct Policy;

struct RetentionRun {
    qint64 readsCutoffMs = 0; // reads made before this went
    qint64 imagesCutoffMs = 0; // images of reads made before this went
    qint64 readsDeleted = 0;
    qint64 imagesDeleted = 0;
    qint64 readsPreserved = 0; // past retention but held for a case
};

// Deletes reads past the policy's retention and images past theirs, except reads preserved for a case, and
// the VRMs no read refers to any more. SQLite's secure_delete is on for it, so deleted rows are overwritten
// in the database file, not merely unlinked. Camera by camera in batches, each its own transaction, so that
// ingest is never held up for long. Audited (retention-run, with the counts).
RetentionRun runRetention(Database& db, const Policy& policy, qint64 nowMs, const QString& who);

// Runs retention on its own connection at start and every hour after, as who (the service).
class RetentionSchedule : public QObject {
    Q_OBJECT
public:
    RetentionSchedule(const QString& dbPath, Clock clock, QString who, QObject* parent = nullptr);
    ~RetentionSchedule() override;

Q_SIGNALS:
    void ran(const kestrel::RetentionRun& run);
    void failed(const QString& message);

private:
    void runNow();
    std::unique_ptr<Database> m_db;
    Clock m_clock;
    QString m_who;
    QTimer m_timer;
};

} // namespace kestrel
