#pragma once

#include "core/rules/WorkCalendar.h"
#include "StorageError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace duban::core {

class Database;

/// The office's own calendar entries (calendar_days: a year the shipped calendar lacks, a local day off),
/// laid over the shipped calendar.
class CalendarRepository final
{
public:
    explicit CalendarRepository(Database &database);

    /// The office's entries, sorted by date (empty, with `error` set, when they cannot be read).
    QList<CalendarDay> officeDays(StorageError *error) const;
    /// Inserts the entries or replaces those of their dates, in one transaction.
    bool setDays(const QList<CalendarDay> &days, StorageError *error);
    /// Removes the entries of these dates (a date without one is no error), in one transaction.
    bool removeDays(const QList<QDate> &dates, StorageError *error);
    /// WorkCalendar::shipped() with the office's entries over it (the shipped one alone when they cannot
    /// be read, with `error` set).
    WorkCalendar calendar(StorageError *error) const;

private:
    Database *m_database;
    QSqlDatabase m_db; ///< m_database's connection
};

} // namespace duban::core
