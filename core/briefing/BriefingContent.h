#pragma once

#include "BriefingOptions.h"
#include "core/domain/Indicator.h"
#include "core/domain/Observation.h"
#include "core/domain/SupervisionRecord.h"
#include "core/domain/TargetEntry.h"
#include "core/rules/Schedule.h"
#include "core/rules/Statistics.h"
#include "core/rules/StatusLight.h"
#include "core/rules/TargetEvaluation.h"
#include "core/rules/TargetTolerances.h"

#include <QDate>
#include <QList>
#include <QString>

// What a briefing says, computed from the database as of a date; no rendering, no translated prose
// beyond the rules' own texts (reasons, judgements, target states).
namespace duban::core {

/// Progress of one section (行动 / 板块): its tasks counted by light.
struct SectionProgress
{
    qint64 sectionId = 0;
    QString title; ///< as the ledger shows it, e.g. "（一）有效投资扩容行动"
    LightCounts counts;
};

/// A task judged against the time-elapsed schedule (序时进度) for 进展较好 / 进展滞后.
struct ScheduleItem
{
    qint64 taskId = 0;
    QString code;
    QString title;
    QString lead;
    Light light = Light::Green;
    bool reported = false;      ///< a progress report exists as of the date
    int percent = 0;            ///< percent done of the latest report (0 without one; 100 once closed)
    double expectedPercent = 0; ///< 序时进度: 100 × share of the task's period elapsed
    ScheduleJudgement judgement = ScheduleJudgement::NotStarted;
};

/// A red task for the overdue list.
struct OverdueItem
{
    qint64 taskId = 0;
    QString code;
    QString title;
    QString lead;
    QDate deadline;
    int daysOverdue = 0; ///< days past the deadline, or past the missed milestone / response date
    QString reason;      ///< the light's reasons in words, joined with "; "
};

/// A 催办 / 督办 record of the period with the task it is about and its own light.
struct SupervisionItem
{
    SupervisionRecord record;
    QString taskCode;
    QString taskTitle;
    StatusLight light; ///< recordLight() as of the date
};

/// A target with its indicator, observations and evaluation as of the date.
struct TargetItem
{
    TargetEntry entry;
    Indicator indicator;
    QList<Observation> observations;
    TargetEvaluation evaluation;
};

/// Everything one issue of the briefing says.
struct BriefingContent
{
    // Masthead and title
    QString series;
    int issue = 1;
    QString office;
    QDate issuedOn;
    QString title;
    QDate asOf;
    QString planTitle;  ///< the plan's title when the ledger has exactly one plan
    QString planNumber; ///< its document number
    BriefingParts parts;
    QString remarks;

    // 总体情况
    LightCounts counts;
    QList<SectionProgress> sections; ///< in plan order
    ScheduleCounts schedule;         ///< every task against 序时进度
    ReportCounts reports;            ///< reports owed for the latest period due, over all tasks
    int reportedTasks = 0;           ///< open tasks with a progress report as of the date
    int openNotices = 0;             ///< 催办 / 督办 unanswered as of the date

    // Units and tasks
    QList<UnitStatistics> units;      ///< units leading tasks (or with open notices), ranked
    QList<ScheduleItem> goodProgress; ///< completed or ahead of schedule (and not lagging), plan order
    QList<ScheduleItem> lagging;      ///< red, or open and behind schedule (isBehindSchedule), plan order
    QList<OverdueItem> overdue;       ///< red tasks, most days overdue first

    // Supervision records of the period [periodFrom, asOf] (periodFrom == asOf: that one day)
    QDate periodFrom;
    QList<SupervisionItem> supervision;

    // Targets
    QList<TargetItem> targets;
    TargetTolerances targetTolerances; ///< the tolerances the targets were evaluated with

    bool isEmpty() const { return counts.total == 0; }
    bool has(BriefingPart part) const { return parts.testFlag(part); }
    /// n as a percentage of all tasks (0 when there are none).
    double share(int n) const { return counts.total ? 100.0 * n / counts.total : 0.0; }
};

} // namespace duban::core
