#include "devnet/DevnetRegistry.h"

#include "chain/evm/ContractAbi.h"
#include "chain/evm/EvmLog.h"
#include "chain/evm/TransactionSender.h"
#include "crypto/Addresses.h"

#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>

namespace modreg {

namespace {
using evm::TransactionSender;

// 100 ETH: enough gas for hundreds of thousands of registrations on the devnet.
const QString kFundingWei = QStringLiteral("0x56bc75e2d63100000");
// Topped up only below 50 ETH.
const QString kFundingFloorWei = QStringLiteral("0x2b5e3af16b1880000");
} // namespace

DevnetRegistry::DevnetRegistry(QUrl chainRpc, QString devnetDir, QObject* parent)
    : QObject(parent)
    , m_client(std::move(chainRpc))
    , m_dir(std::move(devnetDir))
{
    m_client.setWebSocketEnabled(false); // a handful of calls at start: HTTP is enough
    m_client.setTimeout(std::chrono::milliseconds(10000));
}

QString DevnetRegistry::recordPath(const QString& devnetDir)
{
    return devnetDir + QStringLiteral("/registry.json");
}

std::optional<DevnetRegistry::Deployment> DevnetRegistry::recorded(const QString& devnetDir)
{
    QFile file(recordPath(devnetDir));
    const QJsonObject record =
        file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.read(4096)).object() : QJsonObject();
    const Result<QByteArray> remembered = ethereum::decode(record.value(QLatin1String("address")).toString());
    if (!remembered)
        return std::nullopt;
    return Deployment{remembered.value(),
                      static_cast<quint64>(record.value(QLatin1String("block")).toInteger()), false};
}

void DevnetRegistry::ensure(std::function<void(Result<Deployment>)> done)
{
    const std::optional<Deployment> remembered = recorded(m_dir);
    if (!remembered)
        return deploy(std::move(done));
    const Deployment known = *remembered;
    QPointer<DevnetRegistry> self(this);
    m_client.call(QStringLiteral("eth_getCode"),
                  {TransactionSender::hexData(known.address), QStringLiteral("latest")},
                  [self, known, done = std::move(done)](Result<QJsonValue> code) {
                      if (!self)
                          return;
                      if (!code)
                          return done(Result<Deployment>::failure(code.error()));
                      if (evm::hexDataOf(code.value()).isEmpty()) // the chain forgot it: deploy again
                          return self->deploy(done);
                      done(known);
                  });
}

void DevnetRegistry::devAccount(std::function<void(Result<QString>)> done)
{
    m_client.call(QStringLiteral("eth_accounts"), {}, [done = std::move(done)](Result<QJsonValue> accounts) {
        if (!accounts)
            return done(Result<QString>::failure(accounts.error()));
        const QString first = accounts->toArray().first().toString();
        if (first.isEmpty())
            return done(Result<QString>::failure(tr("The devnet chain has no unlocked dev account.")));
        done(first);
    });
}

void DevnetRegistry::deploy(std::function<void(Result<Deployment>)> done)
{
    QPointer<DevnetRegistry> self(this);
    devAccount([self, done = std::move(done)](Result<QString> from) {
        if (!self)
            return;
        if (!from)
            return done(Result<Deployment>::failure(from.error()));
        const QJsonObject tx{
            {QStringLiteral("from"), from.value()},
            {QStringLiteral("data"), TransactionSender::hexData(evm::ContractAbi::moduleRegistryBytecode())}};
        self->m_client.call(
            QStringLiteral("eth_sendTransaction"), {tx}, [self, done](Result<QJsonValue> hash) {
                if (!self)
                    return;
                if (!hash)
                    return done(Result<Deployment>::failure(
                        tr("Could not deploy the registry contract on the devnet: %1").arg(hash.error())));
                self->waitForReceipt(hash->toString(), 200, [self, done](Result<QJsonObject> receipt) {
                    if (!self)
                        return;
                    if (!receipt)
                        return done(Result<Deployment>::failure(receipt.error()));
                    const Deployment deployed{
                        evm::hexDataOf(receipt->value(QLatin1String("contractAddress"))),
                        evm::hexQuantityOf(receipt->value(QLatin1String("blockNumber"))), true};
                    if (deployed.address.size() != 20 ||
                        evm::hexQuantityOf(receipt->value(QLatin1String("status"))) != 1)
                        return done(Result<Deployment>::failure(
                            tr("The registry contract's deployment failed on the devnet.")));
                    QSaveFile file(recordPath(self->m_dir));
                    const QJsonObject record{
                        {QStringLiteral("address"), ethereum::checksummed(deployed.address)},
                        {QStringLiteral("block"), static_cast<qint64>(deployed.block)}};
                    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(record).toJson()) < 0 ||
                        !file.commit())
                        return done(Result<Deployment>::failure(
                            tr("Could not write %1: %2").arg(recordPath(self->m_dir), file.errorString())));
                    done(deployed);
                });
            });
    });
}

void DevnetRegistry::waitForReceipt(const QString& hash, int attempts,
                                    std::function<void(Result<QJsonObject>)> done)
{
    QPointer<DevnetRegistry> self(this);
    m_client.call(QStringLiteral("eth_getTransactionReceipt"), {hash},
                  [self, hash, attempts, done = std::move(done)](Result<QJsonValue> receipt) {
                      if (!self)
                          return;
                      if (receipt && receipt->isObject())
                          return done(receipt->toObject());
                      if (attempts <= 1)
                          return done(Result<QJsonObject>::failure(
                              tr("The devnet chain did not mine the transaction %1.").arg(hash)));
                      QTimer::singleShot(50, self, [self, hash, attempts, done] {
                          self->waitForReceipt(hash, attempts - 1, done);
                      });
                  });
}

void DevnetRegistry::fund(const QList<QByteArray>& addresses, std::function<void(Status)> done)
{
    if (addresses.isEmpty())
        return done(success());
    QPointer<DevnetRegistry> self(this);
    devAccount([self, addresses, done = std::move(done)](Result<QString> from) {
        if (!self)
            return;
        if (!from)
            return done(Status::failure(from.error()));
        const QByteArray next = addresses.first();
        const QList<QByteArray> rest = addresses.mid(1);
        const auto continueWithRest = [self, rest, done] {
            if (self)
                self->fund(rest, done);
        };
        self->m_client.call(
            QStringLiteral("eth_getBalance"), {TransactionSender::hexData(next), QStringLiteral("latest")},
            [self, from = from.value(), next, continueWithRest, done](Result<QJsonValue> balance) {
                if (!self)
                    return;
                if (!balance)
                    return done(Status::failure(balance.error()));
                if (evm::hexQuantityAtLeast(balance->toString(), kFundingFloorWei))
                    return continueWithRest();
                const QJsonObject tx{{QStringLiteral("from"), from},
                                     {QStringLiteral("to"), TransactionSender::hexData(next)},
                                     {QStringLiteral("value"), kFundingWei}};
                self->m_client.call(
                    QStringLiteral("eth_sendTransaction"), {tx},
                    [self, next, continueWithRest, done](Result<QJsonValue> hash) {
                        if (!self)
                            return;
                        if (!hash)
                            return done(Status::failure(tr("Could not fund %1 on the devnet: %2")
                                                            .arg(ethereum::checksummed(next), hash.error())));
                        self->waitForReceipt(hash->toString(), 200,
                                             [continueWithRest, done](Result<QJsonObject> r) {
                                                 if (!r)
                                                     return done(Status::failure(r.error()));
                                                 continueWithRest();
                                             });
                    });
            });
    });
}

} // namespace modreg
