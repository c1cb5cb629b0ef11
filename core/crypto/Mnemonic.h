#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace modreg {

// BIP39 mnemonics in English: 12 or 24 words from the CSPRNG, checked word by word and by checksum
// when read back. The phrase itself is a secret: it is kept in SecureBytes (UTF-8, NFKD).
class Mnemonic
{
    Q_DECLARE_TR_FUNCTIONS(Mnemonic)

public:
    static Mnemonic generate(int words); // 12 or 24
    // Accepts any case and spacing; fails with the first unknown word or a bad checksum.
    static Result<Mnemonic> parse(const QString& phrase);
    static Mnemonic fromEntropy(const SecureBytes& entropy); // 16, 20, 24, 28 or 32 bytes

    const SecureBytes& phrase() const { return m_phrase; } // words joined by single spaces
    const SecureBytes& entropy() const { return m_entropy; }
    int wordCount() const;
    QString word(int index) const; // for the backup check; index from 0

    // BIP39's 64-byte seed: PBKDF2-HMAC-SHA512(phrase, "mnemonic" + passphrase, 2048).
    SecureBytes seed(const QString& passphrase = {}) const;

    static const QStringList& englishWords();

private:
    SecureBytes m_phrase;
    SecureBytes m_entropy;
};

} // namespace modreg
