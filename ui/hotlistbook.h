// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alert.h"
#include "hotlist/hotlistimport.h"
#include "io/clock.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace kestrel {

class Database;
class Session;

// The Hotlists page: entries found by part of a VRM, list, category and state (or those due for review that the
// user owns), each with its validation state; adding and changing entries (each waits for a second person's
// validation), validating, removing with a reason, and importing a file on a thread of its own with progress and
// cancel, its bad lines saved as a report. The running engine sees every change within a second.
class HotlistBook : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console's main() provides the hotlists")
    // The lists and categories to find by, "All lists" / "All categories" first; the categories' names.
    Q_PROPERTY(QStringList listChoices MEMBER m_listChoices NOTIFY listsChanged)
    Q_PROPERTY(QStringList categoryChoices MEMBER m_categoryChoices NOTIFY listsChanged)
    Q_PROPERTY(QStringList categoryNames MEMBER m_categoryNames NOTIFY listsChanged)
    Q_PROPERTY(QString summary MEMBER m_summary NOTIFY refreshed)
    Q_PROPERTY(QString message MEMBER m_message NOTIFY messageChanged)
    Q_PROPERTY(bool importing MEMBER m_importing NOTIFY importChanged)
    Q_PROPERTY(double importProgress MEMBER m_importProgress NOTIFY importChanged)
    Q_PROPERTY(QString importStatus MEMBER m_importStatus NOTIFY importChanged)
    Q_PROPERTY(int importProblems READ importProblems NOTIFY importChanged)
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        PlateRole,
        ListRole,
        CategoryRole,
        PriorityRole,
        PriorityNameRole,
        ActionRole,
        SourceRole,
        ReferenceRole,
        StateRole, // pending, live, expired, removed
        StateTextRole, // as the user's language says it
        AddedByRole,
        ValidatedByRole,
        ExpiryRole, // the review date, London, or ""
        RemovedReasonRole,
        CanValidateRole, // the user may make this pending entry live (a supervisor who neither added nor changed it)
        CanChangeRole, // the user may change or remove it (not a PNC line, not removed)
    };
    static constexpr int shownAtMost = 1000;

    HotlistBook(Database& db, QString dbPath, const Session& session, Clock clock, QObject* parent = nullptr);
    ~HotlistBook() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int importProblems() const { return int(m_problems.size()); }

    // Shows the entries: vrm a part or a pattern; state "", pending, live, expired, removed or review (live ones
    // whose review date is within 30 days, on lists the user owns or that they added).
    Q_INVOKABLE void find(const QString& vrm, const QString& list, const QString& category, const QString& state);
    // Shows them again as they now stand (after a change here or elsewhere).
    Q_INVOKABLE void refresh();
    // Adds a pending entry (id 0) or changes one; fields: vrm, list, category, priority (high/medium/low or "" for
    // the category's), action ("" for the category's), source, reference, expiry (ISO 8601 date or ""). True when
    // done; message says what happened either way.
    Q_INVOKABLE bool save(qint64 id, const QVariantMap& fields);
    Q_INVOKABLE bool validate(qint64 id);
    Q_INVOKABLE bool remove(qint64 id, const QString& reason);
    // Imports a file (a path or file: URL; format "csv" or "fixed"; replaceList "" to add) on a thread of its own.
    Q_INVOKABLE void startImport(const QString& file, const QString& format, const QString& replaceList);
    Q_INVOKABLE void cancelImport();
    // Writes the last import's bad lines (line,reason) to the user's documents ("Kestrel exports"); message says
    // where.
    Q_INVOKABLE void saveReport();
    // The fields of entry id for the edit form (as save takes them).
    Q_INVOKABLE QVariantMap fieldsOf(qint64 id) const;

Q_SIGNALS:
    // An earlier sighting of an entry this console validated or imported live, raised as a retrospective alert.
    void alertRaised(const kestrel::Alert& alert);
    void refreshed();
    void listsChanged();
    void messageChanged();
    void importChanged();

private:
    void say(const QString& message);
    void loadLists();
    void importDone();

    Database& m_db;
    QString m_dbPath;
    const Session& m_session;
    Clock m_clock;

    QString m_vrm, m_list, m_category, m_state;
    std::vector<HotlistEntry> m_rows;
    QStringList m_listChoices, m_categoryChoices, m_categoryNames;
    QString m_summary, m_message;

    // The import running: its thread, and what it says as it goes (written there, read here on a timer).
    QThread* m_thread = nullptr;
    QTimer m_poll;
    std::atomic<double> m_fraction { 0 };
    std::atomic<bool> m_stop { false };
    HotlistImport m_import;
    HotlistImportResult m_result;
    bool m_importing = false;
    double m_importProgress = 0;
    QString m_importStatus;
    std::vector<LineProblem> m_problems;
};

} // namespace kestrel
