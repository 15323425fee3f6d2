#pragma once

namespace duban::core {

/// Thresholds of the target evaluation; kept in the ledger's settings table (keys below).
struct TargetTolerances
{
    /// ≈ (左右) accepts values within this many points of a target measured in %
    /// (ledger setting indicators.tolerancePoints).
    double tolerancePoints = 0.5;
    /// ≈ accepts values within this share of the target for any other measure
    /// (ledger setting indicators.toleranceRelative).
    double toleranceRelative = 0.05;

    friend bool operator==(const TargetTolerances &, const TargetTolerances &) = default;
};

} // namespace duban::core
