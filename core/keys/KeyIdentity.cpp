#include "keys/KeyIdentity.h"

#include "crypto/Addresses.h"
#include "crypto/HexText.h"

#include <QRegularExpression>

namespace modreg {

QList<KeyIdentity::Entry> KeyIdentity::of(KeyType type, const QByteArray& publicKey, quint16 ss58Prefix)
{
    if (type == KeyType::Ed25519)
        return {{Form::Ss58, tr("SS58 address (prefix %1)").arg(ss58Prefix), QStringLiteral("ss58"),
                 ss58::encode(publicKey, ss58Prefix), publicKey},
                {Form::Solana, tr("Solana address"), QStringLiteral("solana"), solana::encode(publicKey),
                 publicKey}};
    const QByteArray address = ethereum::addressOf(publicKey);
    return {{Form::EthereumAddress, tr("Ethereum address"), QStringLiteral("ethereum"),
             ethereum::checksummed(address), address},
            {Form::Secp256k1PublicKey, tr("secp256k1 public key"), QStringLiteral("secp256k1"),
             hexText(publicKey), publicKey}};
}

Result<KeyIdentity::Parsed> KeyIdentity::parse(const QString& input)
{
    const QString text = input.trimmed();
    static const QRegularExpression hex(QStringLiteral("^0x[0-9a-fA-F]+$"));
    if (hex.match(text).hasMatch()) {
        if (text.size() == 2 + 40) {
            Result<QByteArray> address = ethereum::decode(text);
            if (!address)
                return Result<Parsed>::failure(address.error());
            return Parsed{Form::EthereumAddress, address.value()};
        }
        if (text.size() == 2 + 128)
            return Parsed{Form::Secp256k1PublicKey, QByteArray::fromHex(text.mid(2).toLatin1())};
        return Result<Parsed>::failure(
            tr("A hex registry key is an Ethereum address (0x + 40 digits) or a secp256k1 "
               "public key (0x + 128 digits); this has %1 digits.")
                .arg(text.size() - 2));
    }
    Result<ss58::Decoded> ss58Key = ss58::decode(text);
    if (ss58Key)
        return Parsed{Form::Ss58, ss58Key->publicKey};
    Result<QByteArray> solanaKey = solana::decode(text);
    if (solanaKey)
        return Parsed{Form::Solana, solanaKey.value()};
    return Result<Parsed>::failure(tr("\"%1\" is not a registry key: not an SS58 address (%2), nor a Solana "
                                      "address, nor 0x-prefixed hex.")
                                       .arg(text, ss58Key.error()));
}

QString KeyIdentity::registryKeyText(const QByteArray& key, quint16 ss58Prefix)
{
    if (key.size() == 32)
        return ss58::encode(key, ss58Prefix);
    if (key.size() == 20)
        return ethereum::checksummed(key);
    return hexText(key);
}

} // namespace modreg
