#include "metadata/MetadataValidator.h"

#include "chain/Registry.h"
#include "metadata/ModuleMetadata.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <set>
#include <vector>

namespace modreg {

namespace {

using json = nlohmann::json;

// Thrown from the parser's callback to stop at the first limit crossed.
struct LimitCrossed
{
    QString why;
};

const QRegularExpression& namePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return re;
}

// semver.org's own pattern for a version (2.0.0).
const QRegularExpression& semverPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
        "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
        "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"));
    return re;
}

const QRegularExpression& tagPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9+#._-]*$"));
    return re;
}

const QRegularExpression& licensePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9.+:() -]+$"));
    return re;
}

const QRegularExpression& createdPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$"));
    return re;
}

bool hasControl(const QString& s, bool multiline)
{
    for (const QChar c : s) {
        if (multiline && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QString text(const json& v)
{
    return QString::fromStdString(v.get_ref<const std::string&>());
}

bool isHexOf(const json& v, qsizetype bytes)
{
    if (!v.is_string())
        return false;
    const std::string& s = v.get_ref<const std::string&>();
    if (s.size() != static_cast<size_t>(2 + 2 * bytes) || s.rfind("0x", 0) != 0)
        return false;
    return std::all_of(s.begin() + 2, s.end(),
                       [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

// Inside args and custom: anything JSON allows, within the string limits, and numbers a double holds
// exactly (canonical JSON reads every number as one).
QString freeValueProblem(const json& v)
{
    constexpr std::uint64_t exact = 1ULL << 53;
    switch (v.type()) {
    case json::value_t::string:
        if (QString::fromStdString(v.get_ref<const std::string&>()).size() >
            MetadataValidator::kMaxFreeStringLength)
            return MetadataValidator::tr("holds a string longer than %1 characters.")
                .arg(MetadataValidator::kMaxFreeStringLength);
        return {};
    case json::value_t::number_integer: {
        const std::int64_t n = v.get<std::int64_t>();
        if (n > static_cast<std::int64_t>(exact) || n < -static_cast<std::int64_t>(exact))
            return MetadataValidator::tr("holds the integer %1, beyond ±2^53; write it as a string.").arg(n);
        return {};
    }
    case json::value_t::number_unsigned:
        if (v.get<std::uint64_t>() > exact)
            return MetadataValidator::tr("holds the integer %1, beyond ±2^53; write it as a string.")
                .arg(v.get<std::uint64_t>());
        return {};
    case json::value_t::array:
        for (const auto& item : v) {
            if (QString p = freeValueProblem(item); !p.isEmpty())
                return p;
        }
        return {};
    case json::value_t::object:
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (QString::fromStdString(it.key()).size() > MetadataValidator::kMaxMemberNameLength)
                return MetadataValidator::tr("has a member name longer than %1 characters.")
                    .arg(MetadataValidator::kMaxMemberNameLength);
            if (QString p = freeValueProblem(it.value()); !p.isEmpty())
                return p;
        }
        return {};
    default:
        return {};
    }
}

class Checker
{
public:
    Checker(const json& doc, MetadataValidator::Stage stage)
        : m_doc(doc)
        , m_published(stage == MetadataValidator::Stage::Published)
    {}

    QList<MetadataProblem> run()
    {
        using V = MetadataValidator;
        if (!m_doc.is_object())
            return {{QString(), V::tr("A metadata document is a JSON object.")}};
        static const QSet<QString> known{
            QStringLiteral("name"),        QStringLiteral("version"),    QStringLiteral("author"),
            QStringLiteral("description"), QStringLiteral("cid"),        QStringLiteral("entrypoint"),
            QStringLiteral("args"),        QStringLiteral("custom"),     QStringLiteral("tags"),
            QStringLiteral("license"),     QStringLiteral("repository"), QStringLiteral("created"),
            QStringLiteral("key"),         QStringLiteral("signature")};
        for (auto it = m_doc.begin(); it != m_doc.end(); ++it) {
            const QString field = QString::fromStdString(it.key());
            if (!known.contains(field))
                problem(field.left(64), V::tr("\"%1\" is not a metadata field; put extra information under "
                                              "\"custom\".")
                                            .arg(field.left(64)));
        }

        if (const json* v = string("name", true, V::kMaxNameLength, false);
            v && !namePattern().match(text(*v)).hasMatch())
            problem(QStringLiteral("name"), V::tr("The name may hold only letters, digits, '.', '_' and '-', "
                                                  "and starts with a letter or digit."));
        if (const json* v = string("version", true, V::kMaxVersionLength, false);
            v && !semverPattern().match(text(*v)).hasMatch())
            problem(QStringLiteral("version"),
                    V::tr("\"%1\" is not a semantic version such as 1.0.0 or 2.1.0-beta.1.").arg(text(*v)));
        string("author", true, V::kMaxAuthorLength, false);
        string("description", false, V::kMaxDescriptionLength, true);
        if (const json* v = string("cid", m_published, 200, false)) {
            if (const Status ok = Registry::checkCid(text(*v)); !ok)
                problem(QStringLiteral("cid"), ok.error());
        }
        string("entrypoint", false, V::kMaxEntrypointLength, false);
        freeObject("args");
        freeObject("custom");
        tags();
        if (const json* v = string("license", false, V::kMaxLicenseLength, false);
            v && !licensePattern().match(text(*v)).hasMatch())
            problem(QStringLiteral("license"),
                    V::tr("Write the license as an SPDX identifier or expression, such as MIT or "
                          "Apache-2.0 OR MIT."));
        if (const json* v = string("repository", false, V::kMaxRepositoryLength, false)) {
            const QUrl url(text(*v), QUrl::StrictMode);
            static const QSet<QString> schemes{QStringLiteral("https"), QStringLiteral("http"),
                                               QStringLiteral("git"),   QStringLiteral("ssh"),
                                               QStringLiteral("ipfs"),  QStringLiteral("ipns")};
            if (!url.isValid() || !schemes.contains(url.scheme()) ||
                (url.host().isEmpty() && url.path().isEmpty()))
                problem(QStringLiteral("repository"),
                        V::tr("The repository is a URL such as https://example.org/team/module."));
        }
        if (const json* v = string("created", m_published, 40, false)) {
            const bool shaped = createdPattern().match(text(*v)).hasMatch();
            if (!shaped || !QDateTime::fromString(text(*v), Qt::ISODateWithMs).isValid())
                problem(QStringLiteral("created"),
                        V::tr("\"created\" is a UTC time such as 2026-11-21T20:11:16Z."));
        }
        key();
        signature();
        return m_problems;
    }

private:
    void problem(const QString& field, const QString& message) { m_problems.append({field, message}); }

    // The field if it is there and a string within `maxLength` characters; reports what is wrong.
    const json* string(const char* name, bool required, qsizetype maxLength, bool multiline)
    {
        using V = MetadataValidator;
        const QString field = QLatin1String(name);
        const auto it = m_doc.find(name);
        if (it == m_doc.end()) {
            if (required)
                problem(field, V::tr("\"%1\" is required.").arg(field));
            return nullptr;
        }
        if (!it->is_string()) {
            problem(field, V::tr("\"%1\" must be text.").arg(field));
            return nullptr;
        }
        const QString s = text(*it);
        if (s.trimmed().isEmpty()) {
            if (required)
                problem(field, V::tr("\"%1\" is required.").arg(field));
            return nullptr;
        }
        if (s.size() > maxLength) {
            problem(field, V::tr("\"%1\" is %2 characters long; at most %3 are allowed.")
                               .arg(field)
                               .arg(s.size())
                               .arg(maxLength));
            return nullptr;
        }
        if (hasControl(s, multiline)) {
            problem(field, multiline
                               ? V::tr("\"%1\" holds control characters.").arg(field)
                               : V::tr("\"%1\" must be one line without control characters.").arg(field));
            return nullptr;
        }
        return &*it;
    }

    void freeObject(const char* name)
    {
        using V = MetadataValidator;
        const QString field = QLatin1String(name);
        const auto it = m_doc.find(name);
        if (it == m_doc.end())
            return;
        if (!it->is_object())
            return problem(field, V::tr("\"%1\" must be a JSON object ({…}).").arg(field));
        if (const QString p = freeValueProblem(*it); !p.isEmpty())
            problem(field, QStringLiteral("\"%1\" %2").arg(field, p));
    }

    void tags()
    {
        using V = MetadataValidator;
        const QString field = QStringLiteral("tags");
        const auto it = m_doc.find("tags");
        if (it == m_doc.end())
            return;
        if (!it->is_array())
            return problem(field, V::tr("\"tags\" must be a list of words."));
        if (it->size() > static_cast<size_t>(V::kMaxTags))
            return problem(
                field, V::tr("There are %1 tags; at most %2 are allowed.").arg(it->size()).arg(V::kMaxTags));
        QSet<QString> seen;
        for (const auto& t : *it) {
            if (!t.is_string())
                return problem(field, V::tr("Every tag must be text."));
            const QString tag = text(t);
            if (tag.isEmpty() || tag.size() > V::kMaxTagLength || !tagPattern().match(tag).hasMatch())
                return problem(field,
                               V::tr("The tag \"%1\" is not 1 to %2 lowercase letters, digits, '+', '#', "
                                     "'.', '_' or '-'.")
                                   .arg(tag.left(V::kMaxTagLength + 8))
                                   .arg(V::kMaxTagLength));
            if (seen.contains(tag))
                return problem(field, V::tr("The tag \"%1\" appears twice.").arg(tag));
            seen.insert(tag);
        }
    }

    void key()
    {
        using V = MetadataValidator;
        const QString field = QStringLiteral("key");
        const auto it = m_doc.find("key");
        if (it == m_doc.end()) {
            if (m_published)
                problem(field, V::tr("\"key\" (the module's registry key) is required."));
            return;
        }
        const json& k = *it;
        const QString typeText =
            k.is_object() && k.contains("type") && k["type"].is_string() ? text(k["type"]) : QString();
        const std::optional<ModuleKey::Type> type = ModuleKey::typeNamed(typeText);
        if (!k.is_object() || k.size() != 2 || !type.has_value())
            return problem(field, V::tr("\"key\" is {\"type\": \"ed25519\", \"ethereum-address\" or "
                                        "\"secp256k1\", \"bytes\": \"0x…\"}."));
        const qsizetype length = ModuleKey::lengthOf(type.value());
        if (!isHexOf(k.value("bytes", json()), length))
            problem(field, V::tr("A %1 key is 0x and %2 hex digits.").arg(typeText).arg(2 * length));
    }

    void signature()
    {
        using V = MetadataValidator;
        const QString field = QStringLiteral("signature");
        const auto it = m_doc.find("signature");
        if (it == m_doc.end()) {
            if (m_published)
                problem(field, V::tr("The document is not signed."));
            return;
        }
        const json& s = *it;
        const std::string type = s.is_object() && s.contains("type") && s["type"].is_string()
                                     ? s["type"].get<std::string>()
                                     : std::string();
        const bool ed = type == "ed25519";
        if (!s.is_object() || s.size() != 3 || (!ed && type != "secp256k1"))
            return problem(field,
                           V::tr("\"signature\" is {\"type\": \"ed25519\" or \"secp256k1\", \"publicKey\": "
                                 "\"0x…\", \"sig\": \"0x…\"}."));
        if (!isHexOf(s.value("publicKey", json()), ed ? 32 : 64) ||
            !isHexOf(s.value("sig", json()), ed ? 64 : 65))
            problem(field,
                    ed ? V::tr("An ed25519 signature has a 32-byte publicKey and a 64-byte sig, in hex.")
                       : V::tr("A secp256k1 signature has a 64-byte publicKey and a 65-byte sig, in hex."));
    }

    const json& m_doc;
    bool m_published;
    QList<MetadataProblem> m_problems;
};

} // namespace

Result<nlohmann::json> MetadataValidator::parse(const QByteArray& text, qsizetype* errorAt)
{
    if (errorAt)
        *errorAt = -1;
    if (text.size() > kMaxDocumentBytes)
        return Result<json>::failure(tr("The document is %1 KiB; metadata may be at most %2 KiB.")
                                         .arg((text.size() + 1023) / 1024)
                                         .arg(kMaxDocumentBytes / 1024));
    std::vector<std::set<std::string>> names; // member names seen, per open object
    int values = 0;
    const json::parser_callback_t limits = [&](int depth, json::parse_event_t event, json& parsed) {
        switch (event) {
        case json::parse_event_t::object_start:
        case json::parse_event_t::array_start:
            if (depth + 1 > kMaxDepth)
                throw LimitCrossed{tr("The document nests deeper than %1 levels.").arg(kMaxDepth)};
            if (event == json::parse_event_t::object_start)
                names.emplace_back();
            break;
        case json::parse_event_t::object_end:
            if (!names.empty())
                names.pop_back();
            break;
        case json::parse_event_t::key:
            if (!names.empty() && !names.back().insert(parsed.get<std::string>()).second)
                throw LimitCrossed{tr("The name \"%1\" appears twice in one object.")
                                       .arg(QString::fromStdString(parsed.get<std::string>()).left(64))};
            break;
        case json::parse_event_t::value:
            if (++values > kMaxValues)
                throw LimitCrossed{tr("The document holds more than %1 values.").arg(kMaxValues)};
            break;
        default:
            break;
        }
        return true;
    };
    try {
        return json::parse(text.constBegin(), text.constEnd(), limits);
    } catch (const LimitCrossed& crossed) {
        return Result<json>::failure(crossed.why);
    } catch (const json::parse_error& e) {
        if (errorAt)
            *errorAt = e.byte > 0 ? static_cast<qsizetype>(e.byte) - 1 : 0;
        return Result<json>::failure(
            tr("The document is not valid JSON (at byte %1).").arg(static_cast<qulonglong>(e.byte)));
    } catch (const json::out_of_range&) {
        // 1e400: nlohmann refuses a number no double holds with out_of_range, not parse_error.
        return Result<json>::failure(
            tr("The document holds a number too large for JSON to carry, such as 1e400; write it as a string."));
    } catch (const json::exception&) {
        // Any other refusal of the parser: a document no one vouches for must never stop a sync.
        return Result<json>::failure(tr("The document is not valid JSON."));
    }
}

QList<MetadataProblem> MetadataValidator::check(const nlohmann::json& document, Stage stage)
{
    return Checker(document, stage).run();
}

QList<MetadataProblem> MetadataValidator::checkText(const QByteArray& text, Stage stage)
{
    const Result<json> doc = parse(text);
    if (!doc)
        return {{QString(), doc.error()}};
    return check(doc.value(), stage);
}

} // namespace modreg
