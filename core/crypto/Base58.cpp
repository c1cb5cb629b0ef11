#include "crypto/Base58.h"

#include <QCoreApplication>
#include <cstring>
#include <vector>

namespace modreg::base58 {

namespace {
constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::base58)
};
} // namespace

QString encode(const QByteArray& bytes)
{
    qsizetype zeros = 0;
    while (zeros < bytes.size() && bytes[zeros] == 0)
        ++zeros;
    // Base-256 to base-58, most significant digit last.
    std::vector<unsigned char> digits((static_cast<std::size_t>(bytes.size() - zeros) * 138) / 100 + 1, 0);
    std::size_t used = 0;
    for (qsizetype i = zeros; i < bytes.size(); ++i) {
        unsigned carry = static_cast<unsigned char>(bytes[i]);
        std::size_t j = 0;
        for (; j < used || carry != 0; ++j) {
            carry += 256U * digits[j];
            digits[j] = static_cast<unsigned char>(carry % 58);
            carry /= 58;
        }
        used = j;
    }
    QString out(zeros, QLatin1Char('1'));
    for (std::size_t j = used; j-- > 0;)
        out += QLatin1Char(kAlphabet[digits[j]]);
    return out;
}

Result<QByteArray> decode(const QString& text)
{
    qsizetype ones = 0;
    while (ones < text.size() && text[ones] == QLatin1Char('1'))
        ++ones;
    std::vector<unsigned char> bytes(static_cast<std::size_t>(text.size() - ones) * 733 / 1000 + 1, 0);
    std::size_t used = 0;
    for (qsizetype i = ones; i < text.size(); ++i) {
        const QChar c = text[i];
        const char* at = c.unicode() < 128 ? std::strchr(kAlphabet, static_cast<char>(c.unicode())) : nullptr;
        if (!at || c.unicode() == 0)
            return Result<QByteArray>::failure(
                Text::tr("\"%1\" at position %2 is not a base58 character (base58 has no 0, O, I or l).")
                    .arg(c)
                    .arg(i + 1));
        unsigned carry = static_cast<unsigned>(at - kAlphabet);
        std::size_t j = 0;
        for (; j < used || carry != 0; ++j) {
            carry += 58U * bytes[j];
            bytes[j] = static_cast<unsigned char>(carry & 0xff);
            carry >>= 8;
        }
        used = j;
    }
    QByteArray out(ones, '\0');
    for (std::size_t j = used; j-- > 0;)
        out += static_cast<char>(bytes[j]);
    return out;
}

} // namespace modreg::base58
