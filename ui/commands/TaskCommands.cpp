#include "TaskCommands.h"

#include "ui/LedgerStore.h"

#include <QCoreApplication>

#include <memory>

namespace duban::ui {

using namespace duban::core;

EditTaskCommand::EditTaskCommand(LedgerStore *store, Task before, Task after, const QString &text)
    : StoreCommand(store, text), m_before(std::move(before)), m_after(std::move(after))
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
    : StoreCommand(store, QCoreApplication::translate("duban::ui::TaskCommands", "Add task")),
      m_task(std::move(task))
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
    : StoreCommand(store,
                   QCoreApplication::translate("duban::ui::TaskCommands", "Delete task %1").arg(task.code)),
      m_task(std::move(task))
{
}

bool DeleteTaskCommand::apply(StorageError *error)
{
    m_reports = store()->reports(m_task.id);
    m_records = store()->records(m_task.id);
    return store()->removeTask(m_task.id, error);
}

bool DeleteTaskCommand::revert(StorageError *error)
{
    return store()->restoreTask(m_task, m_reports, m_records, error);
}

RenameUnitCommand::RenameUnitCommand(LedgerStore *store, qint64 unitId, QString before, QString after)
    : StoreCommand(store, QCoreApplication::translate("duban::ui::TaskCommands", "Rename unit")),
      m_unitId(unitId), m_before(std::move(before)), m_after(std::move(after))
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
    : StoreCommand(store, QCoreApplication::translate("duban::ui::TaskCommands", "Change aliases")),
      m_unitId(unitId), m_before(std::move(before)), m_after(std::move(after))
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
    : StoreCommand(store,
                   QCoreApplication::translate("duban::ui::TaskCommands", "Import %1")
                       .arg(document.plan.number.isEmpty() ? document.plan.title : document.plan.number)),
      m_document(std::move(document)), m_units(std::move(units))
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

namespace duban::ui {

FunctionCommand::FunctionCommand(LedgerStore *store, const QString &text, Step apply, Step revert)
    : StoreCommand(store, text), m_apply(std::move(apply)), m_revert(std::move(revert))
{
}

namespace history {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("duban::ui::TaskCommands", text);
}
QString recordText(const SupervisionRecord &r, const char *reminder, const char *notice)
{
    return tr(r.kind == SupervisionRecord::Kind::Notice ? notice : reminder);
}
} // namespace

StoreCommand *addReport(LedgerStore *store, ProgressReport report)
{
    auto state = std::make_shared<ProgressReport>(std::move(report));
    return new FunctionCommand(
        store, tr("Add progress report"),
        [store, state](StorageError *e) {
            state->id = store->addReport(*state, e);
            return state->id != 0;
        },
        [store, state](StorageError *e) { return store->removeReport(state->id, e); });
}

StoreCommand *editReport(LedgerStore *store, ProgressReport before, ProgressReport after)
{
    return new FunctionCommand(
        store, tr("Edit progress report"),
        [store, after](StorageError *e) { return store->updateReport(after, e); },
        [store, before](StorageError *e) { return store->updateReport(before, e); });
}

StoreCommand *deleteReport(LedgerStore *store, ProgressReport report)
{
    return new FunctionCommand(
        store, tr("Delete progress report"),
        [store, report](StorageError *e) { return store->removeReport(report.id, e); },
        [store, report](StorageError *e) { return store->addReport(report, e) != 0; });
}

StoreCommand *addRecord(LedgerStore *store, SupervisionRecord record)
{
    const QString text = recordText(record, "Record reminder (催办)", "Record supervision notice (督办)");
    auto state = std::make_shared<SupervisionRecord>(std::move(record));
    return new FunctionCommand(
        store, text,
        [store, state](StorageError *e) {
            state->id = store->addRecord(*state, e);
            return state->id != 0;
        },
        [store, state](StorageError *e) { return store->removeRecord(state->id, e); });
}

StoreCommand *addRecords(LedgerStore *store, QList<SupervisionRecord> records)
{
    const int n = int(records.size());
    const bool notice = !records.isEmpty() && records.first().kind == SupervisionRecord::Kind::Notice;
    const QString text =
        notice ? QCoreApplication::translate("duban::ui::TaskCommands",
                                             "Record supervision notices (督办) for %n task(s)", nullptr, n)
               : QCoreApplication::translate("duban::ui::TaskCommands",
                                             "Record reminders (催办) for %n task(s)", nullptr, n);
    auto state = std::make_shared<QList<SupervisionRecord>>(std::move(records));
    for (SupervisionRecord &r : *state)
        r.id = 0;
    return new FunctionCommand(
        store, text, [store, state](StorageError *e) { return store->addRecords(*state, e); },
        [store, state](StorageError *e) { return store->removeRecords(*state, e); });
}

StoreCommand *editRecord(LedgerStore *store, SupervisionRecord before, SupervisionRecord after)
{
    const QString text = after.respondedOn.isValid() && !before.respondedOn.isValid()
                             ? tr("Record response")
                             : tr("Edit supervision record");
    return new FunctionCommand(
        store, text, [store, after](StorageError *e) { return store->updateRecord(after, e); },
        [store, before](StorageError *e) { return store->updateRecord(before, e); });
}

StoreCommand *deleteRecord(LedgerStore *store, SupervisionRecord record)
{
    return new FunctionCommand(
        store, tr("Delete supervision record"),
        [store, record](StorageError *e) { return store->removeRecord(record.id, e); },
        [store, record](StorageError *e) { return store->addRecord(record, e) != 0; });
}

} // namespace history

} // namespace duban::ui
