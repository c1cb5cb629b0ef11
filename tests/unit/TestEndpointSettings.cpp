#include "settings/EndpointSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using modreg::EndpointSettings;

class TestEndpointSettings : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString iniPath(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void firstStartUsesTheDevnet()
    {
        QSettings empty(iniPath("empty.ini"), QSettings::IniFormat);
        const EndpointSettings s = EndpointSettings::load(empty);
        QVERIFY(s.useDevnet);
        QCOMPARE(s.external, EndpointSettings::defaultExternal());
        QVERIFY(s.external.problems().isEmpty());
    }

    void savedChoiceSurvivesARestart()
    {
        EndpointSettings chosen;
        chosen.useDevnet = false;
        chosen.external.ipfsApi = QUrl(QStringLiteral("http://10.0.0.5:5001"));
        chosen.external.gateways = {QUrl(QStringLiteral("https://a.example")),
                                    QUrl(QStringLiteral("https://b.example"))};
        chosen.external.chainRpc = QUrl(QStringLiteral("wss://rpc.example/ws"));
        chosen.external.registryAddress = QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3");
        {
            QSettings settings(iniPath("saved.ini"), QSettings::IniFormat);
            chosen.save(settings);
        }
        QSettings reopened(iniPath("saved.ini"), QSettings::IniFormat);
        QCOMPARE(EndpointSettings::load(reopened), chosen);
    }

    void anEmptyGatewayListStaysEmpty()
    {
        EndpointSettings chosen;
        chosen.external.gateways.clear();
        {
            QSettings settings(iniPath("nogateways.ini"), QSettings::IniFormat);
            chosen.save(settings);
        }
        QSettings reopened(iniPath("nogateways.ini"), QSettings::IniFormat);
        QVERIFY(EndpointSettings::load(reopened).external.gateways.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEndpointSettings)
#include "TestEndpointSettings.moc"
