#pragma once

#include "core/domain/ProgressReport.h"
#include "core/domain/SupervisionRecord.h"
#include "core/domain/Task.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace duban::core {

class Database;

/// Progress reports (进展), completion (办结) and supervision records (催办/督办): their validation and their
/// writes, each a transaction. Used by the open ledger (which keeps the lights in step) and by the command
/// line. Refusals of bad input are StorageError::Code::Invalid.
class ProgressService final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::ProgressService)
public:
    explicit ProgressService(Database &database);

    /// Why a report or record cannot be saved (bad input), or true.
    static bool validate(const ProgressReport &report, StorageError *error);
    static bool validate(const SupervisionRecord &record, StorageError *error);
    /// Whether `unit` may report on `task`: only one of its lead or co-units may (by name, as stored).
    static bool validateReporter(const Task &task, const QString &unit, StorageError *error);
    /// Whether `task` can be completed on `on`: it is open, and `on` is a date no later than `today`.
    static bool validateCompletion(const Task &task, const QDate &on, const QDate &today,
                                   StorageError *error);

    QList<ProgressReport> reports(qint64 taskId) const;
    QList<SupervisionRecord> records(qint64 taskId) const;
    /// Open (unanswered) notices and reminders as of `asOf`, by unit name.
    QHash<QString, int> openNoticesByUnit(const QDate &asOf) const;

    /// Inserts (keeping report.id if set, as undo of a deletion does); returns the id or 0.
    qint64 addReport(ProgressReport &report, StorageError *error);
    /// Versioned: writes only if the row still has report.version, then increments it (Conflict otherwise).
    bool updateReport(ProgressReport &report, StorageError *error);
    bool removeReport(const ProgressReport &report, StorageError *error);
    /// Records a report by one of its task's units: the task is re-read in the report's transaction, so the
    /// unit is checked against the units as committed (NotFound when the task is gone). Returns the id or 0.
    qint64 addUnitReport(ProgressReport &report, StorageError *error);

    /// Completes the task on `on` (validateCompletion) in one transaction that re-reads it and writes its
    /// status and completion date over the version read, as the window's tick does. `saved`, when given,
    /// receives the task as written.
    bool completeTask(qint64 taskId, const QDate &on, const QDate &today, Task *saved, StorageError *error);
    /// Reopens a completed task (Invalid when it is open), the same way.
    bool reopenTask(qint64 taskId, Task *saved, StorageError *error);

    qint64 addRecord(SupervisionRecord &record, StorageError *error);
    /// Several records in one transaction (one per task of a unit); fills in their ids and versions.
    bool addRecords(QList<SupervisionRecord> &records, StorageError *error);
    bool updateRecord(SupervisionRecord &record, StorageError *error);
    bool removeRecord(const SupervisionRecord &record, StorageError *error);
    /// Several records in one transaction.
    bool removeRecords(const QList<SupervisionRecord> &records, StorageError *error);

private:
    Database &m_database;
};

} // namespace duban::core
