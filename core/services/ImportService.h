#pragma once

#include "core/domain/PlanDocument.h"
#include "core/domain/Unit.h"
#include "core/import/ImportOutcome.h"
#include "core/import/PlanDiff.h"
#include "core/storage/StorageError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace duban::core {

class Database;

/// Importing a plan document: decompose it (with the ledger's unit directory), see whether it is already
/// saved (same number) and what re-importing would change, then save it new or update the saved plan.
/// The one import path of the window and of `duban import`.
class ImportService final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::ImportService)
public:
    /// `database` may be null: decomposing then uses no unit directory (no ledger exists yet).
    explicit ImportService(Database *database);

    /// Decodes and decomposes a document's bytes.
    ImportOutcome decompose(const QByteArray &bytes) const;

    /// The plan saved under the document's number, with what re-importing the document would change.
    struct SavedPlan
    {
        qint64 planId = 0;
        PlanDocument saved; ///< as stored, with ids and row versions (what an undo puts back)
        PlanDiff diff;
    };
    std::optional<SavedPlan> savedPlan(const PlanDocument &document) const;

    /// Saves a new plan with its sections, tasks and targets, registering `units`; one transaction.
    /// Fills in the ids (keeps them when document.plan.id is set: a plan put back by redo). Returns the
    /// plan id or 0 with nothing written.
    qint64 saveNew(PlanDocument &document, const QList<Unit> &units, StorageError *error);
    /// Updates the saved plan `planId` from `document`, one transaction. Tasks are matched by code: a
    /// matched task takes the reimportFields() of the document and keeps its id, status, progress and
    /// history; new tasks are added (with their own id when they have one: an undone update put back);
    /// tasks no longer in the document are removed unless they have progress reports or supervision
    /// records (their codes go to `kept`).
    bool update(qint64 planId, PlanDocument &document, const QList<Unit> &units, QStringList *kept,
                StorageError *error);
    /// Removes a plan and everything in it. Refused (Conflict) when `unlessHistory` and a task of it has
    /// progress reports or supervision records: undoing an import never takes someone's reports with it.
    bool remove(qint64 planId, bool unlessHistory, StorageError *error);

private:
    Database *m_database;
};

} // namespace duban::core
