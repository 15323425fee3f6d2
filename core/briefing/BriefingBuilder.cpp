#include "BriefingBuilder.h"

#include "BriefingArchive.h"
#include "core/rules/StatusRules.h"
#include "core/storage/IndicatorRepository.h"
#include "core/storage/LedgerLoader.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/StatusLoader.h"

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

BriefingBuilder::BriefingBuilder(QSqlDatabase db) : m_db(std::move(db)) {}

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
    return QStringLiteral("briefing.office");
}

BriefingContent BriefingBuilder::build(const BriefingOptions &options) const
{
    BriefingContent c;
    c.asOf = options.asOf;
    c.issue = options.issue;
    c.parts = options.parts;
    c.remarks = options.remarks.trimmed();
    c.series = options.series.trimmed().isEmpty() ? defaultSeries() : options.series.trimmed();
    c.title = options.title.trimmed().isEmpty() ? defaultTitle() : options.title.trimmed();
    c.issuedOn = options.issuedOn.isValid() ? options.issuedOn : options.asOf;

    const SettingsRepository settings(m_db);
    const QList<Plan> plans = PlanRepository(m_db).all();
    if (plans.size() == 1) {
        c.planTitle = plans.first().title;
        c.planNumber = plans.first().number;
    }
    c.office = options.office.trimmed();
    if (c.office.isEmpty())
        c.office = settings.value(officeSettingKey()).trimmed();
    if (c.office.isEmpty() && !plans.isEmpty())
        c.office = plans.first().issuer;

    // Lights of every task as of the date, aligned with the ledger rows.
    LedgerLoader loader(m_db);
    loader.setSearchKeys(false);
    const std::vector<LedgerRow> rows = loader.loadAll();
    const StatusSnapshot snapshot = StatusLoader(m_db).load(c.asOf);
    const std::vector<StatusLight> lights = computeLights(snapshot.facts, c.asOf, settings.statusSettings());
    std::vector<Light> rowLights(rows.size(), Light::Green);
    std::vector<int> factIndex(rows.size(), -1);
    QHash<qint64, size_t> rowOf;
    rowOf.reserve(qsizetype(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) {
        const int k = snapshot.indexOf.value(rows[i].id, -1);
        factIndex[i] = k;
        if (k >= 0)
            rowLights[i] = lights[size_t(k)].light;
        rowOf.insert(rows[i].id, i);
    }

    QHash<QString, int> openNoticesByUnit;
    {
        QSqlQuery q(m_db);
        const QVariant asOf = sql::dateValue(c.asOf);
        if (sql::run(q,
                     QStringLiteral("SELECT unit, count(*) FROM supervision_records WHERE issued_on <= ? AND "
                                    "(responded_on IS NULL OR responded_on > ?) GROUP BY unit"),
                     {asOf, asOf}, nullptr)) {
            while (q.next()) {
                openNoticesByUnit.insert(q.value(0).toString(), q.value(1).toInt());
                c.openNotices += q.value(1).toInt();
            }
        }
    }
    const LedgerStatistics stats = LedgerStatistics::compute(rows, rowLights, openNoticesByUnit);
    c.counts = stats.counts;
    for (const UnitStatistics &u : stats.units) {
        if (u.led > 0 || u.openNotices > 0)
            c.units.append(u);
    }

    // Sections in plan order, tasks against the schedule, overdue list.
    QHash<qint64, qsizetype> sectionIndex;
    for (size_t i = 0; i < rows.size(); ++i) {
        const LedgerRow &r = rows[i];
        auto it = sectionIndex.constFind(r.sectionId);
        if (it == sectionIndex.constEnd()) {
            it = sectionIndex.insert(r.sectionId, c.sections.size());
            c.sections.append(SectionProgress{r.sectionId, r.section, {}});
        }
        c.sections[*it].counts.add(rowLights[i]);

        const int k = factIndex[i];
        if (k < 0)
            continue;
        const TaskFacts &f = snapshot.facts[size_t(k)];
        const StatusLight &light = lights[size_t(k)];
        const bool closed = isClosed(light.light);
        ScheduleItem s;
        s.taskId = r.id;
        s.code = r.code;
        s.title = r.title;
        s.lead = r.lead;
        s.light = light.light;
        s.reported = f.lastReport.isValid();
        s.percent = s.reported ? f.lastPercent : 0;
        const double share = elapsedShare(f.periodStart, f.deadline, c.asOf);
        s.expectedPercent = 100.0 * share;
        s.judgement = judgeSchedule(s.percent, share, closed);
        if (!closed && s.reported)
            ++c.reportedTasks;
        if (closed || (s.reported && s.judgement == ScheduleJudgement::Ahead)) {
            c.goodProgress.append(s);
        } else if (light.light == Light::Red ||
                   (s.reported && (s.judgement == ScheduleJudgement::Behind ||
                                   (s.judgement == ScheduleJudgement::NotStarted &&
                                    s.expectedPercent > kOnScheduleTolerancePoints)))) {
            c.lagging.append(s);
        }
        if (light.light == Light::Red) {
            OverdueItem o;
            o.taskId = r.id;
            o.code = r.code;
            o.title = r.title;
            o.lead = r.lead;
            o.deadline = f.deadline;
            o.daysOverdue = daysLate(light);
            o.reason = reasonTexts(light).join(tr("; "));
            c.overdue.append(o);
        }
    }
    std::stable_sort(c.overdue.begin(), c.overdue.end(), [](const OverdueItem &a, const OverdueItem &b) {
        return a.daysOverdue > b.daysOverdue;
    });

    // Supervision records since the previous briefing (or since the 1st of the month).
    const QDate previous = BriefingArchive(m_db).previousAsOf(c.asOf);
    c.periodFrom = previous.isValid() ? previous.addDays(1) : QDate(c.asOf.year(), c.asOf.month(), 1);
    if (c.has(BriefingPart::Supervision)) {
        const QList<SupervisionRecord> records =
            ProgressRepository(m_db).recordsBetween(c.periodFrom, c.asOf);
        for (const SupervisionRecord &record : records) {
            SupervisionItem item;
            item.record = record;
            const auto it = rowOf.constFind(record.taskId);
            if (it != rowOf.constEnd()) {
                item.taskCode = rows[*it].code;
                item.taskTitle = rows[*it].title;
            }
            item.light = recordLight(record, c.asOf);
            c.supervision.append(item);
        }
    }

    // Targets with their latest value and evaluation (the indicator rules decide, not the briefing).
    if (c.has(BriefingPart::Targets)) {
        const IndicatorRepository indicators(m_db);
        c.indicatorSettings = indicators.settings();
        const IndicatorSettings &indicatorSettings = c.indicatorSettings;
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
            t.evaluation = TargetRules::evaluate(e.target, t.observations, c.asOf, indicatorSettings,
                                                 t.indicator.cumulative);
            c.targets.append(t);
        }
    }
    return c;
}

} // namespace duban::core
