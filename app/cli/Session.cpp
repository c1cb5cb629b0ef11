#include "cli/Session.h"

#include "chain/AccountScheme.h"
#include "cli/KeystoreAccess.h"
#include "cli/WaitFor.h"
#include "devnet/DevnetRegistry.h"
#include "settings/AppPaths.h"
#include "settings/EndpointSettings.h"

#include <QSettings>

namespace modreg::cli {

Session::Session(Services::Options options)
    : m_keystore(Keystore::defaultPath())
    , m_services(m_keystore, std::move(options))
{}

Result<std::unique_ptr<Session>> Session::open(bool needRegistry, Services::Options options)
{
    using R = Result<std::unique_ptr<Session>>;
    const Result<Endpoints> endpoints = Services::configuredEndpoints();
    if (!endpoints)
        return R::failure(endpoints.error());
    options.replicaAndSync = false; // a command opens the replica itself when it needs it
    std::unique_ptr<Session> session(new Session(std::move(options)));
    session->m_devnet = EndpointSettings::load(QSettings()).useDevnet;
    session->m_services.setEndpoints(endpoints.value());
    if (needRegistry && !session->m_services.isReady())
        return R::failure(session->m_services.problem());
    return session;
}

Status Session::unlock(int passwordFd)
{
    return openKeystore(m_keystore, passwordFd, false, KdfLimits::moderate());
}

Result<KeyInfo> Session::key(const QString& name) const
{
    return findKey(m_keystore, name);
}

Status Session::fundOnDevnet(const KeyInfo& key)
{
    const std::optional<QByteArray> account = m_services.accounts().accountOf(key);
    if (!m_devnet || !account)
        return success();
    DevnetRegistry devnet(m_services.endpoints().chainRpc, AppPaths::devnetDir());
    return waitFor<Status>([&](auto done) { devnet.fund({*account}, done); });
}

} // namespace modreg::cli
