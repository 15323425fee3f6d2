#pragma once

#include "Task.h"

#include <QList>
#include <QString>

namespace duban::core {

/// A part of a task that one edit changes and one write stores.
enum class TaskField
{
    Code,
    Title,
    Text,
    Section,
    Units, ///< lead and co-responsible units, in order
    Deadline,
    Completion, ///< status and completion date
    Reporting,
    Position,
    Milestones,
};

/// Which fields differ between two copies of a task (in TaskField order). Ids of milestones are ignored.
QList<TaskField> changedFields(const Task &a, const Task &b);
/// `base` with `fields` taken from `from`: re-applies a user's edit on a copy another writer changed.
Task withFields(Task base, const Task &from, const QList<TaskField> &fields);
/// The field's name for the user (标题, 牵头单位 …).
QString fieldName(TaskField field);
/// A field's value for the user, e.g. for "标题：旧 → 新".
QString fieldValue(const Task &task, TaskField field);
/// A task's reporting schedule for the user: "quarterly, due by day 10" (按季，次月10日前); Default reads "as
/// the plan".
QString reportingText(ReportingCycle cycle, int dueDay);

} // namespace duban::core
