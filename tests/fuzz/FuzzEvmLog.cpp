// Logs and block headers as a chain node writes them in JSON (eth_getLogs, "logs" and "newHeads"
// subscriptions, receipts), and the registry events read from them. Any JSON at all may arrive.
#include "FuzzSupport.h"
#include "chain/evm/EvmEventStream.h"
#include "chain/evm/EvmLog.h"
#include "chain/evm/JsonRpcClient.h"
#include "chain/evm/TransactionSender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace modreg;
using namespace modreg::evm;

namespace {
void readLog(const QJsonObject& object)
{
    const EvmLog log = EvmLog::fromJson(object);
    (void)EvmBlockHeader::fromJson(object).isValid();
    const Result<std::optional<RegistryEvent>> event = EvmEventStream::eventFromLog(log);
    if (event && event.value()) {
        const RegistryEvent& e = *event.value();
        fuzz::expect(Registry::checkKey(e.key).ok(), "an event's key is one the registry accepts");
        fuzz::expect(e.cid.toUtf8().size() <= 128 * 3, "an event's CID was length-checked before decoding");
        fuzz::expect(e.block.number == log.blockNumber, "an event is in its log's block");
    }
    for (const char* field : {"blockNumber", "logIndex", "number"}) {
        const QJsonValue v = object.value(QLatin1String(field));
        if (const Result<quint64> q = JsonRpcClient::parseQuantity(v))
            fuzz::expect(JsonRpcClient::parseQuantity(TransactionSender::hexQuantity(q.value())).value() == q.value(),
                         "a quantity reads back");
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (doc.isObject())
        readLog(doc.object());
    for (const QJsonValue& item : doc.array())
        readLog(item.toObject());
    return 0;
}
