#pragma once

#include "core/rules/ScoreRules.h"
#include "StorageError.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace duban::core {

class Database;

/// Reads what the 考核 rules and the 签收率 need as of one date in one pass over each table (tasks with their
/// plans, task units, lead units' reports, sign-offs, returned 办结申请): no query per task.
/// ScoreTask::signDue is left null (it counts working days from the task's start, 交办: ScoreService fills
/// it in).
class ScoreLoader final
{
public:
    explicit ScoreLoader(Database &database);

    /// nullopt with `error` when a query failed.
    /// `withReports` false skips the reports and returns (enough for the 签收率).
    std::optional<ScoreInput> load(QDate asOf, StorageError *error, bool withReports = true) const;

    /// For the 签收率: per unit and 交办 date, how many tasks open as of asOf it answers for (lead or
    /// co-unit) and how many of them it had signed by then — one aggregate query, the rows few (units ×
    /// distinct start dates). Tasks without a start date are left out (they owe no 签收).
    struct SignTally
    {
        QString unit;
        QDate start;
        int tasks = 0;
        int signedOff = 0;
    };
    std::optional<QList<SignTally>> signTallies(QDate asOf, StorageError *error) const;

private:
    bool readTasks(ScoreInput &in, QHash<qint64, int> &indexOf, StorageError *error) const;
    bool readUnits(ScoreInput &in, const QHash<qint64, int> &indexOf, StorageError *error) const;
    bool readReports(ScoreInput &in, const QHash<qint64, int> &indexOf, QDate asOf,
                     StorageError *error) const;
    bool readLoop(ScoreInput &in, QDate asOf, bool withReturns, StorageError *error) const;

    QSqlDatabase m_db;
};

} // namespace duban::core
