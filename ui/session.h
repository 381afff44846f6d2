// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/role.h"
#include "io/clock.h"
#include "policy/policy.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace kestrel {

class AuditLog;
struct User;
class UserStore;

// Who is at this console. Until someone signs in, and while the console is locked, no page is shown. The
// roles of the user signed in decide which pages and actions appear. A console nobody touches for the
// policy's idle time locks itself; the same user unlocks it with their password, or signs out for another.
class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console's main() provides the session")
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(bool locked READ locked NOTIFY changed)
    Q_PROPERTY(bool lockedForIdle READ lockedForIdle NOTIFY changed)
    Q_PROPERTY(QString userName READ userName NOTIFY changed)
    Q_PROPERTY(QString rolesText READ rolesText NOTIFY changed)
    Q_PROPERTY(bool canTriage READ canTriage NOTIFY changed)
    Q_PROPERTY(bool canWatchCameras READ canWatchCameras NOTIFY changed)
    Q_PROPERTY(bool canSeeLocations READ canSeeLocations NOTIFY changed)
    Q_PROPERTY(bool canViewDashboard READ canViewDashboard NOTIFY changed)
    Q_PROPERTY(bool canSearch READ canSearch NOTIFY changed)
    Q_PROPERTY(bool canRequestAccess READ canRequestAccess NOTIFY changed)
    Q_PROPERTY(bool canDecideAccess READ canDecideAccess NOTIFY changed)
    Q_PROPERTY(bool canReadAudit READ canReadAudit NOTIFY changed)
    Q_PROPERTY(bool canEditHotlists READ canEditHotlists NOTIFY changed)
    Q_PROPERTY(bool canValidateHotlists READ canValidateHotlists NOTIFY changed)
    Q_PROPERTY(bool canReportClones READ canReportClones NOTIFY changed)
    Q_PROPERTY(bool canInvestigateClones READ canInvestigateClones NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(int idleLockMinutes READ idleLockMinutes CONSTANT)
public:
    // users, audit: on a connection of the calling (GUI) thread. Every sign-in, refusal, lock and sign-out is
    // audited. The idle check runs while someone is signed in.
    Session(UserStore& users, AuditLog& audit, Policy policy, Clock clock, QObject* parent = nullptr);

    bool signedIn() const { return !m_user.isEmpty(); }
    bool locked() const { return m_locked; }
    // Locked because nobody touched it (rather than by its user's hand).
    bool lockedForIdle() const { return m_lockedForIdle; }
    // Whoever is signed in (also while locked), or empty.
    QString userName() const { return m_user; }
    QString rolesText() const;
    // What the user's roles allow (the console shows nothing at all while locked).
    bool canTriage() const { return may(Capability::TriageAlerts); }
    bool canWatchCameras() const { return may(Capability::WatchCameras); }
    bool canSeeLocations() const { return may(Capability::SeeCameraLocations); }
    bool canViewDashboard() const { return may(Capability::ViewDashboard); }
    bool canSearch() const { return may(Capability::SearchReads); }
    bool canRequestAccess() const { return may(Capability::RequestAccess); }
    bool canDecideAccess() const { return may(Capability::DecideAccess); }
    bool canReadAudit() const { return may(Capability::ReadAudit); }
    bool canEditHotlists() const { return may(Capability::EditHotlists); }
    bool canValidateHotlists() const { return may(Capability::ValidateHotlistEntries); }
    bool canReportClones() const { return may(Capability::ReportClones); }
    bool canInvestigateClones() const { return may(Capability::InvestigateClones); }
    // The signed-in user (name and roles), for the services that act as them.
    User user() const;
    // Why the last sign-in failed, or empty.
    QString message() const { return m_message; }
    int idleLockMinutes() const { return int(m_policy.idleLockMs / 60000); }

    // Signs a user in; while locked, only the user who locked it. Returns false and sets message otherwise.
    Q_INVOKABLE bool signIn(const QString& name, const QString& password);
    Q_INVOKABLE void lock();
    Q_INVOKABLE void signOut();
    // Someone used the console (a key, the mouse); the idle time counts from here.
    void touched();
    // Locks the console if nobody has touched it for the idle time (run every few seconds by a timer).
    void checkIdle();

Q_SIGNALS:
    void changed();
    void messageChanged();
    // userName: empty when signed out. Alert triage acts as this user.
    void userChanged(const QString& userName);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool may(Capability capability) const { return allows(m_roles, capability); }
    void setMessage(const QString& message);
    void audit(const QString& who, const QString& action, const QJsonObject& detail = {});

    UserStore& m_users;
    AuditLog& m_audit;
    Policy m_policy;
    Clock m_clock;
    QString m_user;
    Roles m_roles;
    bool m_locked = false;
    bool m_lockedForIdle = false;
    QString m_message;
    qint64 m_lastTouchedMs = 0;
    QTimer m_idleTimer;
};

} // namespace kestrel
