// The metadata validator: one case per rule, every problem in one pass, and hostile documents
// (deep nesting, huge strings, wrong types, duplicate names, invalid UTF-8, HTML) refused or kept
// as plain text, never crashing.
#include "metadata/MetadataValidator.h"
#include "metadata/ModuleMetadata.h"

#include <QtTest>

using namespace modreg;
using json = nlohmann::json;
using Stage = MetadataValidator::Stage;

namespace {

const char* kContentCid = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

json goodDraft()
{
    return json{{"name", "text-summarizer"},
                {"version", "1.2.0-beta.1+build.5"},
                {"author", "Ada Lovelace"},
                {"description", "Summarizes text.\nTwo lines."},
                {"entrypoint", "python main.py"},
                {"args", {{"max_tokens", 512}, {"temperature", 0.7}}},
                {"custom", {{"framework", "pytorch"}, {"nested", {{"list", {1, 2, 3}}}}}},
                {"tags", {"nlp", "summarization", "c++"}},
                {"license", "Apache-2.0 OR MIT"},
                {"repository", "https://example.org/ada/text-summarizer"}};
}

json goodPublished()
{
    json doc = goodDraft();
    doc["cid"] = kContentCid;
    doc["created"] = "2026-11-21T20:11:16Z";
    doc["key"] = {{"type", "ed25519"}, {"bytes", "0x" + std::string(64, 'a')}};
    doc["signature"] = {{"type", "ed25519"},
                        {"publicKey", "0x" + std::string(64, 'a')},
                        {"sig", "0x" + std::string(128, 'b')}};
    return doc;
}

QStringList fieldsOf(const QList<MetadataProblem>& problems)
{
    QStringList out;
    for (const MetadataProblem& p : problems)
        out << p.field;
    return out;
}

// The problems of `doc` after `change`, which must name exactly `field`.
void expectOnly(json doc, const QString& field, Stage stage = Stage::Published)
{
    const QList<MetadataProblem> problems = MetadataValidator::check(doc, stage);
    QCOMPARE(fieldsOf(problems), QStringList{field});
    QVERIFY2(!problems.first().message.isEmpty(), "a problem comes with a sentence");
}

} // namespace

class TestMetadataValidator : public QObject
{
    Q_OBJECT

private slots:
    void goodDocumentsPass()
    {
        QCOMPARE(MetadataValidator::check(goodDraft(), Stage::Draft), {});
        QCOMPARE(MetadataValidator::check(goodPublished(), Stage::Published), {});
        // The smallest draft: name, version, author.
        QCOMPARE(MetadataValidator::check(json{{"name", "m"}, {"version", "0.0.1"}, {"author", "x"}},
                                          Stage::Draft),
                 {});
    }

    void draftNeedsNoPublishFields()
    {
        // A draft without cid/key/signature/created is fine; published, each is named.
        const QList<MetadataProblem> problems = MetadataValidator::check(goodDraft(), Stage::Published);
        QCOMPARE(fieldsOf(problems), (QStringList{QStringLiteral("cid"), QStringLiteral("created"),
                                                  QStringLiteral("key"), QStringLiteral("signature")}));
    }

    void name()
    {
        for (const char* bad : {"", "-leading-dash", "has space", "<b>bold</b>", "ünïcode", "a/b"}) {
            json doc = goodPublished();
            doc["name"] = bad;
            expectOnly(doc, QStringLiteral("name"));
        }
        json doc = goodPublished();
        doc["name"] = std::string(65, 'a');
        expectOnly(doc, QStringLiteral("name"));
        doc.erase("name");
        expectOnly(doc, QStringLiteral("name"));
        for (const std::string& good : {std::string("a"), std::string("Llama-3.1-8B"),
                                        std::string("text_summarizer"), std::string(64, 'z')}) {
            doc["name"] = good;
            QCOMPARE(MetadataValidator::check(doc, Stage::Published), {});
        }
    }

    void versionIsSemver()
    {
        for (const char* bad : {"1", "1.0", "01.0.0", "1.0.0-", "v1.0.0", "1.0.0+", "1.0.0-01", "latest"}) {
            json doc = goodPublished();
            doc["version"] = bad;
            expectOnly(doc, QStringLiteral("version"));
        }
        for (const char* good : {"0.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-0.3.7",
                                 "1.0.0+20130313144700", "1.0.0-beta+exp.sha.5114f85", "10.20.30"}) {
            json doc = goodPublished();
            doc["version"] = good;
            QCOMPARE(MetadataValidator::check(doc, Stage::Published), {});
        }
    }

    void authorIsOneLine()
    {
        json doc = goodPublished();
        doc["author"] = "Ada\nLovelace";
        expectOnly(doc, QStringLiteral("author"));
        doc["author"] = std::string(129, 'a');
        expectOnly(doc, QStringLiteral("author"));
        doc["author"] = "   ";
        expectOnly(doc, QStringLiteral("author"));
    }

    void descriptionMayHaveLinesButNoControls()
    {
        json doc = goodPublished();
        doc["description"] = "line\n\tindented";
        QCOMPARE(MetadataValidator::check(doc, Stage::Published), {});
        doc["description"] = "bell\a";
        expectOnly(doc, QStringLiteral("description"));
        doc["description"] = std::string(4001, 'd');
        expectOnly(doc, QStringLiteral("description"));
    }

    void cidParsesAndFitsTheRegistry()
    {
        for (const char* bad :
             {"not-a-cid", "Qm123", "bafy", "mAXASIHnGGP9yGsnpuIYEV8I3YxKnnTKVQgq1mP3PoNRYFpCm"}) {
            json doc = goodPublished();
            doc["cid"] = bad;
            expectOnly(doc, QStringLiteral("cid"));
        }
        json doc = goodPublished();
        doc["cid"] = "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG";
        QCOMPARE(MetadataValidator::check(doc, Stage::Published), {});
    }

    void argsAndCustomAreObjects()
    {
        for (const char* field : {"args", "custom"}) {
            for (const json& bad : {json::array({1, 2}), json("text"), json(5), json(nullptr)}) {
                json doc = goodPublished();
                doc[field] = bad;
                expectOnly(doc, QLatin1String(field));
            }
            json doc = goodPublished();
            doc[field] = {{"big", 9007199254740993ULL}};
            expectOnly(doc, QLatin1String(field)); // a double cannot hold it: signatures would disagree
            doc[field] = {{"long", std::string(16385, 'x')}};
            expectOnly(doc, QLatin1String(field));
        }
    }

    void tags()
    {
        const QList<json> bad{json("nlp"),
                              json::array({"ok", 5}),
                              json::array({"Upper"}),
                              json::array({"two words"}),
                              json::array({""}),
                              json::array({std::string(33, 't')}),
                              json::array({"dup", "dup"})};
        for (const json& b : bad) {
            json doc = goodPublished();
            doc["tags"] = b;
            expectOnly(doc, QStringLiteral("tags"));
        }
        json many = json::array();
        for (int i = 0; i < 17; ++i)
            many.push_back("t" + std::to_string(i));
        json doc = goodPublished();
        doc["tags"] = many;
        expectOnly(doc, QStringLiteral("tags"));
        many.erase(many.begin());
        doc["tags"] = many;
        QCOMPARE(MetadataValidator::check(doc, Stage::Published), {});
    }

    void licenseRepositoryCreated()
    {
        json doc = goodPublished();
        doc["license"] = "MIT; rm -rf /";
        expectOnly(doc, QStringLiteral("license"));
        doc = goodPublished();
        for (const char* bad : {"javascript:alert(1)", "not a url", "ftp://example.org/x"}) {
            doc["repository"] = bad;
            expectOnly(doc, QStringLiteral("repository"));
        }
        doc = goodPublished();
        for (const char* bad :
             {"yesterday", "2026-11-21", "2026-11-21T20:11:16+01:00", "2026-13-40T25:61:61Z"}) {
            doc["created"] = bad;
            expectOnly(doc, QStringLiteral("created"));
        }
        doc["created"] = "2026-11-21T20:11:16.123Z";
        QCOMPARE(MetadataValidator::check(doc, Stage::Published), {});
    }

    void keyAndSignatureShapes()
    {
        json doc = goodPublished();
        doc["key"] = {{"type", "ed25519"}, {"bytes", "0x1234"}};
        expectOnly(doc, QStringLiteral("key"));
        doc["key"] = {{"type", "rsa"}, {"bytes", "0x" + std::string(64, 'a')}};
        expectOnly(doc, QStringLiteral("key"));
        doc["key"] = {{"type", "ethereum-address"}, {"bytes", "0x" + std::string(40, 'a')}};
        QCOMPARE(MetadataValidator::check(doc, Stage::Published), {});
        doc["key"] = {{"type", "secp256k1"}, {"bytes", "0x" + std::string(128, 'F')}};
        QCOMPARE(MetadataValidator::check(doc, Stage::Published), {});
        doc = goodPublished();
        doc["signature"]["sig"] = "0x00";
        expectOnly(doc, QStringLiteral("signature"));
        doc["signature"] = "signed!";
        expectOnly(doc, QStringLiteral("signature"));
    }

    void unknownFieldsAreNamed()
    {
        json doc = goodPublished();
        doc["homepage"] = "https://example.org";
        expectOnly(doc, QStringLiteral("homepage"));
    }

    void everyProblemInOnePass()
    {
        json doc = goodPublished();
        doc["name"] = "bad name";
        doc["version"] = "one";
        doc["tags"] = "nlp";
        doc["args"] = json::array();
        doc.erase("author");
        const QStringList fields = fieldsOf(MetadataValidator::check(doc, Stage::Published));
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("author"),
                              QStringLiteral("args"), QStringLiteral("tags")}));
    }

    void wrongTypes()
    {
        for (const char* field : {"name", "version", "author", "description", "cid", "entrypoint", "license",
                                  "repository", "created"}) {
            json doc = goodPublished();
            doc[field] = json::array({"x"});
            expectOnly(doc, QLatin1String(field));
            doc[field] = 42;
            expectOnly(doc, QLatin1String(field));
        }
        QCOMPARE(MetadataValidator::check(json::array(), Stage::Draft).size(), 1);
        QCOMPARE(MetadataValidator::check(json("doc"), Stage::Draft).first().field, QString());
    }

    // Hostile documents: refused by a limit with a sentence, in bounded time, without a crash.
    void hostileTexts_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("10 MB string")
            << QByteArray("{\"name\":\"" + QByteArray(10 * 1024 * 1024, 'a') + "\"}")
            << QStringLiteral("KiB");
        QTest::newRow("deep arrays") << QByteArray(200000, '[') + QByteArray(200000, ']')
                                     << QStringLiteral("KiB");
        QTest::newRow("deep within size")
            << QByteArray("{\"custom\":") + QByteArray(5000, '[') + QByteArray(5000, ']') + '}'
            << QStringLiteral("deeper");
        QTest::newRow("17 levels") << QByteArray("{\"custom\":{\"a\":") + QByteArray(15, '[') +
                                          QByteArray(15, ']') + "}}"
                                   << QStringLiteral("deeper");
        QTest::newRow("duplicate name")
            << QByteArray(R"({"name":"a","name":"b"})") << QStringLiteral("twice");
        QTest::newRow("many values") << QByteArray("{\"custom\":{\"a\":[") +
                                            QByteArray("1,").repeated(20000) + "1]}}"
                                     << QStringLiteral("values");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"name\":\"\xff\xfe\"}") << QStringLiteral("JSON");
        QTest::newRow("lone surrogate") << QByteArray(R"({"name":"\ud800"})") << QStringLiteral("JSON");
        QTest::newRow("truncated") << QByteArray(R"({"name":"a",)") << QStringLiteral("JSON");
        QTest::newRow("not JSON") << QByteArray("<html><script>alert(1)</script></html>")
                                  << QStringLiteral("JSON");
        QTest::newRow("NaN") << QByteArray(R"({"custom":{"x":NaN}})") << QStringLiteral("JSON");
        // nlohmann throws out_of_range, not parse_error, for these: once an abort of every sync.
        QTest::newRow("number beyond a double") << QByteArray(R"({"custom":{"x":1e400}})")
                                                << QStringLiteral("too large");
        QTest::newRow("negative beyond a double") << QByteArray(R"({"name":-1e99999})")
                                                  << QStringLiteral("too large");
    }
    void hostileTexts()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        QElapsedTimer timer;
        timer.start();
        const QList<MetadataProblem> problems = MetadataValidator::checkText(text, Stage::Draft);
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.contains(mentions), qPrintable(problems.first().message));
    }

    void sixteenLevelsAreAllowed()
    {
        // The document is level 1, custom level 2, its "a" array 3 … 16.
        const QByteArray text =
            QByteArray("{\"name\":\"m\",\"version\":\"1.0.0\",\"author\":\"a\",\"custom\":{\"a\":") +
            QByteArray(14, '[') + QByteArray(14, ']') + "}}";
        QCOMPARE(MetadataValidator::checkText(text, Stage::Draft), {});
    }

    // HTML is text like any other in free text: kept byte for byte (the UI shows it as plain text);
    // where a field has a pattern, the pattern refuses it.
    void htmlIsKeptAsText()
    {
        json doc = goodPublished();
        const std::string html = "<img src=x onerror=alert(1)><script>alert('x')</script>";
        doc["description"] = html;
        doc["author"] = "<b>Mallory</b>";
        doc["custom"] = {{"readme", html}};
        QCOMPARE(MetadataValidator::check(doc, Stage::Published), {});
        const ModuleMetadata m = ModuleMetadata::fromJson(doc);
        QCOMPARE(m.description, QString::fromStdString(html));
        QCOMPARE(m.author, QStringLiteral("<b>Mallory</b>"));
        doc["tags"] = {"<script>"};
        expectOnly(doc, QStringLiteral("tags"));
    }

    void roundTripThroughModuleMetadata()
    {
        const json doc = goodPublished();
        const ModuleMetadata m = ModuleMetadata::fromJson(doc);
        QCOMPARE(m.toJson(), doc);
        QCOMPARE(m.tags, (QStringList{QStringLiteral("nlp"), QStringLiteral("summarization"),
                                      QStringLiteral("c++")}));
        QVERIFY(m.key && m.key->bytes == QByteArray(32, '\xaa'));
        // The document bytes are canonical: parse and re-serialize gives the same bytes.
        const QByteArray bytes = m.documentBytes();
        QCOMPARE(ModuleMetadata::fromJson(MetadataValidator::parse(bytes).value()).documentBytes(), bytes);
        QVERIFY(!m.signingBytes().contains("signature"));
        QVERIFY(bytes.contains("\"signature\":{"));
    }
};

QTEST_GUILESS_MAIN(TestMetadataValidator)
#include "TestMetadataValidator.moc"
