// What the syncer does with each fetched metadata document before the store sees it: check the
// bytes against the CID, parse, validate, and check the signature against the registry key
// (Syncer::judge). BenchSearch's ingest hands the store documents already judged, so this is the
// other half of a first sync's cost per module. Reference in the same run, on the same messages: the
// signature check alone (libsodium's crypto_sign_verify_detached for ed25519; for an Ethereum
// address, EIP-191 hashing and libsecp256k1's public key recovery), and libsodium's sha256 over the
// same bytes.
//
// Usage: BenchJudge [documents per key type, default 4000]
#include "crypto/Ed25519.h"
#include "crypto/Secp256k1.h"
#include "ipfs/Cid.h"
#include "metadata/ModuleMetadata.h"
#include "registry/Syncer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <sodium.h>

using namespace modreg;

namespace {

struct Signed
{
    QString cid;
    QByteArray bytes;   // the document as IPFS holds it
    QByteArray message; // what the signature covers
    QByteArray publicKey;
    QByteArray sig;
};

// Documents of the size and shape BenchSearch makes (about 500 bytes), each signed by its own key.
QList<Signed> makeDocuments(int count, ModuleKey::Type type, QRandomGenerator& rng)
{
    static const QStringList words = {QStringLiteral("model"),     QStringLiteral("text"),
                                      QStringLiteral("vision"),    QStringLiteral("audio"),
                                      QStringLiteral("summarize"), QStringLiteral("translate"),
                                      QStringLiteral("classify"),  QStringLiteral("embedding")};
    const auto some = [&](int n) {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out << words[static_cast<int>(rng.bounded(words.size()))] + QString::number(rng.bounded(40000));
        return out;
    };
    QList<Signed> out;
    for (int i = 0; i < count; ++i) {
        ModuleMetadata m;
        m.name = some(2).join(QLatin1Char('-'));
        m.version = QStringLiteral("1.0.0");
        m.author = QStringLiteral("author%1").arg(rng.bounded(5000));
        m.description = some(20).join(QLatin1Char(' '));
        m.tags = some(2);
        m.entrypoint = QStringLiteral("python main.py");
        m.created = QStringLiteral("2026-11-22T18:00:00Z");
        m.cid = Cid::forBlock(Cid::Codec::Raw, m.name.toUtf8()).toString();
        m.custom = {{"notes", some(3).join(QLatin1Char(' ')).toStdString()}};
        ModuleSignature s;
        if (type == ModuleKey::Type::Ed25519) {
            const SecureBytes seed = ed25519::randomSeed();
            s.type = ModuleSignature::Type::Ed25519;
            s.publicKey = ed25519::publicKeyOf(seed);
            m.key = ModuleKey::of(type, s.publicKey);
            s.sig = ed25519::sign(seed, m.signingBytes());
        } else {
            const SecureBytes secret = secp256k1::randomSecretKey();
            s.type = ModuleSignature::Type::Secp256k1;
            s.publicKey = secp256k1::publicKeyOf(secret);
            m.key = ModuleKey::of(type, s.publicKey);
            s.sig = secp256k1::personalSign(secret, m.signingBytes());
        }
        const QByteArray message = m.signingBytes();
        m.signature = s;
        const QByteArray bytes = m.documentBytes();
        out << Signed{Cid::forBlock(Cid::Codec::Raw, bytes).toString(), bytes, message, s.publicKey, s.sig};
    }
    return out;
}

double microsEach(const QElapsedTimer& t, qsizetype count)
{
    return static_cast<double>(t.nsecsElapsed()) / 1000.0 / static_cast<double>(count);
}

// Times Syncer::judge with the CID check before it, as a fetch has it. Returns µs per document;
// fails the run if any document is judged invalid (the figures would then time the wrong path).
double timeJudge(const QList<Signed>& documents)
{
    QElapsedTimer t;
    t.start();
    int valid = 0;
    for (const Signed& d : documents) {
        const Result<Cid> cid = Cid::parse(d.cid);
        if (cid && cid.value().matches(d.bytes) && Syncer::judge(d.cid, d.bytes).document)
            ++valid;
    }
    const double each = microsEach(t, documents.size());
    if (valid != documents.size()) {
        std::fprintf(stderr, "only %d of %lld documents were judged valid; the first: %s\n", valid,
                     static_cast<long long>(documents.size()),
                     qPrintable(Syncer::judge(documents[0].cid, documents[0].bytes).reason));
        std::exit(1);
    }
    return each;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 4000;
    QRandomGenerator rng(11);
    double cheapest = 1e9; // µs: the faster key type's signature check

    std::printf("per document, %d documents per key type, one core (µs):\n", n);
    std::printf("%-18s %9s %12s %18s %10s %18s\n", "key type", "judge", "signature", "judge ÷ signature",
                "sha256", "judged/s, one core");
    for (const ModuleKey::Type type : {ModuleKey::Type::Ed25519, ModuleKey::Type::EthereumAddress}) {
        const QList<Signed> documents = makeDocuments(n, type, rng);
        (void)timeJudge(documents.mid(0, std::min<qsizetype>(200, documents.size()))); // warm up
        const double judge = timeJudge(documents);

        // The primitive alone, on the same messages: what any verifier of these signatures pays.
        QElapsedTimer t;
        t.start();
        int good = 0;
        for (const Signed& d : documents) {
            if (type == ModuleKey::Type::Ed25519)
                good += crypto_sign_verify_detached(
                            reinterpret_cast<const unsigned char*>(d.sig.constData()),
                            reinterpret_cast<const unsigned char*>(d.message.constData()),
                            static_cast<unsigned long long>(d.message.size()),
                            reinterpret_cast<const unsigned char*>(d.publicKey.constData())) == 0;
            else
                good += secp256k1::recoverPersonalSigner(d.message, d.sig).ok();
        }
        const double signature = microsEach(t, documents.size());

        t.restart();
        unsigned char digest[crypto_hash_sha256_BYTES];
        for (const Signed& d : documents)
            crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(d.bytes.constData()),
                               static_cast<unsigned long long>(d.bytes.size()));
        const double sha = microsEach(t, documents.size());
        if (good != documents.size()) {
            std::fprintf(stderr, "the reference refused %d signatures\n",
                         static_cast<int>(documents.size()) - good);
            return 1;
        }
        std::printf("%-18s %9.1f %12.1f %17.2f× %10.2f %18.0f\n", qPrintable(ModuleKey::typeName(type)),
                    judge, signature, judge / signature, sha, 1e6 / judge);
        cheapest = std::min(cheapest, signature);
    }
    std::printf("(signature: crypto_sign_verify_detached for ed25519, secp256k1 public key recovery "
                "for EIP-191 signatures; sha256: libsodium over the same bytes)\n");
    // The ingest goal against the cheapest signature check alone, on every core this machine has.
    const int cores = std::max(1, QThread::idealThreadCount());
    std::printf("At 50,000 modules/s each module may take %d µs of CPU on this machine's %d cores, for "
                "everything; the cheapest signature check alone takes %.1f µs (%.1f× that budget).\n",
                1000000 * cores / 50000, cores, cheapest, cheapest / (1000000.0 * cores / 50000));
    return 0;
}
