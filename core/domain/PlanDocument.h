#pragma once

#include "Plan.h"
#include "Section.h"
#include "Target.h"
#include "Task.h"

#include <QList>
#include <QString>

namespace duban::core {

/// Something the importer noticed and the user should check, tied to a source line.
struct ImportWarning
{
    int line = 0;
    QString message;

    friend bool operator==(const ImportWarning &, const ImportWarning &) = default;
};

/// A whole decomposed plan: what the importer produces and the storage saves in one transaction.
struct PlanDocument
{
    Plan plan;
    QList<Section> sections;
    QList<Task> tasks;
    QList<Target> targets; ///< plan-level targets (task-level ones live in Task::targets)
    QList<ImportWarning> warnings;
};

} // namespace duban::core

namespace duban::core {

/// Gives every task without a sectionIndex the section its `section` code names. Section codes can repeat
/// (action 四 and 四、保障措施), so sections and tasks are walked together in document order: a task takes
/// the first section with its code at or after the previous task's section.
void assignSectionIndexes(PlanDocument &document);

} // namespace duban::core
