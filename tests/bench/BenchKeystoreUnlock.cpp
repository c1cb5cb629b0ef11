// Unlock time of the keystore at the production Argon2id settings (libsodium MODERATE: 3 passes,
// 256 MiB), against a bare crypto_pwhash call with the same settings in the same process: the
// ratio is what the keystore adds on top of the KDF itself. Prints figures; not a pass/fail test.
#include "crypto/Ed25519.h"
#include "keys/Keystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sodium.h>
#include <vector>

using namespace modreg;

static double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.mrks"));
    const SecureBytes password = SecureBytes::fromQByteArray("a reasonably long passphrase");
    {
        Keystore ks(file);
        if (!ks.create(password, KdfLimits::moderate()))
            return 1;
        for (int i = 0; i < 20; ++i)
            ks.add(
                {{}, QStringLiteral("key %1").arg(i), KeyType::Ed25519, {}, KeyOrigin::Random, {}, {}, false},
                {ed25519::randomSeed(), {}, {}});
    }
    std::vector<double> unlock, kdf;
    unsigned char out[32];
    unsigned char salt[crypto_pwhash_SALTBYTES] = {};
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        Keystore ks(file);
        if (!ks.unlock(password))
            return 1;
        unlock.push_back(t.nsecsElapsed() / 1e6);

        t.restart();
        if (crypto_pwhash(out, sizeof out, reinterpret_cast<const char*>(password.data()), password.size(),
                          salt, crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE,
                          crypto_pwhash_ALG_ARGON2ID13) != 0)
            return 1;
        kdf.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("keystore unlock (20 keys, Argon2id ops=3 mem=256MiB), median of %d: %.0f ms\n", runs,
                median(unlock));
    std::printf("bare crypto_pwhash, same settings (reference):          %.0f ms\n", median(kdf));
    std::printf("ratio unlock / bare KDF: %.3f\n", median(unlock) / median(kdf));
    return 0;
}
