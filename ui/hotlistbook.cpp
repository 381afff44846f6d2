// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotlistbook.h"

#include "searchexport.h"
#include "session.h"

#include "access/userstore.h"
#include "hotlist/hotliststore.h"
#include "hotlist/retrospective.h"
#include "io/isotime.h"
#include "store/database.h"
#include "vrm/vrm.h"

#include <QDateTime>
#include <QFile>
#include <QThread>
#include <QUrl>

namespace kestrel {

namespace {
constexpr qint64 dayMs = 24 * 3600 * 1000LL;
constexpr qint64 reviewWithinMs = 30 * dayMs; // the review list: entries due within a month

} // namespace

HotlistBook::HotlistBook(Database& db, QString dbPath, const Session& session, Clock clock, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_dbPath(std::move(dbPath))
    , m_session(session)
    , m_clock(std::move(clock))
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        m_importProgress = m_fraction.load();
        if (!m_stop)
            m_importStatus = m_importProgress < 0.5
                ? tr("Reading and checking %1: %2%").arg(m_import.path).arg(int(m_importProgress * 100))
                : tr("Storing the entries: %1%").arg(int(m_importProgress * 100));
        Q_EMIT importChanged();
    });
    loadLists();
}

HotlistBook::~HotlistBook()
{
    if (m_thread) {
        m_stop = true; // an import stopped changes nothing
        m_thread->wait();
        delete m_thread;
    }
}

int HotlistBook::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HotlistBook::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HotlistEntry& e = m_rows[size_t(index.row())];
    const QString user = m_session.userName();
    switch (role) {
    case EntryIdRole:
        return e.id;
    case Qt::DisplayRole:
    case PlateRole:
        return QString::fromStdString(vrm::displayForm(e.vrm));
    case ListRole:
        return e.list;
    case CategoryRole:
        return e.category;
    case PriorityRole:
        return static_cast<int>(e.priority);
    case PriorityNameRole:
        return priorityText(e.priority);
    case ActionRole:
        return e.action;
    case SourceRole:
        return e.source;
    case ReferenceRole:
        return e.reference;
    case StateRole:
        return e.status(m_clock());
    case StateTextRole: {
        const QString state = e.status(m_clock());
        if (state == QLatin1String("pending"))
            return e.amendedBy.isEmpty() ? tr("Pending validation") : tr("Changed by %1: pending").arg(e.amendedBy);
        if (state == QLatin1String("live"))
            return e.validatedBy.isEmpty() ? tr("Live (PNC)") : tr("Live: validated by %1").arg(e.validatedBy);
        if (state == QLatin1String("expired"))
            return tr("Expired");
        return tr("Removed: %1").arg(e.removedReason);
    }
    case AddedByRole:
        return e.addedBy;
    case ValidatedByRole:
        return e.validatedBy;
    case ExpiryRole:
        return e.expiryMs == std::numeric_limits<qint64>::max()
            ? QString()
            : QDateTime::fromMSecsSinceEpoch(e.expiryMs - 1, isotime::london()).toString(QStringLiteral("d MMM yyyy"));
    case RemovedReasonRole:
        return e.removedReason;
    case CanValidateRole:
        return m_session.canValidateHotlists() && e.state == EntryState::Pending && user != e.addedBy
            && user != e.amendedBy;
    case CanChangeRole:
        return m_session.canEditHotlists() && e.state != EntryState::Removed
            && importedState(e.source) != EntryState::Live;
    default:
        return {};
    }
}

QHash<int, QByteArray> HotlistBook::roleNames() const
{
    return { { EntryIdRole, "entryId" }, { PlateRole, "plate" }, { ListRole, "list" }, { CategoryRole, "category" },
        { PriorityRole, "priority" }, { PriorityNameRole, "priorityName" }, { ActionRole, "action" },
        { SourceRole, "source" }, { ReferenceRole, "reference" }, { StateRole, "state" },
        { StateTextRole, "stateText" }, { AddedByRole, "addedBy" }, { ValidatedByRole, "validatedBy" },
        { ExpiryRole, "expiry" }, { RemovedReasonRole, "removedReason" }, { CanValidateRole, "canValidate" },
        { CanChangeRole, "canChange" } };
}

void HotlistBook::say(const QString& message)
{
    m_message = message;
    Q_EMIT messageChanged();
}

void HotlistBook::loadLists()
{
    HotlistStore store(m_db);
    m_listChoices = QStringList { tr("All lists") };
    for (const auto& l : store.lists(m_clock()))
        m_listChoices << l.name;
    m_categoryNames.clear();
    for (const auto& c : store.categories())
        m_categoryNames << c.name;
    m_categoryChoices = QStringList { tr("All categories") } + m_categoryNames;
    Q_EMIT listsChanged();
}

void HotlistBook::find(const QString& vrm, const QString& list, const QString& category, const QString& state)
{
    m_vrm = vrm;
    m_list = list;
    m_category = category;
    m_state = state;
    refresh();
}

void HotlistBook::refresh()
{
    const qint64 now = m_clock();
    HotlistStore store(m_db);
    beginResetModel();
    m_rows.clear();
    const auto keep = [this](const HotlistEntry& e) {
        if (m_rows.size() < size_t(shownAtMost))
            m_rows.push_back(e);
    };
    qint64 total = 0;
    if (m_state == QLatin1String("review")) {
        store.forEachDueForReview(now, reviewWithinMs, m_session.userName(), [&](const HotlistEntry& e) {
            ++total;
            keep(e);
        });
    } else {
        HotlistQuery query;
        query.state = m_state;
        query.vrm = m_vrm;
        query.list = m_list;
        query.category = m_category;
        total = store.forEachMatching(query, now, shownAtMost, keep);
    }
    endResetModel();
    m_summary = total > qint64(m_rows.size())
        ? tr("The first %1 of %2 entries: narrow the search to see the others").arg(m_rows.size()).arg(total)
        : m_state == QLatin1String("review") ? tr("%n entry(ies) due for review within 30 days", "", int(total))
                                             : tr("%n entry(ies)", "", int(total));
    Q_EMIT refreshed();
}

bool HotlistBook::save(qint64 id, const QVariantMap& fields)
{
    const User user = m_session.user();
    const qint64 now = m_clock();
    HotlistStore store(m_db);
    std::optional<HotlistEntry> existing;
    if (id != 0) {
        existing = store.get(id);
        if (!existing) {
            say(tr("There is no entry %1.").arg(id));
            return false;
        }
    }
    const auto field = [&](const char* name) { return fields.value(QLatin1String(name)).toString().trimmed(); };
    // An edit keeps the entry's VRM, list, source and start; the rest is checked as an imported line is.
    std::vector<std::string> line;
    for (const QString& f :
        { existing ? QString::fromStdString(existing->vrm) : field("vrm"), existing ? existing->list : field("list"),
            field("category"), field("priority"), field("action"), existing ? existing->source : field("source"),
            field("reference"), existing ? isotime::format(existing->effectiveMs, true) : QString(), field("expiry") })
        line.push_back(f.toStdString());
    auto checked = checkHotlistFields(line, { now, store.categories(), {} });
    QString problem = checked.problem;
    if (problem.isEmpty() && existing) {
        checked.entry.id = id;
        problem = store.amend(checked.entry, user, now);
    } else if (problem.isEmpty()) {
        problem = store.addPending(checked.entry, user, now);
    }
    if (!problem.isEmpty()) {
        say(tr("Not saved: %1.").arg(problem));
        return false;
    }
    say(existing
            ? tr("Entry %1 changed: it waits for a supervisor other than you to validate it.").arg(id)
            : tr("Entry %1 added: it waits for a supervisor other than you to validate it.").arg(checked.entry.id));
    loadLists();
    refresh();
    return true;
}

bool HotlistBook::validate(qint64 id)
{
    RetrospectiveHits earlier;
    const QString problem = makeLive(m_db, id, m_session.user(), m_clock(), earlier);
    if (!problem.isEmpty()) {
        say(tr("Not validated: %1.").arg(problem));
        return false;
    }
    for (const Alert& alert : earlier.alerts)
        Q_EMIT alertRaised(alert);
    say(tr("Entry %1 is live. %n earlier sighting(s) found in the reads since %2.", "", earlier.reads)
            .arg(id)
            .arg(QDateTime::fromMSecsSinceEpoch(earlier.decision.fromMs, isotime::london())
                     .toString(QStringLiteral("d MMM yyyy"))));
    refresh();
    return true;
}

bool HotlistBook::remove(qint64 id, const QString& reason)
{
    const QString problem = HotlistStore(m_db).remove(id, reason, m_session.user(), m_clock());
    if (!problem.isEmpty()) {
        say(tr("Not removed: %1.").arg(problem));
        return false;
    }
    say(tr("Entry %1 removed (%2); it no longer matches.").arg(id).arg(reason.trimmed()));
    refresh();
    return true;
}

QVariantMap HotlistBook::fieldsOf(qint64 id) const
{
    for (const auto& e : m_rows)
        if (e.id == id)
            return { { QStringLiteral("vrm"), QString::fromStdString(e.vrm) }, { QStringLiteral("list"), e.list },
                { QStringLiteral("category"), e.category },
                { QStringLiteral("priority"), QLatin1String(priorityName(e.priority)) },
                { QStringLiteral("action"), e.action }, { QStringLiteral("source"), e.source },
                { QStringLiteral("reference"), e.reference },
                { QStringLiteral("expiry"),
                    e.expiryMs == std::numeric_limits<qint64>::max()
                        ? QString()
                        : QDateTime::fromMSecsSinceEpoch(e.expiryMs - 1, isotime::london())
                              .toString(QStringLiteral("yyyy-MM-dd")) } };
    return {};
}

void HotlistBook::startImport(const QString& file, const QString& format, const QString& replaceList)
{
    if (m_importing)
        return;
    const User user = m_session.user();
    if (!allows(user.roles, Capability::EditHotlists)) {
        say(tr("%1 may not change hotlists.").arg(user.name));
        return;
    }
    const QUrl url(file);
    m_import.path = url.isLocalFile() ? url.toLocalFile() : file.trimmed();
    m_import.format = format == QLatin1String("fixed") ? HotlistImport::Format::Fixed : HotlistImport::Format::Csv;
    m_import.replaceList = replaceList.trimmed();
    m_import.by = user.name;
    m_import.role = kestrel::roleNames(user.roles).join(QLatin1Char(','));
    m_stop = false;
    m_fraction = 0;
    m_problems.clear();
    m_importing = true;
    m_importProgress = 0;
    m_importStatus = tr("Reading and checking %1").arg(m_import.path);
    Q_EMIT importChanged();
    const qint64 now = m_clock();
    // The import has a connection of its own, off the console's thread; it tells its progress through m_fraction.
    m_thread = QThread::create([this, now] {
        try {
            Database db(m_dbPath);
            m_result = importHotlist(db, m_import, now, [this](double fraction) {
                m_fraction = fraction;
                return !m_stop;
            });
        } catch (const DatabaseError& error) {
            m_result = {};
            m_result.failure = QString::fromUtf8(error.what());
        }
    });
    connect(m_thread, &QThread::finished, this, &HotlistBook::importDone);
    m_thread->start();
    m_poll.start();
}

void HotlistBook::cancelImport()
{
    if (!m_importing)
        return;
    m_stop = true;
    m_importStatus = tr("Stopping: nothing of this file will be kept");
    Q_EMIT importChanged();
}

void HotlistBook::importDone()
{
    m_poll.stop();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_importing = false;
    m_problems = std::move(m_result.problems);
    m_importProgress = m_result.failure.isEmpty() ? 1 : m_importProgress;
    m_importStatus = !m_result.failure.isEmpty()
        ? m_result.failure
        : tr("Imported %1 entries from %2; %n bad line(s) left out", "", int(m_problems.size()))
                .arg(m_result.entries)
                .arg(m_import.path)
            + (m_result.pending > 0 ? tr("; %n wait for validation", "", int(m_result.pending)) : QString())
            + (m_result.earlierSightings > 0
                    ? tr("; %n earlier sighting(s) of new entries raised as alerts", "", m_result.earlierSightings)
                    : QString());
    Q_EMIT importChanged();
    for (const Alert& alert : m_result.retrospective)
        Q_EMIT alertRaised(alert);
    loadLists();
    refresh();
}

void HotlistBook::saveReport()
{
    const QString folder = exportsFolder();
    QFile file(folder
        + QStringLiteral("/hotlist-import-problems-%1.csv")
              .arg(QDateTime::fromMSecsSinceEpoch(m_clock(), isotime::london())
                       .toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        say(tr("Could not write %1: %2").arg(file.fileName(), file.errorString()));
        return;
    }
    writeLineProblems(file, m_problems);
    say(tr("Saved %n bad line(s) to %1", "", int(m_problems.size())).arg(file.fileName()));
}

} // namespace kestrel
