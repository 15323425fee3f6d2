// The working-day calendar: the shipped holidays and 调休 working days, weekends elsewhere, the office's
// entries over the shipped ones, and counting working days forwards, backwards and between two days.
#include "core/rules/WorkCalendar.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

using namespace duban::core;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// The same counts by walking day by day, to check the week skipping and the arithmetic against.
QDate walk(const WorkCalendar &calendar, QDate from, int n)
{
    const int step = n < 0 ? -1 : 1;
    for (int left = std::abs(n); left > 0;) {
        from = from.addDays(step);
        if (calendar.isWorkday(from))
            --left;
    }
    return from;
}

int walkBetween(const WorkCalendar &calendar, QDate from, const QDate &to)
{
    int count = 0;
    while (from < to) {
        from = from.addDays(1);
        count += calendar.isWorkday(from) ? 1 : 0;
    }
    return count;
}

} // namespace

TEST(WorkCalendar, NationalDay2023SkipsTheBreakAndCountsItsSaturdayAndSunday)
{
    // GIVEN the shipped calendar: 29 Sep – 6 Oct 2023 off (中秋 and 国庆节), 7 and 8 Oct worked
    const WorkCalendar calendar = WorkCalendar::shipped();
    // WHEN counting 5 working days after Thursday 28 Sep
    // THEN they are 7, 8, 9, 10 and 11 Oct
    EXPECT_EQ(calendar.addWorkdays(d(2023, 9, 28), 5), d(2023, 10, 11));
    EXPECT_EQ(calendar.addWorkdays(d(2023, 9, 28), 1), d(2023, 10, 7));
    EXPECT_FALSE(calendar.isWorkday(d(2023, 9, 29)));
    EXPECT_FALSE(calendar.isWorkday(d(2023, 10, 2)));
    EXPECT_TRUE(calendar.isWorkday(d(2023, 10, 7))); // a Saturday
    EXPECT_TRUE(calendar.isWorkday(d(2023, 10, 8))); // a Sunday
    const std::optional<CalendarDay> day = calendar.special(d(2023, 10, 2));
    ASSERT_TRUE(day.has_value());
    EXPECT_EQ(day->kind, DayKind::Holiday);
    EXPECT_EQ(day->name, QStringLiteral("国庆节"));
    EXPECT_EQ(calendar.special(d(2023, 10, 7))->kind, DayKind::Workday);
    EXPECT_FALSE(calendar.special(d(2023, 10, 12)).has_value());
}

TEST(WorkCalendar, SpringFestival2024IsOffAndItsTwoSundaysAreWorked)
{
    // GIVEN the shipped 2024 Spring Festival: 10–17 Feb off, Sundays 4 and 18 Feb worked
    const WorkCalendar calendar = WorkCalendar::shipped();
    for (QDate day = d(2024, 2, 10); day <= d(2024, 2, 17); day = day.addDays(1))
        EXPECT_FALSE(calendar.isWorkday(day)) << day.toString(Qt::ISODate).toStdString();
    EXPECT_TRUE(calendar.isWorkday(d(2024, 2, 4)));
    EXPECT_TRUE(calendar.isWorkday(d(2024, 2, 18)));
    // WHEN counting from Friday 9 Feb THEN the next working day is Sunday 18 Feb, then Monday 19 Feb
    EXPECT_EQ(calendar.addWorkdays(d(2024, 2, 9), 1), d(2024, 2, 18));
    EXPECT_EQ(calendar.addWorkdays(d(2024, 2, 9), 2), d(2024, 2, 19));
    // and back from 18 Feb the one before is 9 Feb
    EXPECT_EQ(calendar.addWorkdays(d(2024, 2, 18), -1), d(2024, 2, 9));
    // a statutory holiday on a weekend is listed as a holiday too
    EXPECT_EQ(calendar.special(d(2024, 2, 10))->kind, DayKind::Holiday);
    EXPECT_EQ(calendar.special(d(2024, 2, 10))->name, QStringLiteral("春节"));
}

TEST(WorkCalendar, APlainWeekendAndAYearOutsideCountMondayToFriday)
{
    const WorkCalendar shipped = WorkCalendar::shipped();
    const WorkCalendar plain;
    for (const WorkCalendar &calendar : {shipped, plain}) {
        // GIVEN an ordinary week: Friday 17 Nov 2023, weekend 18–19 Nov
        EXPECT_TRUE(calendar.isWorkday(d(2023, 11, 17)));
        EXPECT_FALSE(calendar.isWorkday(d(2023, 11, 18)));
        EXPECT_FALSE(calendar.isWorkday(d(2023, 11, 19)));
        EXPECT_EQ(calendar.addWorkdays(d(2023, 11, 17), 1), d(2023, 11, 20));
        EXPECT_EQ(calendar.addWorkdays(d(2023, 11, 18), 1), d(2023, 11, 20));
        EXPECT_EQ(calendar.addWorkdays(d(2023, 11, 18), 0), d(2023, 11, 18));
        EXPECT_EQ(calendar.addWorkdays(d(2023, 11, 17), 5), d(2023, 11, 24));
        // and a year no calendar covers: 1 Oct 2099 is a Thursday like any other
        EXPECT_TRUE(calendar.isWorkday(d(2099, 10, 1)));
        EXPECT_EQ(calendar.addWorkdays(d(2099, 10, 2), 1), d(2099, 10, 5));
    }
    EXPECT_EQ(plain.firstYear(), 0);
    EXPECT_EQ(plain.lastYear(), 0);
    EXPECT_TRUE(plain.days().isEmpty());
    EXPECT_EQ(shipped.firstYear(), 2019);
    EXPECT_GE(shipped.lastYear(), 2026);
    EXPECT_FALSE(plain.isWorkday(QDate()));
    EXPECT_FALSE(plain.addWorkdays(QDate(), 3).isValid());
}

TEST(WorkCalendar, NegativeCountsGoBack)
{
    const WorkCalendar calendar = WorkCalendar::shipped();
    // GIVEN Wednesday 11 Oct 2023 WHEN counting 5 back THEN 10, 9, 8 (Sun), 7 (Sat) and 28 Sep
    EXPECT_EQ(calendar.addWorkdays(d(2023, 10, 11), -5), d(2023, 9, 28));
    EXPECT_EQ(calendar.addWorkdays(d(2023, 10, 11), -4), d(2023, 10, 7));
    // an ordinary Monday: one back is the Friday before
    EXPECT_EQ(calendar.addWorkdays(d(2023, 11, 20), -1), d(2023, 11, 17));
    EXPECT_EQ(calendar.addWorkdays(d(2023, 11, 20), -10), d(2023, 11, 6));
}

TEST(WorkCalendar, WorkdaysBetweenCountsTheDaysAfterFromUpToTo)
{
    const WorkCalendar calendar = WorkCalendar::shipped();
    EXPECT_EQ(calendar.workdaysBetween(d(2023, 9, 28), d(2023, 10, 11)), 5);
    EXPECT_EQ(calendar.workdaysBetween(d(2023, 9, 28), d(2023, 10, 6)), 0);
    EXPECT_EQ(calendar.workdaysBetween(d(2023, 11, 17), d(2023, 11, 24)), 5);
    EXPECT_EQ(calendar.workdaysBetween(d(2024, 2, 9), d(2024, 2, 18)), 1);
    EXPECT_EQ(calendar.workdaysBetween(d(2023, 10, 11), d(2023, 10, 11)), 0);
    EXPECT_EQ(calendar.workdaysBetween(d(2023, 10, 11), d(2023, 9, 28)), 0);
    // whole years: 2023's 260 weekdays less 18 holidays on them plus 7 weekends worked; 2024's 262 less 19
    // plus 8 (the 251 working days published for 2024)
    EXPECT_EQ(calendar.workdaysBetween(d(2022, 12, 31), d(2023, 12, 31)), 249);
    EXPECT_EQ(calendar.workdaysBetween(d(2023, 12, 31), d(2024, 12, 31)), 251);
}

TEST(WorkCalendar, CountingAgreesWithWalkingDayByDay)
{
    // GIVEN the shipped calendar with an office's entry far beyond it
    const WorkCalendar calendar =
        WorkCalendar::shipped().withDays({{d(2031, 3, 5), DayKind::Holiday, QStringLiteral("区庆")}});
    // far either way, across the shipped years and the office's day
    for (const int n : {100'000, -100'000, 3'000, -3'000})
        EXPECT_EQ(calendar.addWorkdays(d(2024, 2, 9), n), walk(calendar, d(2024, 2, 9), n)) << n;
    QRandomGenerator random(14);
    for (int i = 0; i < 2000; ++i) {
        const QDate from = d(2016, 1, 1).addDays(random.bounded(365 * 18));
        const int n = random.bounded(-400, 400);
        // WHEN counting either way THEN the result is what walking gives, and counting between agrees
        const QDate to = calendar.addWorkdays(from, n);
        ASSERT_EQ(to, walk(calendar, from, n)) << from.toString(Qt::ISODate).toStdString() << " " << n;
        const QDate other = from.addDays(random.bounded(-800, 800));
        ASSERT_EQ(calendar.workdaysBetween(from, other), walkBetween(calendar, from, other))
            << from.toString(Qt::ISODate).toStdString() << " " << other.toString(Qt::ISODate).toStdString();
        if (n > 0) {
            ASSERT_EQ(calendar.workdaysBetween(from, to), n);
        }
    }
}

TEST(WorkCalendar, ParseReadsTheFormatAndNamesTheBadLine)
{
    QString error;
    const std::optional<WorkCalendar> good = WorkCalendar::parse(
        "# comment\n\n2027-10-09\tworkday\t国庆节\r\n2027-10-01\tholiday\t国庆节\n2027-10-02\tholiday\n",
        &error);
    ASSERT_TRUE(good.has_value()) << error.toStdString();
    const QList<CalendarDay> days = good->days();
    ASSERT_EQ(days.size(), 3);
    EXPECT_EQ(days.at(0), (CalendarDay{d(2027, 10, 1), DayKind::Holiday, QStringLiteral("国庆节")}));
    EXPECT_EQ(days.at(1).name, QString());
    EXPECT_EQ(days.at(2), (CalendarDay{d(2027, 10, 9), DayKind::Workday, QStringLiteral("国庆节")}));
    EXPECT_EQ(good->firstYear(), 2027);
    EXPECT_EQ(good->lastYear(), 2027);

    struct Case
    {
        const char *tsv;
        const char *says;
    };
    for (const Case &c : {Case{"2027-10-01\tholiday\tx\n2027-02-30\tholiday\tx\n", "line 2:"},
                          Case{"# x\n2027-10-01 holiday 国庆节\n", "line 2:"},
                          Case{"2027-10-01\tday off\tx\n", "holiday or workday"},
                          Case{"2027-10-01\tholiday\tx\n\n2027-10-01\tworkday\tx\n", "line 3: 2027-10-01 is "
                                                                                     "listed twice (first on "
                                                                                     "line 1)"},
                          Case{"2027-10-01\tholiday\tx\textra\n", "line 1:"}}) {
        error.clear();
        EXPECT_FALSE(WorkCalendar::parse(c.tsv, &error).has_value()) << c.tsv;
        EXPECT_TRUE(error.contains(QString::fromUtf8(c.says))) << c.tsv << " → " << error.toStdString();
    }
}

TEST(WorkCalendar, TheOfficesDaysWinOverTheShippedOnes)
{
    // GIVEN the shipped calendar, where 7 Oct 2023 is worked and 2 Oct is off
    const WorkCalendar shipped = WorkCalendar::shipped();
    // WHEN the office lays its own days over it: 7 Oct off after all, 2 Oct worked, a local day off on
    // Monday 16 Oct and a 2027 day
    const WorkCalendar office = shipped.withDays({
        {d(2023, 10, 7), DayKind::Holiday, QStringLiteral("本地调整")},
        {d(2023, 10, 2), DayKind::Workday, QStringLiteral("值班")},
        {d(2023, 10, 16), DayKind::Holiday, QStringLiteral("区庆")},
        {d(2027, 10, 1), DayKind::Holiday, QStringLiteral("国庆节")},
        {QDate(), DayKind::Holiday, QStringLiteral("ignored")},
    });
    // THEN its entries decide those days, and the shipped calendar is unchanged
    EXPECT_FALSE(office.isWorkday(d(2023, 10, 7)));
    EXPECT_TRUE(office.isWorkday(d(2023, 10, 2)));
    EXPECT_FALSE(office.isWorkday(d(2023, 10, 16)));
    EXPECT_FALSE(office.isWorkday(d(2027, 10, 1)));
    EXPECT_EQ(office.special(d(2023, 10, 7))->name, QStringLiteral("本地调整"));
    EXPECT_EQ(office.lastYear(), 2027);
    EXPECT_EQ(office.days().size(), shipped.days().size() + 2);
    EXPECT_TRUE(shipped.isWorkday(d(2023, 10, 7)));
    EXPECT_FALSE(shipped.isWorkday(d(2023, 10, 2)));
    // 5 working days after 28 Sep: 2, 8, 9, 10, 11 Oct
    EXPECT_EQ(office.addWorkdays(d(2023, 9, 28), 5), d(2023, 10, 11));
    EXPECT_EQ(office.addWorkdays(d(2023, 9, 28), 2), d(2023, 10, 8));
    const QList<CalendarDay> days = office.days();
    EXPECT_TRUE(std::is_sorted(days.cbegin(), days.cend(),
                               [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; }));
}
