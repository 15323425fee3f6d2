#pragma once

#include <QCoreApplication>

#include "core/domain/ProgressReport.h"
#include "core/domain/SupervisionRecord.h"
#include "StorageError.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace duban::core {

class Database;

/// Progress reports (进展) and supervision records (催办/督办) of tasks.
class ProgressRepository final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::ProgressRepository)

public:
    explicit ProgressRepository(Database &database);

    QList<ProgressReport> reports(qint64 taskId, StorageError *error = nullptr) const;
    std::optional<ProgressReport> report(qint64 id) const;
    /// Inserts (keeping report.id if set, as undo of a deletion does); returns the id or 0.
    qint64 insertReport(ProgressReport &report, StorageError *error);
    /// Writes the report if it still has report.version (then increments it); Conflict or NotFound otherwise.
    bool updateReport(ProgressReport &report, StorageError *error);
    /// Deletes the report if it still has report.version.
    bool removeReport(const ProgressReport &report, StorageError *error);

    QList<SupervisionRecord> records(qint64 taskId, StorageError *error = nullptr) const;
    /// Open (unanswered) notices and reminders as of `asOf`, by unit name.
    QHash<QString, int> openNoticesByUnit(const QDate &asOf) const;
    /// Every record issued in [from, to] (either may be null for open-ended), oldest first.
    QList<SupervisionRecord> recordsBetween(const QDate &from, const QDate &to) const;
    std::optional<SupervisionRecord> record(qint64 id) const;
    qint64 insertRecord(SupervisionRecord &record, StorageError *error);
    bool updateRecord(SupervisionRecord &record, StorageError *error);
    bool removeRecord(const SupervisionRecord &record, StorageError *error);

private:
    Database *m_database;
    QSqlDatabase m_db; ///< m_database's connection
};

} // namespace duban::core
