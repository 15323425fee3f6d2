#pragma once

#include "core/domain/SupervisionRecord.h"
#include "core/domain/Task.h"
#include "core/rules/ReportingPeriod.h"
#include "StorageError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace duban::core {

class Database;

/// An open task as the due-soon list needs it.
struct DueTaskRow
{
    qint64 id = 0;
    int rank = 0; ///< ledger order (plan, position)
    QString code;
    QString title;
    QStringList leads; ///< in order
    QDate deadline;
    QDate startDate;
    /// The task's reporting schedule over its plan's (combineSchedules()); Default and 0: the ledger's.
    ReportingSchedule schedule;
    QDate lastLeadReport; ///< the latest report by a lead unit (or by no unit) dated in the 400 days up to
                          ///< the as-of date
};

/// An undone milestone in the window.
struct DueMilestoneRow
{
    qint64 taskId = 0;
    QDate date;
    QString text;
};

/// What may come due in [from, to] as of `from`: the tasks open as of it (status open, or completed after
/// it), their undone milestones dated in the window and their 催办/督办 records unanswered as of `from`
/// with a response due in the window. Read in one snapshot.
struct DueFacts
{
    std::vector<DueTaskRow> tasks; ///< in ledger order
    QList<DueMilestoneRow> milestones;
    QList<SupervisionRecord> records;
};

/// The few queries behind the due-soon list (DueService).
class DueQuery final
{
public:
    explicit DueQuery(Database &database);
    bool read(QDate from, QDate to, DueFacts &facts, StorageError *error) const;

private:
    bool readTasks(QDate from, DueFacts &facts, StorageError *error) const;
    bool readLeads(DueFacts &facts, StorageError *error) const;
    bool readLastReports(QDate from, DueFacts &facts, StorageError *error) const;
    bool readMilestones(QDate from, QDate to, DueFacts &facts, StorageError *error) const;
    bool readRecords(QDate from, QDate to, DueFacts &facts, StorageError *error) const;

    Database *m_database;
    QSqlDatabase m_db; ///< m_database's connection
};

} // namespace duban::core
