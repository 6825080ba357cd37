#pragma once

#include <strata/common/SourceLocation.h>

#include <QString>
#include <QtGlobal>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace Strata {

// Why something failed: a translated message and, when the failure is about a place in a file
// (a JSON syntax error), where. The one error every fallible boundary of core returns.
struct ResultError
{
    QString message; // translated; may be empty where the caller words the failure itself
    SourceLocation location;

    bool operator==(const ResultError &) const = default;
};

inline ResultError failure(QString message, SourceLocation location = {})
{
    return ResultError{std::move(message), std::move(location)};
}

// A value or the ResultError that says why there is none: the expected-style result of core, as
// Qt Creator's utils/result.h. Our own small type because std::expected needs C++23 in g++ 12 and
// clang 16 (which the fuzz harnesses build with) cannot use libstdc++'s. Asking an error for its
// value (or a value for its error) is a programming error, caught by Q_ASSERT in debug builds.
template<typename T = void>
class [[nodiscard]] Result
{
    static_assert(!std::is_same_v<T, ResultError>, "a Result holds a value or a ResultError, not both as one");

public:
    using value_type = T;

    // From a value (or anything that makes one): `return table;`.
    template<typename U = T>
        requires(std::is_constructible_v<T, U &&> && !std::is_same_v<std::remove_cvref_t<U>, ResultError>
                 && !std::is_same_v<std::remove_cvref_t<U>, Result>)
    Result(U &&value) : m_state(std::in_place_index<0>, std::forward<U>(value))
    {}
    // From an error: `return failure(tr("..."));`.
    Result(ResultError error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    const T &value() const &
    {
        Q_ASSERT(has_value());
        return *std::get_if<0>(&m_state);
    }
    T &value() &
    {
        Q_ASSERT(has_value());
        return *std::get_if<0>(&m_state);
    }
    T &&value() &&
    {
        Q_ASSERT(has_value());
        return std::move(*std::get_if<0>(&m_state));
    }
    // The value, or `fallback` on an error (for callers that keep an empty or invalid value).
    template<typename U>
    T value_or(U &&fallback) const &
    {
        return has_value() ? value() : static_cast<T>(std::forward<U>(fallback));
    }
    template<typename U>
    T value_or(U &&fallback) &&
    {
        return has_value() ? std::move(*this).value() : static_cast<T>(std::forward<U>(fallback));
    }

    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const ResultError &error() const
    {
        Q_ASSERT(!has_value());
        return *std::get_if<1>(&m_state);
    }
    // The error's message; empty when there is a value.
    QString errorMessage() const { return has_value() ? QString() : error().message; }

private:
    std::variant<T, ResultError> m_state;
};

// Success or the ResultError that says why not.
template<>
class [[nodiscard]] Result<void>
{
public:
    using value_type = void;

    Result() = default; // success: `return {};`
    Result(ResultError error) : m_error(std::move(error)) {}

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }

    const ResultError &error() const
    {
        Q_ASSERT(!has_value());
        return *m_error;
    }
    QString errorMessage() const { return m_error ? m_error->message : QString(); }

private:
    std::optional<ResultError> m_error;
};

} // namespace Strata
