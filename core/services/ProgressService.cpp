#include "ProgressService.h"

#include "core/storage/Database.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/Transaction.h"

namespace duban::core {

namespace {

// The task as messages name it: its number, or its title when it has none.
QString taskLabel(const Task &task)
{
    return task.code.isEmpty() ? QStringLiteral("“%1”").arg(task.title) : task.code;
}

// The task as committed, read inside the caller's transaction; NotFound when it is gone.
std::optional<Task> loadTask(Database &database, qint64 taskId, StorageError *error)
{
    StorageError failure;
    std::optional<Task> task = TaskRepository(database).load(taskId, &failure);
    if (!task && error)
        *error = failure.isError() ? failure
                                   : StorageError{StorageError::Code::NotFound,
                                                  ProgressService::tr("The task no longer exists.")};
    return task;
}

// One completion or reopening: the task re-read in the transaction, checked by `allowed`, and its status
// and completion date written over the version read.
template <typename Check>
bool writeCompletion(Database &database, qint64 taskId, TaskStatus status, const QDate &on, Check allowed,
                     Task *saved, StorageError *error)
{
    Transaction tx(database.connection());
    if (!tx.started(error))
        return false;
    const std::optional<Task> before = loadTask(database, taskId, error);
    if (!before)
        return false;
    if (!allowed(*before))
        return false;
    Task after = *before;
    after.status = status;
    after.completedOn = on;
    if (!TaskRepository(database).updateChanged(*before, after, error) || !tx.commit(error))
        return false;
    if (saved)
        *saved = after;
    return true;
}

} // namespace

ProgressService::ProgressService(Database &database) : m_database(database) {}

bool ProgressService::validate(const ProgressReport &r, StorageError *error)
{
    if (!r.date.isValid()) {
        sql::setError(error, StorageError::Code::Invalid, tr("A progress report needs a date."));
        return false;
    }
    if (r.percent < 0 || r.percent > 100) {
        sql::setError(error, StorageError::Code::Invalid, tr("Percent done must be between 0 and 100."));
        return false;
    }
    return true;
}

bool ProgressService::validate(const SupervisionRecord &r, StorageError *error)
{
    if (!r.date.isValid()) {
        sql::setError(error, StorageError::Code::Invalid, tr("A reminder or notice needs a date."));
        return false;
    }
    if (r.responseDue.isValid() && r.responseDue < r.date) {
        sql::setError(error, StorageError::Code::Invalid,
                      tr("The response cannot be due before the notice is sent."));
        return false;
    }
    return true;
}

bool ProgressService::validateReporter(const Task &task, const QString &unit, StorageError *error)
{
    if (task.units().contains(unit))
        return true;
    const QStringList units = task.units();
    sql::setError(error, StorageError::Code::Invalid,
                  units.isEmpty() ? tr("%1 is neither a lead nor a co-unit of task %2, which has no units.")
                                        .arg(unit, taskLabel(task))
                                  : tr("%1 is neither a lead nor a co-unit of task %2; its units are %3.")
                                        .arg(unit, taskLabel(task), units.join(QStringLiteral("、"))));
    return false;
}

bool ProgressService::validateCompletion(const Task &task, const QDate &on, const QDate &today,
                                         StorageError *error)
{
    if (task.status == TaskStatus::Completed) {
        sql::setError(error, StorageError::Code::Invalid,
                      task.completedOn.isValid()
                          ? tr("Task %1 was already completed on %2; reopen it first to give another date.")
                                .arg(taskLabel(task), task.completedOn.toString(Qt::ISODate))
                          : tr("Task %1 is already completed.").arg(taskLabel(task)));
        return false;
    }
    if (!on.isValid()) {
        sql::setError(error, StorageError::Code::Invalid, tr("A completion needs a date."));
        return false;
    }
    if (on > today) {
        sql::setError(error, StorageError::Code::Invalid,
                      tr("%1 is in the future: a task is completed today (%2) or earlier.")
                          .arg(on.toString(Qt::ISODate), today.toString(Qt::ISODate)));
        return false;
    }
    return true;
}

QList<ProgressReport> ProgressService::reports(qint64 taskId) const
{
    return ProgressRepository(m_database).reports(taskId);
}

QList<SupervisionRecord> ProgressService::records(qint64 taskId) const
{
    return ProgressRepository(m_database).records(taskId);
}

QHash<QString, int> ProgressService::openNoticesByUnit(const QDate &asOf) const
{
    return ProgressRepository(m_database).openNoticesByUnit(asOf);
}

qint64 ProgressService::addReport(ProgressReport &report, StorageError *error)
{
    if (!validate(report, error))
        return 0;
    return ProgressRepository(m_database).insertReport(report, error);
}

bool ProgressService::updateReport(ProgressReport &report, StorageError *error)
{
    return validate(report, error) && ProgressRepository(m_database).updateReport(report, error);
}

bool ProgressService::removeReport(const ProgressReport &report, StorageError *error)
{
    return ProgressRepository(m_database).removeReport(report, error);
}

qint64 ProgressService::addUnitReport(ProgressReport &report, StorageError *error)
{
    if (!validate(report, error))
        return 0;
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return 0;
    const std::optional<Task> task = loadTask(m_database, report.taskId, error);
    if (!task)
        return 0;
    if (!validateReporter(*task, report.unit, error))
        return 0;
    ProgressReport written = report;
    if (ProgressRepository(m_database).insertReport(written, error) == 0 || !tx.commit(error))
        return 0;
    report = written;
    return report.id;
}

bool ProgressService::completeTask(qint64 taskId, const QDate &on, const QDate &today, Task *saved,
                                   StorageError *error)
{
    return writeCompletion(
        m_database, taskId, TaskStatus::Completed, on,
        [&](const Task &task) { return validateCompletion(task, on, today, error); }, saved, error);
}

bool ProgressService::reopenTask(qint64 taskId, Task *saved, StorageError *error)
{
    return writeCompletion(
        m_database, taskId, TaskStatus::Open, QDate(),
        [&](const Task &task) {
            if (task.status == TaskStatus::Completed)
                return true;
            sql::setError(error, StorageError::Code::Invalid,
                          tr("Task %1 is not completed; there is nothing to reopen.").arg(taskLabel(task)));
            return false;
        },
        saved, error);
}

qint64 ProgressService::addRecord(SupervisionRecord &record, StorageError *error)
{
    if (!validate(record, error))
        return 0;
    return ProgressRepository(m_database).insertRecord(record, error);
}

bool ProgressService::addRecords(QList<SupervisionRecord> &records, StorageError *error)
{
    for (const SupervisionRecord &r : std::as_const(records))
        if (!validate(r, error))
            return false;
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return false;
    ProgressRepository progress(m_database);
    QList<SupervisionRecord> written = records;
    for (SupervisionRecord &r : written)
        if (progress.insertRecord(r, error) == 0)
            return false;
    if (!tx.commit(error))
        return false;
    records = written;
    return true;
}

bool ProgressService::updateRecord(SupervisionRecord &record, StorageError *error)
{
    return validate(record, error) && ProgressRepository(m_database).updateRecord(record, error);
}

bool ProgressService::removeRecord(const SupervisionRecord &record, StorageError *error)
{
    return ProgressRepository(m_database).removeRecord(record, error);
}

bool ProgressService::removeRecords(const QList<SupervisionRecord> &records, StorageError *error)
{
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return false;
    ProgressRepository progress(m_database);
    for (const SupervisionRecord &r : records)
        if (!progress.removeRecord(r, error))
            return false;
    return tx.commit(error);
}

} // namespace duban::core
