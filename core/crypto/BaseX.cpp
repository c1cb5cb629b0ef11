#include "crypto/BaseX.h"

#include <cstring>
#include <vector>

namespace modreg::basex {

QString encode(const QByteArray& bytes, const char* alphabet)
{
    const auto base = static_cast<unsigned>(std::strlen(alphabet));
    qsizetype zeros = 0;
    while (zeros < bytes.size() && bytes[zeros] == 0)
        ++zeros;
    std::vector<unsigned char> digits; // least significant first
    for (qsizetype i = zeros; i < bytes.size(); ++i) {
        unsigned carry = static_cast<unsigned char>(bytes[i]);
        for (unsigned char& d : digits) {
            carry += 256U * d;
            d = static_cast<unsigned char>(carry % base);
            carry /= base;
        }
        while (carry) {
            digits.push_back(static_cast<unsigned char>(carry % base));
            carry /= base;
        }
    }
    QString out(zeros, QLatin1Char(alphabet[0]));
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        out += QLatin1Char(alphabet[*it]);
    return out;
}

std::optional<QByteArray> decode(const QString& text, const char* alphabet, qsizetype* badPosition)
{
    const auto base = static_cast<unsigned>(std::strlen(alphabet));
    const QChar zero = QLatin1Char(alphabet[0]);
    qsizetype zeros = 0;
    while (zeros < text.size() && text[zeros] == zero)
        ++zeros;
    std::vector<unsigned char> bytes; // least significant first
    for (qsizetype i = zeros; i < text.size(); ++i) {
        const ushort c = text[i].unicode();
        const char* at = c > 0 && c < 128 ? std::strchr(alphabet, static_cast<char>(c)) : nullptr;
        if (!at) {
            if (badPosition)
                *badPosition = i;
            return std::nullopt;
        }
        unsigned carry = static_cast<unsigned>(at - alphabet);
        for (unsigned char& b : bytes) {
            carry += base * b;
            b = static_cast<unsigned char>(carry & 0xff);
            carry >>= 8;
        }
        while (carry) {
            bytes.push_back(static_cast<unsigned char>(carry & 0xff));
            carry >>= 8;
        }
    }
    QByteArray out(zeros, '\0');
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it)
        out += static_cast<char>(*it);
    return out;
}

} // namespace modreg::basex
