// duban calendar: working days by the shipped calendar and the office's own entries; lists the special
// days and stores the office's entries (a new year from the State Council's notice).
#include "CliCommon.h"
#include "Commands.h"

#include "core/import/TextDecoder.h"
#include "core/services/CalendarService.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace duban::app {

using namespace duban::core;

namespace {

// The calendar to count with: the database's when one is named (--db, DUBAN_DB) or the default one
// exists; else the shipped calendar alone, and no database is created. nullopt after printing why.
std::optional<WorkCalendar> readCalendar(const QString &explicitPath)
{
    const bool named = !explicitPath.isEmpty() || !qEnvironmentVariable("DUBAN_DB").isEmpty();
    if (!named && !QFileInfo::exists(Database::defaultPath()))
        return WorkCalendar::shipped();
    auto database = openDatabase(explicitPath, DatabaseUse::MustExist);
    if (!database)
        return std::nullopt;
    StorageError error;
    const QList<CalendarDay> office = CalendarService(*database).officeDays(&error);
    if (error.isError()) {
        printError(error.message);
        return std::nullopt;
    }
    return WorkCalendar::shipped().withDays(office);
}

QString kindWord(DayKind kind)
{
    return kind == DayKind::Workday ? QStringLiteral("workday") : QStringLiteral("holiday");
}

int addWorkdays(const QString &count, const QString &from, const QString &databasePath)
{
    bool ok = false;
    const int n = count.trimmed().toInt(&ok);
    if (!ok) {
        printError(QStringLiteral("--add-workdays wants a whole number (negative counts back), not \"%1\"")
                       .arg(count));
        return kExitBadInput;
    }
    const std::optional<QDate> day = parseDay(QStringLiteral("from"), from);
    if (!day)
        return kExitBadInput;
    const std::optional<WorkCalendar> calendar = readCalendar(databasePath);
    if (!calendar)
        return kExitFailure;
    printOut(calendar->addWorkdays(*day, n).toString(Qt::ISODate));
    return kExitOk;
}

int list(const QString &yearText, const QString &databasePath)
{
    int year = 0;
    if (!yearText.isEmpty()) {
        bool ok = false;
        year = yearText.trimmed().toInt(&ok);
        if (!ok || year < 1 || year > 9999) {
            printError(QStringLiteral("--year wants a year like 2027, not \"%1\"").arg(yearText));
            return kExitBadInput;
        }
    }
    const std::optional<WorkCalendar> calendar = readCalendar(databasePath);
    if (!calendar)
        return kExitFailure;
    QByteArray out;
    for (const CalendarDay &day : calendar->days())
        if (year == 0 || day.date.year() == year)
            out += (QStringList{day.date.toString(Qt::ISODate), kindWord(day.kind), day.name}.join(u'\t') +
                    u'\n')
                       .toUtf8();
    printOut(out);
    return kExitOk;
}

// The text of FILE, or of stdin for "-" (at most TextDecoder::MaxBytes); nullopt after printing why.
std::optional<QString> readEntries(const QString &file)
{
    TextDecoder::Result decoded;
    if (file == u'-') {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            printError(QStringLiteral("cannot read the standard input"));
            return std::nullopt;
        }
        const QByteArray bytes = in.read(TextDecoder::MaxBytes + 1);
        decoded = TextDecoder::decode(bytes);
    } else {
        decoded = TextDecoder::decodeFile(file);
    }
    if (decoded.error) {
        printError(QStringLiteral("%1: %2").arg(file, decoded.error->message));
        return std::nullopt;
    }
    return decoded.text;
}

int add(const QString &file, const QString &databasePath)
{
    const std::optional<QString> text = readEntries(file);
    if (!text)
        return kExitBadInput;
    QString problem;
    const std::optional<QList<CalendarDay>> days = CalendarService::parseEntries(*text, &problem);
    if (!days) {
        printError(QStringLiteral("%1: %2").arg(file, problem));
        return kExitBadInput;
    }
    if (days->isEmpty()) {
        printError(QStringLiteral("%1: no entries (lines like \"2027-10-01 holiday 国庆节\")").arg(file));
        return kExitBadInput;
    }
    // Bad input is refused above, before the database is opened; a missing database is not created.
    auto database = openDatabase(databasePath, DatabaseUse::MustExist);
    if (!database)
        return kExitFailure;
    StorageError error;
    if (!CalendarService(*database).setDays(*days, &error))
        return printFailure(error);
    printOut(days->size() == 1 ? QStringLiteral("stored 1 calendar day")
                               : QStringLiteral("stored %1 calendar days").arg(days->size()));
    return kExitOk;
}

} // namespace

int runCalendar(const QStringList &arguments)
{
    const QString usage = QStringLiteral("duban calendar --add-workdays N --from DATE [--db FILE]\n"
                                         "       duban calendar --list [--year YEAR] [--db FILE]\n"
                                         "       duban calendar --add FILE|- [--db FILE]");
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption addWorkdaysOption(
        QStringLiteral("add-workdays"),
        QStringLiteral("Print the day N working days after --from (before it when N is negative)."),
        QStringLiteral("N"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("The day to count from (2023-09-28)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption listOption(
        QStringLiteral("list"), QStringLiteral("Print the holidays and 调休 working days, tab-separated."));
    const QCommandLineOption year(QStringLiteral("year"), QStringLiteral("Only those of this year."),
                                  QStringLiteral("YEAR"));
    const QCommandLineOption addOption(
        QStringLiteral("add"),
        QStringLiteral("Store the office's entries of FILE (- for the standard input) in the database."),
        QStringLiteral("FILE"));
    parser.addOptions({addWorkdaysOption, from, listOption, year, addOption, db});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    const int modes =
        int(parser.isSet(addWorkdaysOption)) + int(parser.isSet(listOption)) + int(parser.isSet(addOption));
    if (modes != 1) {
        printError(QStringLiteral("give one of --add-workdays, --list or --add\nusage: %1").arg(usage));
        return kExitBadInput;
    }
    if (parser.isSet(from) != parser.isSet(addWorkdaysOption) ||
        (parser.isSet(year) && !parser.isSet(listOption))) {
        printError(
            QStringLiteral("--add-workdays goes with --from, --year with --list\nusage: %1").arg(usage));
        return kExitBadInput;
    }
    if (parser.isSet(addWorkdaysOption))
        return addWorkdays(parser.value(addWorkdaysOption), parser.value(from), parser.value(db));
    if (parser.isSet(listOption))
        return list(parser.value(year), parser.value(db));
    return add(parser.value(addOption), parser.value(db));
}

} // namespace duban::app
