#pragma once

#include "core/domain/PlanDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace duban::core {

/// A part of a task that a re-import takes from the document: the diff compares it and the update
/// copies it, from this one list. (Status, completion, progress and history are never taken.)
struct ReimportField
{
    const char *key; ///< English field key, as PlanDiff::Change::fields lists it
    /// Whether the saved task `o` (of `saved`) and the incoming `n` (of `incoming`) differ in it.
    bool (*differs)(const PlanDocument &saved, const Task &o, const PlanDocument &incoming, const Task &n);
    /// Takes the field from `incoming` into `saved` (milestones keep the ticks of those that stay).
    void (*take)(Task &saved, const Task &incoming);
};
/// title, text, section, lead, co, deadline, milestones, targets, reporting — in that order.
const QList<ReimportField> &reimportFields();

/// What re-importing a document would change in the plan already saved under its number:
/// tasks matched by code, field by field.
struct PlanDiff
{
    struct Change
    {
        QString code;
        QString title;
        QStringList fields; ///< English keys of reimportFields()
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
