// An HTTP/1.1 response from a server that may be hostile (a gateway, a chain or IPFS node), as
// HttpExchange reads it: fed whole and fed in pieces of any size, it must give the same head, the
// same body and the same verdict, within its limits.
#include "FuzzSupport.h"
#include "net/HttpResponseParser.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace modreg;
using namespace modreg::net;

namespace {
struct Seen
{
    HttpResponseParser::State state = HttpResponseParser::State::Reading;
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

constexpr qint64 kLimit = 64 * 1024;

Seen read(const QByteArray& response, const QList<int>& cuts, bool closeAtEnd)
{
    Seen seen;
    HttpResponseParser parser(kLimit, {[&](const HttpResponseHead& head) {
                                           seen.status = head.status;
                                           seen.contentType = head.contentType;
                                           return success();
                                       },
                                       [&](const QByteArray& bytes) {
                                           seen.body += bytes;
                                           return success();
                                       }});
    qsizetype pos = 0;
    for (int cut : cuts) {
        if (pos >= response.size())
            break;
        parser.feed(response.mid(pos, cut));
        pos += cut;
    }
    if (pos < response.size())
        parser.feed(response.mid(pos));
    if (closeAtEnd)
        parser.closed();
    seen.state = parser.state();
    fuzz::expect(seen.body.size() <= kLimit, "the body never passes its limit");
    fuzz::expect(parser.bodyBytes() == seen.body.size(), "every body byte is handed on once");
    return seen;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    const bool close = in.ConsumeBool();
    QList<int> cuts;
    const int pieces = in.ConsumeIntegralInRange<int>(0, 32);
    for (int i = 0; i < pieces; ++i)
        cuts << in.ConsumeIntegralInRange<int>(1, 512);
    const std::vector<std::uint8_t> rest = in.ConsumeRemainingBytes<std::uint8_t>();
    const QByteArray response = fuzz::bytes(rest.data(), rest.size());

    const Seen whole = read(response, {}, close);
    const Seen pieced = read(response, cuts, close);
    fuzz::expect(whole.state == pieced.state, "the verdict does not depend on how the bytes arrive");
    fuzz::expect(whole.status == pieced.status && whole.contentType == pieced.contentType,
                 "the same head however the bytes arrive");
    if (whole.state == HttpResponseParser::State::Complete)
        fuzz::expect(whole.body == pieced.body, "the same body however the bytes arrive");
    return 0;
}
