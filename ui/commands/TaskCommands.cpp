#include "TaskCommands.h"

#include "ui/LedgerStore.h"

#include <QCoreApplication>

namespace duban::ui {

using namespace duban::core;

EditTaskCommand::EditTaskCommand(LedgerStore *store, Task before, Task after, const QString &text)
    : StoreCommand(store, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool EditTaskCommand::apply(StorageError *error)
{
    return store()->saveTask(m_after, error);
}

bool EditTaskCommand::revert(StorageError *error)
{
    return store()->saveTask(m_before, error);
}

AddTaskCommand::AddTaskCommand(LedgerStore *store, Task task)
    : StoreCommand(store, QCoreApplication::translate("duban::ui::TaskCommands", "Add task"))
    , m_task(std::move(task))
{
}

bool AddTaskCommand::apply(StorageError *error)
{
    const qint64 id = store()->addTask(m_task, error);
    if (id == 0)
        return false;
    m_task.id = id;
    if (auto saved = store()->task(id))
        m_task = *saved;
    return true;
}

bool AddTaskCommand::revert(StorageError *error)
{
    return store()->removeTask(m_task.id, error);
}

DeleteTaskCommand::DeleteTaskCommand(LedgerStore *store, Task task)
    : StoreCommand(store, QCoreApplication::translate("duban::ui::TaskCommands", "Delete task %1").arg(task.code))
    , m_task(std::move(task))
{
}

bool DeleteTaskCommand::apply(StorageError *error)
{
    return store()->removeTask(m_task.id, error);
}

bool DeleteTaskCommand::revert(StorageError *error)
{
    return store()->addTask(m_task, error) != 0;
}

RenameUnitCommand::RenameUnitCommand(LedgerStore *store, qint64 unitId, QString before, QString after)
    : StoreCommand(store, QCoreApplication::translate("duban::ui::TaskCommands", "Rename unit"))
    , m_unitId(unitId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool RenameUnitCommand::apply(StorageError *error)
{
    return store()->renameUnit(m_unitId, m_after, error);
}

bool RenameUnitCommand::revert(StorageError *error)
{
    return store()->renameUnit(m_unitId, m_before, error);
}

SetAliasesCommand::SetAliasesCommand(LedgerStore *store, qint64 unitId, QStringList before, QStringList after)
    : StoreCommand(store, QCoreApplication::translate("duban::ui::TaskCommands", "Change aliases"))
    , m_unitId(unitId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool SetAliasesCommand::apply(StorageError *error)
{
    return store()->setUnitAliases(m_unitId, m_after, error);
}

bool SetAliasesCommand::revert(StorageError *error)
{
    return store()->setUnitAliases(m_unitId, m_before, error);
}

} // namespace duban::ui

namespace duban::ui {

ImportPlanCommand::ImportPlanCommand(LedgerStore *store, PlanDocument document, QList<Unit> units)
    : StoreCommand(store, QCoreApplication::translate("duban::ui::TaskCommands", "Import %1")
                              .arg(document.plan.number.isEmpty() ? document.plan.title : document.plan.number))
    , m_document(std::move(document))
    , m_units(std::move(units))
{
}

bool ImportPlanCommand::apply(StorageError *error)
{
    m_planId = store()->importPlan(m_document, m_units, error);
    return m_planId != 0;
}

bool ImportPlanCommand::revert(StorageError *error)
{
    return store()->removePlan(m_planId, error);
}

} // namespace duban::ui
