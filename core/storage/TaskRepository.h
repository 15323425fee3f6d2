#pragma once

#include <QCoreApplication>

#include "domain/Task.h"
#include "domain/TaskChanges.h"
#include "StorageError.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>
#include <utility>

namespace duban::core {

class Database;

/// Reads and writes tasks with their units and milestones; each public write is one transaction.
class TaskRepository final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::TaskRepository)

public:
    explicit TaskRepository(Database &database);

    std::optional<Task> load(qint64 id, StorageError *error = nullptr) const;
    QList<Task> loadAll(qint64 planId = 0, StorageError *error = nullptr) const;
    int count(StorageError *error = nullptr) const;
    /// The tasks numbered with one of `codes` (as printed: "4", "四（一）"), in plan `planId` or in any
    /// plan when 0: (task id, plan id) pairs in ledger order.
    QList<std::pair<qint64, qint64>> withCode(const QStringList &codes, qint64 planId = 0,
                                              StorageError *error = nullptr) const;

    /// Inserts the task (with its id if set, as undo of a deletion does); returns the id or 0.
    qint64 insert(Task &task, StorageError *error);
    /// Saves title, text, section, units, deadline, milestones, status if the row still has task.version
    /// (then increments it); Conflict when another writer changed it, NotFound when it was deleted.
    /// Targets are left as they are.
    bool update(Task &task, StorageError *error);
    /// Writes only the fields that differ between `before` (as read, with its version) and `after`, if the
    /// row still has before.version; after.version is the new version. Nothing else is touched.
    bool updateChanged(const Task &before, Task &after, StorageError *error);
    bool remove(qint64 id, StorageError *error);
    /// Deletes the task if it still has task.version (Conflict otherwise).
    bool remove(const Task &task, StorageError *error);

    /// Inserts one target (plan-level when taskId is 0), creating its indicator on first use. No transaction.
    static qint64 insertTarget(Database &database, const Target &target, StorageError *error);

    /// Whether a change of status written by update()/updateChanged() is recorded in the history as the
    /// office's own 销号 or a reopening (true), or left to the caller, which records a step of its own (an
    /// approved 办结申请).
    void setCompletionHistory(bool record) { m_completionHistory = record; }

private:
    bool recordEdits(const Task &before, const Task &after, const QList<TaskField> &fields,
                     StorageError *error);
    /// Reads the stage the services keep for `task` (after a write that may have moved it).
    bool readStage(Task &task, StorageError *error) const;
    bool recordDeletion(qint64 id, const QString &title, StorageError *error);
    bool writeUnits(const Task &task, StorageError *error);
    bool writeMilestones(const Task &task, StorageError *error);
    bool writeTargets(const Task &task, StorageError *error);

    Database *m_database;
    QSqlDatabase m_db; ///< m_database's connection
    bool m_completionHistory = true;
};

} // namespace duban::core
