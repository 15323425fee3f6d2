#pragma once

#include "Target.h"

#include <QString>

namespace duban::core {

/// A stored target with what the ledger knows about it besides the goal: its indicator, the task it
/// belongs to and the responsible unit.
struct TargetEntry
{
    Target target;
    qint64 indicatorId = 0;
    qint64 unitId = 0; ///< responsible unit, 0 if none
    QString unitName;  ///< read-only: the unit's name when loaded
    QString taskCode;  ///< read-only: the task's code, empty for a plan-level target
    int version = 0;   ///< the row version it was read at

    friend bool operator==(const TargetEntry &, const TargetEntry &) = default;
};

} // namespace duban::core
