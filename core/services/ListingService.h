#pragma once

#include "core/ledger/TaskIndex.h"
#include "core/rules/StatusLight.h"
#include "core/rules/StatusThresholds.h"
#include "core/storage/OverdueQuery.h"
#include "core/storage/StorageError.h"

#include <QDate>

#include <functional>
#include <vector>

namespace duban::core {

class Database;

/// Each ledger row's standing as of a date, aligned with the rows it was computed for.
struct RowStatus
{
    std::vector<StatusLight> lights;
    std::vector<qint8> percent;     ///< latest reported percent, -1: none
    std::vector<qint32> lastReport; ///< julian day of the latest report, 0: none
};

/// Tasks joined with their lights as of a date: the ledger's rows (OpenLedger), the listings of
/// `duban tasks`. The fast paths stay query objects behind these methods.
class ListingService final
{
public:
    /// Also on another thread's session (the background loader).
    explicit ListingService(Database &database);

    StatusThresholds statusThresholds() const;
    /// The lights (with reasons) and progress of `rows` as of `asOf`: the one join of tasks and lights.
    RowStatus statusOf(const std::vector<TaskRow> &rows, QDate asOf, const StatusThresholds &settings) const;

    /// The red tasks as of `asOf` (OverdueQuery: no ledger load), in ledger order; `unitId` 0 = any unit.
    /// Progress reports are not read (red never depends on them): OverdueTask::percent stays -1.
    bool forEachOverdue(QDate asOf, const StatusThresholds &settings, qint64 unitId,
                        const std::function<void(const OverdueTask &)> &visit, StorageError *error) const;
    /// Every task with its light and latest percent as of `asOf`, in ledger order; `unitId` 0 = any unit.
    bool forEachTask(QDate asOf, const StatusThresholds &settings, qint64 unitId,
                     const std::function<void(const OverdueTask &)> &visit, StorageError *error) const;

private:
    Database *m_database;
};

} // namespace duban::core
