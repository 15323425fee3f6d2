#include "ProgressService.h"

#include "core/storage/Database.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/Transaction.h"

namespace duban::core {

ProgressService::ProgressService(Database &database) : m_database(database) {}

bool ProgressService::validate(const ProgressReport &r, StorageError *error)
{
    if (!r.date.isValid()) {
        sql::setError(error, StorageError::Code::Query, tr("A progress report needs a date."));
        return false;
    }
    if (r.percent < 0 || r.percent > 100) {
        sql::setError(error, StorageError::Code::Query, tr("Percent done must be between 0 and 100."));
        return false;
    }
    return true;
}

bool ProgressService::validate(const SupervisionRecord &r, StorageError *error)
{
    if (!r.date.isValid()) {
        sql::setError(error, StorageError::Code::Query, tr("A reminder or notice needs a date."));
        return false;
    }
    if (r.responseDue.isValid() && r.responseDue < r.date) {
        sql::setError(error, StorageError::Code::Query,
                      tr("The response cannot be due before the notice is sent."));
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
