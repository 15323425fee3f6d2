#include "CalendarService.h"

#include "core/storage/CalendarRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace duban::core {

namespace {

// The kinds as the CLI's TSV, the State Council's notice and an office's shorthand write them.
std::optional<DayKind> kindOf(const QString &word)
{
    const QString w = word.toLower();
    if (w == QLatin1String("holiday") || w == u"休" || w == u"放假" || w == u"休息")
        return DayKind::Holiday;
    if (w == QLatin1String("workday") || w == u"班" || w == u"上班" || w == u"补班")
        return DayKind::Workday;
    return std::nullopt;
}

// 2027-10-01, 2027-10-1, 2027/10/1 or 2027.10.1; invalid when it is none or no such day.
QDate dateOf(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
}

bool datesValid(const QList<QDate> &dates, StorageError *error)
{
    for (const QDate &date : dates) {
        if (!date.isValid()) {
            sql::setError(error, StorageError::Code::Invalid,
                          CalendarService::tr("A calendar entry needs a valid date."));
            return false;
        }
    }
    return true;
}

} // namespace

CalendarService::CalendarService(Database &database) : m_database(database) {}

bool CalendarService::validate(const QList<CalendarDay> &days, StorageError *error)
{
    QSet<qint64> seen;
    for (const CalendarDay &day : days) {
        if (!datesValid({day.date}, error))
            return false;
        const QString date = day.date.toString(Qt::ISODate);
        if (day.name.size() > kMaxNameLength) {
            sql::setError(error, StorageError::Code::Invalid,
                          tr("The name of %1 is longer than %2 characters.").arg(date).arg(kMaxNameLength));
            return false;
        }
        if (seen.contains(day.date.toJulianDay())) {
            sql::setError(error, StorageError::Code::Invalid, tr("%1 is entered twice.").arg(date));
            return false;
        }
        seen.insert(day.date.toJulianDay());
    }
    return true;
}

std::optional<QList<CalendarDay>> CalendarService::parseEntries(const QString &text, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[\\t \\x{3000}]+"));
    const auto fail = [error](qsizetype line, const QString &why) {
        if (error)
            *error = tr("Line %1: %2").arg(line).arg(why);
        return std::nullopt;
    };
    QList<CalendarDay> days;
    QHash<qint64, qsizetype> lineOf; // of the dates entered so far
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(separators, Qt::SkipEmptyParts);
        if (fields.size() < 2)
            return fail(i + 1, tr("write a date, holiday or workday (休 or 班) and a name, as in "
                                  "\"2027-10-01 holiday 国庆节\"."));
        CalendarDay day;
        day.date = dateOf(fields.at(0));
        if (!day.date.isValid())
            return fail(i + 1, tr("\"%1\" is not a day like 2027-10-01.").arg(fields.at(0)));
        const std::optional<DayKind> kind = kindOf(fields.at(1));
        if (!kind)
            return fail(i + 1, tr("\"%1\" is neither holiday (休) nor workday (班).").arg(fields.at(1)));
        day.kind = *kind;
        day.name = fields.mid(2).join(u' ');
        StorageError invalid;
        if (!validate({day}, &invalid))
            return fail(i + 1, invalid.message);
        const qint64 jd = day.date.toJulianDay();
        if (lineOf.contains(jd))
            return fail(
                i + 1,
                tr("%1 is already on line %2.").arg(day.date.toString(Qt::ISODate)).arg(lineOf.value(jd)));
        lineOf.insert(jd, i + 1);
        days.append(day);
    }
    return days;
}

WorkCalendar CalendarService::calendar() const
{
    return CalendarRepository(m_database).calendar(nullptr);
}

QList<CalendarDay> CalendarService::officeDays(StorageError *error) const
{
    return CalendarRepository(m_database).officeDays(error);
}

bool CalendarService::setDays(const QList<CalendarDay> &days, StorageError *error)
{
    return validate(days, error) && CalendarRepository(m_database).setDays(days, error);
}

bool CalendarService::removeDays(const QList<QDate> &dates, StorageError *error)
{
    return datesValid(dates, error) && CalendarRepository(m_database).removeDays(dates, error);
}

bool CalendarService::saveChanges(const QList<CalendarDay> &days, const QList<QDate> &removed,
                                  StorageError *error)
{
    if (!validate(days, error) || !datesValid(removed, error))
        return false;
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return false;
    CalendarRepository repository(m_database);
    return repository.removeDays(removed, error) && repository.setDays(days, error) && tx.commit(error);
}

} // namespace duban::core
