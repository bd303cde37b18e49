#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace linkscope {

// The reason an operation failed, phrased for the user who will read it.
struct Error {
    QString message;
};

// A value or an Error; decoders and I/O return this instead of throwing.
template<typename T> class Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    // The reason, or an empty string when the result holds a value.
    const QString &error() const
    {
        static const QString none;
        return ok() ? none : std::get<1>(m_data).message;
    }

private:
    std::variant<T, Error> m_data;
};

} // namespace linkscope
