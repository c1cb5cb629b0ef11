#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QTemporaryFile>
#include <QtTest>

// Vectors computed at test time by independent implementations (tests/reference/vectors.mjs:
// bip39, ethers, @polkadot, ed25519-hd-key, @solana/web3.js), never copied from our own output.
inline QJsonArray referenceVectors(const char* section, int count = 50)
{
    QProcess node;
    node.setWorkingDirectory(QStringLiteral(MODREG_SOURCE_DIR "/tests/reference"));
    node.start(QStringLiteral("node"),
               {QStringLiteral("vectors.mjs"), QLatin1String(section), QString::number(count)});
    if (!node.waitForFinished(180000) || node.exitCode() != 0) {
        qWarning("vectors.mjs %s failed: %s", section, node.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(node.readAllStandardOutput()).array();
}

// A decimal number (a BigInt the reference printed as text) as big-endian bytes, no leading zeros.
inline QByteArray decimalToBigEndian(const QString& decimal)
{
    QByteArray out;
    for (QChar c : decimal) {
        int carry = c.digitValue();
        for (qsizetype i = out.size() - 1; i >= 0; --i) {
            const int v = static_cast<quint8>(out[i]) * 10 + carry;
            out[i] = static_cast<char>(v & 0xff);
            carry = v >> 8;
        }
        for (; carry > 0; carry >>= 8)
            out.prepend(static_cast<char>(carry & 0xff));
    }
    return out;
}

inline QByteArray fromHex(const QJsonValue& v)
{
    return QByteArray::fromHex(v.toString().toLatin1());
}

// tests/reference/jcs.mjs over `lines` (one JSON text each): canonical forms from npm canonicalize,
// or signature checks by @polkadot/util-crypto and ethers. The parsed JSON array, empty on failure.
inline QJsonArray referenceJcs(const char* mode, const QList<QByteArray>& lines)
{
    QTemporaryFile file;
    if (!file.open())
        return {};
    for (const QByteArray& line : lines)
        file.write(line + '\n');
    file.flush();
    QProcess node;
    node.setWorkingDirectory(QStringLiteral(MODREG_SOURCE_DIR "/tests/reference"));
    node.start(QStringLiteral("node"), {QStringLiteral("jcs.mjs"), QLatin1String(mode), file.fileName()});
    if (!node.waitForFinished(120000) || node.exitCode() != 0) {
        qWarning("jcs.mjs %s failed: %s", mode, node.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(node.readAllStandardOutput()).array();
}
