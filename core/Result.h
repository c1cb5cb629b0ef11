#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace modreg {

// A value or a sentence that says why there is none. The error text is written for a person
// ("IPFS node at http://127.0.0.1:5001 did not answer within 5 s"), never holds a secret.
template <typename T> class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): returning a value must read naturally
        : m_value(std::move(value))
    {}
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const QString& error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// For operations that give nothing back but can fail.
struct Done
{
};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace modreg
