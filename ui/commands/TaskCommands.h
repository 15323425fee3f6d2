#pragma once

#include "StoreCommand.h"
#include "core/domain/Task.h"

namespace duban::ui {

/// Replaces a task's saved state (any field) with another, and back.
class EditTaskCommand final : public StoreCommand
{
public:
    EditTaskCommand(LedgerStore *store, core::Task before, core::Task after, const QString &text);

private:
    bool apply(core::StorageError *error) override;
    bool revert(core::StorageError *error) override;

    core::Task m_before;
    core::Task m_after;
};

/// Adds a task; undo removes it, redo puts it back with the same id.
class AddTaskCommand final : public StoreCommand
{
public:
    AddTaskCommand(LedgerStore *store, core::Task task);
    qint64 taskId() const { return m_task.id; }

private:
    bool apply(core::StorageError *error) override;
    bool revert(core::StorageError *error) override;

    core::Task m_task;
};

/// Deletes a task; the command owns the removed task (units, milestones, targets) to restore it.
class DeleteTaskCommand final : public StoreCommand
{
public:
    DeleteTaskCommand(LedgerStore *store, core::Task task);

private:
    bool apply(core::StorageError *error) override;
    bool revert(core::StorageError *error) override;

    core::Task m_task;
};

/// Renames a unit in the directory.
class RenameUnitCommand final : public StoreCommand
{
public:
    RenameUnitCommand(LedgerStore *store, qint64 unitId, QString before, QString after);

private:
    bool apply(core::StorageError *error) override;
    bool revert(core::StorageError *error) override;

    qint64 m_unitId;
    QString m_before;
    QString m_after;
};

/// Replaces a unit's aliases.
class SetAliasesCommand final : public StoreCommand
{
public:
    SetAliasesCommand(LedgerStore *store, qint64 unitId, QStringList before, QStringList after);

private:
    bool apply(core::StorageError *error) override;
    bool revert(core::StorageError *error) override;

    qint64 m_unitId;
    QStringList m_before;
    QStringList m_after;
};

} // namespace duban::ui
