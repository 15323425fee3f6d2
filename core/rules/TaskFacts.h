#pragma once

#include "core/domain/Task.h"

#include <QDate>
#include <span>

namespace duban::core {

/// A milestone reduced to what the status rules need.
struct MilestoneFact
{
    QDate date;
    bool done = false;
};

/// One task reduced to what the status rules need as of one date; storage can fill these in bulk.
///
/// All "as of" fields are relative to the as-of date the facts are evaluated with.
struct TaskFacts
{
    QDate deadline; ///< null: no deadline rules (overdue, due soon, behind schedule)
    TaskStatus status = TaskStatus::Open;
    QDate completedOn;                         ///< a completion after asOf counts as still open
    std::span<const MilestoneFact> milestones; ///< not owned: points into the caller's storage
    QDate lastReport;                          ///< latest progress report dated <= asOf; null if none
    int lastPercent = 0;                       ///< percent of that report (0 if none)
    /// The reporting cycle of the task, else of its plan (combineSchedules()); Default: the ledger's.
    ReportingCycle cycle = ReportingCycle::Default;
    /// The due day of that cycle from the task, else its plan (ReportingSchedule::dueDay); 0: the ledger's.
    int reportDueDay = 0;
    /// Start of the period 序时进度 is measured over (to the deadline): January 1 of the plan year for a task
    /// that came with its plan, the task's own start for one assigned later; null → Jan 1 of the deadline's
    /// year (periodStartOf()).
    QDate periodStart;
    QDate
        startDate; ///< the task's start (交办): reports are owed for periods ending on or after it; null: any
    /// Earliest report by a lead unit (or by no unit) dated on or after the first day of the reporting period
    /// the task owes as of asOf (owedPeriod() with the same thresholds) and on or before asOf; null if
    /// none. Reports of co-units are not owed and do not count.
    QDate firstOwedReport;
    bool reportsRead = true;     ///< false: the facts carry no reports (red can be judged, yellow cannot)
    QDate unansweredResponseDue; ///< earliest response date of records unanswered as of asOf; null if none

    // The loop (read with the reports: they only make yellow).
    /// The last day to 签收 (N working days after 交办); null: nothing owed.
    QDate signDue;
    int unsignedUnits = 0; ///< units that had not signed as of asOf
    QString unsignedNames; ///< their names, joined with 、
    QDate returnedOn;      ///< the latest 办结申请 was returned on this day (as of asOf), and none waits
    QString returnReason;
    QDate extensionAsked; ///< a 延期申请 made on this day waits for a decision as of asOf
    QDate extensionTo;    ///< the deadline it asks for
};

/// The period start of a task: Jan 1 of the plan year (planYear > 0) for a task that starts on or before
/// the plan's issue date (or has no start), else the task's own start (a task added later is measured from
/// its 交办, never before the plan year). Without a plan year: the start, or null.
QDate periodStartOf(int planYear, QDate planIssued, QDate taskStart);

/// One progress report reduced to what applyLatestReports() needs (16 bytes).
struct ReportFact
{
    QDate date;
    qint32 taskIndex = 0; ///< index into the TaskFacts span
    qint32 percent = 0;
};

/// Fills TaskFacts::lastReport / lastPercent from a flat, unordered list of reports in one pass:
/// the latest report dated on or before asOf wins; of several on that date, the highest percent.
/// Reports with a null date, a date after asOf or a taskIndex outside `facts` are ignored.
/// Existing lastReport values take part (call on freshly built facts to start clean).
void applyLatestReports(std::span<TaskFacts> facts, std::span<const ReportFact> reports, QDate asOf);

} // namespace duban::core
