#include "metadata/ModuleMetadata.h"

#include "crypto/Addresses.h"
#include "metadata/CanonicalJson.h"

namespace modreg {

namespace {
std::string str(const QString& s)
{
    return s.toStdString();
}
QString qstr(const nlohmann::json& doc, const char* field)
{
    const auto it = doc.find(field);
    return it != doc.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}
std::string hex(const QByteArray& bytes)
{
    return "0x" + bytes.toHex().toStdString();
}
QByteArray unhex(const nlohmann::json& v)
{
    if (!v.is_string())
        return {};
    const std::string& s = v.get_ref<const std::string&>();
    return s.rfind("0x", 0) == 0 ? QByteArray::fromHex(QByteArray::fromStdString(s.substr(2))) : QByteArray();
}
} // namespace

QString ModuleKey::typeName(Type type)
{
    switch (type) {
    case Type::Ed25519:
        return QStringLiteral("ed25519");
    case Type::EthereumAddress:
        return QStringLiteral("ethereum-address");
    case Type::Secp256k1:
        return QStringLiteral("secp256k1");
    }
    return {};
}

std::optional<ModuleKey::Type> ModuleKey::typeNamed(const QString& name)
{
    for (Type t : {Type::Ed25519, Type::EthereumAddress, Type::Secp256k1}) {
        if (typeName(t) == name)
            return t;
    }
    return std::nullopt;
}

std::optional<ModuleKey::Type> ModuleKey::typeForLength(qsizetype bytes)
{
    switch (bytes) {
    case 20:
        return Type::EthereumAddress;
    case 32:
        return Type::Ed25519;
    case 64:
        return Type::Secp256k1;
    default:
        return std::nullopt;
    }
}

qsizetype ModuleKey::lengthOf(Type type)
{
    switch (type) {
    case Type::EthereumAddress:
        return 20;
    case Type::Ed25519:
        return 32;
    case Type::Secp256k1:
        return 64;
    }
    return 0;
}

ModuleKey ModuleKey::of(Type type, const QByteArray& publicKey)
{
    return {type, type == Type::EthereumAddress ? ethereum::addressOf(publicKey) : publicKey};
}

nlohmann::json ModuleMetadata::toJson(bool withSignature) const
{
    nlohmann::json doc = nlohmann::json::object();
    auto put = [&](const char* field, const QString& value) {
        if (!value.isEmpty())
            doc[field] = str(value);
    };
    put("name", name);
    put("version", version);
    put("author", author);
    put("description", description);
    put("cid", cid);
    put("entrypoint", entrypoint);
    doc["args"] = args;
    doc["custom"] = custom;
    if (!tags.isEmpty()) {
        nlohmann::json list = nlohmann::json::array();
        for (const QString& t : tags)
            list.push_back(str(t));
        doc["tags"] = list;
    }
    put("license", license);
    put("repository", repository);
    put("created", created);
    if (key)
        doc["key"] = {{"type", str(ModuleKey::typeName(key->type))}, {"bytes", hex(key->bytes)}};
    if (withSignature && signature) {
        doc["signature"] = {
            {"type", signature->type == ModuleSignature::Type::Ed25519 ? "ed25519" : "secp256k1"},
            {"publicKey", hex(signature->publicKey)},
            {"sig", hex(signature->sig)}};
    }
    return doc;
}

ModuleMetadata ModuleMetadata::fromJson(const nlohmann::json& doc)
{
    ModuleMetadata m;
    m.name = qstr(doc, "name");
    m.version = qstr(doc, "version");
    m.author = qstr(doc, "author");
    m.description = qstr(doc, "description");
    m.cid = qstr(doc, "cid");
    m.entrypoint = qstr(doc, "entrypoint");
    if (const auto it = doc.find("args"); it != doc.end() && it->is_object())
        m.args = *it;
    if (const auto it = doc.find("custom"); it != doc.end() && it->is_object())
        m.custom = *it;
    if (const auto it = doc.find("tags"); it != doc.end() && it->is_array()) {
        for (const auto& t : *it) {
            if (t.is_string())
                m.tags << QString::fromStdString(t.get<std::string>());
        }
    }
    m.license = qstr(doc, "license");
    m.repository = qstr(doc, "repository");
    m.created = qstr(doc, "created");
    if (const auto it = doc.find("key"); it != doc.end() && it->is_object()) {
        if (const auto type = ModuleKey::typeNamed(qstr(*it, "type")))
            m.key = ModuleKey{*type, unhex(it->value("bytes", nlohmann::json()))};
    }
    if (const auto it = doc.find("signature"); it != doc.end() && it->is_object()) {
        const QString type = qstr(*it, "type");
        if (type == QLatin1String("ed25519") || type == QLatin1String("secp256k1"))
            m.signature = ModuleSignature{type == QLatin1String("ed25519") ? ModuleSignature::Type::Ed25519
                                                                           : ModuleSignature::Type::Secp256k1,
                                          unhex(it->value("publicKey", nlohmann::json())),
                                          unhex(it->value("sig", nlohmann::json()))};
    }
    return m;
}

QByteArray ModuleMetadata::canonical(bool withSignature) const
{
    return CanonicalJson::of(toJson(withSignature));
}

} // namespace modreg
