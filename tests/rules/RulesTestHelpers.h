#pragma once

// Helpers shared by the rules tests: readable gtest output for Qt values and terse fact builders.
#include "core/rules/StatusRules.h"
#include "support/Printers.h"

#include <ostream>
#include <QDate>
#include <QString>

namespace duban::core {

inline void PrintTo(Light light, std::ostream *os)
{
    *os << lightText(light).toStdString();
}

inline void PrintTo(const StatusReason &r, std::ostream *os)
{
    *os << "{kind " << int(r.kind) << ", days " << r.days << ", date "
        << r.date.toString(Qt::ISODate).toStdString() << ", " << reasonText(r).toStdString() << '}';
}

} // namespace duban::core

namespace rules_test {

inline QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

/// Stands for "the report owed as of the date came on time" in TaskFacts::firstOwedReport; withOwedReport()
/// puts the owed period's first day in its place.
inline const QDate kOnTimeReport(1, 1, 1);

/// Facts of an open task of a full plan year (Jan 1 of the deadline's year to the deadline) that last
/// reported `percent` on `reportedOn` and reported on time for the period owed.
inline duban::core::TaskFacts openTask(QDate deadline, QDate reportedOn, int percent = 100)
{
    duban::core::TaskFacts f;
    f.deadline = deadline;
    f.periodStart = QDate(deadline.isValid() ? deadline.year() : 2023, 1, 1);
    f.lastReport = reportedOn;
    f.lastPercent = percent;
    f.firstOwedReport = kOnTimeReport;
    f.cycle = duban::core::ReportingCycle::Monthly;
    return f;
}

/// The facts as of asOf, with kOnTimeReport replaced by the first day of the period owed.
inline duban::core::TaskFacts withOwedReport(duban::core::TaskFacts f, QDate asOf,
                                             const duban::core::StatusThresholds &s)
{
    if (f.firstOwedReport == kOnTimeReport)
        f.firstOwedReport = duban::core::owedPeriod(f.cycle, asOf, s).first;
    return f;
}

} // namespace rules_test
