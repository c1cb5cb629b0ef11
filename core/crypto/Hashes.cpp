#include "crypto/Hashes.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>
#include <stdexcept>

namespace modreg::hash {

namespace {
const auto* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

// Keccak-f[1600] (FIPS 202 §3), the permutation under both SHA-3 and Ethereum's Keccak-256.
void keccakF1600(std::array<std::uint64_t, 25>& a)
{
    static constexpr std::uint64_t roundConstants[24] = {
        0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
        0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
        0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
        0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
        0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
        0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL};
    static constexpr int rotations[25] = {0,  1,  62, 28, 27, 36, 44, 6,  55, 20, 3,  10, 43,
                                          25, 39, 41, 45, 15, 21, 8,  18, 2,  61, 56, 14};
    auto rotl = [](std::uint64_t v, int n) { return n == 0 ? v : (v << n) | (v >> (64 - n)); };
    for (std::uint64_t rc : roundConstants) {
        std::uint64_t c[5];
        for (int x = 0; x < 5; ++x)
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        for (int x = 0; x < 5; ++x) {
            const std::uint64_t d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1);
            for (int y = 0; y < 25; y += 5)
                a[y + x] ^= d;
        }
        std::uint64_t b[25];
        for (int x = 0; x < 5; ++x)
            for (int y = 0; y < 5; ++y)
                b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(a[x + 5 * y], rotations[x + 5 * y]);
        for (int y = 0; y < 25; y += 5)
            for (int x = 0; x < 5; ++x)
                a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
        a[0] ^= rc;
    }
}
} // namespace

QByteArray sha256(const QByteArray& data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_Digest(data.constData(), static_cast<size_t>(data.size()),
               reinterpret_cast<unsigned char*>(out.data()), &len, EVP_sha256(), nullptr);
    return out;
}

QByteArray sha256(const SecureBytes& data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_Digest(data.data(), data.size(), reinterpret_cast<unsigned char*>(out.data()), &len, EVP_sha256(),
               nullptr);
    return out;
}

QByteArray keccak256(const QByteArray& data)
{
    constexpr int rate = 136; // (1600 - 2 * 256) / 8
    std::array<std::uint64_t, 25> state{};
    auto absorb = [&state](const unsigned char* block) {
        for (int i = 0; i < rate / 8; ++i) {
            std::uint64_t lane = 0;
            for (int b = 0; b < 8; ++b)
                lane |= static_cast<std::uint64_t>(block[i * 8 + b]) << (8 * b);
            state[i] ^= lane;
        }
        keccakF1600(state);
    };
    const auto* p = bytes(data);
    qsizetype left = data.size();
    for (; left >= rate; left -= rate, p += rate)
        absorb(p);
    unsigned char last[rate] = {};
    std::memcpy(last, p, static_cast<size_t>(left));
    last[left] ^= 0x01; // Keccak padding (SHA-3 would use 0x06)
    last[rate - 1] ^= 0x80;
    absorb(last);
    QByteArray out(32, Qt::Uninitialized);
    for (int i = 0; i < 32; ++i)
        out[i] = static_cast<char>(state[i / 8] >> (8 * (i % 8)));
    return out;
}

QByteArray blake2b(const QByteArray& data, int outputBytes)
{
    if (outputBytes < 1 || outputBytes > 64)
        throw std::invalid_argument("blake2b output must be 1 to 64 bytes");
    QByteArray out(outputBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(outputBytes),
                       bytes(data), static_cast<unsigned long long>(data.size()), nullptr, 0);
    return out;
}

SecureBytes blake2b(const SecureBytes& data, int outputBytes)
{
    if (outputBytes < 1 || outputBytes > 64)
        throw std::invalid_argument("blake2b output must be 1 to 64 bytes");
    SecureBytes out(static_cast<std::size_t>(outputBytes));
    crypto_generichash(out.data(), out.size(), data.data(), data.size(), nullptr, 0);
    return out;
}

SecureBytes hmacSha512(const SecureBytes& key, const SecureBytes& data)
{
    SecureBytes out(64);
    unsigned int len = 0;
    HMAC(EVP_sha512(), key.data(), static_cast<int>(key.size()), data.data(), data.size(), out.data(), &len);
    return out;
}

SecureBytes hmacSha512(const QByteArray& key, const SecureBytes& data)
{
    SecureBytes out(64);
    unsigned int len = 0;
    HMAC(EVP_sha512(), key.constData(), static_cast<int>(key.size()), data.data(), data.size(), out.data(),
         &len);
    return out;
}

SecureBytes pbkdf2HmacSha512(const SecureBytes& password, const QByteArray& salt, int iterations,
                             int outputBytes)
{
    SecureBytes out(static_cast<std::size_t>(outputBytes));
    PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(password.data()), static_cast<int>(password.size()),
                      bytes(salt), static_cast<int>(salt.size()), iterations, EVP_sha512(), outputBytes,
                      out.data());
    return out;
}

} // namespace modreg::hash
