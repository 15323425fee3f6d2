#include "StoreCommand.h"

#include "core/services/OpenLedger.h"

#include <memory>

namespace duban::ui {

StoreCommand::StoreCommand(core::OpenLedger *store, const QString &text) : UndoCommand(text), m_store(store)
{
}

bool StoreCommand::push(StoreCommand *command, core::StorageError *error)
{
    std::unique_ptr<StoreCommand> owned(command);
    core::OpenLedger *store = command->m_store;
    core::StorageError local;
    core::StorageError &err = error ? *error : local;
    if (store->refuseWhileHeld(&err) || !store->undoStack()->push(std::move(owned), &err)) {
        if (!error)
            emit store->storageFailed(err.message);
        return false;
    }
    return true;
}

} // namespace duban::ui
