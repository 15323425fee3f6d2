#pragma once

#include <QDate>
#include <QString>

namespace duban::core {

/// The office's judgement of a task against 序时进度 (time-elapsed schedule).
enum class ScheduleJudgement : quint8
{
    NotStarted, ///< 尚未启动: nothing done yet (0 %, or no report)
    Behind,     ///< 未达到序时进度: more than the tolerance below the share of time elapsed
    OnSchedule, ///< 达到序时进度: within the tolerance of the share of time elapsed
    Ahead,      ///< 超过序时进度: more than the tolerance above the share of time elapsed
    Completed,  ///< 已完成: closed (办结) or reported 100 %
};

/// How the share of a period elapsed is counted.
enum class ScheduleBasis : quint8
{
    Months, ///< whole months, as offices count: 25 % at the end of Q1, 50 % at the end of June, 50 % on Jul 1
    Days,   ///< day by day: every day adds its share of its month (Feb 14 of a year → 1.5/12)
};

/// Start of the plan period when none is given: January 1 of the deadline's year (null if deadline is null).
QDate defaultPeriodStart(QDate deadline);

/// Share (0..1) of the period [periodStart, periodEnd] elapsed at the end of the day asOf (序时进度).
///
/// By Months (the office's rule): elapsed whole months of the period ÷ months of the period, where the
/// months of the period are every calendar month it touches and a month has elapsed at the end of its last
/// day. A full-year period is at 3/12 on Mar 31 (and still on Apr 30's eve), 6/12 from Jun 30 to Jul 30,
/// 11/12 on Nov 30; a period from Oct 15 to Dec 31 has 3 months, none elapsed on Oct 15.
/// By Days: every month of the period weighs the same and a day of a month weighs 1/(days in that month),
/// so the share grows day by day (Feb 14, 2023 of a full year → 1.5/12) and equals the Months share at
/// month ends.
/// Both ends are inclusive: the share is 1 at the end of the periodEnd day and 0 before periodStart. A null
/// periodStart means defaultPeriodStart(periodEnd). Returns 0 for a null periodEnd or asOf; for a period
/// that ends before it starts, 1 from periodEnd on and 0 before.
double elapsedShare(QDate periodStart, QDate periodEnd, QDate asOf,
                    ScheduleBasis basis = ScheduleBasis::Months);

/// Judges percent done against the share of time elapsed (0..1).
///
/// Completed (closed, or percent ≥ 100) wins; then percent ≤ 0 is NotStarted; otherwise with
/// expected = 100 × elapsedShare: percent < expected − tolerance → Behind,
/// percent > expected + tolerance → Ahead, else OnSchedule (both edges inclusive). The office's tolerance
/// is 0: 49 % at a share of 50 % is behind, 50 % is on schedule, 51 % ahead.
ScheduleJudgement judgeSchedule(int percentDone, double elapsedShare, bool completed,
                                double tolerancePoints = 0.0);

/// Whether the judgement counts as behind schedule (yellow): Behind, or NotStarted once any of the period
/// has elapsed (尚未启动 at a share above 0).
bool isBehindSchedule(ScheduleJudgement judgement, double elapsedShare);

/// The judgement as the JSON contract names it: "not-started", "behind", "on-schedule", "ahead",
/// "completed".
const char *judgementKey(ScheduleJudgement judgement);

/// Percent points as offices write 序时进度: at most one decimal, none when whole ("50", "91.7").
QString percentPointsText(double points);

/// The judgement in words (English source; 尚未启动 / 未达到序时进度 / … in the zh_CN translation).
QString judgementText(ScheduleJudgement judgement);

} // namespace duban::core
