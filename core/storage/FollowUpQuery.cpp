#include "FollowUpQuery.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QSqlQuery>

namespace duban::core {

QHash<qint64, FollowUp> FollowUpQuery::run(const QDate &asOf, StorageError *error) const
{
    QHash<qint64, FollowUp> out;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    const QVariant day = sql::dateValue(asOf);
    if (!sql::run(q,
                  QStringLiteral("SELECT task_id, kind, issued_on, response_due, responded_on FROM "
                                 "supervision_records WHERE issued_on <= ? ORDER BY task_id, issued_on, id"),
                  {day}, error))
        return {};
    while (q.next()) {
        FollowUp &f = out[q.value(0).toLongLong()];
        const bool notice = q.value(1).toInt() == 1;
        (notice ? f.notices : f.reminders) += 1;
        f.lastSent = sql::toDate(q.value(2));
        f.lastIsNotice = notice;
        const QDate due = sql::toDate(q.value(3));
        const QDate answered = sql::toDate(q.value(4));
        const bool unanswered = !answered.isValid() || answered > asOf;
        if (unanswered && due.isValid() && (!f.responseDue.isValid() || due < f.responseDue))
            f.responseDue = due;
    }
    // Only the 签收 of units the task still has count (a unit taken off the task keeps its row).
    if (!sql::run(q,
                  QStringLiteral("SELECT s.task_id, count(*) FROM task_signoffs s WHERE s.signed_on <= ? "
                                 "AND EXISTS (SELECT 1 FROM task_units tu JOIN units u ON u.id = tu.unit_id "
                                 "WHERE tu.task_id = s.task_id AND u.name = s.unit) GROUP BY s.task_id"),
                  {day}, error))
        return {};
    while (q.next())
        out[q.value(0).toLongLong()].signedUnits = q.value(1).toInt();
    return out;
}

} // namespace duban::core
