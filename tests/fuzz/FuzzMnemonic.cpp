// A recovery phrase as a user types or pastes it: any text. What reads as a phrase is BIP39's own
// words for its entropy.
#include "FuzzSupport.h"
#include "crypto/Mnemonic.h"

using namespace modreg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const Result<Mnemonic> phrase = Mnemonic::parse(text);
    if (!phrase) {
        fuzz::expect(!phrase.error().isEmpty(), "a refusal says why");
        return 0;
    }
    const Mnemonic rebuilt = Mnemonic::fromEntropy(phrase->entropy());
    fuzz::expect(rebuilt.phrase() == phrase->phrase(), "the words are the entropy's words");
    fuzz::expect(phrase->wordCount() >= 12 && phrase->wordCount() <= 24, "12 to 24 words");
    return 0;
}
