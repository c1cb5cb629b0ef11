#include "crypto/Ed25519.h"
#include "crypto/Hashes.h"
#include "crypto/Secp256k1.h"

#include <QTest>

using namespace modreg;

class TestSignatures : public QObject
{
    Q_OBJECT
private slots:
    void ed25519SignsAndDetectsTampering()
    {
        const SecureBytes seed = ed25519::randomSeed();
        const QByteArray pub = ed25519::publicKeyOf(seed);
        const QByteArray msg("module metadata");
        QByteArray sig = ed25519::sign(seed, msg);
        QCOMPARE(sig.size(), 64);
        QVERIFY(ed25519::verify(pub, msg, sig));
        QVERIFY(!ed25519::verify(pub, msg + ' ', sig));
        sig[10] = static_cast<char>(sig[10] ^ 1);
        QVERIFY(!ed25519::verify(pub, msg, sig));
        QVERIFY(!ed25519::verify(pub.left(31), msg, sig));
    }

    void secp256k1SignaturesAreLowSAndRecoverable()
    {
        // secp256k1's group order n; low-S means s <= n/2.
        const QByteArray halfOrder =
            QByteArray::fromHex("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");
        for (int i = 0; i < 50; ++i) {
            const SecureBytes secret = secp256k1::randomSecretKey();
            const QByteArray pub = secp256k1::publicKeyOf(secret);
            const QByteArray digest = hash::keccak256(QByteArray::number(i));
            const QByteArray sig = secp256k1::signRecoverable(secret, digest);
            QCOMPARE(sig.size(), 65);
            QVERIFY(sig.mid(32, 32) <= halfOrder);
            QVERIFY(static_cast<unsigned char>(sig[64]) <= 1);
            QVERIFY(secp256k1::verify(pub, digest, sig));
            QCOMPARE(secp256k1::recoverPublicKey(digest, sig).value(), pub);
            QVERIFY(!secp256k1::verify(pub, hash::keccak256("other"), sig));
        }
    }

    void highSSignaturesAreRejected()
    {
        const SecureBytes secret = secp256k1::randomSecretKey();
        const QByteArray pub = secp256k1::publicKeyOf(secret);
        const QByteArray digest = hash::keccak256("x");
        QByteArray sig = secp256k1::signRecoverable(secret, digest);
        // s' = n - s, with v flipped, is the same signature in its high-S form.
        const QByteArray n =
            QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
        int borrow = 0;
        QByteArray highS(32, '\0');
        for (int i = 31; i >= 0; --i) {
            int d = static_cast<unsigned char>(n[i]) - static_cast<unsigned char>(sig[32 + i]) - borrow;
            borrow = d < 0;
            highS[i] = static_cast<char>(d + (borrow ? 256 : 0));
        }
        sig.replace(32, 32, highS);
        sig[64] = static_cast<char>(sig[64] ^ 1);
        QVERIFY(!secp256k1::verify(pub, digest, sig));
    }

    void invalidSecretKeysAreRecognised()
    {
        QVERIFY(!secp256k1::isValidSecretKey(SecureBytes(32)));                                     // zero
        QVERIFY(!secp256k1::isValidSecretKey(SecureBytes::fromQByteArray(QByteArray(32, '\xff')))); // >= n
        QVERIFY(!secp256k1::isValidSecretKey(SecureBytes(31)));
        QVERIFY(secp256k1::isValidSecretKey(secp256k1::randomSecretKey()));
    }

    void malformedSignaturesDoNotRecover()
    {
        const auto r = secp256k1::recoverPublicKey(QByteArray(32, 'a'), QByteArray(65, '\0'));
        QVERIFY(!r.ok());
        QVERIFY(!r.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSignatures)
#include "TestSignatures.moc"
