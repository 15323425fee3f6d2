#pragma once

#include "core/services/UndoStack.h"
#include "core/storage/StorageError.h"

namespace duban::core {
class OpenLedger;
} // namespace duban::core

namespace duban::ui {

/// Base of every undoable edit: applies itself through the open ledger and its services and reports
/// storage failures instead of pretending success. Push with StoreCommand::push so a failed first apply
/// never lands on the ledger's undo stack, and a failed undo or redo leaves the stack where it was.
class StoreCommand : public core::UndoCommand
{
public:
    StoreCommand(core::OpenLedger *store, const QString &text);

    /// Applies `command` and pushes it on its ledger's undo stack on success; on failure (or while the
    /// ledger holds writes) deletes it and fills `error` (or tells the ledger's storageFailed()).
    static bool push(StoreCommand *command, core::StorageError *error);

protected:
    core::OpenLedger *store() const { return m_store; }

private:
    core::OpenLedger *m_store;
};

} // namespace duban::ui
