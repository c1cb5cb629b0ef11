// A metadata document from the registry: whatever bytes anyone registered. The syncer's verdict
// (parse, format check, canonical form, signature) must come without a crash, an exception or a
// hang, and the readers must agree with each other:
//   - judge() calls a document valid exactly when it parses, passes every published rule and its
//     signature holds;
//   - a draft that passes (what the publish form's JSON editor and `modreg publish --metadata`
//     accept) becomes, once signed and written in canonical form, a document the syncer calls valid
//     and reads back field for field: publish and sync never disagree about a document.
#include "FuzzSupport.h"
#include "crypto/Ed25519.h"
#include "metadata/MetadataFile.h"
#include "metadata/MetadataSignature.h"
#include "metadata/MetadataValidator.h"
#include "registry/Syncer.h"

using namespace modreg;

namespace {
const QString kCid = QStringLiteral("bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy");

const SecureBytes& seed()
{
    static const SecureBytes s = SecureBytes::fromQByteArray(QByteArray(32, '\x42'));
    return s;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text = fuzz::bytes(data, size);

    // Every layer by itself: an exception from any of them escapes here and is a finding.
    const FetchedDocument verdict = Syncer::judgeDocument(kCid, text);
    fuzz::expect(verdict.document.has_value() != !verdict.reason.isEmpty(), "valid, or invalid with a reason");
    const Result<nlohmann::json> parsed = MetadataValidator::parse(text);
    const MetadataFile::Read draft = MetadataFile::fromText(text);
    if (!parsed) {
        fuzz::expect(!verdict.document, "what does not parse is invalid");
        fuzz::expect(draft.problems.size() == 1, "a text that does not parse is one problem");
        return 0;
    }
    const QList<MetadataProblem> published =
        MetadataValidator::check(parsed.value(), MetadataValidator::Stage::Published);
    const ModuleMetadata document = ModuleMetadata::fromJson(parsed.value());
    const bool signatureHolds = MetadataSignature::verify(document, parsed.value()).ok();
    fuzz::expect(verdict.document.has_value() == (published.isEmpty() && signatureHolds),
                 "judge() is the format rules and the signature, nothing else");
    (void)document.documentBytes();

    if (!draft.problems.isEmpty())
        return 0;
    // Publish it as the publisher would: content CID, key, time, signature; then sync it.
    ModuleMetadata toSign = draft.draft;
    toSign.cid = kCid;
    toSign.created = QStringLiteral("2026-12-06T12:00:00Z");
    toSign.key = ModuleKey{ModuleKey::Type::Ed25519, ed25519::publicKeyOf(seed())};
    toSign.signature.reset();
    toSign.signature = ModuleSignature{ModuleSignature::Type::Ed25519, toSign.key->bytes,
                                       ed25519::sign(seed(), toSign.signingBytes())};
    const QByteArray documentBytes = toSign.documentBytes();
    if (documentBytes.size() > MetadataValidator::kMaxDocumentBytes)
        return 0; // the publisher refuses it too (checkText before anything is sent)
    const FetchedDocument synced = Syncer::judge(kCid, documentBytes);
    if (!synced.document)
        std::fprintf(stderr, "fuzz: the published form was refused: %s\n", qPrintable(synced.reason));
    fuzz::expect(synced.document.has_value(), "a good draft, signed, is a valid document");
    fuzz::expect(*synced.document == toSign, "the synced document reads back as it was signed");
    fuzz::expect(synced.document->documentBytes() == documentBytes, "the canonical form is stable");
    return 0;
}
