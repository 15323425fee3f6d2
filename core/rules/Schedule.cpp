#include "Schedule.h"

#include <algorithm>
#include <QCoreApplication>

namespace duban::core {

namespace {

/// A date split into its month index (year × 12 + month − 1), day and the month's length.
struct MonthDay
{
    qint64 monthIndex = 0;
    int day = 0;
    int daysInMonth = 0;
};

MonthDay splitDate(QDate date)
{
    int y = 0;
    int m = 0;
    int d = 0;
    date.getDate(&y, &m, &d);
    return {qint64(y) * 12 + (m - 1), d, date.daysInMonth()};
}

/// Months from the start of `start`'s day to the end of `end`'s day (may be negative).
double monthsBetween(const MonthDay &start, const MonthDay &end)
{
    return double(end.monthIndex - start.monthIndex) + double(end.day) / end.daysInMonth -
           double(start.day - 1) / start.daysInMonth;
}

} // namespace

QDate defaultPeriodStart(QDate deadline)
{
    return deadline.isValid() ? QDate(deadline.year(), 1, 1) : QDate();
}

double elapsedShare(QDate periodStart, QDate periodEnd, QDate asOf, ScheduleBasis basis)
{
    if (!periodEnd.isValid() || !asOf.isValid())
        return 0.0;
    if (!periodStart.isValid())
        periodStart = defaultPeriodStart(periodEnd);
    if (asOf >= periodEnd)
        return 1.0;
    if (asOf < periodStart)
        return 0.0;
    const MonthDay start = splitDate(periodStart);
    const MonthDay end = splitDate(periodEnd);
    const MonthDay at = splitDate(asOf);
    if (basis == ScheduleBasis::Months) {
        const qint64 months = end.monthIndex - start.monthIndex + 1;
        if (months <= 0)
            return 0.0; // asOf < periodEnd < periodStart: nothing elapsed of an empty period yet
        // A month has elapsed at the end of its last day.
        const qint64 elapsed = at.monthIndex - start.monthIndex + (at.day == at.daysInMonth ? 1 : 0);
        return std::clamp(double(elapsed) / double(months), 0.0, 1.0);
    }
    const double length = monthsBetween(start, end);
    if (length <= 0.0)
        return 0.0;
    return std::clamp(monthsBetween(start, at) / length, 0.0, 1.0);
}

ScheduleJudgement judgeSchedule(int percentDone, double share, bool completed, double tolerancePoints)
{
    if (completed || percentDone >= 100)
        return ScheduleJudgement::Completed;
    if (percentDone <= 0)
        return ScheduleJudgement::NotStarted;
    const double expected = 100.0 * share;
    // A hair of slack so that shares computed in floating point (e.g. 11/12) do not flip an edge.
    constexpr double slack = 1e-9;
    if (percentDone < expected - tolerancePoints - slack)
        return ScheduleJudgement::Behind;
    if (percentDone > expected + tolerancePoints + slack)
        return ScheduleJudgement::Ahead;
    return ScheduleJudgement::OnSchedule;
}

QString percentPointsText(double points)
{
    const double rounded = qRound(points * 10.0) / 10.0;
    if (rounded == double(qRound(rounded)))
        return QString::number(qRound(rounded));
    return QString::number(rounded, 'f', 1);
}

bool isBehindSchedule(ScheduleJudgement judgement, double share)
{
    return judgement == ScheduleJudgement::Behind ||
           (judgement == ScheduleJudgement::NotStarted && share > 0.0);
}

const char *judgementKey(ScheduleJudgement judgement)
{
    switch (judgement) {
    case ScheduleJudgement::NotStarted:
        return "not-started";
    case ScheduleJudgement::Behind:
        return "behind";
    case ScheduleJudgement::OnSchedule:
        return "on-schedule";
    case ScheduleJudgement::Ahead:
        return "ahead";
    case ScheduleJudgement::Completed:
        return "completed";
    }
    return "";
}

QString judgementText(ScheduleJudgement judgement)
{
    switch (judgement) {
    case ScheduleJudgement::NotStarted:
        return QCoreApplication::translate("duban::core::Schedule", "Not started");
    case ScheduleJudgement::Behind:
        return QCoreApplication::translate("duban::core::Schedule", "Behind schedule");
    case ScheduleJudgement::OnSchedule:
        return QCoreApplication::translate("duban::core::Schedule", "On schedule");
    case ScheduleJudgement::Ahead:
        return QCoreApplication::translate("duban::core::Schedule", "Ahead of schedule");
    case ScheduleJudgement::Completed:
        return QCoreApplication::translate("duban::core::Schedule", "Completed");
    }
    return {};
}

} // namespace duban::core
