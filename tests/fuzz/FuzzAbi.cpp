// ABI data from a chain node: eth_call results, event data and revert data, for the registry
// contract and for the shapes later contracts use (arrays of bytes, nested arrays, tuples). Offsets
// and lengths come from whoever answers and may point anywhere; what decodes must encode again and
// decode to the same values.
#include "FuzzSupport.h"
#include "chain/evm/Abi.h"
#include "chain/evm/ContractAbi.h"

using namespace modreg;
using namespace modreg::evm;

namespace {
const QList<QList<abi::Type>>& shapes()
{
    static const QList<QList<abi::Type>> all = [] {
        const QList<QStringList> texts{
            {QStringLiteral("bytes"), QStringLiteral("bytes"), QStringLiteral("address")},
            {QStringLiteral("bytes"), QStringLiteral("address")},
            {QStringLiteral("uint256")},
            {QStringLiteral("string")},
            {QStringLiteral("bytes[]")},
            {QStringLiteral("string[][]"), QStringLiteral("bool")},
            {QStringLiteral("(bytes,address)[2]"), QStringLiteral("uint8")},
            {QStringLiteral("(uint256,bytes[])"), QStringLiteral("bytes32")},
            {QStringLiteral("address[3][]")},
            {QStringLiteral("bytes4"), QStringLiteral("(string,(bytes,uint64[]))[]")},
        };
        QList<QList<abi::Type>> out;
        for (const QStringList& t : texts) {
            QList<abi::Type> types;
            for (const QString& one : t)
                types << abi::Type::parse(one).value();
            out << types;
        }
        return out;
    }();
    return all;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const quint8 selector = data[0];
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);

    const QList<abi::Type>& types = shapes()[selector % shapes().size()];
    if (const Result<QList<abi::Value>> values = abi::decode(types, rest)) {
        const Result<QByteArray> encoded = abi::encode(types, values.value());
        fuzz::expect(encoded.ok(), "decoded values encode");
        const Result<QList<abi::Value>> again = abi::decode(types, encoded.value());
        fuzz::expect(again.ok() && again.value() == values.value(), "values survive encoding");
        fuzz::expect(encoded->size() <= 32 * rest.size() + 64, "decoding makes no more than the data holds");
    }

    // The registry contract, as the app reads it: results, events (topics from the data) and errors.
    const ContractAbi& registry = ContractAbi::moduleRegistry();
    for (const char* function : {"getModule", "moduleCount"})
        (void)registry.decodeResult(QLatin1String(function), rest);
    (void)registry.decodeError(rest);
    QList<QByteArray> topics;
    const qsizetype topicCount = selector % 5;
    for (qsizetype i = 0; i < topicCount && (i + 1) * 32 <= rest.size(); ++i)
        topics << rest.mid(i * 32, 32);
    if (const auto* event = registry.event(QStringLiteral("ModuleRegistered")); event && selector & 0x80)
        topics.prepend(event->id); // often one of ours, so the decoder gets past the first topic
    if (const Result<ContractAbi::Decoded> decoded = registry.decodeEvent(topics, rest.mid(topicCount * 32)))
        (void)decoded->toString();
    return 0;
}
