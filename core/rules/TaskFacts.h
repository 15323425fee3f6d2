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
    ReportingCycle cycle = ReportingCycle::Default;
    QDate periodStart;           ///< start of the plan period; null → Jan 1 of the deadline's year
    QDate unansweredResponseDue; ///< earliest response date of records unanswered as of asOf; null if none
};

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
