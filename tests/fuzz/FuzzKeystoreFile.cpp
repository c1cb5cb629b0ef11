// The keystore file (keystore.mrks): its header, read before any password is asked, and the
// entries inside once decrypted. The first byte picks which: the header path reads the file as it
// is (with a fixed key, so the AEAD refuses all but the seeds); the contents path encrypts the
// fuzzer's bytes as the plaintext, so the reader of the entries sees anything at all.
#include "FuzzSupport.h"
#include "keys/KeystoreFormat.h"

#include <sodium.h>

using namespace modreg;

namespace {
const KeystoreKey& fixedKey()
{
    static const KeystoreKey key{SecureBytes::fromQByteArray(QByteArray(32, '\x07')), QByteArray(16, '\x01'), KdfLimits::forTestsOnly()};
    return key;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);
    if (data[0] & 1) {
        const Result<KeystoreContents> contents = KeystoreFormat::readContents(SecureBytes::fromQByteArray(rest));
        if (contents) {
            fuzz::expect(static_cast<std::size_t>(contents->keys.size()) == contents->secrets.size(),
                         "one secret per key");
            // What reads writes back and reads the same (through the real encryption).
            const QByteArray file = KeystoreFormat::encrypt(contents.value(), fixedKey());
            const Result<KeystoreContents> again = KeystoreFormat::decrypt(file, fixedKey());
            fuzz::expect(again.ok() && again->keys.size() == contents->keys.size(), "the entries survive a save");
        }
        return 0;
    }
    if (KeystoreFormat::checkHeader(rest)) {
        const Result<KdfLimits> limits = KeystoreFormat::limitsOf(rest);
        fuzz::expect(limits.ok() && limits->memLimitLog2 <= KeystoreFormat::kMaxMemLimitLog2 &&
                         limits->opsLimit <= KeystoreFormat::kMaxOpsLimit,
                     "a header that passes asks the KDF for no more than the bounds");
    }
    (void)KeystoreFormat::decrypt(rest, fixedKey());
    return 0;
}
