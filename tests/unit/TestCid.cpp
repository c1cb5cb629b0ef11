#include "ReferenceVectors.h"
#include "ipfs/Cid.h"
#include "ipfs/IpfsPath.h"
#include "ipfs/Varint.h"

using namespace modreg;

class TestCid : public QObject
{
    Q_OBJECT
private slots:
    void agreesWithMultiformats()
    {
        const QJsonArray vectors = referenceVectors("cids", 40);
        QCOMPARE(vectors.size(), 40 * 6);
        for (const QJsonValue& v : vectors) {
            const QJsonObject o = v.toObject();
            const QByteArray block = fromHex(o[QLatin1String("block")]);
            const QByteArray bytes = fromHex(o[QLatin1String("bytes")]);
            for (const char* base : {"base32", "base36", "base58btc"}) {
                const auto cid = Cid::parse(o[QLatin1String(base)].toString());
                QVERIFY2(cid.ok(), qPrintable(cid.error()));
                QCOMPARE(cid->bytes(), bytes);
                QCOMPARE(Cid::codecName(cid->codec()), o[QLatin1String("codec")].toString());
                QVERIFY(cid->matches(block));
                QVERIFY(!cid->matches(block + 'x'));
            }
            const Cid cid = Cid::fromBytes(bytes).value();
            QCOMPARE(cid.toString(), o[QLatin1String("base32")].toString());
            QCOMPARE(cid.toString(Multibase::Base::Base36), o[QLatin1String("base36")].toString());
            QCOMPARE(cid.toString(Multibase::Base::Base58Btc), o[QLatin1String("base58btc")].toString());
            if (!o[QLatin1String("identity")].toBool())
                QCOMPARE(Cid::forBlock(cid.codec(), block), cid);
            if (o[QLatin1String("v0")].isString()) {
                const QString v0text = o[QLatin1String("v0")].toString();
                QCOMPARE(cid.toV0().value().toString(), v0text);
                const Cid v0 = Cid::parse(v0text).value();
                QCOMPARE(v0.version(), 0);
                QCOMPARE(v0.toV1(), cid);
                QCOMPARE(Cid::forBlock(Cid::Codec::DagPb, block, 0), v0);
            } else {
                QVERIFY(!cid.toV0().ok());
            }
        }
    }

    void badCidsSayWhy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        // sha2-512 (0x13): a real multihash, but not one Modreg can verify.
        const QByteArray sha512 =
            QByteArray::fromHex("0155") + varint::encode(0x13) + varint::encode(64) + QByteArray(64, 'a');
        QTest::newRow("unknown hash") << Multibase::encode(sha512, Multibase::Base::Base32) << "0x13";
        const QByteArray cbor2 = QByteArray::fromHex("01") + varint::encode(0x9999) +
                                 QByteArray::fromHex("1220") + QByteArray(32, 'a');
        QTest::newRow("unknown codec") << Multibase::encode(cbor2, Multibase::Base::Base32) << "0x9999";
        const QByteArray shortDigest = QByteArray::fromHex("01551220") + QByteArray(31, 'a');
        QTest::newRow("truncated digest")
            << Multibase::encode(shortDigest, Multibase::Base::Base32) << "32 bytes but 31";
        const QByteArray v2 = QByteArray::fromHex("02551220") + QByteArray(32, 'a');
        QTest::newRow("version 2") << Multibase::encode(v2, Multibase::Base::Base32) << "version 2";
        QTest::newRow("unknown base") << QStringLiteral("mAXASI") << "multibase prefix";
        QTest::newRow("upper case base32")
            << QStringLiteral("bAFKREIHDWDCEFGH4DQKJV67UZCMW7OJEE6XEDZDETOJUZJEVTENXQUVYKU") << "base32";
        QTest::newRow("bad v0") << QStringLiteral("Qm0000000000000000000000000000000000000000000O")
                                << "version 0";
        QTest::newRow("empty") << QString() << "empty";
        QTest::newRow("not a cid") << QStringLiteral("hello world") << "not a CID";
    }
    void badCidsSayWhy()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto cid = Cid::parse(text);
        QVERIFY2(!cid.ok(), qPrintable(text));
        QVERIFY2(cid.error().contains(mentions), qPrintable(cid.error()));
    }

    void varintsAreMinimalAndBounded()
    {
        for (quint64 v : {quint64(0), quint64(127), quint64(128), quint64(0x0129), quint64(1) << 62}) {
            const QByteArray e = varint::encode(v);
            qsizetype pos = 0;
            QCOMPARE(varint::decode(e, pos).value(), v);
            QCOMPARE(pos, e.size());
        }
        qsizetype pos = 0;
        QVERIFY(!varint::decode(QByteArray::fromHex("8000"), pos)); // 0 written in two bytes
        pos = 0;
        QVERIFY(!varint::decode(QByteArray(10, '\x80'), pos)); // longer than 9 bytes
        pos = 0;
        QVERIFY(!varint::decode(QByteArray::fromHex("80"), pos)); // truncated
    }

    // A path written out reads back as the same path (FuzzCid found a name ending in a line break
    // that came back without it); a name with a control character is refused; a text longer than
    // any CID is refused before it is decoded.
    void pathsReadBackAndRefuseControlCharacters()
    {
        const QString cid = QStringLiteral("bafybeib6xynvs5rkdsacbqpp4n2h3ud7byygc7wwbnhguw7oc23ouqq52a");
        const IpfsPath spaced = IpfsPath::parse(QStringLiteral("/ipfs/%1/docs/read me ").arg(cid) + QStringLiteral("/")).value();
        QCOMPARE(spaced.segments, (QStringList{QStringLiteral("docs"), QStringLiteral("read me ")}));
        QCOMPARE(IpfsPath::parse(spaced.toString()).value().segments, spaced.segments);
        const Result<IpfsPath> broken = IpfsPath::parse(QStringLiteral("/ipfs/%1/d/rf\n/").arg(cid));
        QVERIFY2(broken.error().contains(QLatin1String("control characters")), qPrintable(broken.error()));
        QVERIFY(Cid::parse(QString(400, QLatin1Char('z'))).error().contains(QLatin1String("at most 300")));
    }
};

QTEST_GUILESS_MAIN(TestCid)
#include "TestCid.moc"
