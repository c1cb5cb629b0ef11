#include "cli/Commands.h"

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
    QCommandLineOption label{QStringLiteral("label"), Text::tr("The key's name."), QStringLiteral("name")};
    QCommandLineOption type{QStringLiteral("type"), Text::tr("ed25519 or secp256k1 (default: the type --scheme makes, else ed25519)."),
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
    QCommandLineOption testKdf = hidden(QCommandLineOption{QStringLiteral("insecure-test-kdf"), QString()});

    static QCommandLineOption hidden(QCommandLineOption option)
    {
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        return option;
    }
};

const Options& options()
{
    static const Options o;
    return o;
}

int fdOption(const Invocation& p, const QCommandLineOption& o)
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

Status openKeystore(Keystore& ks, const Invocation& p, bool createIfMissing)
{
    const Options& o = options();
    return cli::openKeystore(ks, p.passwordFd(), createIfMissing,
                             p.isSet(o.testKdf) ? KdfLimits::forTestsOnly() : KdfLimits::moderate());
}

QJsonObject describe(const KeyInfo& k, quint16 prefix)
{
    QJsonObject identities;
    for (const KeyIdentity::Entry& e : KeyIdentity::of(k.type, k.publicKey, prefix))
        identities[e.id] = e.text;
    return {{QStringLiteral("id"), k.id},
            {QStringLiteral("label"), k.label},
            {QStringLiteral("type"), keyTypeName(k.type)},
            {QStringLiteral("origin"), keyOriginId(k.origin)},
            {QStringLiteral("path"), k.derivationPath},
            {QStringLiteral("created"), k.created.toString(Qt::ISODate)},
            {QStringLiteral("hasMnemonic"), k.hasMnemonic},
            {QStringLiteral("identities"), identities}};
}

void printKey(const KeyInfo& k, quint16 prefix)
{
    out(QStringLiteral("%1  (%2, %3)").arg(k.label, keyTypeName(k.type), k.id));
    out(Text::tr("  origin: %1").arg(keyOriginText(k)));
    for (const KeyIdentity::Entry& e : KeyIdentity::of(k.type, k.publicKey, prefix))
        out(QStringLiteral("  %1: %2").arg(e.name, e.text));
}

void report(const KeyInfo& k, const Invocation& p)
{
    const Options& o = options();
    const auto prefix = static_cast<quint16>(p.value(o.ss58Prefix).toUInt());
    if (p.json())
        outJson(describe(k, prefix));
    else
        printKey(k, prefix);
}

Result<KeyType> typeOption(const Invocation& p)
{
    const Options& o = options();
    // Without --type, the key type follows from --scheme (an Ethereum key is secp256k1).
    QString t = p.value(o.type);
    if (t.isEmpty())
        t = p.value(o.scheme) == QLatin1String("ethereum") ? QStringLiteral("secp256k1") : QStringLiteral("ed25519");
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

Result<Scheme> schemeOption(const Invocation& p, KeyType type)
{
    const Options& o = options();
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

int addAndReport(Keystore& ks, NewKey key, const Invocation& p)
{
    Result<KeyInfo> added = ks.add(key.info, std::move(key.secret));
    if (!added) {
        err(added.error());
        return 1;
    }
    report(added.value(), p);
    return 0;
}

int newKey(const Invocation& p)
{
    const Options& o = options();
    Result<KeyType> type = typeOption(p);
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
    if (Status opened = openKeystore(ks, p, true); !opened)
        return err(opened.error()), 1;
    if (!p.isSet(o.words))
        return addAndReport(ks, KeyMaker::random(type.value(), p.value(o.label)), p);

    Result<Scheme> scheme = schemeOption(p, type.value());
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
    return addAndReport(ks, std::move(key).value(), p);
}

int importKey(const Invocation& p)
{
    const Options& o = options();
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
        Result<KeyType> type = typeOption(p);
        if (!type)
            return err(type.error()), 2;
        request.type = type.value();
        if (kind.value() == KeyImport::Kind::Mnemonic) {
            Result<Scheme> scheme = schemeOption(p, type.value());
            if (!scheme)
                return err(scheme.error()), 2;
            request.scheme = scheme->origin;
            request.path = scheme->path;
        }
    }
    if (KeyImport::needsFilePassword(kind.value())) {
        Result<SecureBytes> pw =
            PasswordInput::read(Text::tr("Password of the key file: "), fdOption(p, options().filePasswordFd));
        if (!pw)
            return err(pw.error()), 1;
        request.filePassword = std::move(pw).value();
    }
    Result<NewKey> key = KeyImport::read(request);
    if (!key)
        return err(key.error()), 1;
    Keystore ks(Keystore::defaultPath());
    if (Status opened = openKeystore(ks, p, true); !opened)
        return err(opened.error()), 1;
    return addAndReport(ks, std::move(key).value(), p);
}

int listKeys(const Invocation& p)
{
    const Options& o = options();
    Keystore ks(Keystore::defaultPath());
    if (!ks.exists()) {
        if (p.json())
            outJson(QJsonArray());
        else
            out(Text::tr("No keys yet. Create one with: modreg keys new"));
        return 0;
    }
    if (Status opened = openKeystore(ks, p, false); !opened)
        return err(opened.error()), 1;
    const auto prefix = static_cast<quint16>(p.value(o.ss58Prefix).toUInt());
    QJsonArray all;
    for (const KeyInfo& k : ks.keys()) {
        if (p.json())
            all << describe(k, prefix);
        else
            printKey(k, prefix);
    }
    if (p.json())
        outJson(all);
    return 0;
}

int exportKey(const Invocation& p, const QString& name)
{
    const Options& o = options();
    Result<KeyExport::Format> format = KeyExport::fromId(p.value(o.format));
    if (!format)
        return err(format.error()), 2;
    if (!p.isSet(o.output))
        return err(Text::tr("Name the file to write with -o FILE; secrets are never printed.")), 2;
    Keystore ks(Keystore::defaultPath());
    if (Status opened = openKeystore(ks, p, false); !opened)
        return err(opened.error()), 1;
    Result<KeyInfo> info = findKey(ks, name);
    if (!info)
        return err(info.error()), 1;
    if (!KeyExport::formatsFor(info.value()).contains(format.value()))
        return err(KeyExport::write(ks, info->id, format.value(), {}).error()), 2;
    SecureBytes password;
    if (KeyExport::isEncrypted(format.value())) {
        Result<SecureBytes> pw = PasswordInput::readNew(Text::tr("Password for the exported file: "),
                                                        fdOption(p, options().filePasswordFd));
        if (!pw)
            return err(pw.error()), 1;
        password = std::move(pw).value();
    }
    Result<QByteArray> bytes = KeyExport::write(ks, info->id, format.value(), password);
    if (!bytes)
        return err(bytes.error()), 1;
    if (Status written = KeyExport::save(p.value(o.output), bytes.value(), p.isSet(o.force)); !written)
        return err(written.error()), 1;
    if (!p.json())
        out(Text::tr("Wrote %1 (mode 0600).").arg(p.value(o.output)));
    else
        outJson(QJsonObject{{QStringLiteral("written"), p.value(o.output)}});
    return 0;
}

Result<QByteArray> hashOption(const Invocation& p)
{
    const Options& o = options();
    QString h = p.value(o.hash);
    if (h.startsWith(QLatin1String("0x")))
        h = h.mid(2);
    const QByteArray bytes = QByteArray::fromHex(h.toLatin1());
    if (bytes.size() != 32 || bytes.toHex() != h.toLower().toLatin1())
        return Result<QByteArray>::failure(Text::tr("--hash takes 32 bytes as 0x + 64 hex digits."));
    return bytes;
}

int signMessage(const Invocation& p, const QString& name)
{
    const Options& o = options();
    Keystore ks(Keystore::defaultPath());
    if (Status opened = openKeystore(ks, p, false); !opened)
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
        Result<QByteArray> hash = hashOption(p);
        signature = hash ? ks.signHash(info->id, hash.value()) : Result<QByteArray>::failure(hash.error());
    }
    if (!signature)
        return err(signature.error()), 1;
    const QString hex = hexText(signature.value());
    if (p.json())
        outJson(QJsonObject{{QStringLiteral("signature"), hex}, {QStringLiteral("key"), info->id}});
    else
        out(hex);
    return 0;
}

int verifySignature(const Invocation& p)
{
    const Options& o = options();
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
            Result<QByteArray> h = hashOption(p);
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
    if (p.json())
        outJson(QJsonObject{{QStringLiteral("valid"), valid}});
    else
        out(valid ? Text::tr("valid") : Text::tr("INVALID"));
    return valid ? 0 : 1;
}

} // namespace

QList<Command> keysCommands()
{
    const Options& o = options();
    const QString passwords = Text::tr("Passwords are asked on the terminal, or read from a file descriptor "
                                       "(--password-fd N); never from the command line. The keystore is %1.")
                                  .arg(Keystore::defaultPath());
    const auto command = [&](const char* name, const QString& arguments, const QString& summary,
                             QList<QCommandLineOption> own, std::function<int(const Invocation&)> run) {
        Command c;
        c.name = QLatin1String(name);
        c.arguments = arguments;
        c.summary = summary;
        c.description = passwords;
        c.shared = Command::Json | Command::PasswordFd;
        c.options = own << o.testKdf;
        c.minArgs = c.maxArgs = arguments.isEmpty() ? 0 : 1;
        c.run = std::move(run);
        return c;
    };
    QList<Command> all{
        command("keys new", {}, Text::tr("Make a key: random, or from a new mnemonic of 12 or 24 words."),
                {o.label, o.type, o.words, o.mnemonicOut, o.scheme, o.path, o.force, o.ss58Prefix}, newKey),
        command("keys import", {},
                Text::tr("Import a key: a mnemonic, a hex secret, a Solana keypair, an Ethereum keystore or "
                         "polkadot.js account JSON."),
                {o.from, o.file, o.label, o.type, o.scheme, o.path, o.filePasswordFd, o.ss58Prefix}, importKey),
        command("keys list", {}, Text::tr("Every key of the keystore with its identities."), {o.ss58Prefix}, listKeys),
        command("keys export", QStringLiteral("KEY"),
                Text::tr("Write a key to a file in another wallet's format (never to the terminal)."),
                {o.format, o.output, o.force, o.filePasswordFd},
                [](const Invocation& p) { return exportKey(p, p.args()[0]); }),
        command("keys sign", QStringLiteral("KEY"), Text::tr("Sign a message or a 32-byte hash with a key."),
                {o.messageFile, o.hash, o.personal}, [](const Invocation& p) { return signMessage(p, p.args()[0]); }),
        command("keys verify", {}, Text::tr("Check a signature against a registry key; needs no keystore."),
                {o.key, o.signature, o.messageFile, o.hash, o.personal}, verifySignature),
    };
    all.last().shared = Command::Json;
    all.last().options.removeLast(); // no keystore, no KDF
    return all;
}

} // namespace modreg::cli
