#include "metadata/MetadataSignature.h"

#include "crypto/Addresses.h"
#include "crypto/Ed25519.h"
#include "crypto/Secp256k1.h"
#include "keys/Keystore.h"
#include "metadata/CanonicalJson.h"

namespace modreg {

Result<ModuleMetadata> MetadataSignature::sign(ModuleMetadata document, const Keystore& keystore,
                                               const QString& keyId)
{
    if (!document.key)
        return Result<ModuleMetadata>::failure(tr("The document names no registry key to sign for."));
    const std::optional<KeyInfo> info = keystore.key(keyId);
    if (!info)
        return Result<ModuleMetadata>::failure(tr("There is no such key in the unlocked keystore."));
    const bool ed = info->type == KeyType::Ed25519;
    if (ed != (document.key->type == ModuleKey::Type::Ed25519) ||
        ModuleKey::of(document.key->type, info->publicKey) != *document.key)
        return Result<ModuleMetadata>::failure(
            tr("The key \"%1\" is not the module's registry key, so it cannot sign for it.")
                .arg(info->label));
    document.signature.reset();
    const QByteArray message = document.signingBytes();
    const Result<QByteArray> sig =
        ed ? keystore.signEd25519(keyId, message) : keystore.personalSign(keyId, message);
    if (!sig)
        return Result<ModuleMetadata>::failure(sig.error());
    document.signature = ModuleSignature{
        ed ? ModuleSignature::Type::Ed25519 : ModuleSignature::Type::Secp256k1, info->publicKey, sig.value()};
    return document;
}

Status MetadataSignature::verify(const ModuleMetadata& document)
{
    return verifyBytes(document, document.signingBytes());
}

Status MetadataSignature::verify(const ModuleMetadata& document, const nlohmann::json& received)
{
    nlohmann::json unsigned_ = received;
    if (unsigned_.is_object())
        unsigned_.erase("signature");
    return verifyBytes(document, CanonicalJson::of(unsigned_));
}

Status MetadataSignature::verifyBytes(const ModuleMetadata& document, const QByteArray& message)
{
    if (!document.signature)
        return Status::failure(tr("The document is not signed."));
    if (!document.key)
        return Status::failure(tr("The document names no registry key."));
    const ModuleSignature& s = *document.signature;
    const bool ed = s.type == ModuleSignature::Type::Ed25519;
    if (ed != (document.key->type == ModuleKey::Type::Ed25519) ||
        ModuleKey::of(document.key->type, s.publicKey) != *document.key)
        return Status::failure(tr("The document is signed by a key other than its registry key."));
    if (ed) {
        if (!ed25519::verify(s.publicKey, message, s.sig))
            return Status::failure(tr("The signature does not match the document: it was changed after "
                                      "signing, or signed by another key."));
        return success();
    }
    const Result<QByteArray> signer = secp256k1::recoverPersonalSigner(message, s.sig);
    if (!signer || signer.value() != ethereum::addressOf(s.publicKey))
        return Status::failure(tr("The signature does not match the document: it was changed after "
                                  "signing, or signed by another key."));
    return success();
}

} // namespace modreg
