#include "cli/KeysCommand.h"

#include "cli/Console.h"
#include "cli/KeystoreAccess.h"
#include "cli/PasswordInput.h"
#include "crypto/Addresses.h"
#include "crypto/Ed25519.h"
#include "crypto/Hashes.h"
#include "crypto/HexText.h"
#include "crypto/Secp256k1.h"
#include "keys/KeyExport.h"
#include "keys/KeyIdentity.h"
#include "keys/KeyImport.h"
#include "keys/KeyMaker.h"
#include "keys/Keystore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <functional>

namespace modreg::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::cli::KeysCommand)
};

struct Options
{
    QCommandLineOption json{QStringLiteral("json"), Text::tr("Print JSON for scripts.")};
    QCommandLineOption label{QStringLiteral("label"), Text::tr("The key's name."), QStringLiteral("name")};
    QCommandLineOption type{QStringLiteral("type"), Text::tr("ed25519 (default) or secp256k1."),
                            QStringLiteral("type")};
    QCommandLineOption words{QStringLiteral("words"),
                             Text::tr("Make the key from a new mnemonic of 12 or 24 words."),
                             QStringLiteral("n")};
    QCommandLineOption mnemonicOut{
        QStringLiteral("mnemonic-out"),
        Text::tr("Where to write the new mnemonic (mode 0600); it is never printed."),
        QStringLiteral("file")};
    QCommandLineOption scheme{QStringLiteral("scheme"),
                              Text::tr("Derivation for a mnemonic: ethereum, solana or substrate."),
                              QStringLiteral("scheme")};
    QCommandLineOption path{QStringLiteral("path"),
                            Text::tr("Derivation path (m/44'/60'/0'/0/0, //Alice, …)."),
                            QStringLiteral("path")};
    QCommandLineOption from{
        QStringLiteral("from"),
        Text::tr("What to import: mnemonic, hex, solana-keypair, ethereum-keystore or polkadot-json."),
        QStringLiteral("kind")};
    QCommandLineOption file{QStringLiteral("file"), Text::tr("The file to import from."),
                            QStringLiteral("file")};
    QCommandLineOption format{
        QStringLiteral("format"),
        Text::tr("Export format: ethereum-keystore, polkadot-json, solana-keypair, mnemonic or hex."),
        QStringLiteral("format")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              Text::tr("The file to write (mode 0600)."),
                              QStringLiteral("file")};
    QCommandLineOption force{QStringLiteral("force"), Text::tr("Overwrite the output file if it exists.")};
    QCommandLineOption passwordFd = passwordFdOption();
    QCommandLineOption filePasswordFd{QStringLiteral("file-password-fd"),
                                      Text::tr("Read the key file's password from this file descriptor."),
                                      QStringLiteral("fd")};
    QCommandLineOption messageFile{QStringLiteral("message-file"), Text::tr("The message to sign or verify."),
                                   QStringLiteral("file")};
    QCommandLineOption hash{QStringLiteral("hash"),
                            Text::tr("A 32-byte hash (0x + 64 hex digits) to sign or verify."),
                            QStringLiteral("hex")};
    QCommandLineOption personal{QStringLiteral("personal"),
                                Text::tr("EIP-191 personal_sign over the message.")};
    QCommandLineOption signature{QStringLiteral("signature"), Text::tr("The signature to verify (hex)."),
                                 QStringLiteral("hex")};
    QCommandLineOption key{QStringLiteral("key"),
                           Text::tr("The signer's registry key (SS58, Solana, 0x address or public key)."),
                           QStringLiteral("key")};
    QCommandLineOption ss58Prefix{QStringLiteral("ss58-prefix"),
                                  Text::tr("SS58 network prefix (default 42)."), QStringLiteral("n"),
                                  QStringLiteral("42")};
    // Hidden: fast Argon2id settings for tests only.
    QCommandLineOption testKdf{QStringLiteral("insecure-test-kdf"), QString()};
};

int fdOption(const QCommandLineParser& p, const QCommandLineOption& o)
{
    return p.isSet(o) ? p.value(o).toInt() : -1;
}

// At most `maxBytes` (-1: all of it).
Result<QByteArray> readFile(const QString& path, qint64 maxBytes = -1)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(Text::tr("Could not read %1: %2").arg(path, f.errorString()));
    return maxBytes < 0 ? f.readAll() : f.read(maxBytes);
}

Status openKeystore(Keystore& ks, const QCommandLineParser& p, const Options& o, bool createIfMissing)
{
    return cli::openKeystore(ks, fdOption(p, o.passwordFd), createIfMissing,
                             p.isSet(o.testKdf) ? KdfLimits::forTestsOnly() : KdfLimits::moderate());
}

QJsonObject describe(const KeyInfo& k, quint16 prefix)
{
    QJsonObject identities;
    for (const KeyIdentity::Entry& e : KeyIdentity::of(k.type, k.publicKey, prefix))
        identities[e.id] = e.text;
    static const char* origins[] = {
        "", "random", "bip44-secp256k1", "slip10-ed25519", "substrate-ed25519", "imported"};
    return {{QStringLiteral("id"), k.id},
            {QStringLiteral("label"), k.label},
            {QStringLiteral("type"), keyTypeName(k.type)},
            {QStringLiteral("origin"), QLatin1String(origins[static_cast<int>(k.origin)])},
            {QStringLiteral("path"), k.derivationPath},
            {QStringLiteral("created"), k.created.toString(Qt::ISODate)},
            {QStringLiteral("hasMnemonic"), k.hasMnemonic},
            {QStringLiteral("identities"), identities}};
}

void printKey(const KeyInfo& k, quint16 prefix)
{
    out(QStringLiteral("%1  (%2, %3)").arg(k.label, keyTypeName(k.type), k.id));
    if (!k.derivationPath.isEmpty())
        out(Text::tr("  path: %1").arg(k.derivationPath));
    for (const KeyIdentity::Entry& e : KeyIdentity::of(k.type, k.publicKey, prefix))
        out(QStringLiteral("  %1: %2").arg(e.name, e.text));
}

void report(const KeyInfo& k, const QCommandLineParser& p, const Options& o)
{
    const auto prefix = static_cast<quint16>(p.value(o.ss58Prefix).toUInt());
    if (p.isSet(o.json))
        outJson(describe(k, prefix));
    else
        printKey(k, prefix);
}

Result<KeyType> typeOption(const QCommandLineParser& p, const Options& o)
{
    const QString t = p.value(o.type).isEmpty() ? QStringLiteral("ed25519") : p.value(o.type);
    if (t == QLatin1String("ed25519"))
        return KeyType::Ed25519;
    if (t == QLatin1String("secp256k1"))
        return KeyType::Secp256k1;
    return Result<KeyType>::failure(Text::tr("Unknown key type \"%1\"; use ed25519 or secp256k1.").arg(t));
}

struct Scheme
{
    KeyOrigin origin;
    QString path;
};

Result<Scheme> schemeOption(const QCommandLineParser& p, const Options& o, KeyType type)
{
    QString s = p.value(o.scheme);
    if (s.isEmpty())
        s = type == KeyType::Secp256k1 ? QStringLiteral("ethereum") : QStringLiteral("substrate");
    Scheme out;
    if (s == QLatin1String("ethereum"))
        out.origin = KeyOrigin::Bip44Secp256k1;
    else if (s == QLatin1String("solana"))
        out.origin = KeyOrigin::Slip10Ed25519;
    else if (s == QLatin1String("substrate"))
        out.origin = KeyOrigin::SubstrateEd25519;
    else
        return Result<Scheme>::failure(
            Text::tr("Unknown scheme \"%1\"; use ethereum, solana or substrate.").arg(s));
    if ((out.origin == KeyOrigin::Bip44Secp256k1) != (type == KeyType::Secp256k1))
        return Result<Scheme>::failure(Text::tr("The %1 scheme makes %2 keys.")
                                           .arg(s, out.origin == KeyOrigin::Bip44Secp256k1
                                                       ? QStringLiteral("secp256k1")
                                                       : QStringLiteral("ed25519")));
    out.path = p.isSet(o.path) ? p.value(o.path) : KeyImport::defaultPath(out.origin);
    return out;
}

int addAndReport(Keystore& ks, NewKey key, const QCommandLineParser& p, const Options& o)
{
    Result<KeyInfo> added = ks.add(key.info, std::move(key.secret));
    if (!added) {
        err(added.error());
        return 1;
    }
    report(added.value(), p, o);
    return 0;
}

int newKey(const QCommandLineParser& p, const Options& o)
{
    Result<KeyType> type = typeOption(p, o);
    if (!type)
        return err(type.error()), 2;
    const int words = p.value(o.words).toInt();
    if (p.isSet(o.words) && words != 12 && words != 24)
        return err(Text::tr("--words takes 12 or 24.")), 2;
    if (p.isSet(o.words) && !p.isSet(o.mnemonicOut))
        return err(Text::tr("A new mnemonic must be kept: pass --mnemonic-out FILE (written with mode 0600). "
                            "Modreg never "
                            "prints it.")),
               2;
    Keystore ks(Keystore::defaultPath());
    if (Status opened = openKeystore(ks, p, o, true); !opened)
        return err(opened.error()), 1;
    if (!p.isSet(o.words))
        return addAndReport(ks, KeyMaker::random(type.value(), p.value(o.label)), p, o);

    Result<Scheme> scheme = schemeOption(p, o, type.value());
    if (!scheme)
        return err(scheme.error()), 2;
    const Mnemonic mnemonic = Mnemonic::generate(words);
    Result<NewKey> key = KeyMaker::fromMnemonic(mnemonic, scheme->origin, scheme->path, {}, p.value(o.label));
    if (!key)
        return err(key.error()), 1;
    if (Status written = KeyExport::save(p.value(o.mnemonicOut),
                                         mnemonic.phrase().toUnsafeQByteArray() + '\n', p.isSet(o.force));
        !written)
        return err(written.error()), 1;
    return addAndReport(ks, std::move(key).value(), p, o);
}

int importKey(const QCommandLineParser& p, const Options& o)
{
    Result<KeyImport::Kind> kind = KeyImport::fromId(p.value(o.from));
    if (!kind)
        return err(kind.error()), 2;
    if (!p.isSet(o.file))
        return err(Text::tr("Name the file to import with --file.")), 2;
    Result<QByteArray> content = readFile(p.value(o.file), KeyImport::kMaxContentBytes + 1); // +1: "too large"
    if (!content)
        return err(content.error()), 1;
    KeyImport::Request request;
    request.kind = kind.value();
    request.content = content.value();
    request.label = p.value(o.label);
    if (kind.value() == KeyImport::Kind::Mnemonic || kind.value() == KeyImport::Kind::Hex) {
        Result<KeyType> type = typeOption(p, o);
        if (!type)
            return err(type.error()), 2;
        request.type = type.value();
        if (kind.value() == KeyImport::Kind::Mnemonic) {
            Result<Scheme> scheme = schemeOption(p, o, type.value());
            if (!scheme)
                return err(scheme.error()), 2;
            request.scheme = scheme->origin;
            request.path = scheme->path;
        }
    }
    if (KeyImport::needsFilePassword(kind.value())) {
        Result<SecureBytes> pw =
            PasswordInput::read(Text::tr("Password of the key file: "), fdOption(p, o.filePasswordFd));
        if (!pw)
            return err(pw.error()), 1;
        request.filePassword = std::move(pw).value();
    }
    Result<NewKey> key = KeyImport::read(request);
    if (!key)
        return err(key.error()), 1;
    Keystore ks(Keystore::defaultPath());
    if (Status opened = openKeystore(ks, p, o, true); !opened)
        return err(opened.error()), 1;
    return addAndReport(ks, std::move(key).value(), p, o);
}

int listKeys(const QCommandLineParser& p, const Options& o)
{
    Keystore ks(Keystore::defaultPath());
    if (!ks.exists()) {
        if (p.isSet(o.json))
            outJson(QJsonArray());
        else
            out(Text::tr("No keys yet. Create one with: modreg keys new"));
        return 0;
    }
    if (Status opened = openKeystore(ks, p, o, false); !opened)
        return err(opened.error()), 1;
    const auto prefix = static_cast<quint16>(p.value(o.ss58Prefix).toUInt());
    QJsonArray all;
    for (const KeyInfo& k : ks.keys()) {
        if (p.isSet(o.json))
            all << describe(k, prefix);
        else
            printKey(k, prefix);
    }
    if (p.isSet(o.json))
        outJson(all);
    return 0;
}

int exportKey(const QCommandLineParser& p, const Options& o, const QString& name)
{
    Result<KeyExport::Format> format = KeyExport::fromId(p.value(o.format));
    if (!format)
        return err(format.error()), 2;
    if (!p.isSet(o.output))
        return err(Text::tr("Name the file to write with -o FILE; secrets are never printed.")), 2;
    Keystore ks(Keystore::defaultPath());
    if (Status opened = openKeystore(ks, p, o, false); !opened)
        return err(opened.error()), 1;
    Result<KeyInfo> info = findKey(ks, name);
    if (!info)
        return err(info.error()), 1;
    if (!KeyExport::formatsFor(info.value()).contains(format.value()))
        return err(KeyExport::write(ks, info->id, format.value(), {}).error()), 2;
    SecureBytes password;
    if (KeyExport::isEncrypted(format.value())) {
        Result<SecureBytes> pw = PasswordInput::readNew(Text::tr("Password for the exported file: "),
                                                        fdOption(p, o.filePasswordFd));
        if (!pw)
            return err(pw.error()), 1;
        password = std::move(pw).value();
    }
    Result<QByteArray> bytes = KeyExport::write(ks, info->id, format.value(), password);
    if (!bytes)
        return err(bytes.error()), 1;
    if (Status written = KeyExport::save(p.value(o.output), bytes.value(), p.isSet(o.force)); !written)
        return err(written.error()), 1;
    if (!p.isSet(o.json))
        out(Text::tr("Wrote %1 (mode 0600).").arg(p.value(o.output)));
    else
        outJson(QJsonObject{{QStringLiteral("written"), p.value(o.output)}});
    return 0;
}

Result<QByteArray> hashOption(const QCommandLineParser& p, const Options& o)
{
    QString h = p.value(o.hash);
    if (h.startsWith(QLatin1String("0x")))
        h = h.mid(2);
    const QByteArray bytes = QByteArray::fromHex(h.toLatin1());
    if (bytes.size() != 32 || bytes.toHex() != h.toLower().toLatin1())
        return Result<QByteArray>::failure(Text::tr("--hash takes 32 bytes as 0x + 64 hex digits."));
    return bytes;
}

int signMessage(const QCommandLineParser& p, const Options& o, const QString& name)
{
    Keystore ks(Keystore::defaultPath());
    if (Status opened = openKeystore(ks, p, o, false); !opened)
        return err(opened.error()), 1;
    Result<KeyInfo> info = findKey(ks, name);
    if (!info)
        return err(info.error()), 1;
    Result<QByteArray> signature =
        Result<QByteArray>::failure(Text::tr("Give what to sign: --message-file FILE (ed25519, or secp256k1 "
                                             "with --personal) or --hash HEX (secp256k1)."));
    if (p.isSet(o.messageFile)) {
        Result<QByteArray> message = readFile(p.value(o.messageFile));
        if (!message)
            return err(message.error()), 1;
        if (info->type == KeyType::Ed25519)
            signature = ks.signEd25519(info->id, message.value());
        else if (p.isSet(o.personal))
            signature = ks.personalSign(info->id, message.value());
        else
            signature = Result<QByteArray>::failure(Text::tr(
                "A secp256k1 key signs a 32-byte hash (--hash) or a message with --personal (EIP-191)."));
    } else if (p.isSet(o.hash)) {
        Result<QByteArray> hash = hashOption(p, o);
        signature = hash ? ks.signHash(info->id, hash.value()) : Result<QByteArray>::failure(hash.error());
    }
    if (!signature)
        return err(signature.error()), 1;
    const QString hex = hexText(signature.value());
    if (p.isSet(o.json))
        outJson(QJsonObject{{QStringLiteral("signature"), hex}, {QStringLiteral("key"), info->id}});
    else
        out(hex);
    return 0;
}

int verifySignature(const QCommandLineParser& p, const Options& o)
{
    Result<KeyIdentity::Parsed> key = KeyIdentity::parse(p.value(o.key));
    if (!key)
        return err(key.error()), 2;
    QString sigHex = p.value(o.signature);
    if (sigHex.startsWith(QLatin1String("0x")))
        sigHex = sigHex.mid(2);
    const QByteArray signature = QByteArray::fromHex(sigHex.toLatin1());
    QByteArray message;
    if (p.isSet(o.messageFile)) {
        Result<QByteArray> m = readFile(p.value(o.messageFile));
        if (!m)
            return err(m.error()), 1;
        message = m.value();
    }
    bool valid = false;
    switch (key->form) {
    case KeyIdentity::Form::Ss58:
    case KeyIdentity::Form::Solana:
        valid = ed25519::verify(key->registryKey, message, signature);
        break;
    case KeyIdentity::Form::EthereumAddress:
    case KeyIdentity::Form::Secp256k1PublicKey: {
        QByteArray digest;
        if (p.isSet(o.personal)) {
            digest = secp256k1::personalMessageHash(message);
        } else {
            Result<QByteArray> h = hashOption(p, o);
            if (!h)
                return err(h.error()), 2;
            digest = h.value();
        }
        Result<QByteArray> recovered = secp256k1::recoverPublicKey(digest, signature);
        valid = recovered && (key->form == KeyIdentity::Form::EthereumAddress
                                  ? ethereum::addressOf(recovered.value()) == key->registryKey
                                  : secp256k1::verify(key->registryKey, digest, signature));
        break;
    }
    }
    if (p.isSet(o.json))
        outJson(QJsonObject{{QStringLiteral("valid"), valid}});
    else
        out(valid ? Text::tr("valid") : Text::tr("INVALID"));
    return valid ? 0 : 1;
}

} // namespace

int runKeysCommand(const QStringList& arguments)
{
    Options o;
    QCommandLineParser p;
    p.setApplicationDescription(
        Text::tr("Manage the keys in Modreg's encrypted keystore (%1).\n\n"
                 "  modreg keys new [--type ed25519|secp256k1] [--words 12|24 --mnemonic-out FILE] [--scheme "
                 "S] [--path P]\n"
                 "  modreg keys import --from mnemonic|hex|solana-keypair|ethereum-keystore|polkadot-json "
                 "--file FILE\n"
                 "  modreg keys list\n"
                 "  modreg keys export KEY --format F -o FILE\n"
                 "  modreg keys sign KEY (--message-file FILE [--personal] | --hash HEX)\n"
                 "  modreg keys verify --key KEY --signature HEX (--message-file FILE [--personal] | --hash "
                 "HEX)\n\n"
                 "Passwords are asked on the terminal, or read from a file descriptor (--password-fd N); "
                 "never from the "
                 "command line.")
            .arg(Keystore::defaultPath()));
    o.testKdf.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOptions({o.json,       o.label,          o.type,        o.words,  o.mnemonicOut, o.scheme,
                  o.path,       o.from,           o.file,        o.format, o.output,      o.force,
                  o.passwordFd, o.filePasswordFd, o.messageFile, o.hash,   o.personal,    o.signature,
                  o.key,        o.ss58Prefix,     o.testKdf});
    p.addHelpOption();
    if (!p.parse(arguments)) {
        err(p.errorText());
        return 2;
    }
    const QStringList rest = p.positionalArguments(); // "keys", action, [key]
    const QString action = rest.value(1);
    if (p.isSet(QStringLiteral("help")) || action.isEmpty()) {
        out(p.helpText());
        return action.isEmpty() && !p.isSet(QStringLiteral("help")) ? 2 : 0;
    }
    if (action == QLatin1String("new"))
        return newKey(p, o);
    if (action == QLatin1String("import"))
        return importKey(p, o);
    if (action == QLatin1String("list"))
        return listKeys(p, o);
    if (action == QLatin1String("verify"))
        return verifySignature(p, o);
    if ((action == QLatin1String("export") || action == QLatin1String("sign")) && rest.size() < 3)
        return err(Text::tr("Name the key: modreg keys %1 KEY (its label or id).").arg(action)), 2;
    if (action == QLatin1String("export"))
        return exportKey(p, o, rest.value(2));
    if (action == QLatin1String("sign"))
        return signMessage(p, o, rest.value(2));
    err(Text::tr("Unknown keys action \"%1\". Use: new, import, list, export, sign or verify.").arg(action));
    return 2;
}

} // namespace modreg::cli
