#include "cli/KeystoreAccess.h"

#include "cli/PasswordInput.h"
#include "keys/Keystore.h"

namespace modreg::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::cli::KeysCommand)
};
} // namespace

Status openKeystore(Keystore& ks, int passwordFd, bool createIfMissing, const KdfLimits& limits)
{
    if (!ks.exists()) {
        if (!createIfMissing)
            return Status::failure(
                Text::tr("There is no keystore yet (%1); create a key with: modreg keys new").arg(ks.path()));
        Result<SecureBytes> pw = PasswordInput::readNew(Text::tr("New keystore password: "), passwordFd);
        if (!pw)
            return Status::failure(pw.error());
        return ks.create(pw.value(), limits);
    }
    Result<SecureBytes> pw = PasswordInput::read(Text::tr("Keystore password: "), passwordFd);
    if (!pw)
        return Status::failure(pw.error());
    return ks.unlock(pw.value());
}

Result<KeyInfo> findKey(const Keystore& ks, const QString& name)
{
    QList<KeyInfo> matches;
    for (const KeyInfo& k : ks.keys()) {
        if (k.id == name || k.label == name)
            matches << k;
    }
    if (matches.size() == 1)
        return matches.first();
    return Result<KeyInfo>::failure(
        matches.isEmpty()
            ? Text::tr("No key is called \"%1\"; see modreg keys list.").arg(name)
            : Text::tr("%1 keys are called \"%2\"; name one by its id.").arg(matches.size()).arg(name));
}

} // namespace modreg::cli
