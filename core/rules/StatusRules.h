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

// The status rules (红黄绿灯): pure functions of data + an as-of date + settings; the clock is never read.
//
// For a task, as of the end of day asOf, in this order:
//  1. Completed / CompletedLate — status is Completed and completedOn <= asOf (a completion
//     dated after asOf is still open as of asOf; a Completed task without a date counts as
//     completed on time). Late means completedOn > deadline. Completed beats everything below.
//  2. Red — any of: asOf > deadline (Overdue, "逾期 N 天": due yesterday is overdue by 1 day);
//     a milestone with asOf > its date and Milestone::done false (the office ticks milestones;
//     progress reports do not tick them); a 催办/督办 unanswered as of asOf with asOf > its
//     responseDue (NoticeOverdue).
//  3. Yellow — any of: deadline == asOf (DueToday); 1 <= deadline − asOf <= dueSoonDays (DueSoon);
//     100 × elapsedShare(periodStart, deadline, asOf) − percent done > behindPoints (BehindSchedule;
//     exactly behindPoints behind is not yet yellow; percent done is that of the latest report,
//     0 without one); no report dated in the current reporting period up to asOf
//     (NoReportThisMonth: since the 1st of asOf's month; NoReportThisTenDays: since the 1st, 11th
//     or 21st — 旬 are 1–10, 11–20, 21–month end). Reporting is not expected before the plan
//     period starts.
//  4. Green otherwise.
// A light lists only the reasons of its own colour, in the order above.
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
    qint64 m_monthStart = 0;
    qint64 m_tenDayStart = 0;
    StatusThresholds m_settings;
};

/// Evaluates many tasks at once (same result as evaluate() on each; precomputes the as-of parts once).
std::vector<StatusLight> computeLights(std::span<const TaskFacts> facts, QDate asOf,
                                       const StatusThresholds &settings);

/// Convenience over the domain types: `reports` and `records` are this task's (taskId is not checked).
/// periodStart is the plan period's start; null → Jan 1 of the deadline's year.
StatusLight evaluate(const Task &task, const QList<ProgressReport> &reports,
                     const QList<SupervisionRecord> &records, QDate asOf, const StatusThresholds &settings,
                     QDate periodStart = {});

/// Reduces a task to facts as of asOf; the milestone span points into `milestoneStorage`, which must outlive
/// the facts.
TaskFacts makeTaskFacts(const Task &task, const QList<ProgressReport> &reports,
                        const QList<SupervisionRecord> &records, QDate asOf, QDate periodStart,
                        std::vector<MilestoneFact> &milestoneStorage);

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

/// First day of the reporting period containing asOf: the 1st of the month, or for TenDays the 1st, 11th or
/// 21st.
QDate reportingPeriodStart(ReportingCycle cycle, QDate asOf);

/// How a milestone date is named: Mar 31 → Q1 (一季度), Jun 30 → H1 (上半年), Sep 30 → Q1–Q3 (前三季度), else
/// Date.
PeriodLabel milestoneLabel(QDate date);

/// The label in words: "Q1", "H1", "Q1-Q3" (translated 一季度 / 上半年 / 前三季度), else the ISO date.
QString periodLabelText(QDate date);

/// One reason in words, e.g. "Overdue by 12 day(s)" (zh_CN: 逾期 12 天).
QString reasonText(const StatusReason &reason);

/// All reasons of a light in words, in order.
QStringList reasonTexts(const StatusLight &light);

/// The light's name: "Green", "Yellow", "Red", "Completed", "Completed late".
QString lightText(Light light);

} // namespace duban::core
