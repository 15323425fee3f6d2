#pragma once

#include "BriefingContent.h"
#include "BriefingOptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace duban::core {

class Database;

/// Computes what a briefing says from the ledger's database as of a date: counts, sections, units, tasks
/// against the schedule, the overdue list, the supervision records of the period and the targets.
class BriefingBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::BriefingBuilder)
public:
    explicit BriefingBuilder(Database &database);

    BriefingContent build(const BriefingOptions &options) const;

    /// The masthead's series name when none is given: "Supervision Briefing" (督查通报).
    static QString defaultSeries();
    /// The title when none is given: "Supervision Report on the Progress of Key Tasks"
    /// (重点任务推进情况督查通报).
    static QString defaultTitle();
    /// Settings key of the issuing office's name ("briefing.office").
    static QString officeSettingKey();

private:
    /// Every task of the ledger with its facts and light as of a date.
    struct TaskLights;

    /// Masthead and title: the options, else the defaults, the plan and the office of the settings.
    BriefingContent masthead(const BriefingOptions &options) const;
    TaskLights taskLights(QDate asOf) const;
    /// Unanswered 催办 / 督办 as of the content's date, per unit; their total goes into the content.
    QHash<QString, int> openNoticesByUnit(BriefingContent &c) const;
    /// 总体情况 and the units: counts by light, the units that lead tasks or have open notices.
    void addOverview(BriefingContent &c, const TaskLights &tasks) const;
    /// Each section's tasks counted by light, sections in plan order.
    static void addSections(BriefingContent &c, const TaskLights &tasks);
    /// The tasks against the schedule: good progress and lagging behind.
    static void addSchedule(BriefingContent &c, const TaskLights &tasks);
    /// The red tasks, most days overdue first.
    static void addOverdue(BriefingContent &c, const TaskLights &tasks);
    /// The supervision records since the previous briefing (or since the 1st of the month).
    void addSupervision(BriefingContent &c, const TaskLights &tasks) const;
    /// The targets with their latest value and evaluation (the indicator rules decide, not the briefing).
    void addTargets(BriefingContent &c) const;

    Database *m_database;
    QSqlDatabase m_db; ///< m_database's connection
};

} // namespace duban::core
