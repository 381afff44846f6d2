// SPDX-License-Identifier: GPL-3.0-or-later
// QuickTest for the console's QML (tst_*.qml beside this file), on the real view-models over a real SQLite
// file: the fixture raises alerts as the engine would and the tests drive the pages by keyboard.
#include "alertdetail.h"
#include "alertqueuemodel.h"
#include "cameraplaces.h"
#include "readimageprovider.h"
#include "session.h"

#include "access/userstore.h"
#include "alerts/alertstore.h"
#include "audit/auditlog.h"
#include "cameras/camerastore.h"
#include "hotlist/hotlistmatcher.h"
#include "hotlist/hotliststore.h"
#include "store/database.h"
#include "store/sqlitereadstore.h"

#include "../alertfixtures.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Kestrel_UiPlugin)
Q_IMPORT_QML_PLUGIN(Kestrel_ConsolePlugin)

using namespace kestrel;

// What the tests see as the singleton Fixture (import KestrelTest).
class Fixture : public QObject {
    Q_OBJECT
    Q_PROPERTY(kestrel::AlertQueueModel* alerts READ alerts NOTIFY resetDone)
    Q_PROPERTY(kestrel::AlertDetail* detail READ detail NOTIFY resetDone)
public:
    AlertQueueModel* alerts() const { return m_alerts.get(); }
    AlertDetail* detail() const { return m_detail.get(); }

    // A fresh database with nobody's alerts in it, and ann (an operator) signed in.
    Q_INVOKABLE void reset()
    {
        m_detail.reset();
        m_places.reset();
        m_alerts.reset();
        m_session.reset();
        m_stores.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("console.db")));
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("console.db")));
        m_stores = std::make_unique<Stores>(*m_db);
        m_stores->users.add(QStringLiteral("ann"), Role::Operator, QStringLiteral("ann's long password"), 0);
        m_session = std::make_unique<Session>(m_stores->users, m_stores->audit, Policy {}, [this] { return m_now; });
        m_session->signIn(QStringLiteral("ann"), QStringLiteral("ann's long password"));
        m_alerts = std::make_unique<AlertQueueModel>(m_stores->alerts, Policy {}, [this] { return m_now; });
        m_alerts->setOperatorName(m_session->userName());
        m_places = std::make_unique<CameraPlaces>(m_stores->cameras, *m_session);
        m_detail = std::make_unique<AlertDetail>(
            m_stores->alerts, m_stores->reads, *m_places, m_images, [this] { return m_now; });
        m_serial = 0;
        Q_EMIT resetDone();
    }

    // Raises an alert on a new VRM as the engine would (0 high, 1 medium, 2 low); returns its id.
    Q_INVOKABLE qint64 raise(int priority)
    {
        ++m_serial;
        m_now += 1000;
        HotlistEntry entry;
        entry.vrm = QStringLiteral("AB%1CDE").arg(10 + m_serial % 90).toStdString();
        entry.list = entry.source = QStringLiteral("PNC");
        entry.reference = QStringLiteral("REF-%1").arg(m_serial);
        entry.category = QStringLiteral("stolen vehicle");
        entry.action = QStringLiteral("Stop the vehicle");
        entry.priority = static_cast<Priority>(priority);
        const Alert alert = raiseTestAlert(*m_db, m_stores->alerts, entry, "CAM-" + std::to_string(m_serial), m_now);
        m_alerts->addAlert(alert);
        return alert.id;
    }

    // How an alert stands in the store: new, claimed, dispatched or closed; "escalated" is added when it is.
    Q_INVOKABLE QString stateOf(qint64 id)
    {
        const auto alert = m_stores->alerts.get(id);
        if (!alert)
            return {};
        return QString::fromLatin1(alertStateName(alert->state))
            + (alert->escalated ? QStringLiteral(" escalated") : QString());
    }
    Q_INVOKABLE QString closeReasonOf(qint64 id) { return m_stores->alerts.get(id)->closeReason; }
    Q_INVOKABLE QString incidentOf(qint64 id) { return m_stores->alerts.get(id)->incident; }

Q_SIGNALS:
    void resetDone();

private:
    struct Stores {
        explicit Stores(Database& db)
            : alerts(db)
            , reads(db)
            , cameras(db)
            , users(db)
            , audit(db)
        {
        }
        AlertStore alerts;
        SqliteReadStore reads;
        CameraStore cameras;
        UserStore users;
        AuditLog audit;
    };
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AlertQueueModel> m_alerts;
    std::unique_ptr<CameraPlaces> m_places;
    std::unique_ptr<AlertDetail> m_detail;
    ReadImageProvider m_images;
    qint64 m_now = 1'800'000'000'000;
    int m_serial = 0;
};

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        m_fixture.reset();
        qmlRegisterSingletonInstance("KestrelTest", 1, 0, "Fixture", &m_fixture);
    }

private:
    Fixture m_fixture;
};

QUICK_TEST_MAIN_WITH_SETUP(console, Setup)
#include "tst_console.moc"
