// One message from a JSON-RPC node, over HTTP or as a WebSocket message: both transports read it
// through JsonRpcMessage::read, so this covers the shared response path. Whatever arrives, only
// well-formed answers (with ids we could have sent) and notifications come out.
#include "FuzzSupport.h"
#include "chain/evm/JsonRpcMessage.h"

using namespace modreg::evm;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const JsonRpcMessage message = JsonRpcMessage::read(fuzz::bytes(data, size));
    for (const JsonRpcMessage::Answer& a : message.answers) {
        fuzz::expect(a.id >= 1, "an answer's id is one we could have sent");
        if (a.response.error)
            fuzz::expect(a.response.error->message.size() <= 501, "a refusal's text is a sentence, not a page");
    }
    for (const JsonRpcMessage::Notification& n : message.notifications)
        fuzz::expect(!n.subscription.isNull(), "a notification names its subscription");
    fuzz::expect(message.answers.size() + message.notifications.size() <= static_cast<qsizetype>(size),
                 "no more messages than bytes");
    return 0;
}
