#pragma once

#include "Result.h"
#include "metadata/ModuleMetadata.h"

#include <QCoreApplication>

namespace modreg {

class Keystore;

// Signs a metadata document with the module key and checks such a signature (docs/architecture.md, "Registry keys":
// the off-chain half of ownership). The key must be the document's registry key: an ed25519 key for
// an ed25519 registry key, a secp256k1 key for a secp256k1 public key or the Ethereum address it has.
class MetadataSignature
{
    Q_DECLARE_TR_FUNCTIONS(MetadataSignature)

public:
    // `document` with its `signature` block set; its `key` must already name the registry key.
    static Result<ModuleMetadata> sign(ModuleMetadata document, const Keystore& keystore,
                                       const QString& keyId);
    // Does the signature cover this document, made by the key it names? The reason if not.
    static Status verify(const ModuleMetadata& document);
    // The same for a document as it was received: the signature covers the canonical JSON of the
    // document as written, without `signature` (docs/metadata.md), so a field another program left
    // out, such as an empty "args", stays out. `document` is that JSON read as a ModuleMetadata.
    static Status verify(const ModuleMetadata& document, const nlohmann::json& received);

private:
    static Status verifyBytes(const ModuleMetadata& document, const QByteArray& message);
};

} // namespace modreg
