#include "ScoreRules.h"

#include "StatusRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace duban::core {

namespace {

/// Whether the task was closed as of asOf, and on which day (null: closed without a date, which counts as
/// closed on every day).
struct Closure
{
    bool closed = false;
    QDate on;

    /// Whether the task was closed on or before `day`.
    bool byDay(QDate day) const { return closed && (!on.isValid() || on <= day); }
};

Closure closureOf(const TaskFacts &f, QDate asOf)
{
    if (f.status != TaskStatus::Completed || (f.completedOn.isValid() && f.completedOn > asOf))
        return {};
    return {true, f.completedOn};
}

/// The first report dated on or after `from` and on or before asOf, or null.
QDate firstReportSince(const std::vector<QDate> &reports, QDate from, QDate asOf)
{
    const auto it = std::lower_bound(reports.begin(), reports.end(), from);
    return it != reports.end() && *it <= asOf ? *it : QDate();
}

/// The periods the schedule made due as of asOf, oldest first.
QList<ReportingPeriod> periodsOwed(const TaskFacts &f, QDate asOf, const StatusThresholds &settings)
{
    const ReportingSchedule schedule = scheduleOf(f, settings);
    if (schedule.cycle == ReportingCycle::Once) {
        const ReportingPeriod once = oncePeriod(reportingStart(f), f.deadline);
        return once.isValid() && asOf > once.due ? QList<ReportingPeriod>{once} : QList<ReportingPeriod>{};
    }
    return periodsDue(schedule, reportingStart(f), asOf);
}

void addPerLead(QList<ScoreItem> &out, const ScoreTask &t, ScoreKind kind, QDate date,
                const ReportingPeriod &period = {})
{
    for (const QString &lead : t.leads) {
        ScoreItem item;
        item.kind = kind;
        item.unit = lead;
        item.taskId = t.id;
        item.task = t.code;
        item.date = date;
        item.period = period;
        out.append(item);
    }
}

void addNotSigned(QList<ScoreItem> &out, const ScoreTask &t, const ScoreInput &input, QDate asOf,
                  const Closure &closure)
{
    if (!t.signDue.isValid() || asOf <= t.signDue || closure.byDay(t.signDue))
        return;
    const QHash<QString, QDate> signedOn = input.signedOn.value(t.id);
    for (const QString &unit : t.units) {
        const QDate on = signedOn.value(unit);
        if (on.isValid() && on <= asOf)
            continue;
        ScoreItem item;
        item.kind = ScoreKind::NotSigned;
        item.unit = unit;
        item.taskId = t.id;
        item.task = t.code;
        item.date = t.signDue;
        out.append(item);
    }
}

} // namespace

const char *scoreKindKey(ScoreKind kind)
{
    switch (kind) {
    case ScoreKind::NotSigned:
        return "not-signed";
    case ScoreKind::ReportMissing:
        return "report-missing";
    case ScoreKind::ReportLate:
        return "report-late";
    case ScoreKind::Overdue:
        return "overdue";
    case ScoreKind::CompletedOnTime:
        return "completed-on-time";
    case ScoreKind::Returned:
        return "returned";
    }
    return "";
}

QString scoreKindText(ScoreKind kind)
{
    switch (kind) {
    case ScoreKind::NotSigned:
        return QCoreApplication::translate("duban::core::ScoreRules", "Not acknowledged");
    case ScoreKind::ReportMissing:
        return QCoreApplication::translate("duban::core::ScoreRules", "Report missing");
    case ScoreKind::ReportLate:
        return QCoreApplication::translate("duban::core::ScoreRules", "Report late");
    case ScoreKind::Overdue:
        return QCoreApplication::translate("duban::core::ScoreRules", "Overdue");
    case ScoreKind::CompletedOnTime:
        return QCoreApplication::translate("duban::core::ScoreRules", "Completed on time");
    case ScoreKind::Returned:
        return QCoreApplication::translate("duban::core::ScoreRules", "Completion returned");
    }
    return {};
}

QString ScorePoints::keyOf(ScoreKind kind)
{
    switch (kind) {
    case ScoreKind::NotSigned:
        return QStringLiteral("notSigned");
    case ScoreKind::ReportMissing:
        return QStringLiteral("reportMissing");
    case ScoreKind::ReportLate:
        return QStringLiteral("reportLate");
    case ScoreKind::Overdue:
        return QStringLiteral("overdue");
    case ScoreKind::CompletedOnTime:
        return QStringLiteral("completedOnTime");
    case ScoreKind::Returned:
        return QStringLiteral("returned");
    }
    return {};
}

QList<PeriodReport> reportHistory(const TaskFacts &facts, const std::vector<QDate> &reports, QDate asOf,
                                  const StatusThresholds &settings)
{
    QList<PeriodReport> out;
    if (!asOf.isValid())
        return out;
    const Closure closure = closureOf(facts, asOf);
    const QDate start = reportingStart(facts);
    for (const ReportingPeriod &p : periodsOwed(facts, asOf, settings)) {
        if (closure.byDay(p.due))
            break; // closed by its due day: neither this period nor a later one is owed
        PeriodReport r;
        r.period = p;
        r.firstReport = firstReportSince(reports, p.first, asOf);
        r.state = judgeReport(p, start, r.firstReport);
        if (r.state == ReportState::NotOwed)
            continue;
        if (r.state == ReportState::Missing)
            r.firstReport = {};
        out.append(r);
    }
    return out;
}

QList<ScoreItem> scoreItems(const ScoreInput &input, QDate asOf, const StatusThresholds &settings)
{
    QList<ScoreItem> out;
    if (!asOf.isValid())
        return out;
    QHash<qint64, int> indexOf;
    indexOf.reserve(qsizetype(input.tasks.size()));
    for (const ScoreTask &t : input.tasks) {
        indexOf.insert(t.id, int(indexOf.size()));
        const TaskFacts &f = t.facts;
        const Closure closure = closureOf(f, asOf);
        addNotSigned(out, t, input, asOf, closure);
        for (const PeriodReport &r : reportHistory(f, t.reports, asOf, settings)) {
            if (r.state == ReportState::Missing)
                addPerLead(out, t, ScoreKind::ReportMissing, r.period.due, r.period);
            else if (r.state == ReportState::Late)
                addPerLead(out, t, ScoreKind::ReportLate, r.firstReport, r.period);
        }
        if (!closure.closed && f.deadline.isValid() && asOf > f.deadline)
            addPerLead(out, t, ScoreKind::Overdue, f.deadline);
        if (closure.closed && (!f.deadline.isValid() || !closure.on.isValid() || closure.on <= f.deadline))
            addPerLead(out, t, ScoreKind::CompletedOnTime, closure.on);
    }
    for (const ScoreReturn &r : input.returns) {
        const int i = indexOf.value(r.taskId, -1);
        if (i < 0 || !r.on.isValid() || r.on > asOf)
            continue;
        const ScoreTask &t = input.tasks[size_t(i)];
        ScoreItem item;
        item.kind = ScoreKind::Returned;
        item.unit = r.unit.isEmpty() ? t.leads.value(0) : r.unit;
        item.taskId = t.id;
        item.task = t.code;
        item.date = r.on;
        if (!item.unit.isEmpty())
            out.append(item);
    }
    return out;
}

QList<UnitScore> scoreUnits(const QList<ScoreItem> &items, const QStringList &units,
                            const ScorePoints &points)
{
    QList<UnitScore> out;
    QHash<QString, int> indexOf;
    auto scoreOf = [&](const QString &unit) -> UnitScore & {
        auto it = indexOf.constFind(unit);
        if (it == indexOf.constEnd()) {
            it = indexOf.insert(unit, int(out.size()));
            UnitScore s;
            s.unit = unit;
            s.score = points.base;
            out.append(s);
        }
        return out[*it];
    };
    for (const QString &unit : units)
        scoreOf(unit);
    for (ScoreItem item : items) {
        item.points = points.of(item.kind);
        UnitScore &s = scoreOf(item.unit);
        s.score += item.points;
        ++s.counts[size_t(item.kind)];
        s.items.append(item);
    }
    return out;
}

void assignRanks(QList<UnitScore> &sorted)
{
    for (qsizetype i = 0; i < sorted.size(); ++i)
        sorted[i].rank = i > 0 && sorted[i].score == sorted[i - 1].score ? sorted[i - 1].rank : int(i + 1);
}

QList<UnitPeriodReport> unitReportHistory(const ScoreInput &input, const QString &unit, QDate from, QDate to,
                                          const StatusThresholds &settings)
{
    QList<UnitPeriodReport> out;
    for (const ScoreTask &t : input.tasks) {
        if (!t.leads.contains(unit))
            continue;
        for (const PeriodReport &r : reportHistory(t.facts, t.reports, to, settings)) {
            if (from.isValid() && r.period.due < from)
                continue;
            out.append(UnitPeriodReport{t.id, t.code, r});
        }
    }
    return out;
}

QHash<QString, SignCounts> signCountsByUnit(const ScoreInput &input, QDate asOf)
{
    QHash<QString, SignCounts> out;
    if (!asOf.isValid())
        return out;
    for (const ScoreTask &t : input.tasks) {
        if (closureOf(t.facts, asOf).closed || !t.signDue.isValid() || asOf <= t.signDue)
            continue;
        const QHash<QString, QDate> signedOn = input.signedOn.value(t.id);
        for (const QString &unit : t.units) {
            SignCounts &c = out[unit];
            ++c.required;
            const QDate on = signedOn.value(unit);
            if (on.isValid() && on <= asOf)
                ++c.signedOff;
        }
    }
    return out;
}

} // namespace duban::core
