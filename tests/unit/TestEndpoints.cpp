#include "settings/Endpoints.h"

#include <QTest>

using modreg::Endpoints;

class TestEndpoints : public QObject
{
    Q_OBJECT

    static Endpoints good()
    {
        Endpoints e;
        e.ipfsApi = QUrl(QStringLiteral("http://127.0.0.1:5001"));
        e.gateways = {QUrl(QStringLiteral("https://gateway.example")),
                      QUrl(QStringLiteral("http://127.0.0.1:8080"))};
        e.chainRpc = QUrl(QStringLiteral("ws://127.0.0.1:8546"));
        e.registryAddress = QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3");
        return e;
    }

private slots:
    void usableEndpointsHaveNoProblems() { QCOMPARE(good().problems(), QStringList()); }

    void emptyRegistryAddressIsAllowedBeforeDeployment()
    {
        Endpoints e = good();
        e.registryAddress.clear();
        QVERIFY(e.problems().isEmpty());
    }

    void eachBadFieldGetsItsOwnSentence_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("ipfs not a url") << "ipfs"
                                        << "localhost5001"
                                        << "IPFS API URL";
        QTest::newRow("ipfs ftp") << "ipfs"
                                  << "ftp://127.0.0.1:5001"
                                  << "IPFS API URL";
        QTest::newRow("gateway file") << "gateway"
                                      << "file:///etc/passwd"
                                      << "file:///etc/passwd";
        QTest::newRow("rpc missing host") << "rpc"
                                          << "http://"
                                          << "chain RPC URL";
        QTest::newRow("rpc wrong scheme") << "rpc"
                                          << "tcp://127.0.0.1:8545"
                                          << "chain RPC URL";
        QTest::newRow("address short") << "address"
                                       << "0x1234"
                                       << "40 hexadecimal";
        QTest::newRow("address not hex") << "address"
                                         << "0xZZbDB2315678afecb367f032d93F642f64180aa3"
                                         << "40 hexadecimal";
    }
    void eachBadFieldGetsItsOwnSentence()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        Endpoints e = good();
        if (field == QLatin1String("ipfs"))
            e.ipfsApi = QUrl(value);
        else if (field == QLatin1String("gateway"))
            e.gateways << QUrl(value);
        else if (field == QLatin1String("rpc"))
            e.chainRpc = QUrl(value);
        else
            e.registryAddress = value;
        const QStringList problems = e.problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(mentions), qPrintable(problems.first()));
    }

    void allProblemsAreReportedAtOnce()
    {
        Endpoints e; // everything empty
        e.registryAddress = QStringLiteral("nope");
        QCOMPARE(e.problems().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestEndpoints)
#include "TestEndpoints.moc"
