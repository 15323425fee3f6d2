#pragma once

#include "core/ledger/TaskIndex.h"
#include "ScoreRules.h"
#include "StatusLight.h"

#include <QHash>
#include <QList>
#include <QString>

#include <span>

namespace duban::core {

/// How many tasks stand at each light or closed state as of a date.
struct LightCounts
{
    int total = 0;
    int green = 0;
    int yellow = 0;
    int red = 0;
    int completed = 0;     ///< closed on time
    int completedLate = 0; ///< closed after the deadline

    int closed() const { return completed + completedLate; }
    int open() const { return green + yellow + red; }
    int of(Light light) const;
    void add(Light light);

    friend bool operator==(const LightCounts &, const LightCounts &) = default;
};

/// How many tasks stand at each judgement against 序时进度 as of a date (closed tasks are completed).
struct ScheduleCounts
{
    int notStarted = 0; ///< 尚未启动
    int behind = 0;     ///< 未达到序时进度
    int onSchedule = 0; ///< 达到序时进度
    int ahead = 0;      ///< 超过序时进度
    int completed = 0;  ///< 已完成
    /// Open tasks behind schedule as the lights count them: 未达到序时进度, and 尚未启动 once time has
    /// elapsed.
    int behindOrNotStarted = 0;

    int of(ScheduleJudgement judgement) const;
    void add(const StatusLight &light);

    friend bool operator==(const ScheduleCounts &, const ScheduleCounts &) = default;
};

/// Reports owed for the latest period past its due day, as of a date: a lead unit's, or all of them.
struct ReportCounts
{
    int due = 0;     ///< tasks that owe a report (open, started before the period ended)
    int onTime = 0;  ///< reported by the due day
    int late = 0;    ///< 迟报
    int missing = 0; ///< 未报

    void add(ReportState state);
    friend bool operator==(const ReportCounts &, const ReportCounts &) = default;
};

/// One unit's record as of a date, for the dashboard and the briefing's per-unit table.
struct UnitStatistics
{
    qint64 unitId = 0;
    QString name;
    int led = 0;             ///< tasks it leads
    int coHandled = 0;       ///< tasks it co-handles
    int completed = 0;       ///< led tasks closed (on time or late)
    int completedOnTime = 0; ///< led tasks closed on or before their deadline
    int overdue = 0;         ///< led tasks red
    int yellow = 0;          ///< led tasks yellow
    int behind = 0; ///< led open tasks behind schedule (未达到序时进度, or 尚未启动 with time elapsed)
    int openNotices = 0;  ///< 催办/督办 sent to it and unanswered
    ReportCounts reports; ///< reports its led tasks owe for the latest period due (co-units owe none)
    /// 签收 of the open tasks it leads or co-handles whose sign due has passed: required and signed (签收率).
    SignCounts signs;

    /// Whether the unit lags: a led task red or behind schedule. A lagging unit is never praised.
    bool lags() const { return overdue > 0 || behind > 0; }

    /// completedOnTime / completed in percent; -1 when nothing is completed.
    double onTimePercent() const { return completed ? 100.0 * completedOnTime / completed : -1.0; }
    /// Ranking for briefings: fewer overdue first, then fewer behind schedule, then more completed on time,
    /// then more completed, then name.
    static bool ranksBefore(const UnitStatistics &a, const UnitStatistics &b);

    friend bool operator==(const UnitStatistics &, const UnitStatistics &) = default;
};

/// 点名: a unit whose led tasks have not reported (未报) for the period each owes as of a date.
struct RollCallEntry
{
    /// One task without its report, with the period it owes (from its light's ReportMissing reason).
    struct Missing
    {
        qint64 taskId = 0;
        QString code;
        QString title;
        QDate since; ///< the period's first day
        QDate until; ///< its last day
        QDate due;   ///< the day the report was due by

        friend bool operator==(const Missing &, const Missing &) = default;
    };

    qint64 unitId = 0;
    QString unit;
    QList<Missing> tasks; ///< in row order

    friend bool operator==(const RollCallEntry &, const RollCallEntry &) = default;
};

/// The roll call as of the lights' date: every lead unit with a led task whose light says 未报, those
/// tasks with them; most tasks missing first, then by name. (Co-units owe no reports.)
QList<RollCallEntry> rollCall(std::span<const TaskRow> rows, std::span<const StatusLight> lights,
                              const QHash<qint64, QString> &unitNames);

/// Counts by light and the per-unit table, computed from the ledger rows and their lights.
struct TaskStatistics
{
    LightCounts counts;
    ScheduleCounts schedule;
    ReportCounts reports;          ///< over all tasks
    QList<UnitStatistics> units;   ///< units that lead or co-handle at least one task, ranked
    QList<RollCallEntry> rollCall; ///< 点名: who has not reported for the period owed (rollCall())

    /// `lights[i]` is the status of `rows[i]`; `openNoticesByUnit` counts unanswered notices per unit name;
    /// `unitNames` names the units by id (a row's joined unit text cannot be split back: a name may
    /// contain 、); `signsByUnit` holds the 签收 counts per unit name (ScoreService::signCounts()).
    static TaskStatistics compute(std::span<const TaskRow> rows, std::span<const StatusLight> lights,
                                  const QHash<QString, int> &openNoticesByUnit,
                                  const QHash<qint64, QString> &unitNames,
                                  const QHash<QString, SignCounts> &signsByUnit = {});
};

} // namespace duban::core
