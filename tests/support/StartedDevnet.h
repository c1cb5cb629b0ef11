#pragma once
// A real devnet (anvil + js-ipfs) in the test's own data folder, started and waited for.
#include "BuildInfo.h"
#include "TestEnvironment.h"
#include "devnet/Devnet.h"

#include <QTest>
#include <memory>

// The running devnet, or nullptr with the reason in `error`.
inline std::unique_ptr<modreg::Devnet> startDevnet(const TestEnvironment& env, QString& error)
{
    auto devnet = std::make_unique<modreg::Devnet>(modreg::Devnet::Options{
        env.dataDir() + QStringLiteral("/devnet"), QString::fromUtf8(modreg::build::devnetToolsDir)});
    devnet->start();
    const bool settled = QTest::qWaitFor(
        [&] { return devnet->isUsable() || devnet->state() == modreg::Devnet::State::Failed; }, 90000);
    if (!devnet->isUsable()) {
        error = settled ? devnet->errorString() : QStringLiteral("the devnet did not start within 90 s");
        return nullptr;
    }
    return devnet;
}
