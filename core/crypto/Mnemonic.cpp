#include "crypto/Mnemonic.h"

#include "crypto/Hashes.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <sodium.h>
#include <stdexcept>

namespace modreg {

const QStringList& Mnemonic::englishWords()
{
    static const QStringList words = [] {
        QFile f(QStringLiteral(":/wordlists/bip39-english.txt"));
        if (!f.open(QIODevice::ReadOnly))
            throw std::runtime_error("BIP39 wordlist resource missing");
        const QStringList list = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (list.size() != 2048)
            throw std::runtime_error("BIP39 wordlist must have 2048 words");
        return list;
    }();
    return words;
}

Mnemonic Mnemonic::fromEntropy(const SecureBytes& entropy)
{
    const std::size_t n = entropy.size();
    if (n < 16 || n > 32 || n % 4 != 0)
        throw std::invalid_argument("BIP39 entropy is 16 to 32 bytes, a multiple of 4");
    const QByteArray checksum = hash::sha256(entropy);
    const int entropyBits = static_cast<int>(n * 8);
    const int bits = entropyBits + entropyBits / 32; // the checksum is one bit per 32 of entropy
    auto bit = [&](int i) {
        const std::uint8_t byte = i < entropyBits
                                      ? entropy[static_cast<std::size_t>(i / 8)]
                                      : static_cast<std::uint8_t>(checksum[(i - entropyBits) / 8]);
        return (byte >> (7 - i % 8)) & 1;
    };
    QByteArray phrase;
    for (int w = 0; w < bits / 11; ++w) {
        int index = 0;
        for (int b = 0; b < 11; ++b)
            index = (index << 1) | bit(w * 11 + b);
        if (w)
            phrase += ' ';
        phrase += englishWords().at(index).toUtf8();
    }
    Mnemonic m;
    m.m_phrase = SecureBytes::fromQByteArray(phrase);
    sodium_memzero(phrase.data(), static_cast<size_t>(phrase.size()));
    m.m_entropy = entropy.clone();
    return m;
}

Mnemonic Mnemonic::generate(int words)
{
    if (words != 12 && words != 24)
        throw std::invalid_argument("Modreg creates 12- or 24-word mnemonics");
    SecureBytes entropy(words == 12 ? 16 : 32);
    randombytes_buf(entropy.data(), entropy.size());
    return fromEntropy(entropy);
}

Result<Mnemonic> Mnemonic::parse(const QString& phrase)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words =
        phrase.normalized(QString::NormalizationForm_KD).toLower().split(spaces, Qt::SkipEmptyParts);
    if (words.size() % 3 != 0 || words.size() < 12 || words.size() > 24)
        return Result<Mnemonic>::failure(
            tr("A recovery phrase has 12, 15, 18, 21 or 24 words, not %1.").arg(words.size()));
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        for (int i = 0; i < englishWords().size(); ++i)
            h.insert(englishWords()[i], i);
        return h;
    }();
    // 11 bits a word; of every 33 bits, 32 are entropy and 1 is checksum: 4 bytes of entropy per 3 words.
    const std::size_t entropyBytes = static_cast<std::size_t>(words.size()) * 4 / 3;
    SecureBytes bits(static_cast<std::size_t>(words.size()) * 11 / 8 + 1);
    int position = 0;
    for (int w = 0; w < words.size(); ++w) {
        const auto found = index.constFind(words[w]);
        if (found == index.constEnd())
            return Result<Mnemonic>::failure(
                // The position only: even a misspelt word of a recovery phrase is part of a secret.
                tr("Word %1 is not in the BIP39 English word list; check its spelling.").arg(w + 1));
        for (int b = 10; b >= 0; --b, ++position) {
            if ((found.value() >> b) & 1)
                bits[static_cast<std::size_t>(position / 8)] |=
                    static_cast<std::uint8_t>(0x80 >> (position % 8));
        }
    }
    SecureBytes entropy(bits.data(), entropyBytes);
    Mnemonic rebuilt = fromEntropy(entropy);
    const QByteArray normalizedInput = words.join(QLatin1Char(' ')).toUtf8();
    if (SecureBytes::fromQByteArray(normalizedInput) != rebuilt.phrase())
        return Result<Mnemonic>::failure(tr(
            "The recovery phrase's checksum does not match: a word is wrong or the words are out of order."));
    return rebuilt;
}

int Mnemonic::wordCount() const
{
    return static_cast<int>(m_entropy.size() * 3 / 4);
}

QString Mnemonic::word(int index) const
{
    const QStringList words = QString::fromUtf8(m_phrase.toUnsafeQByteArray()).split(QLatin1Char(' '));
    return words.value(index);
}

SecureBytes Mnemonic::seed(const QString& passphrase) const
{
    return hash::pbkdf2HmacSha512(
        m_phrase, "mnemonic" + passphrase.normalized(QString::NormalizationForm_KD).toUtf8(), 2048, 64);
}

} // namespace modreg
