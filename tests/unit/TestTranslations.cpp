#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

    // Every view's strings (all of modreg::ui) and the network summary the status bar shows must
    // have a German translation.
    static bool mustBeTranslated(const QString& context)
    {
        return context.startsWith(QLatin1String("modreg::ui::")) ||
               context == QLatin1String("modreg::ActiveEndpoints");
    }

private slots:
    void germanIsCompiledInAndLoads()
    {
        QVERIFY(modreg::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German)));
        QCOMPARE(QCoreApplication::translate("modreg::ui::MainWindow", "Settings"),
                 QStringLiteral("Einstellungen"));
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>())
            QCoreApplication::removeTranslator(t);
        QCOMPARE(QCoreApplication::translate("modreg::ui::MainWindow", "Settings"),
                 QStringLiteral("Settings"));
    }

    void anUnknownLanguageFallsBackToEnglish()
    {
        QVERIFY(!modreg::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Swahili)));
        QCOMPARE(QCoreApplication::translate("modreg::ui::MainWindow", "Settings"),
                 QStringLiteral("Settings"));
    }

    void everyShellStringIsTranslated()
    {
        QFile ts(QStringLiteral(MODREG_SOURCE_DIR "/translations/modreg_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString context;
        QString source;
        int shellMessages = 0;
        QStringList missing;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation") && mustBeTranslated(context)) {
                ++shellMessages;
                const bool unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (unfinished || xml.readElementText(QXmlStreamReader::IncludeChildElements)
                                      .isEmpty()) // numerus forms are child elements
                    missing << context + QStringLiteral(": ") + source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(shellMessages > 150); // the views' strings are really in the file
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
