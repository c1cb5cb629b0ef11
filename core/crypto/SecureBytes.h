#pragma once

#include <QByteArray>
#include <cstddef>
#include <cstdint>

namespace modreg {

// Bytes that hold a secret: a private key, a seed, a password. They live in libsodium's guarded
// memory (guard pages, no swap, never in a core dump), are wiped when freed, and never convert
// to QByteArray or QString by accident: copying one is explicit, and its bytes stay out of logs.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size); // zero-filled
    SecureBytes(const std::uint8_t* data, std::size_t size);
    static SecureBytes fromQByteArray(const QByteArray& bytes)
    {
        return {reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                static_cast<std::size_t>(bytes.size())};
    }
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes clone() const { return {data(), size()}; }

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    std::uint8_t& operator[](std::size_t i) { return m_data[i]; }
    std::uint8_t operator[](std::size_t i) const { return m_data[i]; }

    // Constant-time comparison.
    bool operator==(const SecureBytes& other) const;

    // For handing a secret to an API that takes QByteArray and wipes it after use. Prefer not to.
    QByteArray toUnsafeQByteArray() const
    {
        return {reinterpret_cast<const char*>(m_data), static_cast<qsizetype>(m_size)};
    }

private:
    void release();
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace modreg
