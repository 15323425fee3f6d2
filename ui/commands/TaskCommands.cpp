#include "TaskCommands.h"

#include "core/services/OpenLedger.h"

#include <QCoreApplication>

#include <memory>

namespace duban::ui {

using namespace duban::core;

EditTaskCommand::EditTaskCommand(core::OpenLedger *store, Task before, Task after, const QString &text)
    : StoreCommand(store, text), m_before(std::move(before)), m_after(std::move(after)),
      m_version(m_before.version)
{
}

bool EditTaskCommand::write(const Task &fromState, const Task &toState, StorageError *error)
{
    Task from = fromState;
    from.version = m_version;
    Task to = toState;
    if (!store()->saveTask(from, to, error))
        return false;
    m_version = to.version;
    return true;
}

bool EditTaskCommand::apply(StorageError *error)
{
    return write(m_before, m_after, error);
}

bool EditTaskCommand::revert(StorageError *error)
{
    return write(m_after, m_before, error);
}

AddTaskCommand::AddTaskCommand(core::OpenLedger *store, Task task)
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
    return store()->removeTask(m_task, error);
}

DeleteTaskCommand::DeleteTaskCommand(core::OpenLedger *store, Task task)
    : StoreCommand(store,
                   QCoreApplication::translate("duban::ui::TaskCommands", "Delete task %1").arg(task.code)),
      m_task(std::move(task))
{
}

bool DeleteTaskCommand::apply(StorageError *error)
{
    return store()->removeTask(m_task, error, &m_reports, &m_records);
}

bool DeleteTaskCommand::revert(StorageError *error)
{
    return store()->restoreTask(m_task, m_reports, m_records, error);
}

RenameUnitCommand::RenameUnitCommand(core::OpenLedger *store, qint64 unitId, QString before, QString after)
    : StoreCommand(store, QCoreApplication::translate("duban::ui::TaskCommands", "Rename unit")),
      m_unitId(unitId), m_before(std::move(before)), m_after(std::move(after))
{
}

bool RenameUnitCommand::apply(StorageError *error)
{
    return store()->renameUnit(m_unitId, m_after, error, m_before);
}

bool RenameUnitCommand::revert(StorageError *error)
{
    return store()->renameUnit(m_unitId, m_before, error, m_after);
}

SetAliasesCommand::SetAliasesCommand(core::OpenLedger *store, qint64 unitId, QStringList before,
                                     QStringList after)
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

ImportPlanCommand::ImportPlanCommand(core::OpenLedger *store, PlanDocument document, QList<Unit> units)
    : StoreCommand(store,
                   QCoreApplication::translate("duban::ui::TaskCommands", "Import %1")
                       .arg(document.plan.number.isEmpty() ? document.plan.title : document.plan.number)),
      m_document(std::move(document)), m_units(std::move(units))
{
}

bool ImportPlanCommand::apply(StorageError *error)
{
    // The first apply fills in the document's ids; redo puts the plan back with the same ones, so later
    // commands that name its tasks still find them.
    PlanDocument document = m_document;
    m_planId = store()->importPlan(document, m_units, error);
    if (m_planId != 0)
        m_document = document;
    return m_planId != 0;
}

bool ImportPlanCommand::revert(StorageError *error)
{
    // What redo puts back is the plan as it is now (with the versions its rows have now).
    PlanDocument current = m_document;
    if (auto saved = store()->imports().savedPlan(m_document); saved && saved->planId == m_planId)
        current = saved->saved;
    if (!store()->removePlan(m_planId, error))
        return false;
    m_document = current;
    return true;
}

UpdatePlanCommand::UpdatePlanCommand(core::OpenLedger *store, qint64 planId, PlanDocument saved,
                                     PlanDocument incoming, QList<Unit> units)
    : StoreCommand(store,
                   QCoreApplication::translate("duban::ui::TaskCommands", "Update %1")
                       .arg(incoming.plan.number.isEmpty() ? incoming.plan.title : incoming.plan.number)),
      m_planId(planId), m_saved(std::move(saved)), m_incoming(std::move(incoming)), m_units(std::move(units))
{
}

bool UpdatePlanCommand::apply(StorageError *error)
{
    return store()->updatePlan(m_planId, m_incoming, m_units, &m_kept, error);
}

bool UpdatePlanCommand::revert(StorageError *error)
{
    return store()->updatePlan(m_planId, m_saved, {}, nullptr, error);
}

} // namespace duban::ui

namespace duban::ui {

FunctionCommand::FunctionCommand(core::OpenLedger *store, const QString &text, Step apply, Step revert)
    : StoreCommand(store, text), m_apply(std::move(apply)), m_revert(std::move(revert))
{
}

namespace history {

namespace {
QString recordText(const SupervisionRecord &r, const char *reminder, const char *notice)
{
    return QCoreApplication::translate("duban::ui::TaskCommands",
                                       r.kind == SupervisionRecord::Kind::Notice ? notice : reminder);
}
} // namespace

/// The row a history command writes, with the version it has now (each write increments it).
template <typename Row> struct Versioned
{
    Row before;
    Row after;
    int version = 0;
};

/// Writes `row` over the stored one, expecting the version the command last saw.
template <typename Row, typename Write> bool writeVersioned(Row row, int &version, Write write)
{
    row.version = version;
    if (!write(row))
        return false;
    version = row.version;
    return true;
}

StoreCommand *addReport(core::OpenLedger *store, ProgressReport report)
{
    auto state = std::make_shared<ProgressReport>(std::move(report));
    return new FunctionCommand(
        store, QCoreApplication::translate("duban::ui::TaskCommands", "Add progress report"),
        [store, state](StorageError *e) {
            state->id = store->addReport(*state, e);
            return state->id != 0;
        },
        [store, state](StorageError *e) { return store->removeReport(*state, e); });
}

StoreCommand *editReport(core::OpenLedger *store, ProgressReport before, ProgressReport after)
{
    auto state =
        std::make_shared<Versioned<ProgressReport>>(Versioned<ProgressReport>{before, after, before.version});
    auto write = [store](StorageError *e) {
        return [store, e](ProgressReport &r) { return store->updateReport(r, e); };
    };
    return new FunctionCommand(
        store, QCoreApplication::translate("duban::ui::TaskCommands", "Edit progress report"),
        [state, write](StorageError *e) { return writeVersioned(state->after, state->version, write(e)); },
        [state, write](StorageError *e) { return writeVersioned(state->before, state->version, write(e)); });
}

StoreCommand *deleteReport(core::OpenLedger *store, ProgressReport report)
{
    auto state = std::make_shared<ProgressReport>(std::move(report));
    return new FunctionCommand(
        store, QCoreApplication::translate("duban::ui::TaskCommands", "Delete progress report"),
        [store, state](StorageError *e) { return store->removeReport(*state, e); },
        [store, state](StorageError *e) { return store->addReport(*state, e) != 0; });
}

StoreCommand *addRecord(core::OpenLedger *store, SupervisionRecord record)
{
    const QString text =
        recordText(record, QT_TRANSLATE_NOOP("duban::ui::TaskCommands", "Record reminder (催办)"),
                   QT_TRANSLATE_NOOP("duban::ui::TaskCommands", "Record supervision notice (督办)"));
    auto state = std::make_shared<SupervisionRecord>(std::move(record));
    return new FunctionCommand(
        store, text,
        [store, state](StorageError *e) {
            state->id = store->addRecord(*state, e);
            return state->id != 0;
        },
        [store, state](StorageError *e) { return store->removeRecord(*state, e); });
}

StoreCommand *addRecords(core::OpenLedger *store, QList<SupervisionRecord> records)
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

StoreCommand *editRecord(core::OpenLedger *store, SupervisionRecord before, SupervisionRecord after)
{
    const QString text =
        after.respondedOn.isValid() && !before.respondedOn.isValid()
            ? QCoreApplication::translate("duban::ui::TaskCommands", "Record response")
            : QCoreApplication::translate("duban::ui::TaskCommands", "Edit supervision record");
    auto state = std::make_shared<Versioned<SupervisionRecord>>(
        Versioned<SupervisionRecord>{before, after, before.version});
    auto write = [store](StorageError *e) {
        return [store, e](SupervisionRecord &r) { return store->updateRecord(r, e); };
    };
    return new FunctionCommand(
        store, text,
        [state, write](StorageError *e) { return writeVersioned(state->after, state->version, write(e)); },
        [state, write](StorageError *e) { return writeVersioned(state->before, state->version, write(e)); });
}

StoreCommand *deleteRecord(core::OpenLedger *store, SupervisionRecord record)
{
    auto state = std::make_shared<SupervisionRecord>(std::move(record));
    return new FunctionCommand(
        store, QCoreApplication::translate("duban::ui::TaskCommands", "Delete supervision record"),
        [store, state](StorageError *e) { return store->removeRecord(*state, e); },
        [store, state](StorageError *e) { return store->addRecord(*state, e) != 0; });
}

} // namespace history

namespace units {

StoreCommand *merge(core::OpenLedger *store, const Unit &from, const Unit &into)
{
    auto state = std::make_shared<std::optional<UnitMerge>>();
    const qint64 fromId = from.id;
    const qint64 intoId = into.id;
    return new FunctionCommand(
        store,
        QCoreApplication::translate("duban::ui::TaskCommands", "Merge %1 into %2").arg(from.name, into.name),
        [store, state, fromId, intoId](StorageError *e) {
            *state = store->mergeUnits(fromId, intoId, e);
            return state->has_value();
        },
        [store, state](StorageError *e) { return state->has_value() && store->unmergeUnits(**state, e); });
}

StoreCommand *remove(core::OpenLedger *store, const Unit &unit)
{
    return new FunctionCommand(
        store, QCoreApplication::translate("duban::ui::TaskCommands", "Delete unit %1").arg(unit.name),
        [store, unit](StorageError *e) { return store->removeUnit(unit.id, e); },
        [store, unit](StorageError *e) { return store->restoreUnit(unit, e); });
}

} // namespace units

} // namespace duban::ui
