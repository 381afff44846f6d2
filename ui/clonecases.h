// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clones/clonestore.h"
#include "io/clock.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace kestrel {

class AuditLog;
class CameraPlaces;
class ReadImageProvider;
class Session;
class SqliteReadStore;

// The Cloned Vehicles page: the cases (open ones first, newest first), one case shown in full (the genuine
// vehicle beside the suspect sightings, with their images side by side and a list of places and times), the
// victim's report form, the case's steps, merging, and the letter and case report PDFs. Each step is the
// store's (checked and audited there); opening a case's images is audited as an image view.
class CloneCases : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console's main() provides the clone cases")
    Q_PROPERTY(QVariantMap current MEMBER m_current NOTIFY currentChanged)
    Q_PROPERTY(QString message MEMBER m_message NOTIFY messageChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY refreshed)
public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        PlateRole,
        StateRole,
        StateTextRole,
        OriginRole,
        EvidenceRole,
        AssignedRole
    };

    CloneCases(CloneStore& store, SqliteReadStore& reads, AuditLog& audit, const Session& session,
        const CameraPlaces& places, ReadImageProvider& images, Clock clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The cases as they now stand (a detection, a step taken elsewhere); the case shown stays shown.
    Q_INVOKABLE void refresh();
    // Shows one case in full (0: none), or the one on a row of the list.
    Q_INVOKABLE void show(qint64 id);
    Q_INVOKABLE void showRow(int row);
    // The keeper's report (fields: vrm, reporter, contact, make, model, colour, dvlaTold, crimeReference, notices:
    // [{date, place, issuer, reference}], files: [paths or file: URLs]); shows the case it made or joined.
    Q_INVOKABLE bool report(const QVariantMap& fields);
    Q_INVOKABLE bool assign(const QString& investigator);
    // state: under-investigation, confirmed-clone, not-a-clone, closed.
    Q_INVOKABLE bool advance(const QString& state, const QString& note, bool addHotlistEntry);
    Q_INVOKABLE bool mergeInto(qint64 into);
    // Writes the letter to the keeper or the case report as a PDF in the user's documents ("Kestrel exports");
    // message says where. Audited.
    Q_INVOKABLE bool writeLetter();
    Q_INVOKABLE bool writeReport();

Q_SIGNALS:
    void refreshed();
    void currentChanged();
    void messageChanged();

private:
    bool done(const QString& problem, const QString& success);
    QString exportPath(const QString& kind) const;

    CloneStore& m_store;
    SqliteReadStore& m_reads;
    AuditLog& m_audit;
    const Session& m_session;
    const CameraPlaces& m_places;
    ReadImageProvider& m_images;
    Clock m_clock;
    std::vector<CloneCase> m_cases;
    qint64 m_shown = 0;
    qint64 m_imagesAudited = 0; // the case whose images were last opened (audited as an image view)
    QVariantMap m_current;
    QString m_message;
};

} // namespace kestrel
