#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace duban::core {

/// What a special day is: a working day (调休, usually on a weekend) or a day off (a statutory holiday).
enum class DayKind : quint8
{
    Workday,
    Holiday,
};

/// A day that differs from the plain week, or the office's entry for one; `name` is its holiday (国庆节).
struct CalendarDay
{
    QDate date;
    DayKind kind = DayKind::Holiday;
    QString name;

    friend bool operator==(const CalendarDay &, const CalendarDay &) = default;
};

/// The working days due days and reminders count in: Monday to Friday, except the special days (China's
/// statutory holidays off, their 调休 weekends worked). A value: copies share one immutable table, so a
/// calendar can be copied to and read from any thread. Queries are fast enough for every task of a large
/// ledger: a lookup by julian day in tables spanning the special days, and arithmetic on weeks outside.
class WorkCalendar final
{
public:
    /// Weekends only: no special days.
    WorkCalendar();

    /// The calendar Duban ships (resources/calendar/cn-workdays.tsv, embedded in core): parsed once.
    static WorkCalendar shipped();
    /// The calendar of `tsv` (lines "2023-10-02<TAB>holiday<TAB>国庆节", `#` comments and blank lines
    /// skipped); nullopt with `error` naming the line ("line 7: …") when a line is bad or a date repeats.
    static std::optional<WorkCalendar> parse(const QByteArray &tsv, QString *error);

    /// This calendar with `days` laid over it: an entry of `days` replaces this calendar's for its date (the
    /// office's own entries win over the shipped ones). Invalid dates are ignored.
    WorkCalendar withDays(const QList<CalendarDay> &days) const;

    /// The special day's kind when `d` is one, else Monday to Friday. False for an invalid date.
    bool isWorkday(const QDate &d) const;
    /// The n-th working day after `from` (n >= 1); `from` itself for n == 0; counted back for negative n.
    /// Invalid for an invalid `from`.
    QDate addWorkdays(const QDate &from, int n) const;
    /// The working days in (from, to]; 0 when to <= from or either is invalid.
    int workdaysBetween(const QDate &from, const QDate &to) const;

    /// The first and last year the special days cover (0 when there are none); a year outside them has
    /// no special days here, only weekends.
    int firstYear() const;
    int lastYear() const;

    /// The special days, sorted by date.
    QList<CalendarDay> days() const;
    std::optional<CalendarDay> special(const QDate &d) const;

private:
    struct Table;
    explicit WorkCalendar(std::vector<CalendarDay> days);
    /// The special day's kind at julian day `jd`, or nullopt.
    std::optional<DayKind> kindAt(qint64 jd) const;
    /// A running count of working days: its rise from one day to a later one is the working days after
    /// the first up to the second.
    qint64 workdaysThrough(qint64 jd) const;

    std::shared_ptr<const Table> m_table; ///< never null
};

} // namespace duban::core
