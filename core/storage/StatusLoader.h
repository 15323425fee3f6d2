#pragma once

#include "core/rules/StatusThresholds.h"
#include "core/rules/TaskFacts.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>

#include <vector>

namespace duban::core {

class Database;

/// Every task reduced to the facts the status rules need as of one date. The facts' milestone spans point
/// into `milestones`, so a snapshot is moved, never copied.
struct StatusSnapshot
{
    std::vector<qint64> taskIds; ///< ascending
    std::vector<TaskFacts> facts;
    std::vector<MilestoneFact> milestones;
    QHash<qint64, int> indexOf;

    StatusSnapshot() = default;
    StatusSnapshot(StatusSnapshot &&) = default;
    StatusSnapshot &operator=(StatusSnapshot &&) = default;
    StatusSnapshot(const StatusSnapshot &) = delete;
    StatusSnapshot &operator=(const StatusSnapshot &) = delete;
};

/// Loads a StatusSnapshot with five sequential queries (tasks, milestones, latest reports, the reports of
/// the period owed, open notices). The thresholds say which reporting period is owed as of the date.
class StatusLoader final
{
public:
    explicit StatusLoader(Database &database);
    /// `withReports` false skips the progress reports: enough to find the red tasks (red never depends on
    /// reports), much faster over millions of reports; the facts say reportsRead = false.
    StatusSnapshot load(QDate asOf, const StatusThresholds &thresholds, bool withReports = true) const;
    /// The same for one task (after an edit of it, its reports or its records).
    StatusSnapshot loadTask(QDate asOf, const StatusThresholds &thresholds, qint64 taskId) const;

private:
    StatusSnapshot load(QDate asOf, const StatusThresholds &thresholds, bool withReports,
                        qint64 onlyTask) const;
    void readTasks(StatusSnapshot &s, qint64 onlyTask) const;
    void readMilestones(StatusSnapshot &s, qint64 onlyTask) const;
    void readLatestReports(StatusSnapshot &s, QDate asOf, qint64 onlyTask) const;
    void readOwedReports(StatusSnapshot &s, QDate asOf, const StatusThresholds &thresholds,
                         qint64 onlyTask) const;
    void readNotices(StatusSnapshot &s, QDate asOf, qint64 onlyTask) const;
    /// The loop: a returned 办结申请, a 延期申请 waiting (as of asOf).
    void readDeadlinesInForce(StatusSnapshot &s, QDate asOf, qint64 onlyTask) const;
    void readRequests(StatusSnapshot &s, QDate asOf, qint64 onlyTask) const;
    /// The units that had not signed (签收) as of asOf, and the day they had to by (signWorkdays working
    /// days after the task's 交办).
    void readSignOffs(StatusSnapshot &s, QDate asOf, const StatusThresholds &thresholds,
                      qint64 onlyTask) const;
    Database *m_database;
    QSqlDatabase m_db; ///< m_database's connection
};

} // namespace duban::core
