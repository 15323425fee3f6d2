#pragma once

#include "core/domain/PlanDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace duban::core {

/// What re-importing a document would change in the plan already saved under its number:
/// tasks matched by code, field by field.
struct PlanDiff
{
    struct Change
    {
        QString code;
        QString title;
        QStringList
            fields; ///< English field keys: title, text, section, lead, co, deadline, milestones, targets
    };

    QStringList added;   ///< codes only in the new document
    QStringList removed; ///< codes only in the saved plan
    QList<Change> changed;
    bool headerChanged = false;
    bool targetsChanged = false; ///< plan-level targets

    bool isEmpty() const
    {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !headerChanged && !targetsChanged;
    }

    /// Compares `saved` (as loaded from storage) with `incoming` (as imported).
    static PlanDiff compute(const PlanDocument &saved, const PlanDocument &incoming);
};

} // namespace duban::core
