#include "StoreCommand.h"

#include "ui/LedgerStore.h"

#include <QUndoStack>

namespace duban::ui {

StoreCommand::StoreCommand(LedgerStore *store, const QString &text) : QUndoCommand(text), m_store(store) {}

void StoreCommand::redo()
{
    if (m_applied) { // already applied by push()
        m_applied = false;
        return;
    }
    core::StorageError error;
    if (!apply(&error))
        emit m_store->storageFailed(error.message);
}

void StoreCommand::undo()
{
    core::StorageError error;
    if (!revert(&error))
        emit m_store->storageFailed(error.message);
}

bool StoreCommand::push(QUndoStack *stack, StoreCommand *command, core::StorageError *error)
{
    core::StorageError local;
    if (command->m_store->writesHeld()) {
        const core::StorageError held{core::StorageError::Code::Locked, LedgerStore::writesHeldMessage()};
        if (error)
            *error = held;
        else
            emit command->m_store->storageFailed(held.message);
        delete command;
        return false;
    }
    if (!command->apply(error ? error : &local)) {
        if (!error)
            emit command->m_store->storageFailed(local.message);
        delete command;
        return false;
    }
    command->m_applied = true;
    stack->push(command);
    return true;
}

} // namespace duban::ui
