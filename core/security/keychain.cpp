// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace kestrel::keychain {

namespace {
class Keychain {
    Q_DECLARE_TR_FUNCTIONS(Keychain)
};

const QString service = QStringLiteral("Kestrel");

// Runs a job to its end and says how it went.
Outcome finish(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    Outcome out;
    switch (job.error()) {
    case QKeychain::NoError:
        out.ok = true;
        break;
    case QKeychain::EntryNotFound:
        out.missing = true;
        out.problem = Keychain::tr("the keychain holds no password under that name");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        out.problem = Keychain::tr("the keychain refused access (%1); unlock it and try again").arg(job.errorString());
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
    default:
        out.problem = Keychain::tr("no keychain answered (%1): a Secret Service such as GNOME Keyring must be running "
                                   "in this session")
                          .arg(job.errorString());
        break;
    }
    return out;
}
} // namespace

Outcome read(const QString& name)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(name);
    Outcome out = finish(job);
    if (out.ok)
        out.secret = job.textData();
    return out;
}

Outcome write(const QString& name, const QString& secret)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(name);
    job.setTextData(secret);
    return finish(job);
}

Outcome forget(const QString& name)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(name);
    return finish(job);
}

} // namespace kestrel::keychain
