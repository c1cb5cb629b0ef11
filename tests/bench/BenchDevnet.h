#pragma once
// A devnet for a benchmark, started in `dir` and waited for; nullptr (with the reason on stderr) if
// it did not come up.
#include "BuildInfo.h"
#include "devnet/Devnet.h"

#include <QEventLoop>
#include <cstdio>
#include <memory>

inline std::unique_ptr<modreg::Devnet> startBenchDevnet(const QString& dir)
{
    auto devnet = std::make_unique<modreg::Devnet>(
        modreg::Devnet::Options{dir, QString::fromUtf8(modreg::build::devnetToolsDir)});
    QEventLoop wait;
    QObject::connect(devnet.get(), &modreg::Devnet::stateChanged, &wait, &QEventLoop::quit);
    devnet->start();
    while (devnet->state() == modreg::Devnet::State::Starting)
        wait.exec();
    if (!devnet->isUsable()) {
        std::fprintf(stderr, "devnet: %s\n", qPrintable(devnet->errorString()));
        return nullptr;
    }
    return devnet;
}
