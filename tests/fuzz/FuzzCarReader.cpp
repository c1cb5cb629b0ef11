// A CAR as a gateway streams it (`?format=car`): the same bytes cut into pieces of any size must
// give the same header, the same blocks in the same order and the same verdict as when read whole,
// and every block handed on matches its CID.
#include "FuzzSupport.h"
#include "ipfs/CarFormat.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace modreg;

namespace {
struct Seen
{
    QList<Cid> roots;
    QList<std::pair<QByteArray, QByteArray>> blocks; // CID bytes, block
    bool ok = true;
};

Seen read(const QByteArray& car, const QList<int>& cuts)
{
    Seen seen;
    car::Reader::Limits limits;
    limits.maxSectionBytes = 64 * 1024; // small enough that the fuzzer meets the limit
    car::Reader reader(
        [&](const QList<Cid>& roots) {
            seen.roots = roots;
            return success();
        },
        [&](const Cid& cid, const QByteArray& block) {
            fuzz::expect(cid.matches(block), "every block handed on matches its CID");
            seen.blocks.append({cid.bytes(), block});
            return success();
        },
        limits);
    qsizetype pos = 0;
    for (int cut : cuts) {
        if (pos >= car.size())
            break;
        if (!reader.feed(car.mid(pos, cut))) {
            seen.ok = false;
            return seen;
        }
        pos += cut;
    }
    if (pos < car.size() && !reader.feed(car.mid(pos))) {
        seen.ok = false;
        return seen;
    }
    seen.ok = reader.finish().ok();
    return seen;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    QList<int> cuts;
    const int pieces = in.ConsumeIntegralInRange<int>(0, 64);
    for (int i = 0; i < pieces; ++i)
        cuts << in.ConsumeIntegralInRange<int>(1, 4096);
    const std::vector<std::uint8_t> rest = in.ConsumeRemainingBytes<std::uint8_t>();
    const QByteArray car = fuzz::bytes(rest.data(), rest.size());

    const Seen whole = read(car, {});
    const Seen pieced = read(car, cuts);
    fuzz::expect(whole.ok == pieced.ok, "the verdict does not depend on how the bytes arrive");
    if (whole.ok) {
        fuzz::expect(whole.roots == pieced.roots, "the same roots however the bytes arrive");
        fuzz::expect(whole.blocks == pieced.blocks, "the same blocks however the bytes arrive");
    }
    return 0;
}
