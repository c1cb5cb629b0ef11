#include "services/ActiveEndpoints.h"

namespace modreg {

ActiveEndpoints::ActiveEndpoints(Devnet::Options devnetOptions, QObject* parent)
    : QObject(parent)
    , m_devnet(std::move(devnetOptions))
{
    connect(&m_devnet, &Devnet::stateChanged, this, &ActiveEndpoints::onDevnetState);
}

void ActiveEndpoints::apply(const EndpointSettings& settings)
{
    const bool firstTime = !m_applied;
    m_applied = true;
    if (settings.useDevnet) {
        const bool switching = !m_usesDevnet || firstTime;
        m_usesDevnet = true;
        if (switching) {
            setEndpoints({});
            m_devnet.start(); // also re-tries after a failure
        } else if (m_devnet.state() == Devnet::State::Failed || m_devnet.state() == Devnet::State::Stopped) {
            m_devnet.start();
        }
    } else {
        m_usesDevnet = false;
        m_devnet.stop();
        setEndpoints(settings.external);
    }
    emit summaryChanged(summary());
}

void ActiveEndpoints::shutdown()
{
    m_devnet.stop();
}

QString ActiveEndpoints::summary() const
{
    if (!m_usesDevnet)
        return tr("Your own nodes");
    switch (m_devnet.state()) {
    case Devnet::State::Starting:
        return tr("Local devnet: starting…");
    case Devnet::State::Running:
        return tr("Local devnet");
    case Devnet::State::Attached:
        return tr("Local devnet (shared)");
    case Devnet::State::Failed:
        return tr("Local devnet failed to start");
    case Devnet::State::Stopped:
        break;
    }
    return tr("Local devnet: stopped");
}

void ActiveEndpoints::setEndpoints(const Endpoints& endpoints)
{
    if (m_endpoints == endpoints)
        return;
    m_endpoints = endpoints;
    emit endpointsChanged(m_endpoints);
}

void ActiveEndpoints::onDevnetState()
{
    if (m_usesDevnet)
        setEndpoints(m_devnet.isUsable() ? m_devnet.endpoints() : Endpoints{});
    emit summaryChanged(summary());
}

} // namespace modreg
