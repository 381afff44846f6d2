// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/searchservice.h"
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
class Session;
class CameraPlaces;

// The Search page: a search for a stated purpose and reference, run through the one search path (the access
// policy decides, the search is audited), its results a page of 1,000 at a time, and what the policy allowed
// and why. A search over many vehicles shows its progress and can be cancelled. Opening a result's images is
// audited as an image view.
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
    Q_PROPERTY(bool searching MEMBER m_searching NOTIFY searchingChanged)
    Q_PROPERTY(double progress MEMBER m_progress NOTIFY progressChanged)
    Q_PROPERTY(bool more MEMBER m_more NOTIFY finished)
    Q_PROPERTY(int page READ pageNumber NOTIFY finished)
public:
    enum Role { TimeRole = Qt::UserRole + 1, CameraRole, PlaceRole, VrmRole, ConfidenceRole, ReadIdRole, MisreadRole };
    static constexpr int pageSize = 1000;

    ReadSearch(SearchService& search, ReadStore& reads, AuditLog& audit, const Session& session,
        const CameraPlaces& places, ReadImageProvider& images, Clock clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QStringList purposes();

    // from/to: ISO 8601 dates or times (London), empty for the access band's start / now. camera: empty for all.
    // inTimeOrder: oldest first, to follow where a vehicle went; otherwise newest first. tolerant: also the VRMs a
    // camera may have misread it as. Shows the first page.
    Q_INVOKABLE void run(const QString& purpose, const QString& reference, const QString& vrm, const QString& from,
        const QString& to, const QString& camera, bool inTimeOrder = false, bool tolerant = false);
    // The page after or before the one shown, of the same search (each page is a search, and audited as one).
    Q_INVOKABLE void nextPage();
    Q_INVOKABLE void previousPage();
    // Stops the search running; what it found by then is shown, and the search is audited as cancelled.
    Q_INVOKABLE void cancel();
    int pageNumber() const { return int(m_pageStarts.size()); }
    // Loads a result's images for viewing (audited); returns their URLs as {plate, overview} ("" for none).
    Q_INVOKABLE QVariantMap openImages(int row);
    // Writes the results to the user's documents ("Kestrel exports"), as "csv" or "pdf" (an evidence report),
    // watermarked with who and when, and audited. exported then says where, or why it failed.
    Q_INVOKABLE void exportResults(const QString& format);

Q_SIGNALS:
    void finished();
    void exportProgressChanged();
    void exportedChanged();
    void searchingChanged();
    void progressChanged();

private:
    void fail(const QString& message);
    void runPage();

    SearchService& m_search;
    ReadStore& m_reads;
    AuditLog& m_audit;
    const Session& m_session;
    const CameraPlaces& m_places;
    ReadImageProvider& m_images;
    Clock m_clock;
    std::vector<Read> m_rows;
    SearchRequest m_request; // the search shown, its pages started after these (the first after none)
    std::vector<std::optional<ReadCursor>> m_pageStarts;
    QString m_summary, m_why, m_how, m_reference, m_purpose, m_range, m_exported;
    QString m_query; // the VRM or pattern, normalised: a result that does not match it was found as a misread
    QString m_described; // the search as the export and its audit record name it
    double m_exportProgress = 0, m_progress = 0;
    bool m_refused = false, m_clipped = false, m_searching = false, m_cancel = false, m_more = false;
};

} // namespace kestrel
