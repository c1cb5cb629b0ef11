#include "crypto/SecureBytes.h"

#include <cstring>
#include <new>
#include <sodium.h>

namespace modreg {

namespace {
std::uint8_t* allocate(std::size_t size)
{
    if (size == 0)
        return nullptr;
    if (sodium_init() < 0)
        throw std::bad_alloc();
    auto* p = static_cast<std::uint8_t*>(sodium_malloc(size));
    if (!p)
        throw std::bad_alloc();
    return p;
}
} // namespace

SecureBytes::SecureBytes(std::size_t size)
    : m_data(allocate(size))
    , m_size(size)
{
    if (m_data)
        sodium_memzero(m_data, size);
}

SecureBytes::SecureBytes(const std::uint8_t* data, std::size_t size)
    : m_data(allocate(size))
    , m_size(size)
{
    if (m_data)
        std::memcpy(m_data, data, size);
}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

void SecureBytes::release()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

} // namespace modreg
