// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Secrets a person or a camera presents (passwords, cameras' push tokens) are kept only as Argon2id hashes
// (libsodium's crypto_pwhash_str: salted, memory-hard, the parameters stored in the hash itself).
namespace kestrel::security {

// The Argon2id hash of a secret, as text to store. Throws std::runtime_error if libsodium cannot work (no memory).
QString hashSecret(const QString& secret);

// Whether secret is the one hash was made from; false for a malformed hash.
bool secretMatches(const QString& hash, const QString& secret);

// A keyed BLAKE2b digest of a secret under a key drawn at random for this process: a fast way to recognise a
// secret already checked against its Argon2id hash, without keeping the secret itself in memory.
QByteArray fingerprint(const QByteArray& secret);

} // namespace kestrel::security
