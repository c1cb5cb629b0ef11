#include "crypto/Base58.h"

#include "crypto/BaseX.h"

#include <QCoreApplication>

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
    return basex::encode(bytes, kAlphabet);
}

Result<QByteArray> decode(const QString& text)
{
    qsizetype bad = 0;
    std::optional<QByteArray> bytes = basex::decode(text, kAlphabet, &bad);
    if (!bytes)
        return Result<QByteArray>::failure(
            Text::tr("\"%1\" at position %2 is not a base58 character (base58 has no 0, O, I or l).")
                .arg(text[bad])
                .arg(bad + 1));
    return *bytes;
}

} // namespace modreg::base58
