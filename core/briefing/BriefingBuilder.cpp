#include "BriefingBuilder.h"

#include "core/storage/LedgerSettingKeys.h"

#include "core/storage/Database.h"

#include "BriefingArchive.h"
#include "core/rules/StatusRules.h"
#include "core/storage/IndicatorRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/StatusLoader.h"
#include "core/storage/TaskRowLoader.h"
#include "core/storage/UnitRepository.h"

#include <algorithm>

namespace duban::core {

namespace {

bool isClosed(Light light)
{
    return light == Light::Completed || light == Light::CompletedLate;
}

/// Days behind for the overdue list: past the deadline, else past the missed milestone or response date.
int daysLate(const StatusLight &light)
{
    int days = 0;
    for (const StatusReason &r : light.reasons) {
        if (r.kind == ReasonKind::Overdue || r.kind == ReasonKind::MilestoneMissed ||
            r.kind == ReasonKind::NoticeOverdue)
            days = std::max(days, r.days);
    }
    return days;
}

} // namespace

BriefingBuilder::BriefingBuilder(Database &database) : m_database(&database), m_db(database.connection()) {}

QString BriefingBuilder::defaultSeries()
{
    return tr("Supervision Briefing");
}

QString BriefingBuilder::defaultTitle()
{
    return tr("Supervision Report on the Progress of Key Tasks");
}

QString BriefingBuilder::officeSettingKey()
{
    return ledgerkeys::briefingOffice();
}

struct BriefingBuilder::TaskLights
{
    std::vector<TaskRow> rows;
    StatusSnapshot snapshot;
    std::vector<StatusLight> lights;    ///< aligned with snapshot.facts
    std::vector<StatusLight> rowStatus; ///< aligned with rows: the status, green for a row without facts
    std::vector<int> factIndex;         ///< aligned with rows: the index in snapshot.facts, or -1
    QHash<qint64, size_t> rowOf;        ///< task id → index in rows
};

BriefingContent BriefingBuilder::build(const BriefingOptions &options) const
{
    BriefingContent c = masthead(options);
    const TaskLights tasks = taskLights(c.asOf);
    addOverview(c, tasks);
    addSections(c, tasks);
    addSchedule(c, tasks);
    addOverdue(c, tasks);
    addSupervision(c, tasks);
    addTargets(c);
    return c;
}

BriefingContent BriefingBuilder::masthead(const BriefingOptions &options) const
{
    BriefingContent c;
    c.asOf = options.asOf;
    c.issue = options.issue;
    c.parts = options.parts;
    c.remarks = options.remarks.trimmed();
    c.series = options.series.trimmed().isEmpty() ? defaultSeries() : options.series.trimmed();
    c.title = options.title.trimmed().isEmpty() ? defaultTitle() : options.title.trimmed();
    c.issuedOn = options.issuedOn.isValid() ? options.issuedOn : options.asOf;

    const QList<Plan> plans = PlanRepository(*m_database).all();
    if (plans.size() == 1) {
        c.planTitle = plans.first().title;
        c.planNumber = plans.first().number;
    }
    c.office = options.office.trimmed();
    if (c.office.isEmpty())
        c.office = SettingsRepository(*m_database).value(officeSettingKey()).trimmed();
    if (c.office.isEmpty() && !plans.isEmpty())
        c.office = plans.first().issuer;
    return c;
}

BriefingBuilder::TaskLights BriefingBuilder::taskLights(QDate asOf) const
{
    TaskLights t;
    TaskRowLoader loader(*m_database);
    loader.setSearchKeys(false);
    t.rows = loader.loadAll();
    const StatusThresholds thresholds = SettingsRepository(*m_database).statusThresholds();
    t.snapshot = StatusLoader(*m_database).load(asOf, thresholds);
    t.lights = computeLights(t.snapshot.facts, asOf, thresholds);
    t.rowStatus.assign(t.rows.size(), StatusLight{});
    t.factIndex.assign(t.rows.size(), -1);
    t.rowOf.reserve(qsizetype(t.rows.size()));
    for (size_t i = 0; i < t.rows.size(); ++i) {
        const int k = t.snapshot.indexOf.value(t.rows[i].id, -1);
        t.factIndex[i] = k;
        if (k >= 0)
            t.rowStatus[i] = t.lights[size_t(k)];
        t.rowOf.insert(t.rows[i].id, i);
    }
    return t;
}

QHash<QString, int> BriefingBuilder::openNoticesByUnit(BriefingContent &c) const
{
    const QHash<QString, int> byUnit = ProgressRepository(*m_database).openNoticesByUnit(c.asOf);
    for (int n : byUnit)
        c.openNotices += n;
    return byUnit;
}

void BriefingBuilder::addOverview(BriefingContent &c, const TaskLights &tasks) const
{
    QHash<qint64, QString> names;
    for (const Unit &u : UnitRepository(*m_database).all())
        names.insert(u.id, u.name);
    const TaskStatistics stats =
        TaskStatistics::compute(tasks.rows, tasks.rowStatus, openNoticesByUnit(c), names);
    c.counts = stats.counts;
    c.schedule = stats.schedule;
    c.reports = stats.reports;
    for (const UnitStatistics &u : stats.units) {
        if (u.led > 0 || u.openNotices > 0)
            c.units.append(u);
    }
}

void BriefingBuilder::addSections(BriefingContent &c, const TaskLights &tasks)
{
    QHash<qint64, qsizetype> sectionIndex;
    for (size_t i = 0; i < tasks.rows.size(); ++i) {
        const TaskRow &r = tasks.rows[i];
        auto it = sectionIndex.constFind(r.sectionId);
        if (it == sectionIndex.constEnd()) {
            it = sectionIndex.insert(r.sectionId, c.sections.size());
            c.sections.append(SectionProgress{r.sectionId, r.section, {}});
        }
        c.sections[*it].counts.add(tasks.rowStatus[i].light);
    }
}

void BriefingBuilder::addSchedule(BriefingContent &c, const TaskLights &tasks)
{
    for (size_t i = 0; i < tasks.rows.size(); ++i) {
        const int k = tasks.factIndex[i];
        if (k < 0)
            continue;
        const TaskRow &r = tasks.rows[i];
        const TaskFacts &f = tasks.snapshot.facts[size_t(k)];
        const StatusLight &light = tasks.lights[size_t(k)];
        const bool closed = isClosed(light.light);
        ScheduleItem s;
        s.taskId = r.id;
        s.code = r.code;
        s.title = r.title;
        s.lead = r.leadText;
        s.light = light.light;
        s.reported = f.lastReport.isValid();
        // A closed task is done: its last reported percent is history.
        s.percent = closed ? 100 : s.reported ? f.lastPercent : 0;
        s.expectedPercent = light.share;
        s.judgement = light.schedule;
        if (!closed && s.reported)
            ++c.reportedTasks;
        // The same test as the lights and the per-unit table: a task lags when red or behind schedule.
        if (light.light == Light::Red || (!closed && isBehindSchedule(light.schedule, light.share / 100.0)))
            c.lagging.append(s);
        else if (closed || s.judgement == ScheduleJudgement::Ahead)
            c.goodProgress.append(s);
    }
}

void BriefingBuilder::addOverdue(BriefingContent &c, const TaskLights &tasks)
{
    for (size_t i = 0; i < tasks.rows.size(); ++i) {
        const int k = tasks.factIndex[i];
        if (k < 0 || tasks.lights[size_t(k)].light != Light::Red)
            continue;
        const TaskRow &r = tasks.rows[i];
        const StatusLight &light = tasks.lights[size_t(k)];
        OverdueItem o;
        o.taskId = r.id;
        o.code = r.code;
        o.title = r.title;
        o.lead = r.leadText;
        o.deadline = tasks.snapshot.facts[size_t(k)].deadline;
        o.daysOverdue = daysLate(light);
        // What is overdue, each saying which (一季度节点（…）逾期92天 is not the deadline being 92 days
        // past).
        QStringList red;
        for (const StatusReason &reason : light.reasons)
            if (reasonLight(reason.kind) == Light::Red)
                red.append(reasonText(reason));
        o.reason = red.join(tr("; "));
        c.overdue.append(o);
    }
    std::stable_sort(c.overdue.begin(), c.overdue.end(), [](const OverdueItem &a, const OverdueItem &b) {
        return a.daysOverdue > b.daysOverdue;
    });
}

void BriefingBuilder::addSupervision(BriefingContent &c, const TaskLights &tasks) const
{
    // Since the previous briefing, or for the first one the as-of month — the month before too when the
    // as-of date is its first day, so that a period is never just that one day by accident.
    const QDate previous = BriefingArchive(*m_database).previousAsOf(c.asOf);
    const QDate monthStart(c.asOf.year(), c.asOf.month(), 1);
    c.periodFrom = previous.isValid()     ? previous.addDays(1)
                   : monthStart == c.asOf ? monthStart.addMonths(-1)
                                          : monthStart;
    if (!c.has(BriefingPart::Supervision))
        return;
    const QList<SupervisionRecord> records =
        ProgressRepository(*m_database).recordsBetween(c.periodFrom, c.asOf);
    for (const SupervisionRecord &record : records) {
        SupervisionItem item;
        item.record = record;
        const auto it = tasks.rowOf.constFind(record.taskId);
        if (it != tasks.rowOf.constEnd()) {
            item.taskCode = tasks.rows[*it].code;
            item.taskTitle = tasks.rows[*it].title;
        }
        item.light = recordLight(record, c.asOf);
        c.supervision.append(item);
    }
}

void BriefingBuilder::addTargets(BriefingContent &c) const
{
    if (!c.has(BriefingPart::Targets))
        return;
    const IndicatorRepository indicators(*m_database);
    c.targetTolerances = indicators.tolerances();
    QHash<qint64, Indicator> byId;
    const QList<Indicator> all = indicators.all();
    for (const Indicator &i : all)
        byId.insert(i.id, i);
    const QHash<qint64, QList<Observation>> observations = indicators.allObservations();
    const QList<TargetEntry> entries = indicators.targets();
    for (const TargetEntry &e : entries) {
        TargetItem t;
        t.entry = e;
        t.indicator =
            byId.value(e.indicatorId, Indicator{e.indicatorId, e.target.name, e.target.measure, true, 0});
        t.observations = observations.value(e.indicatorId);
        t.evaluation = TargetRules::evaluate(e.target, t.observations, c.asOf, c.targetTolerances,
                                             t.indicator.cumulative);
        c.targets.append(t);
    }
}

} // namespace duban::core
