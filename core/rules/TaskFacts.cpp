#include "TaskFacts.h"

namespace duban::core {

QDate periodStartOf(int planYear, QDate planIssued, QDate taskStart)
{
    if (planYear <= 0)
        return taskStart;
    const QDate yearStart(planYear, 1, 1);
    if (!taskStart.isValid() || (planIssued.isValid() && taskStart <= planIssued) || taskStart < yearStart)
        return yearStart;
    return taskStart;
}

void applyLatestReports(std::span<TaskFacts> facts, std::span<const ReportFact> reports, QDate asOf)
{
    if (!asOf.isValid())
        return;
    const qint64 asOfJd = asOf.toJulianDay();
    const auto count = qint64(facts.size());
    for (const ReportFact &report : reports) {
        if (report.taskIndex < 0 || report.taskIndex >= count || !report.date.isValid())
            continue;
        const qint64 jd = report.date.toJulianDay();
        if (jd > asOfJd)
            continue;
        TaskFacts &f = facts[std::size_t(report.taskIndex)];
        if (!f.lastReport.isValid() || jd > f.lastReport.toJulianDay()) {
            f.lastReport = report.date;
            f.lastPercent = report.percent;
        } else if (jd == f.lastReport.toJulianDay() && report.percent > f.lastPercent) {
            f.lastPercent = report.percent;
        }
    }
}

} // namespace duban::core
