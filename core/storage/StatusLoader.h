#pragma once

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

/// Loads a StatusSnapshot with four sequential queries (tasks, milestones, latest reports, open notices).
class StatusLoader final
{
public:
    explicit StatusLoader(Database &database);
    /// `withReports` false skips the progress reports: enough to find the red tasks (red never depends on
    /// reports), much faster over millions of reports.
    StatusSnapshot load(QDate asOf, bool withReports = true) const;
    /// The same for one task (after an edit of it, its reports or its records).
    StatusSnapshot loadTask(QDate asOf, qint64 taskId) const;

private:
    StatusSnapshot load(QDate asOf, bool withReports, qint64 onlyTask) const;
    Database *m_database;
    QSqlDatabase m_db; ///< m_database's connection
};

} // namespace duban::core
