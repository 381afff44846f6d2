// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrethash.h"

#include <sodium.h>

#include <stdexcept>

namespace kestrel::security {

namespace {
void initialise()
{
    // Safe to call from any thread, any number of times.
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
}
} // namespace

QString hashSecret(const QString& secret)
{
    initialise();
    const QByteArray bytes = secret.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    // The interactive limits (64 MiB, a fraction of a second): a sign-in or a camera's first push waits for it
    // once; an attacker with a stolen database pays it for every guess.
    if (crypto_pwhash_str(hash, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        throw std::runtime_error("out of memory while hashing a secret");
    return QString::fromLatin1(hash);
}

bool secretMatches(const QString& hash, const QString& secret)
{
    initialise();
    const QByteArray stored = hash.toLatin1();
    const QByteArray bytes = secret.toUtf8();
    return crypto_pwhash_str_verify(
               stored.constData(), bytes.constData(), static_cast<unsigned long long>(bytes.size()))
        == 0;
}

QByteArray fingerprint(const QByteArray& secret)
{
    initialise();
    static const QByteArray key = [] {
        QByteArray k(crypto_generichash_KEYBYTES, Qt::Uninitialized);
        randombytes_buf(k.data(), static_cast<size_t>(k.size()));
        return k;
    }();
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), static_cast<size_t>(digest.size()),
        reinterpret_cast<const unsigned char*>(secret.constData()), static_cast<unsigned long long>(secret.size()),
        reinterpret_cast<const unsigned char*>(key.constData()), static_cast<size_t>(key.size()));
    return digest;
}

} // namespace kestrel::security
