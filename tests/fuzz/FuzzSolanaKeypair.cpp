// A Solana keypair file a user imports (solana-keygen's JSON array of 64 numbers).
#include "FuzzSupport.h"
#include "keys/SolanaKeypairJson.h"

using namespace modreg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    if (const Result<SecureBytes> seed = SolanaKeypairJson::read(input)) {
        fuzz::expect(seed->size() == 32, "a keypair file gives a 32-byte seed");
        fuzz::expect(SolanaKeypairJson::read(SolanaKeypairJson::write(seed.value())).value() == seed.value(),
                     "what was read writes back and reads the same");
    }
    return 0;
}
