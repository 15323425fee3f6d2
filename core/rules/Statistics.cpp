#include "Statistics.h"

#include <algorithm>

namespace duban::core {

int LightCounts::of(Light light) const
{
    switch (light) {
    case Light::Green:
        return green;
    case Light::Yellow:
        return yellow;
    case Light::Red:
        return red;
    case Light::Completed:
        return completed;
    case Light::CompletedLate:
        return completedLate;
    }
    return 0;
}

void LightCounts::add(Light light)
{
    ++total;
    switch (light) {
    case Light::Green:
        ++green;
        break;
    case Light::Yellow:
        ++yellow;
        break;
    case Light::Red:
        ++red;
        break;
    case Light::Completed:
        ++completed;
        break;
    case Light::CompletedLate:
        ++completedLate;
        break;
    }
}

int ScheduleCounts::of(ScheduleJudgement judgement) const
{
    switch (judgement) {
    case ScheduleJudgement::NotStarted:
        return notStarted;
    case ScheduleJudgement::Behind:
        return behind;
    case ScheduleJudgement::OnSchedule:
        return onSchedule;
    case ScheduleJudgement::Ahead:
        return ahead;
    case ScheduleJudgement::Completed:
        return completed;
    }
    return 0;
}

void ScheduleCounts::add(const StatusLight &light)
{
    switch (light.schedule) {
    case ScheduleJudgement::NotStarted:
        ++notStarted;
        break;
    case ScheduleJudgement::Behind:
        ++behind;
        break;
    case ScheduleJudgement::OnSchedule:
        ++onSchedule;
        break;
    case ScheduleJudgement::Ahead:
        ++ahead;
        break;
    case ScheduleJudgement::Completed:
        ++completed;
        break;
    }
    if (isBehindSchedule(light.schedule, light.share / 100.0))
        ++behindOrNotStarted;
}

void ReportCounts::add(ReportState state)
{
    switch (state) {
    case ReportState::NotOwed:
        return;
    case ReportState::OnTime:
        ++onTime;
        break;
    case ReportState::Late:
        ++late;
        break;
    case ReportState::Missing:
        ++missing;
        break;
    }
    ++due;
}

bool UnitStatistics::ranksBefore(const UnitStatistics &a, const UnitStatistics &b)
{
    if (a.overdue != b.overdue)
        return a.overdue < b.overdue;
    if (a.behind != b.behind)
        return a.behind < b.behind;
    if (a.completedOnTime != b.completedOnTime)
        return a.completedOnTime > b.completedOnTime;
    if (a.completed != b.completed)
        return a.completed > b.completed;
    if (a.led != b.led)
        return a.led > b.led;
    return a.name < b.name;
}

QList<RollCallEntry> rollCall(std::span<const TaskRow> rows, std::span<const StatusLight> lights,
                              const QHash<qint64, QString> &unitNames)
{
    QList<RollCallEntry> out;
    QHash<qint64, int> indexOf;
    const size_t n = std::min(rows.size(), lights.size());
    for (size_t i = 0; i < n; ++i) {
        if (lights[i].report != ReportState::Missing)
            continue;
        const TaskRow &r = rows[i];
        RollCallEntry::Missing missing{r.id, r.code, r.title, {}, {}, {}};
        for (const StatusReason &reason : lights[i].reasons) {
            if (reason.kind == ReasonKind::ReportMissing) {
                missing.since = reason.since;
                missing.until = reason.until;
                missing.due = reason.date;
            }
        }
        auto add = [&](qint64 unitId, const QString &name) {
            auto it = indexOf.constFind(unitId);
            if (it == indexOf.constEnd()) {
                it = indexOf.insert(unitId, int(out.size()));
                out.append(RollCallEntry{unitId, name, {}});
            }
            out[*it].tasks.append(missing);
        };
        if (r.leadUnit)
            add(r.leadUnit, r.lead);
        for (qint64 other : r.otherLeads)
            add(other, unitNames.value(other));
    }
    std::stable_sort(out.begin(), out.end(), [](const RollCallEntry &a, const RollCallEntry &b) {
        return a.tasks.size() != b.tasks.size() ? a.tasks.size() > b.tasks.size() : a.unit < b.unit;
    });
    return out;
}

TaskStatistics TaskStatistics::compute(std::span<const TaskRow> rows, std::span<const StatusLight> lights,
                                       const QHash<QString, int> &openNoticesByUnit,
                                       const QHash<qint64, QString> &unitNames,
                                       const QHash<QString, SignCounts> &signsByUnit)
{
    TaskStatistics s;
    QHash<qint64, int> unitIndex;
    auto unit = [&](qint64 id, const QString &name) -> UnitStatistics & {
        auto it = unitIndex.constFind(id);
        if (it == unitIndex.constEnd()) {
            it = unitIndex.insert(id, int(s.units.size()));
            UnitStatistics u;
            u.unitId = id;
            u.name = name;
            u.openNotices = openNoticesByUnit.value(name);
            u.signs = signsByUnit.value(name);
            s.units.append(u);
        }
        return s.units[*it];
    };
    for (size_t i = 0; i < rows.size(); ++i) {
        const TaskRow &r = rows[i];
        static const StatusLight unjudged;
        const StatusLight &status = i < lights.size() ? lights[i] : unjudged;
        const Light light = status.light;
        const bool behind = isBehindSchedule(status.schedule, status.share / 100.0);
        s.counts.add(light);
        s.schedule.add(status);
        s.reports.add(status.report);
        // Each lead counts as leading the task (A、B牵头: both answer for it).
        auto lead = [&](qint64 unitId, const QString &name) {
            UnitStatistics &u = unit(unitId, name);
            ++u.led;
            if (light == Light::Completed || light == Light::CompletedLate)
                ++u.completed;
            if (light == Light::Completed)
                ++u.completedOnTime;
            if (light == Light::Red)
                ++u.overdue;
            if (light == Light::Yellow)
                ++u.yellow;
            if (behind)
                ++u.behind;
            u.reports.add(status.report);
        };
        if (r.leadUnit)
            lead(r.leadUnit, r.lead);
        for (qint64 other : r.otherLeads)
            lead(other, unitNames.value(other));
        for (qint64 co : r.coUnits)
            ++unit(co, unitNames.value(co)).coHandled;
    }
    std::sort(s.units.begin(), s.units.end(), &UnitStatistics::ranksBefore);
    s.rollCall = core::rollCall(rows, lights, unitNames);
    return s;
}

} // namespace duban::core
