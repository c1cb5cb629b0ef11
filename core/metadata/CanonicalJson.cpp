#include "metadata/CanonicalJson.h"

#include <QString>
#include <algorithm>
#include <charconv>
#include <vector>

namespace modreg {

namespace {

void appendString(QByteArray& out, const std::string& s)
{
    static const char hexDigits[] = "0123456789abcdef";
    out += '"';
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hexDigits[u >> 4];
                out += hexDigits[u & 0xf];
            } else {
                out += c; // UTF-8 as it is: the parser has already checked it
            }
        }
    }
    out += '"';
}

void append(QByteArray& out, const nlohmann::json& v)
{
    switch (v.type()) {
    case nlohmann::json::value_t::null:
        out += "null";
        return;
    case nlohmann::json::value_t::boolean:
        out += v.get<bool>() ? "true" : "false";
        return;
    case nlohmann::json::value_t::number_integer:
        out += CanonicalJson::number(static_cast<double>(v.get<std::int64_t>()));
        return;
    case nlohmann::json::value_t::number_unsigned:
        out += CanonicalJson::number(static_cast<double>(v.get<std::uint64_t>()));
        return;
    case nlohmann::json::value_t::number_float:
        out += CanonicalJson::number(v.get<double>());
        return;
    case nlohmann::json::value_t::string:
        appendString(out, v.get_ref<const std::string&>());
        return;
    case nlohmann::json::value_t::array: {
        out += '[';
        bool first = true;
        for (const auto& item : v) {
            if (!std::exchange(first, false))
                out += ',';
            append(out, item);
        }
        out += ']';
        return;
    }
    case nlohmann::json::value_t::object: {
        // nlohmann sorts by UTF-8 bytes; RFC 8785 sorts by UTF-16 code units, which differ once
        // characters above U+FFFF meet characters in U+E000..U+FFFF.
        std::vector<std::pair<QString, nlohmann::json::const_iterator>> members;
        members.reserve(v.size());
        for (auto it = v.begin(); it != v.end(); ++it)
            members.emplace_back(QString::fromStdString(it.key()), it);
        std::sort(members.begin(), members.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        out += '{';
        bool first = true;
        for (const auto& [name, it] : members) {
            if (!std::exchange(first, false))
                out += ',';
            appendString(out, it.key());
            out += ':';
            append(out, it.value());
        }
        out += '}';
        return;
    }
    case nlohmann::json::value_t::binary:
    case nlohmann::json::value_t::discarded:
        out += "null";
        return; // never produced by parsing text
    }
}

} // namespace

QByteArray CanonicalJson::of(const nlohmann::json& value)
{
    QByteArray out;
    append(out, value);
    return out;
}

QByteArray CanonicalJson::number(double value)
{
    if (value == 0)
        return QByteArrayLiteral("0"); // also -0
    // The shortest digits that read back as the same double, and their exponent: d.ddd e±x.
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const std::string sci(buf, r.ptr);
    const bool negative = sci[0] == '-';
    const size_t ePos = sci.find('e');
    std::string digits;
    for (size_t i = negative ? 1 : 0; i < ePos; ++i) {
        if (sci[i] != '.')
            digits += sci[i];
    }
    const int exponent = std::stoi(sci.substr(ePos + 1));
    const int k = static_cast<int>(digits.size());
    const int n = exponent + 1; // value = 0.digits × 10^n, as ECMA-262 Number::toString names them
    std::string text;
    if (k <= n && n <= 21) {
        text = digits + std::string(static_cast<size_t>(n - k), '0');
    } else if (0 < n && n <= 21) {
        text = digits.substr(0, static_cast<size_t>(n)) + '.' + digits.substr(static_cast<size_t>(n));
    } else if (-6 < n && n <= 0) {
        text = "0." + std::string(static_cast<size_t>(-n), '0') + digits;
    } else {
        const int e = n - 1;
        text = digits.substr(0, 1);
        if (k > 1)
            text += '.' + digits.substr(1);
        text += 'e';
        text += e < 0 ? '-' : '+';
        text += std::to_string(std::abs(e));
    }
    if (negative)
        text.insert(text.begin(), '-');
    return QByteArray::fromStdString(text);
}

} // namespace modreg
