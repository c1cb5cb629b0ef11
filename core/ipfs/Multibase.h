#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace modreg {

// The multibase encodings CIDs are written in here: base58btc ('z'), base32 lower case ('b', no
// padding, RFC 4648 alphabet) and base36 lower case ('k').
class Multibase
{
    Q_DECLARE_TR_FUNCTIONS(Multibase)

public:
    enum class Base
    {
        Base58Btc,
        Base32,
        Base36
    };

    static QString encode(const QByteArray& bytes, Base base); // with the prefix character
    struct Decoded
    {
        Base base;
        QByteArray bytes;
    };
    static Result<Decoded> decode(const QString& text); // reads the prefix
    static QString name(Base base);
};

} // namespace modreg
