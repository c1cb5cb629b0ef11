// RLP from a chain node (a transaction read back). Decoding is strict (canonical lengths, one
// item), so what decodes encodes to exactly the same bytes.
#include "FuzzSupport.h"
#include "chain/evm/Rlp.h"

using namespace modreg::evm;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    if (const auto item = rlp::decode(input))
        fuzz::expect(rlp::encode(item.value()) == input, "RLP is canonical: it encodes back byte for byte");
    return 0;
}
