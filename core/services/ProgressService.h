#pragma once

#include "core/domain/ProgressReport.h"
#include "core/domain/SupervisionRecord.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace duban::core {

class Database;

/// Progress reports (进展) and supervision records (催办/督办): their validation and their writes, each
/// a transaction. Used by the open ledger (which keeps the lights in step) and by the command line.
class ProgressService final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::ProgressService)
public:
    explicit ProgressService(Database &database);

    /// Why a report or record cannot be saved (bad input), or true.
    static bool validate(const ProgressReport &report, StorageError *error);
    static bool validate(const SupervisionRecord &record, StorageError *error);

    QList<ProgressReport> reports(qint64 taskId) const;
    QList<SupervisionRecord> records(qint64 taskId) const;
    /// Open (unanswered) notices and reminders as of `asOf`, by unit name.
    QHash<QString, int> openNoticesByUnit(const QDate &asOf) const;

    /// Inserts (keeping report.id if set, as undo of a deletion does); returns the id or 0.
    qint64 addReport(ProgressReport &report, StorageError *error);
    /// Versioned: writes only if the row still has report.version, then increments it (Conflict otherwise).
    bool updateReport(ProgressReport &report, StorageError *error);
    bool removeReport(const ProgressReport &report, StorageError *error);

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
