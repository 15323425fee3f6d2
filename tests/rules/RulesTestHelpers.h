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

/// Facts of an open full-year 2023 task (Jan 1 – Dec 31) that reported `percent` on `reportedOn`.
inline duban::core::TaskFacts openTask(QDate deadline, QDate reportedOn, int percent = 95)
{
    duban::core::TaskFacts f;
    f.deadline = deadline;
    f.periodStart = QDate(deadline.year(), 1, 1);
    f.lastReport = reportedOn;
    f.lastPercent = percent;
    f.cycle = duban::core::ReportingCycle::Monthly;
    return f;
}

} // namespace rules_test
