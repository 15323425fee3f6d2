#include "CalendarRepository.h"

#include "Database.h"

#include "SqlHelpers.h"
#include "Transaction.h"

namespace duban::core {

CalendarRepository::CalendarRepository(Database &database)
    : m_database(&database), m_db(database.connection())
{
}

QList<CalendarDay> CalendarRepository::officeDays(StorageError *error) const
{
    QSqlQuery q(m_db);
    if (!sql::run(q, QStringLiteral("SELECT day, workday, name FROM calendar_days ORDER BY day"), {}, error))
        return {};
    QList<CalendarDay> days;
    while (q.next()) {
        CalendarDay day;
        day.date = sql::toDate(q.value(0));
        day.kind = q.value(1).toInt() != 0 ? DayKind::Workday : DayKind::Holiday;
        day.name = q.value(2).toString();
        if (day.date.isValid()) // a row another program wrote badly is no day
            days.append(day);
    }
    return days;
}

bool CalendarRepository::setDays(const QList<CalendarDay> &days, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QSqlQuery q(m_db);
    for (const CalendarDay &day : days) {
        const QVariant date = sql::dateValue(day.date);
        const int workday = day.kind == DayKind::Workday ? 1 : 0;
        if (!sql::run(q, QStringLiteral("UPDATE calendar_days SET workday = ?, name = ? WHERE day = ?"),
                      {workday, day.name, date}, error))
            return false;
        if (q.numRowsAffected() > 0)
            continue;
        if (!sql::run(q, QStringLiteral("INSERT INTO calendar_days (day, workday, name) VALUES (?, ?, ?)"),
                      {date, workday, day.name}, error))
            return false;
    }
    return tx.commit(error);
}

bool CalendarRepository::removeDays(const QList<QDate> &dates, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QSqlQuery q(m_db);
    for (const QDate &date : dates)
        if (!sql::run(q, QStringLiteral("DELETE FROM calendar_days WHERE day = ?"), {sql::dateValue(date)},
                      error))
            return false;
    return tx.commit(error);
}

WorkCalendar CalendarRepository::calendar(StorageError *error) const
{
    StorageError readError;
    const QList<CalendarDay> days = officeDays(&readError);
    if (readError.isError() && error)
        *error = readError;
    return WorkCalendar::shipped().withDays(days);
}

} // namespace duban::core
