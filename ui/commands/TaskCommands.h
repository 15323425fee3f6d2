#pragma once

#include "core/domain/PlanDocument.h"
#include "core/domain/ProgressReport.h"
#include "core/domain/SupervisionRecord.h"
#include "core/domain/Task.h"
#include "core/domain/Unit.h"
#include "StoreCommand.h"

namespace duban::ui {

/// Changes the fields of a task that differ between `before` (as shown, with its row version) and `after`,
/// and back; only those fields are written, and only over the version this command last saw.
class EditTaskCommand final : public StoreCommand
{
public:
    EditTaskCommand(core::OpenLedger *store, core::Task before, core::Task after, const QString &text);

private:
    bool apply(core::StorageError *error) override;
    bool revert(core::StorageError *error) override;
    /// Saves the change from one state to the other over the version last seen.
    bool write(const core::Task &from, const core::Task &to, core::StorageError *error);

    core::Task m_before;
    core::Task m_after;
    int m_version; ///< the task's row version after the last apply or revert
};

/// Adds a task; undo removes it, redo puts it back with the same id.
class AddTaskCommand final : public StoreCommand
{
public:
    AddTaskCommand(core::OpenLedger *store, core::Task task);
    qint64 taskId() const { return m_task.id; }

private:
    bool apply(core::StorageError *error) override;
    bool revert(core::StorageError *error) override;

    core::Task m_task;
};

/// Deletes a task; the command owns what goes with it (units, milestones, targets, progress reports,
/// supervision records) to restore it.
class DeleteTaskCommand final : public StoreCommand
{
public:
    DeleteTaskCommand(core::OpenLedger *store, core::Task task);

private:
    bool apply(core::StorageError *error) override;
    bool revert(core::StorageError *error) override;

    core::Task m_task;
    QList<core::ProgressReport> m_reports;
    QList<core::SupervisionRecord> m_records;
};

/// Renames a unit in the directory.
class RenameUnitCommand final : public StoreCommand
{
public:
    RenameUnitCommand(core::OpenLedger *store, qint64 unitId, QString before, QString after);

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
    SetAliasesCommand(core::OpenLedger *store, qint64 unitId, QStringList before, QStringList after);

private:
    bool apply(core::StorageError *error) override;
    bool revert(core::StorageError *error) override;

    qint64 m_unitId;
    QStringList m_before;
    QStringList m_after;
};

} // namespace duban::ui

namespace duban::ui {

/// Imports a decomposed plan as a new plan; undo removes it, redo saves it again.
class ImportPlanCommand final : public StoreCommand
{
public:
    ImportPlanCommand(core::OpenLedger *store, core::PlanDocument document, QList<core::Unit> units);
    qint64 planId() const { return m_planId; }

private:
    bool apply(core::StorageError *error) override;
    bool revert(core::StorageError *error) override;

    core::PlanDocument m_document;
    QList<core::Unit> m_units;
    qint64 m_planId = 0;
};

/// Updates a saved plan from a re-imported document (ImportService::update); undo puts the plan as it
/// was saved back the same way (tasks the update removed return with their ids).
class UpdatePlanCommand final : public StoreCommand
{
public:
    UpdatePlanCommand(core::OpenLedger *store, qint64 planId, core::PlanDocument saved,
                      core::PlanDocument incoming, QList<core::Unit> units);
    /// Codes of tasks no longer in the document that the last apply kept for their history.
    QStringList kept() const { return m_kept; }

private:
    bool apply(core::StorageError *error) override;
    bool revert(core::StorageError *error) override;

    qint64 m_planId;
    core::PlanDocument m_saved;
    core::PlanDocument m_incoming;
    QList<core::Unit> m_units;
    QStringList m_kept;
};

} // namespace duban::ui

#include <functional>

namespace duban::ui {

/// An edit given as two functions (apply / revert) over state the caller captured: used for progress
/// reports and supervision records, whose commands differ only in which store call they make.
class FunctionCommand final : public StoreCommand
{
public:
    using Step = std::function<bool(core::StorageError *)>;
    FunctionCommand(core::OpenLedger *store, const QString &text, Step apply, Step revert);

private:
    bool apply(core::StorageError *error) override { return m_apply(error); }
    bool revert(core::StorageError *error) override { return m_revert(error); }

    Step m_apply;
    Step m_revert;
};

/// Undoable commands for a task's history.
namespace history {
StoreCommand *addReport(core::OpenLedger *store, core::ProgressReport report);
StoreCommand *editReport(core::OpenLedger *store, core::ProgressReport before, core::ProgressReport after);
StoreCommand *deleteReport(core::OpenLedger *store, core::ProgressReport report);
StoreCommand *addRecord(core::OpenLedger *store, core::SupervisionRecord record);
/// One reminder or notice per task, recorded together (a unit's overdue tasks in one step).
StoreCommand *addRecords(core::OpenLedger *store, QList<core::SupervisionRecord> records);
StoreCommand *editRecord(core::OpenLedger *store, core::SupervisionRecord before,
                         core::SupervisionRecord after);
StoreCommand *deleteRecord(core::OpenLedger *store, core::SupervisionRecord record);
} // namespace history

namespace units {
/// Merges `from` into `into`: one undo step that puts every reference and alias back.
StoreCommand *merge(core::OpenLedger *store, const core::Unit &from, const core::Unit &into);
/// Deletes an unused unit; undo puts it back with its id and aliases.
StoreCommand *remove(core::OpenLedger *store, const core::Unit &unit);
} // namespace units

} // namespace duban::ui
