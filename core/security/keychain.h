// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Secrets kept in the operating system's keychain (QtKeychain: the Secret Service on Linux, e.g. GNOME Keyring),
// never in Kestrel's own files. The calls wait for the keychain (a local event loop), for command-line use.
namespace kestrel::keychain {

struct Outcome {
    bool ok = false;
    bool missing = false; // read or forget: the keychain holds nothing under that name
    QString secret; // read: what it holds
    QString problem; // what went wrong, in words an administrator can act on
};

Outcome read(const QString& name);
Outcome write(const QString& name, const QString& secret);
Outcome forget(const QString& name);

} // namespace kestrel::keychain
