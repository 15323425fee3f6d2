#pragma once

#include "Milestone.h"
#include "Target.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace duban::core {

/// Whether a task is still being worked on or has been closed (办结).
enum class TaskStatus
{
    Open,
    Completed
};

/// How often a task's units must report progress (月月 / 每月 → monthly, 以旬保月 → every ten days).
enum class ReportingCycle
{
    Default, ///< the plan's schedule (and the ledger's default when the plan has none)
    Monthly,
    TenDays,
    Quarterly,  ///< 每季: due by the due day of the month after the quarter
    HalfYearly, ///< 每半年
    Once,       ///< one report, due by the deadline
    None,       ///< no reports owed
};

/// The stable name of a cycle in settings, the history and JSON: "default", "monthly", "ten-days",
/// "quarterly", "half-yearly", "once", "none".
inline QString reportingCycleKey(ReportingCycle cycle)
{
    switch (cycle) {
    case ReportingCycle::Default:
        break;
    case ReportingCycle::Monthly:
        return QStringLiteral("monthly");
    case ReportingCycle::TenDays:
        return QStringLiteral("ten-days");
    case ReportingCycle::Quarterly:
        return QStringLiteral("quarterly");
    case ReportingCycle::HalfYearly:
        return QStringLiteral("half-yearly");
    case ReportingCycle::Once:
        return QStringLiteral("once");
    case ReportingCycle::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("default");
}

/// The cycle named by reportingCycleKey(), or false in *ok (and Default) for any other text.
inline ReportingCycle reportingCycleFromKey(const QString &key, bool *ok = nullptr)
{
    for (int c = int(ReportingCycle::Default); c <= int(ReportingCycle::None); ++c) {
        if (key == reportingCycleKey(static_cast<ReportingCycle>(c))) {
            if (ok)
                *ok = true;
            return static_cast<ReportingCycle>(c);
        }
    }
    if (ok)
        *ok = false;
    return ReportingCycle::Default;
}

/// A numbered item of a plan with its responsible units, deadline and milestones (任务).
struct Task
{
    qint64 id = 0;
    qint64 planId = 0;
    qint64 sectionId = 0;
    QString code;          ///< printed number: "1".."34", or "四（一）"
    QString section;       ///< the section's code, as the importer and JSON name it
    int sectionIndex = -1; ///< index into PlanDocument::sections (codes can repeat); -1: match by code
    QString title;
    QString text;
    QStringList leads; ///< lead units (牵头单位), in order: "A、B牵头负责" names two
    QStringList co;    ///< co-responsible units that are not leads, in the document's order

    /// The first lead unit (the one the overdue listing and one-line views show), or empty.
    QString lead() const { return leads.value(0); }
    /// Every responsible unit once: the leads, then the co-units.
    QStringList units() const { return leads + co; }
    QDate deadline;
    /// The day the task was assigned (交办): the plan's issue date for an imported task, the entry date for
    /// one entered by hand. Reports are owed from it; 序时进度 of a task added after its plan runs from it.
    QDate startDate;
    /// The deadline before the first approved extension (延期); null when the deadline was never extended.
    QDate deadlineOriginal;
    QList<Milestone> milestones;
    QList<Target> targets;
    TaskStatus status = TaskStatus::Open;
    QDate completedOn;
    ReportingCycle reporting = ReportingCycle::Default;
    int reportDueDay = 0; ///< the task's own due day of its monthly (quarterly …) report; 0: the plan's
    quint8 stage = 0;     ///< TaskStage, kept by the services (read only here)
    int position = 0;
    int sourceLine = 0; ///< line in the source document, 0 if typed in
    int version = 0;    ///< the row version it was read at (0: not saved yet)

    friend bool operator==(const Task &, const Task &) = default;
};

} // namespace duban::core
