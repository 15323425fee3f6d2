#pragma once

#include "StatusReason.h"

#include <QList>

namespace duban::core {

/// A task's standing as of a date: one of the three lights, or one of the two closed states.
enum class Light : quint8
{
    Green,         ///< on track
    Yellow,        ///< due soon, behind schedule, or no report in the current period
    Red,           ///< overdue, a milestone missed, or a supervision notice unanswered past due
    Completed,     ///< closed (办结) on or before the deadline — not a light but a status of its own
    CompletedLate, ///< closed after the deadline (逾期办结) — not a light but a status of its own
};

/// The result of the status rules for one task or record: the light and the reasons for that light.
struct StatusLight
{
    Light light = Light::Green;
    QList<StatusReason>
        reasons; ///< only the causes of `light` (a red task lists red causes only); empty when green

    /// Days past the deadline if Overdue is among the reasons, else 0 (sort key for 督查督办).
    int daysOverdue() const
    {
        for (const StatusReason &r : reasons) {
            if (r.kind == ReasonKind::Overdue)
                return r.days;
        }
        return 0;
    }

    friend bool operator==(const StatusLight &, const StatusLight &) = default;
};

} // namespace duban::core
