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
    Default,
    Monthly,
    TenDays
};

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
    QString lead;   ///< lead unit (牵头单位)
    QStringList co; ///< co-responsible units in the document's order
    QDate deadline;
    QList<Milestone> milestones;
    QList<Target> targets;
    TaskStatus status = TaskStatus::Open;
    QDate completedOn;
    ReportingCycle reporting = ReportingCycle::Default;
    int position = 0;
    int sourceLine = 0; ///< line in the source document, 0 if typed in
    int version = 0;    ///< the row version it was read at (0: not saved yet)

    friend bool operator==(const Task &, const Task &) = default;
};

} // namespace duban::core
