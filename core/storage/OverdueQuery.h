#pragma once

#include "core/rules/StatusLight.h"
#include "core/rules/StatusSettings.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace duban::core {

/// One red task as the overdue listing prints it.
struct OverdueTask
{
    qint64 id = 0;
    QString code;
    QString title;
    QString lead;
    QDate deadline;
    bool completed = false; ///< completed after the as-of date (so still open as of it)
    StatusLight light;
};

/// The red tasks as of a date, found in SQL first (open tasks past their deadline, an unmet milestone or an
/// unanswered notice's due date) and then judged by the status rules — without loading the whole ledger.
/// This is what `duban tasks --overdue` runs.
class OverdueQuery final
{
public:
    explicit OverdueQuery(QSqlDatabase db);
    /// In ledger order (plan, position). `unitId` (0 = any) keeps tasks the unit leads or co-handles.
    std::vector<OverdueTask> run(QDate asOf, const StatusSettings &settings, qint64 unitId = 0) const;

private:
    QSqlDatabase m_db;
};

} // namespace duban::core
