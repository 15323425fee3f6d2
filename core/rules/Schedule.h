#pragma once

#include <QDate>
#include <QString>

namespace duban::core {

/// The office's judgement of a task against 序时进度 (time-elapsed schedule).
enum class ScheduleJudgement
{
    NotStarted, ///< 尚未启动: nothing done yet (0 %, or no report)
    Behind,     ///< 未达到序时进度: more than the tolerance below the share of time elapsed
    OnSchedule, ///< 达到序时进度: within the tolerance of the share of time elapsed
    Ahead,      ///< 超过序时进度: more than the tolerance above the share of time elapsed
    Completed,  ///< 已完成: closed (办结) or reported 100 %
};

/// Tolerance, in percentage points, within which percent done counts as 达到序时进度.
inline constexpr double kOnScheduleTolerancePoints = 5.0;

/// Start of the plan period when none is given: January 1 of the deadline's year (null if deadline is null).
QDate defaultPeriodStart(QDate deadline);

/// Share (0..1) of the period [periodStart, deadline] elapsed at the end of the day asOf (序时进度).
///
/// Counted by calendar months, as offices do: every month of the period weighs the
/// same, and a day of a month weighs 1/(days in that month). So for a full-year period
/// (Jan 1 – Dec 31) the share is exactly 3/12 at the end of Mar 31, 6/12 at Jun 30,
/// 11/12 at Nov 30, in leap years too; mid-month it grows day by day
/// (Feb 14, 2023 → 1.5/12). Both ends are inclusive: the share is 1 at the end of the
/// deadline day and 0 before periodStart. A null periodStart means defaultPeriodStart(deadline).
/// Returns 0 for a null deadline or asOf; for a period that ends before it starts,
/// 1 from the deadline on and 0 before.
double elapsedShare(QDate periodStart, QDate deadline, QDate asOf);

/// Judges percent done against the share of time elapsed (0..1).
///
/// Completed (closed, or percent ≥ 100) wins; then percent ≤ 0 is NotStarted; otherwise with
/// expected = 100 × elapsedShare: percent < expected − tolerance → Behind,
/// percent > expected + tolerance → Ahead, else OnSchedule (both edges inclusive).
ScheduleJudgement judgeSchedule(int percentDone, double elapsedShare, bool completed,
                                double tolerancePoints = kOnScheduleTolerancePoints);

/// The judgement in words (English source; 尚未启动 / 未达到序时进度 / … in the zh_CN translation).
QString judgementText(ScheduleJudgement judgement);

} // namespace duban::core
