#pragma once

#include "core/rules/WorkCalendar.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace duban::core {

class Database;

/// The working-day calendar of a ledger: the shipped one with the office's own entries over it (a year
/// the shipped calendar lacks, from the State Council's notice; a local day off). Used by the window's
/// calendar dialog and by `duban calendar`. Refusals of bad input are StorageError::Code::Invalid.
class CalendarService final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::CalendarService)
public:
    /// The longest name of an entry (中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日 is 26).
    static constexpr int kMaxNameLength = 40;

    explicit CalendarService(Database &database);

    /// Why entries cannot be saved (an invalid date, a name above kMaxNameLength, a date twice), or true.
    static bool validate(const QList<CalendarDay> &days, StorageError *error);
    /// The office's typed or pasted entries, one a line: "2027-10-01 holiday 国庆节", "2027-10-09 workday
    /// 国庆节", separated by spaces or tabs; the kind may be 休 (or 放假, 休息) and 班 (or 上班, 补班), the
    /// name may be left out, a date may be 2027-10-1 or 2027/10/1. Blank lines and `#` lines are skipped.
    /// nullopt with `error` naming the line when one is bad (validate()'s rules included).
    static std::optional<QList<CalendarDay>> parseEntries(const QString &text, QString *error);

    /// The shipped calendar with the office's entries over it (the shipped one alone when they cannot be
    /// read).
    WorkCalendar calendar() const;
    /// The office's own entries, sorted by date.
    QList<CalendarDay> officeDays(StorageError *error = nullptr) const;
    /// Stores the entries (replacing the office's entries of their dates), in one transaction.
    bool setDays(const QList<CalendarDay> &days, StorageError *error);
    /// Removes the office's entries of these dates, in one transaction.
    bool removeDays(const QList<QDate> &dates, StorageError *error);
    /// The calendar dialog's changes: `removed` dates deleted and `days` stored, in one transaction.
    bool saveChanges(const QList<CalendarDay> &days, const QList<QDate> &removed, StorageError *error);

private:
    Database &m_database;
};

} // namespace duban::core
