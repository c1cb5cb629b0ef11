// A polkadot.js account file a user imports. The file is parsed and checked before any password
// is asked; its scrypt settings must be one of polkadot.js's presets. Deriving a key from them takes
// tens of milliseconds, so the fuzzer does not: it opens the box with a fixed key, and also seals
// its own bytes with that key to reach the layout inside.
#include "FuzzSupport.h"
#include "keys/PolkadotAccountJson.h"

#include <sodium.h>

using namespace modreg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);
    const SecureBytes key = SecureBytes::fromQByteArray(QByteArray(32, '\x05'));
    if (data[0] & 1) {
        // The fuzzer's bytes as the plaintext of a box under the fixed key.
        PolkadotAccountJson::Encrypted sealed;
        sealed.nonce = QByteArray(crypto_secretbox_NONCEBYTES, '\x09');
        sealed.box.resize(rest.size() + static_cast<qsizetype>(crypto_secretbox_MACBYTES));
        crypto_secretbox_easy(reinterpret_cast<unsigned char*>(sealed.box.data()),
                              reinterpret_cast<const unsigned char*>(rest.constData()),
                              static_cast<unsigned long long>(rest.size()),
                              reinterpret_cast<const unsigned char*>(sealed.nonce.constData()), key.data());
        if (const auto account = PolkadotAccountJson::open(sealed, key))
            fuzz::expect(account->seed.size() == 32, "an account gives a 32-byte seed");
        return 0;
    }
    if (const auto file = PolkadotAccountJson::parse(rest)) {
        fuzz::expect(static_cast<quint64>(file->params.n) * file->params.r * 128 <= 128ULL * 1024 * 1024,
                     "only polkadot.js's presets, at most 128 MiB");
        (void)PolkadotAccountJson::open(file.value(), key);
    }
    return 0;
}
