// An Ethereum V3 keystore file a user imports. Parsed and bounded before any password is asked;
// when its KDF is cheap the whole decryption runs, otherwise the fuzzer opens it with a fixed key.
#include "FuzzSupport.h"
#include "keys/EthereumKeystoreJson.h"

using namespace modreg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json = fuzz::bytes(data, size);
    const Result<EthereumKeystoreJson::Encrypted> file = EthereumKeystoreJson::parse(json);
    if (!file)
        return 0;
    if (file->scrypt)
        fuzz::expect(file->params.n * file->params.r * 128 <= EthereumKeystoreJson::kMaxScryptBytes &&
                         file->params.p <= EthereumKeystoreJson::kMaxScryptP,
                     "scrypt within the memory and time bounds");
    else
        fuzz::expect(file->rounds <= EthereumKeystoreJson::kMaxPbkdf2Rounds, "PBKDF2 within its bound");
    const bool cheap = file->scrypt ? file->params.n * file->params.r * file->params.p <= 4096 : file->rounds <= 4096;
    const SecureBytes password = SecureBytes::fromQByteArray(QByteArray("fuzz"));
    if (cheap)
        (void)EthereumKeystoreJson::decrypt(json, password);
    (void)EthereumKeystoreJson::open(file.value(), SecureBytes::fromQByteArray(QByteArray(32, '\x03')));
    return 0;
}
