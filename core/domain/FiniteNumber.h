#pragma once

#include <QString>

#include <optional>

namespace duban::core {

/// Reads a number typed, pasted or imported by a person: "7.5", "7.5%", "-3", "1,234.5", full-width
/// digits. Only finite numbers are numbers: "inf", "nan", "infinity" and overflowing ones ("1e999") are not.
class FiniteNumber final
{
public:
    /// Why a text is not a number.
    enum class Problem
    {
        None,
        NotANumber, ///< not a number at all ("seven", "7,5", "")
        NotFinite,  ///< infinite, not-a-number or too large for a double
    };

    /// The number in `text`; nullopt (and `problem` set, if given) when it is not a finite number.
    static std::optional<double> parse(const QString &text, Problem *problem = nullptr);
};

} // namespace duban::core
