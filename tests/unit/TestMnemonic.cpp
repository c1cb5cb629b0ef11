#include "ReferenceVectors.h"
#include "crypto/Mnemonic.h"

using namespace modreg;

class TestMnemonic : public QObject
{
    Q_OBJECT

    static QByteArray bytes(const SecureBytes& s) { return s.toUnsafeQByteArray(); }

private slots:
    void agreesWithTheBip39Library()
    {
        const QJsonArray vectors = referenceVectors("bip39", 60);
        QVERIFY(vectors.size() >= 60);
        int official = 0;
        for (const QJsonValue& v : vectors) {
            const QJsonObject o = v.toObject();
            const QString phrase = o[QLatin1String("mnemonic")].toString();
            const auto m = Mnemonic::parse(phrase);
            QVERIFY2(m.ok(), qPrintable(m.error()));
            QCOMPARE(bytes(m->entropy()).toHex(), o[QLatin1String("entropy")].toString().toLatin1());
            QCOMPARE(bytes(m->seed()).toHex(), o[QLatin1String("seed")].toString().toLatin1());
            QCOMPARE(bytes(m->seed(o[QLatin1String("passphrase")].toString())).toHex(),
                     o[QLatin1String("seedWithPassphrase")].toString().toLatin1());
            // And the other way: entropy → words.
            const Mnemonic rebuilt =
                Mnemonic::fromEntropy(SecureBytes::fromQByteArray(fromHex(o[QLatin1String("entropy")])));
            QCOMPARE(QString::fromUtf8(bytes(rebuilt.phrase())), phrase);
            QCOMPARE(rebuilt.wordCount(), static_cast<int>(phrase.split(QLatin1Char(' ')).size()));
            official += o[QLatin1String("official")].toBool();
        }
        QCOMPARE(official, 11);
    }

    void theFirstOfficialVectorAsPublished()
    {
        // BIP-0039's first test vector (Trezor vectors.json), as published.
        const auto m = Mnemonic::parse(QStringLiteral(
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"));
        QVERIFY(m.ok());
        QCOMPARE(
            bytes(m->seed(QStringLiteral("TREZOR"))).toHex(),
            QByteArray(
                "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92"
                "f2cf141630c7a3c4ab7c81b2f001698e7463b04"));
    }

    void generatedPhrasesHaveTheRightLengthAndParseBack()
    {
        for (int words : {12, 24}) {
            const Mnemonic m = Mnemonic::generate(words);
            QCOMPARE(m.wordCount(), words);
            QCOMPARE(m.entropy().size(), static_cast<std::size_t>(words == 12 ? 16 : 32));
            const auto back = Mnemonic::parse(QString::fromUtf8(bytes(m.phrase())));
            QVERIFY(back.ok());
            QVERIFY(back->entropy() == m.entropy());
            QVERIFY(!m.word(words - 1).isEmpty());
        }
        QVERIFY(!(Mnemonic::generate(12).entropy() == Mnemonic::generate(12).entropy()));
    }

    void caseAndSpacingDoNotMatter()
    {
        const auto m = Mnemonic::parse(QStringLiteral("  Abandon abandon\tABANDON abandon abandon abandon "
                                                      "abandon abandon abandon abandon abandon   about\n"));
        QVERIFY2(m.ok(), qPrintable(m.error()));
    }

    void badPhrasesSayWhatIsWrong()
    {
        auto r = Mnemonic::parse(QStringLiteral("abandon abandon abandon abandon abandon abandonx abandon "
                                                "abandon abandon abandon abandon about"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("Word 6 is not")), qPrintable(r.error()));
        // A misspelt word is still most of a secret word: the sentence never repeats it.
        QVERIFY2(!r.error().contains(QLatin1String("abandonx")), qPrintable(r.error()));

        r = Mnemonic::parse(QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon "
                                           "abandon abandon abandon abandon"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("checksum")), qPrintable(r.error()));

        r = Mnemonic::parse(QStringLiteral("abandon about"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("24 words, not 2.")), qPrintable(r.error()));
    }
};

QTEST_GUILESS_MAIN(TestMnemonic)
#include "TestMnemonic.moc"
