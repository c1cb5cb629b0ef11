// Signed EIP-1559 and EIP-155 transactions byte for byte against ethers, from the same random keys
// and fields, generated at test time.
#include "ReferenceVectors.h"
#include "chain/evm/Transaction.h"

#include <QTest>

using namespace modreg;
using namespace modreg::evm;

class TestTransaction : public QObject
{
    Q_OBJECT
private slots:
    void signedTransactionsMatchEthers()
    {
        const QJsonArray vectors = referenceVectors("transactions", 60);
        QCOMPARE(vectors.size(), 60);
        for (const QJsonValue& v : vectors) {
            const QJsonObject f = v[QLatin1String("fields")].toObject();
            Transaction tx;
            tx.type = v[QLatin1String("type")] == QLatin1String("legacy") ? Transaction::Type::Legacy
                                                                          : Transaction::Type::Eip1559;
            tx.chainId = f[QLatin1String("chainId")].toString().toULongLong();
            tx.nonce = f[QLatin1String("nonce")].toString().toULongLong();
            tx.gasLimit = f[QLatin1String("gasLimit")].toString().toULongLong();
            tx.to = f[QLatin1String("to")].isNull()
                        ? QByteArray()
                        : QByteArray::fromHex(f[QLatin1String("to")].toString().mid(2).toLatin1());
            tx.value = decimalToBigEndian(f[QLatin1String("value")].toString());
            tx.data = QByteArray::fromHex(f[QLatin1String("data")].toString().mid(2).toLatin1());
            if (tx.type == Transaction::Type::Legacy) {
                tx.gasPrice = decimalToBigEndian(f[QLatin1String("gasPrice")].toString());
            } else {
                tx.maxPriorityFeePerGas =
                    decimalToBigEndian(f[QLatin1String("maxPriorityFeePerGas")].toString());
                tx.maxFeePerGas = decimalToBigEndian(f[QLatin1String("maxFeePerGas")].toString());
            }
            const SecureBytes key = SecureBytes::fromQByteArray(fromHex(v[QLatin1String("secretKey")]));
            QCOMPARE(tx.signingHash().toHex(), fromHex(v[QLatin1String("signingHash")]).toHex());
            const QByteArray raw = tx.sign(key);
            QCOMPARE(raw.toHex(), fromHex(v[QLatin1String("raw")]).toHex());
            QCOMPARE(Transaction::hashOf(raw).toHex(), fromHex(v[QLatin1String("hash")]).toHex());
        }
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "TestTransaction.moc"
