#pragma once

#include <QByteArray>
#include <nlohmann/json.hpp>

namespace modreg {

// The JSON Canonicalization Scheme (RFC 8785): the one byte sequence a JSON value signs as.
// Object members sorted by their names' UTF-16 code units, no whitespace, strings with only the
// escapes JSON.stringify writes, numbers as ECMAScript prints an IEEE double ("1e+21", "0.000001",
// "-0" as "0"). Integers are read as doubles, as every JCS implementation does; the metadata
// validator refuses integers a double cannot hold, so no signer and verifier ever disagree.
class CanonicalJson
{
public:
    static QByteArray of(const nlohmann::json& value);
    // One number as ECMAScript's Number.prototype.toString writes it (finite values only).
    static QByteArray number(double value);
};

} // namespace modreg
