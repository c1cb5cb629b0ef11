#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
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

inline QByteArray fromHex(const QJsonValue& v)
{
    return QByteArray::fromHex(v.toString().toLatin1());
}
