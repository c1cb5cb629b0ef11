#pragma once

#include "Result.h"
#include "chain/evm/Abi.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace modreg::evm {

// A contract's ABI as solc writes it: calls encoded by function name, results, events and custom
// errors decoded into names and values. Knows nothing about the network.
class ContractAbi
{
    Q_DECLARE_TR_FUNCTIONS(modreg::evm::ContractAbi)

public:
    struct Param
    {
        QString name;
        abi::Type type;
        bool indexed = false;
    };
    struct Entry
    {
        QString name;
        QList<Param> inputs;
        QList<Param> outputs;
        QByteArray id; // functions and errors: the 4-byte selector; events: topic 0
    };
    struct Decoded
    {
        QString name;
        QList<Param> params;
        QList<abi::Value> values;
        // "NotOwner(key: 0x1234…, owner: 0xabcd…)"
        QString toString() const;
    };

    static Result<ContractAbi> fromJson(const QJsonArray& abi);
    // The registry contract embedded in the app (resources/contracts/ModuleRegistry.json).
    static const ContractAbi& moduleRegistry();
    static QByteArray moduleRegistryBytecode();

    Result<QByteArray> encodeCall(const QString& function, const QList<abi::Value>& args) const;
    Result<QList<abi::Value>> decodeResult(const QString& function, const QByteArray& data) const;
    Result<Decoded> decodeEvent(const QList<QByteArray>& topics, const QByteArray& data) const;
    // Revert data: a custom error of this contract, Error(string) or Panic(uint256).
    Result<Decoded> decodeError(const QByteArray& revertData) const;
    const Entry* event(const QString& name) const;

private:
    QHash<QString, Entry> m_functions;
    QHash<QByteArray, Entry> m_events; // by topic 0
    QHash<QByteArray, Entry> m_errors; // by selector
};

} // namespace modreg::evm
