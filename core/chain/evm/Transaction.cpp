#include "chain/evm/Transaction.h"

#include "chain/evm/Rlp.h"
#include "crypto/Hashes.h"
#include "crypto/Secp256k1.h"

namespace modreg::evm {

namespace {
using rlp::Item;

QList<Item> unsignedFields(const Transaction& tx)
{
    if (tx.type == Transaction::Type::Eip1559)
        return {Item::uint(tx.chainId),      Item::uint(tx.nonce),    Item::uint(tx.maxPriorityFeePerGas),
                Item::uint(tx.maxFeePerGas), Item::uint(tx.gasLimit), Item::string(tx.to),
                Item::uint(tx.value),        Item::string(tx.data),   Item::list({})}; // access list: none
    return {Item::uint(tx.nonce), Item::uint(tx.gasPrice), Item::uint(tx.gasLimit),
            Item::string(tx.to),  Item::uint(tx.value),    Item::string(tx.data)};
}
} // namespace

QByteArray weiFrom(quint64 amount)
{
    return Item::uint(amount).bytes;
}

QByteArray Transaction::signingHash() const
{
    QList<Item> fields = unsignedFields(*this);
    if (type == Type::Eip1559)
        return hash::keccak256(QByteArray(1, '\x02') + rlp::encode(Item::list(fields)));
    // EIP-155: the chain id and two empty values take the signature's place.
    fields << Item::uint(chainId) << Item::uint(0) << Item::uint(0);
    return hash::keccak256(rlp::encode(Item::list(fields)));
}

QByteArray Transaction::sign(const SecureBytes& secret32) const
{
    return encodeSigned(secp256k1::signRecoverable(secret32, signingHash()));
}

QByteArray Transaction::encodeSigned(const QByteArray& signature) const
{
    const QByteArray r = signature.left(32);
    const QByteArray s = signature.mid(32, 32);
    const auto recovery = static_cast<quint64>(static_cast<quint8>(signature[64]));
    QList<Item> fields = unsignedFields(*this);
    if (type == Type::Eip1559) {
        fields << Item::uint(recovery) << Item::uint(r) << Item::uint(s);
        return QByteArray(1, '\x02') + rlp::encode(Item::list(fields));
    }
    fields << Item::uint(recovery + chainId * 2 + 35) << Item::uint(r) << Item::uint(s);
    return rlp::encode(Item::list(fields));
}

QByteArray Transaction::hashOf(const QByteArray& raw)
{
    return hash::keccak256(raw);
}

} // namespace modreg::evm
