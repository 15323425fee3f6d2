#pragma once

#include "core/storage/StorageError.h"

#include <QUndoCommand>

class QUndoStack;

namespace duban::ui {

class LedgerStore;

/// Base of every undoable edit: applies itself through the LedgerStore and reports storage failures
/// instead of pretending success. Push with StoreCommand::push so a failed first apply never lands
/// on the stack.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(LedgerStore *store, const QString &text);

    void redo() final;
    void undo() final;

    /// Applies `command`; pushes it on success (taking ownership), deletes it and fills `error` otherwise.
    static bool push(QUndoStack *stack, StoreCommand *command, core::StorageError *error);

protected:
    virtual bool apply(core::StorageError *error) = 0;
    virtual bool revert(core::StorageError *error) = 0;
    LedgerStore *store() const { return m_store; }

private:
    LedgerStore *m_store;
    bool m_applied = false;
};

} // namespace duban::ui
