#pragma once

#include "core/rules/StatusLight.h"
#include "core/rules/StatusThresholds.h"
#include "core/storage/StorageError.h"

#include <QByteArray>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace duban::core {

class Database;

/// One red task as the overdue listing prints it.
struct OverdueTask
{
    qint64 id = 0;
    QByteArray code;                    ///< UTF-8, as stored and as printed
    QByteArray title;                   ///< UTF-8
    QByteArray lead;                    ///< UTF-8 name of the (first) lead unit; empty if none
    std::vector<QByteArray> otherLeads; ///< the leads after the first, in order; usually none
    QDate deadline;
    QDate deadlineOriginal; ///< the deadline before an approved extension (延期), null when none was approved
    quint8 stage = 0;       ///< TaskStage: where the task stands in the loop now
    bool completed = false; ///< completed after the as-of date (so still open as of it)
    QDate completedOn;      ///< the completion date of a completed task (also one after the as-of date)
    int percent = -1;       ///< the latest report's percent as of the as-of date, -1: none or not read
    StatusLight light;
};

/// The red tasks as of a date, found in SQL first (open tasks past their deadline, an unmet milestone or an
/// unanswered notice's due date) and then judged by the status rules — without loading the whole ledger.
/// This is what `duban tasks --overdue` runs.
class OverdueQuery final
{
public:
    explicit OverdueQuery(Database &database);
    /// In ledger order (plan, position). `unitId` (0 = any) keeps tasks the unit leads or co-handles.
    /// On a database error returns nothing and says why in `error`.
    std::vector<OverdueTask> run(QDate asOf, const StatusThresholds &settings, qint64 unitId = 0,
                                 StorageError *error = nullptr) const;
    /// The same tasks in the same order, handed to `visit` one by one as they are read, holding none (the
    /// task passed is reused for the next). False, with `error` set, on a database error; `visit` may
    /// have been called for some tasks before it.
    bool forEach(QDate asOf, const StatusThresholds &settings, qint64 unitId,
                 const std::function<void(const OverdueTask &)> &visit, StorageError *error) const;

private:
    Database *m_database;
    QSqlDatabase m_db; ///< m_database's connection
};

} // namespace duban::core
