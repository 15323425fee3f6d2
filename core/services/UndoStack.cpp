#include "UndoStack.h"

namespace duban::core {

UndoStack::UndoStack(QObject *parent) : QObject(parent) {}

UndoStack::~UndoStack() = default;

bool UndoStack::push(std::unique_ptr<UndoCommand> command, StorageError *error)
{
    StorageError local;
    if (!command || !command->apply(error ? error : &local))
        return false;
    m_commands.erase(m_commands.begin() + m_index, m_commands.end());
    m_commands.push_back(std::move(command));
    m_index = int(m_commands.size());
    emit changed();
    return true;
}

bool UndoStack::undo(StorageError *error)
{
    if (!canUndo())
        return false;
    StorageError local;
    StorageError &err = error ? *error : local;
    if (!m_commands[size_t(m_index - 1)]->revert(&err)) {
        emit failed(err.message);
        return false;
    }
    --m_index;
    emit changed();
    return true;
}

bool UndoStack::redo(StorageError *error)
{
    if (!canRedo())
        return false;
    StorageError local;
    StorageError &err = error ? *error : local;
    if (!m_commands[size_t(m_index)]->apply(&err)) {
        emit failed(err.message);
        return false;
    }
    ++m_index;
    emit changed();
    return true;
}

void UndoStack::clear()
{
    if (m_commands.empty())
        return;
    m_commands.clear();
    m_index = 0;
    emit changed();
}

QString UndoStack::undoText() const
{
    return canUndo() ? m_commands[size_t(m_index - 1)]->text() : QString();
}

QString UndoStack::redoText() const
{
    return canRedo() ? m_commands[size_t(m_index)]->text() : QString();
}

const UndoCommand *UndoStack::command(int i) const
{
    return i >= 0 && i < count() ? m_commands[size_t(i)].get() : nullptr;
}

} // namespace duban::core
