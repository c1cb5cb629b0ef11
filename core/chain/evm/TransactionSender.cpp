#include "chain/evm/TransactionSender.h"

#include "chain/evm/Transaction.h"
#include "crypto/Addresses.h"
#include "crypto/HexText.h"
#include "keys/Keystore.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <limits>

namespace modreg::evm {

namespace {

QString ether(quint64 wei)
{
    return QString::number(static_cast<double>(wei) / 1e18, 'g', 6);
}

EvmReceipt receiptOf(const QJsonObject& r)
{
    EvmReceipt out;
    out.transactionHash = hexDataOf(r.value(QLatin1String("transactionHash")));
    out.blockNumber = hexQuantityOf(r.value(QLatin1String("blockNumber")));
    out.blockHash = hexDataOf(r.value(QLatin1String("blockHash")));
    out.gasUsed = hexQuantityOf(r.value(QLatin1String("gasUsed")));
    out.contractAddress = hexDataOf(r.value(QLatin1String("contractAddress")));
    for (const QJsonValue& l : r.value(QLatin1String("logs")).toArray())
        out.logs << EvmLog::fromJson(l.toObject());
    return out;
}
} // namespace

struct TransactionSender::Job
{
    EvmSigner signer;
    QByteArray to;
    QByteArray data;
    // One of these is set: what the job is for, and where it stops.
    std::function<void(Result<FeeQuote>)> quoted;           // quote(): after the fees
    std::function<void(Result<SignedTransaction>)> prepared; // prepare(): once signed
    std::function<void(Result<std::optional<EvmReceipt>>)> done; // broadcast(), awaitReceipt(): the receipt
    Transaction tx;
    QByteArray raw;
    QByteArray hash;
    int sendAttempts = 0;
    int receiptPolls = 0;
    QDeadlineTimer deadline;

    void fail(QString why)
    {
        if (auto q = std::exchange(quoted, nullptr))
            return q(Result<FeeQuote>::failure(std::move(why)));
        if (auto p = std::exchange(prepared, nullptr))
            return p(Result<SignedTransaction>::failure(std::move(why)));
        if (auto d = std::exchange(done, nullptr))
            d(Result<std::optional<EvmReceipt>>::failure(std::move(why)));
    }
    void finish(std::optional<EvmReceipt> receipt)
    {
        if (auto d = std::exchange(done, nullptr))
            d(std::move(receipt));
    }
    QJsonObject callObject() const
    {
        QJsonObject o{{QStringLiteral("from"), hexData(signer.address)},
                      {QStringLiteral("data"), hexData(data)}};
        if (!to.isEmpty())
            o.insert(QStringLiteral("to"), hexData(to));
        return o;
    }
};

Result<EvmSigner> EvmSigner::fromKeystore(const Keystore& keystore, const QString& keyId)
{
    const std::optional<KeyInfo> info = keystore.key(keyId);
    if (!info)
        return Result<EvmSigner>::failure(
            Keystore::tr("There is no key \"%1\" in the unlocked keystore.").arg(keyId));
    if (info->type != KeyType::Secp256k1)
        return Result<EvmSigner>::failure(
            Keystore::tr("\"%1\" is an Ed25519 key; Ethereum transactions need a "
                         "secp256k1 key.")
                .arg(info->label));
    const Keystore* store = &keystore;
    return EvmSigner{ethereum::addressOf(info->publicKey),
                     [store, keyId](const QByteArray& hash) { return store->signHash(keyId, hash); }};
}

TransactionSender::TransactionSender(JsonRpcClient& client, const ContractAbi& abi, Options options,
                                     QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_abi(abi)
    , m_options(options)
{}

QString TransactionSender::hexQuantity(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

QString TransactionSender::hexData(const QByteArray& bytes)
{
    return hexText(bytes);
}

QString TransactionSender::revertText(const JsonRpcClient::RpcError& error) const
{
    if (error.data.isEmpty())
        return error.message;
    const Result<ContractAbi::Decoded> decoded = m_abi.decodeError(error.data);
    if (!decoded)
        return decoded.error();
    return m_options.explainError ? m_options.explainError(decoded.value()) : decoded->toString();
}

void TransactionSender::chainId(std::function<void(Result<quint64>)> done)
{
    if (m_chainId != 0)
        return done(m_chainId);
    QPointer<TransactionSender> self(this);
    m_client.call(QStringLiteral("eth_chainId"), {}, [self, done = std::move(done)](Result<QJsonValue> id) {
        if (!self)
            return;
        Result<quint64> chain =
            id ? JsonRpcClient::parseQuantity(id.value()) : Result<quint64>::failure(id.error());
        if (!chain)
            return done(chain);
        if (self->m_options.expectedChainId != 0 && chain.value() != self->m_options.expectedChainId)
            return done(Result<quint64>::failure(
                tr("The chain node is on chain %1, but the registry is configured for "
                   "chain %2; check the chain RPC URL in Settings.")
                    .arg(chain.value())
                    .arg(self->m_options.expectedChainId)));
        self->m_chainId = chain.value();
        done(chain);
    });
}

void TransactionSender::call(const QByteArray& to, const QByteArray& data,
                             std::function<void(Result<QByteArray>)> done)
{
    const QJsonObject object{{QStringLiteral("to"), hexData(to)}, {QStringLiteral("data"), hexData(data)}};
    QPointer<TransactionSender> self(this);
    m_client.request(QStringLiteral("eth_call"), {object, QStringLiteral("latest")},
                     [self, done = std::move(done)](Result<JsonRpcClient::Response> r) {
                         if (!self)
                             return;
                         if (!r)
                             return done(Result<QByteArray>::failure(r.error()));
                         if (r->error)
                             return done(Result<QByteArray>::failure(self->revertText(*r->error)));
                         done(hexDataOf(r->result));
                     });
}

void TransactionSender::send(const EvmSigner& signer, const QByteArray& to, const QByteArray& data,
                             std::function<void(Result<EvmReceipt>)> done)
{
    QPointer<TransactionSender> self(this);
    prepare(signer, to, data, [self, done = std::move(done)](Result<SignedTransaction> signedTx) {
        if (!self)
            return;
        if (!signedTx)
            return done(Result<EvmReceipt>::failure(signedTx.error()));
        self->broadcast(signedTx.value(), [done, hash = signedTx->hash](Result<std::optional<EvmReceipt>> r) {
            if (!r)
                return done(Result<EvmReceipt>::failure(r.error()));
            if (!r.value())
                return done(Result<EvmReceipt>::failure(
                    tr("The transaction %1 was replaced: another transaction of the account took its nonce.")
                        .arg(hexData(hash))));
            done(*r.value());
        });
    });
}

void TransactionSender::prepare(const EvmSigner& signer, const QByteArray& to, const QByteArray& data,
                                std::function<void(Result<SignedTransaction>)> done)
{
    auto job = std::make_shared<Job>();
    job->signer = signer;
    job->to = to;
    job->data = data;
    job->prepared = std::move(done);
    QPointer<TransactionSender> self(this);
    chainId([self, job](Result<quint64> chain) {
        if (!self)
            return;
        if (!chain)
            return job->fail(chain.error());
        job->tx.chainId = chain.value();
        // The node's pending count, or ours if we already sent more than it has seen.
        self->m_client.call(QStringLiteral("eth_getTransactionCount"),
                            {hexData(job->signer.address), QStringLiteral("pending")},
                            [self, job](Result<QJsonValue> count) {
                                if (!self)
                                    return;
                                if (!count)
                                    return job->fail(count.error());
                                const Result<quint64> nonce = JsonRpcClient::parseQuantity(count.value());
                                // EIP-2681: a nonce is below 2^64 - 1, so the next one always exists.
                                if (!nonce || nonce.value() >= std::numeric_limits<quint64>::max() - 1)
                                    return job->fail(tr("The chain node's transaction count for the account "
                                                        "is not a usable nonce."));
                                job->tx.nonce = nonce.value(); // raised to ours when signing
                                self->estimate(job);
                            });
    });
}

void TransactionSender::quote(const QByteArray& from, const QByteArray& to, const QByteArray& data,
                              std::function<void(Result<FeeQuote>)> done)
{
    auto job = std::make_shared<Job>();
    job->signer.address = from;
    job->to = to;
    job->data = data;
    job->quoted = std::move(done);
    estimate(job);
}

void TransactionSender::awaitReceipt(const QByteArray& transactionHash,
                                     std::function<void(Result<std::optional<EvmReceipt>>)> done)
{
    QPointer<TransactionSender> self(this);
    m_client.call(QStringLiteral("eth_getTransactionByHash"), {hexData(transactionHash)},
                  [self, transactionHash, done = std::move(done)](Result<QJsonValue> known) mutable {
                      if (!self)
                          return;
                      if (!known)
                          return done(Result<std::optional<EvmReceipt>>::failure(known.error()));
                      if (!known->isObject())
                          return done(std::optional<EvmReceipt>());
                      const QJsonObject tx = known->toObject();
                      auto job = std::make_shared<Job>();
                      job->signer.address = hexDataOf(tx.value(QLatin1String("from")));
                      job->to = hexDataOf(tx.value(QLatin1String("to")));
                      job->data = hexDataOf(tx.value(QLatin1String("input")));
                      job->hash = transactionHash;
                      job->deadline = QDeadlineTimer(self->m_options.receiptTimeout);
                      job->done = std::move(done);
                      self->waitForReceipt(job);
                  });
}

void TransactionSender::estimate(std::shared_ptr<Job> job)
{
    QPointer<TransactionSender> self(this);
    m_client.request(QStringLiteral("eth_estimateGas"), {job->callObject()},
                     [self, job](Result<JsonRpcClient::Response> r) {
                         if (!self)
                             return;
                         if (!r)
                             return job->fail(r.error());
                         if (r->error) // it would revert: say why, and send nothing
                             return job->fail(
                                 tr("The contract refused the call: %1").arg(self->revertText(*r->error)));
                         const quint64 estimate = hexQuantityOf(r->result);
                         if (estimate == 0 || estimate > FeeQuote::kMaxGas)
                             return job->fail(tr("The chain node estimates %1 gas for this call, which no block "
                                                 "holds; it is not answering truthfully.")
                                                  .arg(estimate));
                         job->tx.gasLimit = estimate + estimate / 5;
                         self->fees(job);
                     });
}

void TransactionSender::fees(std::shared_ptr<Job> job)
{
    QPointer<TransactionSender> self(this);
    m_client.call(
        QStringLiteral("eth_feeHistory"), {4, QStringLiteral("latest"), QJsonArray{50}},
        [self, job](Result<QJsonValue> history) {
            if (!self)
                return;
            if (!history)
                return job->fail(history.error());
            const QJsonObject h = history->toObject();
            const QJsonArray baseFees = h.value(QLatin1String("baseFeePerGas")).toArray();
            const quint64 nextBase = baseFees.isEmpty() ? 1'000'000'000 : hexQuantityOf(baseFees.last());
            quint64 tip = 0;
            for (const QJsonValue& rewards : h.value(QLatin1String("reward")).toArray())
                tip = std::max(tip, hexQuantityOf(rewards.toArray().at(0)));
            tip = std::max<quint64>(tip, 1'000'000); // 0.001 gwei: some nodes drop a zero tip
            if (nextBase > FeeQuote::kMaxFeePerGas || tip > FeeQuote::kMaxFeePerGas)
                return job->fail(tr("The chain node asks a fee of %1 gwei per gas, far beyond any real chain's; "
                                    "Modreg does not pay it. Check the chain RPC URL in Settings.")
                                     .arg(QString::number(static_cast<double>(std::max(nextBase, tip)) / 1e9, 'g', 6)));
            // Twice the next base fee survives six full blocks of base-fee increases. Within the
            // bounds above, none of these overflow: 3 × 10^14 × 1.2 × 10^8 < 2^128, checked below.
            const quint64 maxFee = 2 * nextBase + tip;
            quint64 needed = 0;
            if (__builtin_mul_overflow(job->tx.gasLimit, maxFee, &needed))
                return job->fail(tr("This transaction could cost more than 18 ETH in fees at the node's prices; "
                                    "Modreg does not send it."));
            job->tx.maxPriorityFeePerGas = weiFrom(tip);
            job->tx.maxFeePerGas = weiFrom(maxFee);
            job->tx.to = job->to;
            job->tx.data = job->data;
            if (auto q = std::exchange(job->quoted, nullptr))
                return q(FeeQuote{job->tx.gasLimit, maxFee, needed});
            self->m_client.call(
                QStringLiteral("eth_getBalance"), {hexData(job->signer.address), QStringLiteral("pending")},
                [self, job, needed](Result<QJsonValue> balance) {
                    if (!self)
                        return;
                    if (!balance)
                        return job->fail(balance.error());
                    if (!hexQuantityAtLeast(balance->toString(), hexQuantity(needed)))
                        return job->fail(
                            tr("The account %1 cannot pay for this transaction: it needs up to %2 ETH "
                               "for gas and holds less. Fund it first.")
                                .arg(ethereum::checksummed(job->signer.address), ether(needed)));
                    self->sign(job);
                });
        });
}

void TransactionSender::sign(std::shared_ptr<Job> job)
{
    // Decided here, synchronously: two sends started together both asked the node before either
    // was signed, and must not both take the node's count.
    job->tx.nonce = std::max(job->tx.nonce, m_nextNonce.value(job->signer.address));
    const Result<QByteArray> signature = job->signer.sign(job->tx.signingHash());
    if (!signature)
        return job->fail(signature.error());
    const QByteArray raw = job->tx.encodeSigned(signature.value());
    m_nextNonce[job->signer.address] = job->tx.nonce + 1;
    if (auto prepared = std::exchange(job->prepared, nullptr))
        prepared(SignedTransaction{raw, Transaction::hashOf(raw), job->signer.address, job->tx.nonce});
}

void TransactionSender::release(const SignedTransaction& transaction)
{
    // Only if nothing was signed after it: a later one keeps its nonce, and this one's stays a gap
    // the node fills with whatever comes next from the account.
    const auto it = m_nextNonce.find(transaction.from);
    if (it != m_nextNonce.end() && *it == transaction.nonce + 1)
        *it = transaction.nonce;
}

void TransactionSender::broadcast(const SignedTransaction& transaction,
                                  std::function<void(Result<std::optional<EvmReceipt>>)> done)
{
    auto job = std::make_shared<Job>();
    job->signer.address = transaction.from;
    job->tx.nonce = transaction.nonce;
    job->raw = transaction.raw;
    job->hash = transaction.hash;
    job->done = std::move(done);
    sendRaw(job);
}

void TransactionSender::sendRaw(std::shared_ptr<Job> job)
{
    ++job->sendAttempts;
    QPointer<TransactionSender> self(this);
    m_client.request(QStringLiteral("eth_sendRawTransaction"), {hexData(job->raw)},
                     [self, job](Result<JsonRpcClient::Response> r) {
                         if (!self)
                             return;
                         if (r && r->error) {
                             const QString message = r->error->message;
                             // Our own earlier attempt got through: the node knows this transaction.
                             if (!message.contains(QLatin1String("already known"), Qt::CaseInsensitive)) {
                                 // A refusal may be about an earlier copy that did arrive ("nonce too low":
                                 // it was mined; the HTTP stack itself may have resent it): look the hash up
                                 // first.
                                 return self->checkIfKnown(job, message);
                             }
                         }
                         if (!r && job->sendAttempts >= 3)
                             return job->fail(
                                 tr("The transaction %1 could not be handed to the chain node (%2). It "
                                    "may still arrive; nothing else will be sent with its nonce.")
                                     .arg(hexData(job->hash), r.error()));
                         if (!r) // the node did not answer: try again with the very same bytes
                             return QTimer::singleShot(self->m_options.pollInterval, self,
                                                       [self, job] { self->sendRaw(job); });
                         emit self->sent(job->hash);
                         job->deadline = QDeadlineTimer(self->m_options.receiptTimeout);
                         self->waitForReceipt(job);
                     });
}

// The node refused the transaction: if it has our transaction (pending or mined), the first attempt got
// through and we wait for it; only otherwise is the refusal the answer.
void TransactionSender::checkIfKnown(std::shared_ptr<Job> job, const QString& refusal)
{
    QPointer<TransactionSender> self(this);
    m_client.call(QStringLiteral("eth_getTransactionByHash"), {hexData(job->hash)},
                  [self, job, refusal](Result<QJsonValue> known) {
                      if (!self)
                          return;
                      if (known && known->isObject()) {
                          emit self->sent(job->hash);
                          job->deadline = QDeadlineTimer(self->m_options.receiptTimeout);
                          return self->waitForReceipt(job);
                      }
                      self->m_nextNonce.remove(job->signer.address);
                      // Unknown to the node. If the account's mined transactions already count past
                      // its nonce, another transaction took it and this one can never be mined.
                      self->m_client.call(
                          QStringLiteral("eth_getTransactionCount"), {hexData(job->signer.address), QStringLiteral("latest")},
                          [self, job, refusal](Result<QJsonValue> count) {
                              if (!self)
                                  return;
                              const Result<quint64> mined =
                                  count ? JsonRpcClient::parseQuantity(count.value()) : Result<quint64>::failure(QString());
                              if (mined && mined.value() > job->tx.nonce)
                                  return job->finish(std::nullopt);
                              job->fail(tr("The chain node refused the transaction: %1").arg(refusal));
                          });
                  });
}

void TransactionSender::waitForReceipt(std::shared_ptr<Job> job)
{
    QPointer<TransactionSender> self(this);
    m_client.call(
        QStringLiteral("eth_getTransactionReceipt"), {hexData(job->hash)}, [self, job](Result<QJsonValue> r) {
            if (!self)
                return;
            const auto retry = [self, job] {
                if (job->deadline.hasExpired())
                    return job->fail(
                        tr("The transaction %1 was sent but not confirmed within %2 s. It may still be "
                           "mined; nothing will be sent again for it.")
                            .arg(hexData(job->hash))
                            .arg(self->m_options.receiptTimeout.count() / 1000));
                // Soon at first (an automining devnode has it within milliseconds), then every
                // pollInterval: 4, 8, 16 … ms.
                const auto soon = std::chrono::milliseconds(4LL << std::min(job->receiptPolls++, 10));
                QTimer::singleShot(std::min(soon, self->m_options.pollInterval), self,
                                   [self, job] { self->waitForReceipt(job); });
            };
            if (!r || !r->isObject()) // not mined yet, or the node is briefly away
                return retry();
            const QJsonObject receipt = r->toObject();
            const EvmReceipt parsed = receiptOf(receipt);
            if (hexQuantityOf(receipt.value(QLatin1String("status"))) != 1) {
                // Mined but reverted (the state changed after the estimate): ask why at that block.
                QJsonObject object = job->callObject();
                return self->m_client.request(
                    QStringLiteral("eth_call"), {object, hexQuantity(parsed.blockNumber > 0 ? parsed.blockNumber - 1 : 0)},
                    [self, job](Result<JsonRpcClient::Response> why) {
                        if (!self)
                            return;
                        job->fail(tr("The transaction %1 was mined but reverted: %2")
                                      .arg(hexData(job->hash), why && why->error
                                                                   ? self->revertText(*why->error)
                                                                   : tr("no reason given")));
                    });
            }
            if (self->m_options.confirmations <= 1)
                return job->finish(parsed);
            self->m_client.call(
                QStringLiteral("eth_blockNumber"), {}, [self, job, parsed, retry](Result<QJsonValue> head) {
                    if (!self)
                        return;
                    const quint64 now = head ? hexQuantityOf(head.value()) : 0;
                    // A head below the receipt's block is a node out of step: not yet confirmed.
                    const quint64 depth = now >= parsed.blockNumber ? now - parsed.blockNumber + 1 : 0;
                    if (depth < static_cast<quint64>(self->m_options.confirmations))
                        return retry();
                    job->finish(parsed);
                });
        });
}

} // namespace modreg::evm
