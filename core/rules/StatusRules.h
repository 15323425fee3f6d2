#pragma once

#include "core/domain/ProgressReport.h"
#include "core/domain/SupervisionRecord.h"
#include "core/domain/Task.h"
#include "StatusLight.h"
#include "StatusReason.h"
#include "StatusThresholds.h"
#include "TaskFacts.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <span>
#include <vector>

// The status rules (红黄绿灯): pure functions of data + an as-of date + thresholds; the clock is never read.
//
// For a task, as of the end of day asOf, in this order:
//  1. Completed / CompletedLate — status is Completed and completedOn <= asOf (a completion
//     dated after asOf is still open as of asOf; a Completed task without a date counts as
//     completed on time). Late means completedOn > deadline. Completed beats everything below, and the
//     schedule reads 已完成 (the last reported percent is history).
//  2. Red — any of: asOf > deadline (Overdue, "逾期 N 天": due yesterday is overdue by 1 day);
//     a milestone with asOf > its date and Milestone::done false (the office ticks milestones;
//     progress reports do not tick them); a 催办/督办 unanswered as of asOf with asOf > its
//     responseDue (NoticeOverdue).
//  3. Yellow — any of: deadline == asOf (DueToday); 1 <= deadline − asOf <= dueSoonDays (DueSoon);
//     序时进度 (BehindSchedule): percent done (of the latest report, 0 without one) below the share of the
//     period [periodStart, deadline] elapsed by scheduleBasis, less scheduleTolerance — 未达到序时进度, or
//     尚未启动 once the share is above 0; the report owed (ReportMissing 未报 / ReportLate 迟报): for the
//     latest reporting period whose due day has passed under the task's schedule (scheduleOf(): the
//     task's, else its plan's, else the ledger's — a month by day N of the next month, a 旬 by N days
//     after it, a quarter or half-year by day N of the month after it; a task reporting once owes one
//     report from its start, due by its deadline; None owes nothing), the first report of a lead unit
//     dated on or after the period's first day is missing or dated after the due day. A period that ends
//     before the task's start is not owed. The first of a month is no day of its own: the period owed
//     changes on the day after a due day.
//  4. Green otherwise.
// A light lists every reason that applies: the red ones, then the yellow ones, each in the order above.
namespace duban::core {

/// Evaluates one task's facts as of asOf.
StatusLight evaluate(const TaskFacts &facts, QDate asOf, const StatusThresholds &settings);

/// Judges task after task as of one date, for callers that stream: the parts that depend only on the
/// date and the settings are computed once (the same result as evaluate() on each).
class LightEvaluator final
{
public:
    LightEvaluator(QDate asOf, const StatusThresholds &settings);
    StatusLight operator()(const TaskFacts &facts) const;

private:
    QDate m_asOfDate;
    qint64 m_asOf = 0;
    ReportingPeriod m_monthDue;
    ReportingPeriod m_tenDaysDue;
    StatusThresholds m_settings;
};

/// Evaluates many tasks at once (same result as evaluate() on each; precomputes the as-of parts once).
std::vector<StatusLight> computeLights(std::span<const TaskFacts> facts, QDate asOf,
                                       const StatusThresholds &settings);

/// Convenience over the domain types: `reports` and `records` are this task's (taskId is not checked).
/// periodStart is the 序时进度 period's start (periodStartOf()); null → Jan 1 of the deadline's year. A
/// report counts for the period owed when its unit is one of task.leads (or empty).
StatusLight evaluate(const Task &task, const QList<ProgressReport> &reports,
                     const QList<SupervisionRecord> &records, QDate asOf, const StatusThresholds &settings,
                     QDate periodStart = {});

/// Reduces a task to facts as of asOf; the milestone span points into `milestoneStorage`, which must outlive
/// the facts.
TaskFacts makeTaskFacts(const Task &task, const QList<ProgressReport> &reports,
                        const QList<SupervisionRecord> &records, QDate asOf, const StatusThresholds &settings,
                        QDate periodStart, std::vector<MilestoneFact> &milestoneStorage);

/// True if the record had been sent by asOf (or has no date) and had no reply dated on or before asOf.
bool isUnansweredAsOf(const SupervisionRecord &record, QDate asOf);

/// The earliest responseDue among records unanswered as of asOf (null if none):
/// TaskFacts::unansweredResponseDue.
QDate earliestUnansweredResponseDue(const QList<SupervisionRecord> &records, QDate asOf);

/// A supervision record's own light: Red (NoticeOverdue) if unanswered past its responseDue,
/// Completed / CompletedLate (RepliedLate) once answered, Green while awaiting a reply in time
/// or not yet sent as of asOf. Applies to reminders (催办) and notices (督办) alike.
StatusLight recordLight(const SupervisionRecord &record, QDate asOf);

/// The cycle a task reports on: its own, or settings.defaultCycle for Default (Monthly if that is Default
/// too).
ReportingCycle effectiveCycle(ReportingCycle cycle, const StatusThresholds &settings);

/// The reporting period a task of `cycle` owes a report for as of asOf: the latest one past its due day
/// (latestPeriodDue() with the thresholds' due days).
ReportingPeriod owedPeriod(ReportingCycle cycle, QDate asOf, const StatusThresholds &settings);

/// The schedule in force for a task whose own schedule over its plan's (combineSchedules()) is `combined`:
/// its cycle (Default: settings.defaultCycle, Monthly if that is Default too) and due day (0: the ledger's
/// for that cycle, reportDueDay or tenDayDueDays). Once and None keep a due day of 0.
ReportingSchedule effectiveSchedule(const ReportingSchedule &combined, const StatusThresholds &settings);

/// The schedule in force for the facts' task (its cycle and reportDueDay through effectiveSchedule()).
ReportingSchedule scheduleOf(const TaskFacts &facts, const StatusThresholds &settings);

/// The day reports are owed from for the facts' task: its start (交办), else its 序时进度 period's start,
/// else Jan 1 of its deadline's year; null without any.
QDate reportingStart(const TaskFacts &facts);

/// The period the facts' task owes a report for as of asOf: the latest past its due day for a periodic
/// schedule; for a task that reports once, oncePeriod() once its deadline has passed; invalid for None or
/// when nothing is due yet.
ReportingPeriod owedPeriod(const TaskFacts &facts, QDate asOf, const StatusThresholds &settings);

/// How a milestone date is named: Mar 31 → Q1 (一季度), Jun 30 → H1 (上半年), Sep 30 → Q1–Q3 (前三季度), else
/// Date.
PeriodLabel milestoneLabel(QDate date);

/// The label in words: "Q1", "H1", "Q1-Q3" (translated 一季度 / 上半年 / 前三季度), else the ISO date.
QString periodLabelText(QDate date);

/// A reporting period in words: a month "2023-05" (2023年5月), a 旬 "early 2023-05" (2023年5月上旬), a
/// quarter "2023 Q2" (2023年第二季度), a half-year "2023 H1 (half-year)" (2023年上半年), else the dates it
/// runs over (a task that reports once).
QString reportingPeriodText(const QDate &since, const QDate &until);

/// One reason in words, e.g. "Overdue by 12 day(s)" (zh_CN: 逾期 12 天).
QString reasonText(const StatusReason &reason);

/// All reasons of a light in words, in order.
QStringList reasonTexts(const StatusLight &light);

/// The first reason in words, shortened for a table cell ("逾期12天"); empty without reasons.
QString shortReasonText(const StatusLight &light);

/// The report state as the JSON contract and the statistics name it: "not-owed", "on-time", "late",
/// "missing".
const char *reportStateKey(ReportState state);

/// The JSON contract's name of a reason kind: "deadline-passed", "milestone-missed", "notice-unanswered",
/// "due-soon" (due today too), "behind-schedule", "report-missing", "report-late", "completed-late",
/// "replied-late".
const char *reasonKey(ReasonKind kind);

/// The light's name: "Green", "Yellow", "Red", "Completed", "Completed late".
QString lightText(Light light);

} // namespace duban::core
