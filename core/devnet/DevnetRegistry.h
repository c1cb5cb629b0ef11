#pragma once

#include "Result.h"
#include "chain/evm/JsonRpcClient.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace modreg {

// The registry contract on the devnet chain. The address is remembered in <dir>/registry.json; if
// the chain has no code there (a fresh devnet, or a state file that was lost), the contract is
// deployed from anvil's first dev account, which anvil keeps unlocked, so no key is needed here.
class DevnetRegistry : public QObject
{
    Q_OBJECT
public:
    struct Deployment
    {
        QByteArray address; // 20 bytes
        quint64 block = 0;  // where its events start
        bool deployedNow = false;
    };

    DevnetRegistry(QUrl chainRpc, QString devnetDir, QObject* parent = nullptr);

    void ensure(std::function<void(Result<Deployment>)> done);
    // Gives each address `amountWei` from the dev account if it holds less than half of it.
    void fund(const QList<QByteArray>& addresses, std::function<void(Status)> done);

    static QString recordPath(const QString& devnetDir);
    // The deployment remembered in registry.json, without asking the chain (the devnet may be down).
    static std::optional<Deployment> recorded(const QString& devnetDir);

private:
    void deploy(std::function<void(Result<Deployment>)> done);
    void waitForReceipt(const QString& hash, int attempts, std::function<void(Result<QJsonObject>)> done);
    void devAccount(std::function<void(Result<QString>)> done);

    evm::JsonRpcClient m_client;
    QString m_dir;
};

} // namespace modreg
