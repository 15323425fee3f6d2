// The office's calendar entries: stored in calendar_days of a real file and read back after reopening it,
// laid over the shipped calendar, validated, and typed or pasted as lines.
#include "core/services/CalendarService.h"
#include "core/storage/CalendarRepository.h"
#include "core/storage/Database.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace duban::core;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

const QList<CalendarDay> kNationalDay2027{
    {d(2027, 10, 1), DayKind::Holiday, QStringLiteral("国庆节")},
    {d(2027, 10, 9), DayKind::Workday, QStringLiteral("国庆节")},
    {d(2027, 10, 4), DayKind::Holiday, QStringLiteral("国庆节")},
};

} // namespace

TEST(CalendarRepository, TheOfficesDaysRoundTripThroughTheFile)
{
    // GIVEN a new database file
    duban::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("c.sqlite"));
    {
        auto db = Database::open(path, nullptr);
        ASSERT_TRUE(db);
        CalendarRepository calendar(*db);
        StorageError error;
        EXPECT_TRUE(calendar.officeDays(&error).isEmpty());
        EXPECT_FALSE(error.isError()) << error.message.toStdString();
        // WHEN the office stores three days, then replaces one and removes another (and one it never had)
        ASSERT_TRUE(calendar.setDays(kNationalDay2027, &error)) << error.message.toStdString();
        ASSERT_TRUE(calendar.setDays({{d(2027, 10, 9), DayKind::Holiday, QStringLiteral("改")}}, &error));
        ASSERT_TRUE(calendar.removeDays({d(2027, 10, 4), d(2030, 1, 1)}, &error));
    }
    // THEN reopening the file gives them back sorted, and the calendar lays them over the shipped one
    auto db = Database::open(path, nullptr);
    ASSERT_TRUE(db);
    CalendarRepository calendar(*db);
    const QList<CalendarDay> expected{
        {d(2027, 10, 1), DayKind::Holiday, QStringLiteral("国庆节")},
        {d(2027, 10, 9), DayKind::Holiday, QStringLiteral("改")},
    };
    EXPECT_EQ(calendar.officeDays(nullptr), expected);
    const WorkCalendar merged = calendar.calendar(nullptr);
    EXPECT_FALSE(merged.isWorkday(d(2027, 10, 1)));
    EXPECT_FALSE(merged.isWorkday(d(2027, 10, 9)));
    EXPECT_TRUE(merged.isWorkday(d(2027, 10, 4)));
    EXPECT_EQ(merged.addWorkdays(d(2023, 9, 28), 5), d(2023, 10, 11)); // the shipped days still count
    EXPECT_EQ(merged.lastYear(), 2027);
    EXPECT_EQ(CalendarService(*db).calendar().days(), merged.days());
}

TEST(CalendarService, RefusesBadEntriesAndWritesNothing)
{
    duban::test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("c.sqlite")), nullptr);
    ASSERT_TRUE(db);
    CalendarService calendar(*db);
    StorageError error;
    // an invalid date, a name of 41 characters, a date twice: Invalid, and none of the good entries stored
    for (const QList<CalendarDay> &bad : {
             QList<CalendarDay>{kNationalDay2027.at(0), {QDate(), DayKind::Holiday, QStringLiteral("x")}},
             QList<CalendarDay>{kNationalDay2027.at(0),
                                {d(2027, 10, 2), DayKind::Holiday, QString(41, u'节')}},
             QList<CalendarDay>{kNationalDay2027.at(0), kNationalDay2027.at(0)},
         }) {
        error = {};
        EXPECT_FALSE(calendar.setDays(bad, &error));
        EXPECT_EQ(error.code, StorageError::Code::Invalid) << error.message.toStdString();
        EXPECT_FALSE(error.message.isEmpty());
    }
    EXPECT_TRUE(calendar.officeDays().isEmpty());
    EXPECT_TRUE(calendar.setDays({{d(2027, 10, 2), DayKind::Holiday, QString(40, u'节')}}, &error));
    error = {};
    EXPECT_FALSE(calendar.removeDays({QDate()}, &error));
    EXPECT_EQ(error.code, StorageError::Code::Invalid);
}

TEST(CalendarService, SaveChangesRemovesAndStoresInOneTransaction)
{
    duban::test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("c.sqlite")), nullptr);
    ASSERT_TRUE(db);
    CalendarService calendar(*db);
    ASSERT_TRUE(calendar.setDays(kNationalDay2027, nullptr));
    // WHEN a save is refused (a bad entry after a good removal) THEN nothing changed
    StorageError error;
    EXPECT_FALSE(calendar.saveChanges({{QDate(), DayKind::Holiday, {}}}, {d(2027, 10, 1)}, &error));
    EXPECT_EQ(calendar.officeDays().size(), 3);
    // WHEN a good one runs THEN both parts are in
    ASSERT_TRUE(calendar.saveChanges({{d(2027, 10, 8), DayKind::Holiday, QStringLiteral("国庆节")}},
                                     {d(2027, 10, 1), d(2027, 10, 9)}, &error))
        << error.message.toStdString();
    const QList<CalendarDay> days = calendar.officeDays();
    ASSERT_EQ(days.size(), 2);
    EXPECT_EQ(days.at(0).date, d(2027, 10, 4));
    EXPECT_EQ(days.at(1).date, d(2027, 10, 8));
}

TEST(CalendarService, ParsesTypedAndPastedLines)
{
    QString error;
    const std::optional<QList<CalendarDay>> days =
        CalendarService::parseEntries(QStringLiteral("# 国务院办公厅通知\n"
                                                     "2027-10-01 holiday 国庆节\n"
                                                     "2027-10-09\tworkday\t国庆节\r\n"
                                                     "\n"
                                                     "2027/10/2   休   国庆节 假期\n"
                                                     "2027-9-26　班　中秋节\n"
                                                     "2027-10-03 Holiday\n"),
                                      &error);
    ASSERT_TRUE(days.has_value()) << error.toStdString();
    const QList<CalendarDay> expected{
        {d(2027, 10, 1), DayKind::Holiday, QStringLiteral("国庆节")},
        {d(2027, 10, 9), DayKind::Workday, QStringLiteral("国庆节")},
        {d(2027, 10, 2), DayKind::Holiday, QStringLiteral("国庆节 假期")},
        {d(2027, 9, 26), DayKind::Workday, QStringLiteral("中秋节")},
        {d(2027, 10, 3), DayKind::Holiday, QString()},
    };
    EXPECT_EQ(*days, expected);

    struct Case
    {
        const char *text;
        const char *says;
    };
    for (const Case &c :
         {Case{"2027-10-01 holiday 国庆节\n2027-10-32 holiday 国庆节", "Line 2:"},
          Case{"2027-10-01", "Line 1:"}, Case{"2027-10-01 day-off 国庆节", "day-off"},
          Case{"国庆节 2027-10-01 休", "国庆节"},
          Case{"2027-10-01 休 a\n\n2027-10-01 班 b", "Line 3: 2027-10-01 is already on line 1"}}) {
        error.clear();
        EXPECT_FALSE(CalendarService::parseEntries(QString::fromUtf8(c.text), &error).has_value()) << c.text;
        EXPECT_TRUE(error.contains(QString::fromUtf8(c.says))) << c.text << " → " << error.toStdString();
    }
    const QString longName = QStringLiteral("2027-10-01 休 ") + QString(41, u'节');
    EXPECT_FALSE(CalendarService::parseEntries(longName, &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("40"))) << error.toStdString();
    EXPECT_EQ(CalendarService::parseEntries(QStringLiteral("\n# nothing\n"), &error), QList<CalendarDay>());
}
