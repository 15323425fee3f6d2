#include "WorkCalendar.h"

#include <QDebug>
#include <QFile>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <numeric>

namespace duban::core {

namespace {

constexpr quint8 kPlain = 0; ///< a table slot of no special day; else 1 + DayKind

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Monday to Friday in julian days [0, jd] (day 0 was a Monday); negative days count backwards, so that
// differences are right everywhere.
qint64 weekdaysThrough(qint64 jd)
{
    const qint64 weeks = floorDiv(jd, 7);
    return weeks * 5 + std::min<qint64>(jd - weeks * 7 + 1, 5);
}

bool isWeekend(qint64 jd)
{
    return jd - floorDiv(jd, 7) * 7 >= 5;
}

} // namespace

/// The special days sorted by date; over the julian days they span, their kinds and the running sum of what
/// they change in the count of working days (+1 a weekend worked, -1 a weekday off).
struct WorkCalendar::Table
{
    std::vector<CalendarDay> days;
    std::vector<qint64> julian; ///< days[i].date.toJulianDay()
    qint64 firstJd = 0;         ///< julian day of kinds[0] and shifts[0]
    std::vector<quint8> kinds;  ///< kPlain, or 1 + DayKind
    std::vector<qint32> shifts; ///< sum of the changes of the special days up to and including this one
};

WorkCalendar::WorkCalendar() : m_table(std::make_shared<const Table>()) {}

WorkCalendar::WorkCalendar(std::vector<CalendarDay> days)
{
    auto table = std::make_shared<Table>();
    table->julian.reserve(days.size());
    for (const CalendarDay &day : days)
        table->julian.push_back(day.date.toJulianDay());
    if (!days.empty()) {
        table->firstJd = table->julian.front();
        const size_t span = size_t(table->julian.back() - table->firstJd + 1);
        table->kinds.assign(span, kPlain);
        std::vector<qint32> change(span, 0);
        for (size_t i = 0; i < days.size(); ++i) {
            const qint64 jd = table->julian[i];
            const size_t at = size_t(jd - table->firstJd);
            table->kinds[at] = quint8(1 + quint8(days[i].kind));
            if (days[i].kind == DayKind::Workday && isWeekend(jd))
                change[at] = 1;
            else if (days[i].kind == DayKind::Holiday && !isWeekend(jd))
                change[at] = -1;
        }
        table->shifts.resize(span);
        std::partial_sum(change.cbegin(), change.cend(), table->shifts.begin());
    }
    table->days = std::move(days);
    m_table = std::move(table);
}

WorkCalendar WorkCalendar::shipped()
{
    static const WorkCalendar calendar = [] {
        QFile file(QStringLiteral(":/duban/calendar/cn-workdays.tsv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("WorkCalendar: the shipped calendar is missing; counting weekends only");
            return WorkCalendar();
        }
        QString error;
        std::optional<WorkCalendar> parsed = parse(file.readAll(), &error);
        if (!parsed) {
            qWarning("WorkCalendar: the shipped calendar is bad (%s); counting weekends only",
                     qUtf8Printable(error));
            return WorkCalendar();
        }
        return *parsed;
    }();
    return calendar;
}

std::optional<WorkCalendar> WorkCalendar::parse(const QByteArray &tsv, QString *error)
{
    const auto fail = [error](qsizetype line, const QString &why) {
        if (error)
            *error = QStringLiteral("line %1: %2").arg(line).arg(why);
        return std::nullopt;
    };
    QMap<qint64, CalendarDay> byDay;
    QHash<qint64, qsizetype> lineOf;
    const QList<QByteArray> lines = tsv.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 2 || fields.size() > 3)
            return fail(i + 1,
                        QStringLiteral("wants date<TAB>holiday|workday<TAB>name, not \"%1\"").arg(line));
        CalendarDay day;
        day.date = QDate::fromString(fields.at(0).trimmed(), QStringLiteral("yyyy-MM-dd"));
        if (!day.date.isValid())
            return fail(i + 1, QStringLiteral("\"%1\" is not a date like 2023-10-02").arg(fields.at(0)));
        const QString kind = fields.at(1).trimmed();
        if (kind == QLatin1String("holiday"))
            day.kind = DayKind::Holiday;
        else if (kind == QLatin1String("workday"))
            day.kind = DayKind::Workday;
        else
            return fail(i + 1, QStringLiteral("the kind is holiday or workday, not \"%1\"").arg(kind));
        day.name = fields.value(2).trimmed();
        const qint64 jd = day.date.toJulianDay();
        if (lineOf.contains(jd))
            return fail(i + 1, QStringLiteral("%1 is listed twice (first on line %2)")
                                   .arg(day.date.toString(Qt::ISODate))
                                   .arg(lineOf.value(jd)));
        lineOf.insert(jd, i + 1);
        byDay.insert(jd, day);
    }
    return WorkCalendar(std::vector<CalendarDay>(byDay.cbegin(), byDay.cend()));
}

WorkCalendar WorkCalendar::withDays(const QList<CalendarDay> &days) const
{
    QMap<qint64, CalendarDay> byDay;
    for (const CalendarDay &day : m_table->days)
        byDay.insert(day.date.toJulianDay(), day);
    for (const CalendarDay &day : days)
        if (day.date.isValid())
            byDay.insert(day.date.toJulianDay(), day);
    return WorkCalendar(std::vector<CalendarDay>(byDay.cbegin(), byDay.cend()));
}

std::optional<DayKind> WorkCalendar::kindAt(qint64 jd) const
{
    const qint64 at = jd - m_table->firstJd;
    if (at < 0 || at >= qint64(m_table->kinds.size()) || m_table->kinds[size_t(at)] == kPlain)
        return std::nullopt;
    return DayKind(m_table->kinds[size_t(at)] - 1);
}

qint64 WorkCalendar::workdaysThrough(qint64 jd) const
{
    const Table &t = *m_table;
    qint64 count = weekdaysThrough(jd);
    if (!t.shifts.empty() && jd >= t.firstJd)
        count += t.shifts[size_t(std::min<qint64>(jd - t.firstJd, qint64(t.shifts.size()) - 1))];
    return count;
}

bool WorkCalendar::isWorkday(const QDate &d) const
{
    if (!d.isValid())
        return false;
    const qint64 jd = d.toJulianDay();
    if (const std::optional<DayKind> kind = kindAt(jd))
        return *kind == DayKind::Workday;
    return !isWeekend(jd);
}

QDate WorkCalendar::addWorkdays(const QDate &from, int n) const
{
    if (!from.isValid() || n == 0)
        return from;
    // The day sought is the first whose running count of working days reaches `target`: the count rises
    // by one on each working day, so that day is one. It lies in (low, high]: found by widening the range
    // from `from` (5 working days a week, a break of a few days) and halving it.
    const qint64 jd = from.toJulianDay();
    const qint64 target = n > 0 ? workdaysThrough(jd) + n : workdaysThrough(jd - 1) + n + 1;
    qint64 low = jd;
    qint64 high = jd - 1;
    qint64 reach = 2 * std::abs(qint64(n)) + 14;
    if (n > 0) {
        while (workdaysThrough(jd + reach) < target)
            reach *= 2;
        high = jd + reach;
    } else {
        while (workdaysThrough(jd - 1 - reach) >= target)
            reach *= 2;
        low = jd - 1 - reach;
    }
    while (high - low > 1) {
        const qint64 middle = low + (high - low) / 2;
        if (workdaysThrough(middle) >= target)
            high = middle;
        else
            low = middle;
    }
    return QDate::fromJulianDay(high);
}

int WorkCalendar::workdaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const qint64 count = workdaysThrough(to.toJulianDay()) - workdaysThrough(from.toJulianDay());
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

int WorkCalendar::firstYear() const
{
    return m_table->days.empty() ? 0 : m_table->days.front().date.year();
}

int WorkCalendar::lastYear() const
{
    return m_table->days.empty() ? 0 : m_table->days.back().date.year();
}

QList<CalendarDay> WorkCalendar::days() const
{
    return QList<CalendarDay>(m_table->days.cbegin(), m_table->days.cend());
}

std::optional<CalendarDay> WorkCalendar::special(const QDate &d) const
{
    if (!d.isValid())
        return std::nullopt;
    const Table &t = *m_table;
    const auto it = std::lower_bound(t.julian.cbegin(), t.julian.cend(), d.toJulianDay());
    if (it == t.julian.cend() || *it != d.toJulianDay())
        return std::nullopt;
    return t.days[size_t(it - t.julian.cbegin())];
}

} // namespace duban::core
