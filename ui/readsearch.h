// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/clock.h"
#include "store/read.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace kestrel {

class AuditLog;
class ReadImageProvider;
class ReadStore;
class SearchService;
class Session;
class CameraPlaces;

// The Search page: a search for a stated purpose and reference, run through the one search path (the access
// policy decides, the search is audited), its results newest first, and what the policy allowed and why.
// Opening a result's images is audited as an image view.
class ReadSearch : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console's main() provides the search")
    Q_PROPERTY(QStringList purposes READ purposes CONSTANT)
    Q_PROPERTY(int count READ rowCount NOTIFY finished)
    Q_PROPERTY(QString summary MEMBER m_summary NOTIFY finished)
    Q_PROPERTY(QString why MEMBER m_why NOTIFY finished)
    Q_PROPERTY(QString howToAsk MEMBER m_how NOTIFY finished)
    Q_PROPERTY(bool refused MEMBER m_refused NOTIFY finished)
    Q_PROPERTY(bool clipped MEMBER m_clipped NOTIFY finished)
    Q_PROPERTY(double exportProgress MEMBER m_exportProgress NOTIFY exportProgressChanged)
    Q_PROPERTY(QString exported MEMBER m_exported NOTIFY exportedChanged)
public:
    enum Role { TimeRole = Qt::UserRole + 1, CameraRole, PlaceRole, VrmRole, ConfidenceRole, ReadIdRole };

    ReadSearch(SearchService& search, ReadStore& reads, AuditLog& audit, const Session& session,
        const CameraPlaces& places, ReadImageProvider& images, Clock clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QStringList purposes();

    // from/to: ISO 8601 dates or times (London), empty for the access band's start / now. camera: empty for all.
    // inTimeOrder: oldest first, to follow where a vehicle went; otherwise newest first.
    Q_INVOKABLE void run(const QString& purpose, const QString& reference, const QString& vrm, const QString& from,
        const QString& to, const QString& camera, bool inTimeOrder = false);
    // Loads a result's images for viewing (audited); returns their URLs as {plate, overview} ("" for none).
    Q_INVOKABLE QVariantMap openImages(int row);
    // Writes the results to the user's documents ("Kestrel exports"), as "csv" or "pdf" (an evidence report),
    // watermarked with who and when, and audited. exported then says where, or why it failed.
    Q_INVOKABLE void exportResults(const QString& format);

Q_SIGNALS:
    void finished();
    void exportProgressChanged();
    void exportedChanged();

private:
    void fail(const QString& message);

    SearchService& m_search;
    ReadStore& m_reads;
    AuditLog& m_audit;
    const Session& m_session;
    const CameraPlaces& m_places;
    ReadImageProvider& m_images;
    Clock m_clock;
    std::vector<Read> m_rows;
    QString m_summary, m_why, m_how, m_reference, m_purpose, m_query, m_range, m_exported;
    double m_exportProgress = 0;
    bool m_refused = false, m_clipped = false;
};

} // namespace kestrel
