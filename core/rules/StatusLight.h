#pragma once

#include "ReportingPeriod.h"
#include "Schedule.h"
#include "StatusReason.h"

#include <QList>

namespace duban::core {

/// A task's standing as of a date: one of the three lights, or one of the two closed states.
enum class Light : quint8
{
    Green,         ///< on track
    Yellow,        ///< due soon, behind schedule (序时进度), or a report missing or late for its period
    Red,           ///< overdue, a milestone missed, or a supervision notice unanswered past due
    Completed,     ///< closed (办结) on or before the deadline — not a light but a status of its own
    CompletedLate, ///< closed after the deadline (逾期办结) — not a light but a status of its own
};

/// The colour a reason gives a light: Red, Yellow, or CompletedLate for the closed kinds.
Light reasonLight(ReasonKind kind);

/// The result of the status rules for one task or record: the light, every reason that applies (the ones
/// that set the light first), the task's standing against 序时进度 and its report for the period it owes.
struct StatusLight
{
    Light light = Light::Green;
    ScheduleJudgement schedule = ScheduleJudgement::NotStarted;
    ReportState report = ReportState::NotOwed;
    /// Whether schedule and report were judged: false when the facts came without progress reports (the
    /// fast overdue listing judges red only).
    bool judgedReports = true;
    float share = 0.0f;          ///< 序时进度 in percent points (50, not 0.5)
    QList<StatusReason> reasons; ///< red causes, then yellow ones; empty when green with nothing to note

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
