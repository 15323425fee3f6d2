// Observations from CSV files (UTF-8 and GB18030, bad rows reported by line) and pasted columns.
#include "support/Printers.h"

#include "core/domain/FiniteNumber.h"
#include "core/indicators/IndicatorMatch.h"
#include "core/indicators/ObservationCsv.h"
#include "core/indicators/PastedColumn.h"

#include <gtest/gtest.h>

#include <QStringEncoder>

using namespace duban::core;

namespace {

const char *const kCsv = "指标,期间,数值,来源,备注\n"
                         "地区生产总值增长,2023-02,6.2,统计局,\n"
                         "地区生产总值增长,2023年1-3月,6.8%,统计局,\"一季度, 初步核算\"\n"
                         "\n"
                         "社会消费品零售总额,1-3月,７.５\n"
                         "地区生产总值增长,2023-13,7.0\n"
                         "地区生产总值增长,2023-04,abc\n"
                         "只有两列,2023-04\n"
                         ",2023-05,1\n"
                         "地区生产总值增长,2023-03,6.9\n";

QList<Indicator> indicators()
{
    return {Indicator{1, QStringLiteral("地区生产总值增长"), QStringLiteral("%"), true, 0},
            Indicator{2, QStringLiteral("社会消费品零售总额增长"), QStringLiteral("%"), true, 0},
            Indicator{3, QStringLiteral("5G基站"), QStringLiteral("个"), true, 0},
            Indicator{4, QStringLiteral("新增5G基站"), QStringLiteral("个"), true, 0}};
}

void expectSeedCsv(const ObservationCsv::Result &r)
{
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    ASSERT_EQ(r.rows.size(), 3);
    EXPECT_EQ(r.rows[0].line, 2);
    EXPECT_EQ(r.rows[0].period, QStringLiteral("2023-02"));
    EXPECT_EQ(r.rows[0].source, QStringLiteral("统计局"));
    EXPECT_EQ(r.rows[1].period, QStringLiteral("2023-03"));
    EXPECT_DOUBLE_EQ(r.rows[1].value, 6.8);
    EXPECT_EQ(r.rows[1].note, QStringLiteral("一季度, 初步核算"));
    EXPECT_EQ(r.rows[2].period, QStringLiteral("2023-03"));
    EXPECT_DOUBLE_EQ(r.rows[2].value, 7.5);
    QList<int> bad;
    for (const RowProblem &p : r.problems)
        bad.append(p.line);
    EXPECT_EQ(bad, (QList<int>{6, 7, 8, 9, 10}));
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("2023-13")));
    EXPECT_TRUE(r.problems[4].message.contains(QStringLiteral("line 3")));
}

} // namespace

TEST(ObservationCsv, Utf8WithHeaderBadRowsByLine)
{
    expectSeedCsv(ObservationCsv::parse(QByteArray(kCsv), 2023));
    // With a BOM and CRLF line ends too
    expectSeedCsv(
        ObservationCsv::parse(QByteArray("\xEF\xBB\xBF") + QByteArray(kCsv).replace("\n", "\r\n"), 2023));
}

TEST(ObservationCsv, Gb18030)
{
    QStringEncoder encoder("GB18030");
    ASSERT_TRUE(encoder.isValid());
    const QByteArray bytes = encoder.encode(QString::fromUtf8(kCsv));
    ASSERT_NE(bytes, QByteArray(kCsv));
    const ObservationCsv::Result r = ObservationCsv::parse(bytes, 2023);
    expectSeedCsv(r);
    EXPECT_EQ(r.rows[0].indicator, QStringLiteral("地区生产总值增长"));
}

TEST(ObservationCsv, HeaderIsOptionalAndTabsWork)
{
    const ObservationCsv::Result r = ObservationCsv::parseText(
        QStringLiteral("地区生产总值增长\t2023-06\t7.3\n地区生产总值增长\t上半年\t7.3\n"), 2023);
    ASSERT_EQ(r.rows.size(), 2);
    EXPECT_EQ(r.rows[0].line, 1);
    EXPECT_EQ(r.rows[1].period, QStringLiteral("2023-H1"));
    EXPECT_TRUE(r.problems.isEmpty());
}

TEST(ObservationCsv, EmptyOrBinaryFileIsAnError)
{
    EXPECT_FALSE(ObservationCsv::parse(QByteArray(), 2023).error.isEmpty());
    EXPECT_FALSE(ObservationCsv::parse(QByteArray("\x00\x01\x02\x03 binary\x00", 14), 2023).error.isEmpty());
}

TEST(ObservationCsv, IndicatorsResolveExactlyOrByUniqueSubstring)
{
    const ObservationCsv::Result r = ObservationCsv::parseText(
        QStringLiteral(
            "社会消费品零售总额,2023-03,7.5\n5G基站,2023-06,1200\n基站,2023-06,1\n不存在,2023-06,1\n"),
        2023);
    QList<RowProblem> problems;
    const QList<Observation> good = ObservationCsv::resolve(r.rows, indicators(), &problems);
    ASSERT_EQ(good.size(), 2);
    EXPECT_EQ(good[0].indicatorId, 2); // unique substring
    EXPECT_EQ(good[1].indicatorId, 3); // exact wins over 新增5G基站
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("新增5G基站")))
        << problems[0].message.toStdString();
    EXPECT_EQ(problems[1].line, 4);
    EXPECT_TRUE(problems[1].message.contains(QStringLiteral("no indicator")));
}

TEST(ObservationCsv, Numbers)
{
    EXPECT_EQ(FiniteNumber::parse(QStringLiteral("7.5%")), 7.5);
    EXPECT_EQ(FiniteNumber::parse(QStringLiteral("1,234.5")), 1234.5);
    EXPECT_EQ(FiniteNumber::parse(QStringLiteral("－3")), -3.0);
    EXPECT_EQ(FiniteNumber::parse(QStringLiteral("１２")), 12.0);
    EXPECT_FALSE(FiniteNumber::parse(QStringLiteral("")));
    EXPECT_FALSE(FiniteNumber::parse(QStringLiteral("7,5")));
    EXPECT_FALSE(FiniteNumber::parse(QStringLiteral("n/a")));
}

TEST(PastedColumn, MonthAfterMonthFromTheStart)
{
    const PastedColumn::Result r =
        PastedColumn::parse(QStringLiteral("6.2\r\n6.8\n\n7.1\nx\n7.3\n\n"), Period::month(2023, 2));
    ASSERT_EQ(r.values.size(), 4);
    EXPECT_EQ(r.values[0], (PastedValue{1, QStringLiteral("2023-02"), 6.2}));
    EXPECT_EQ(r.values[1].period, QStringLiteral("2023-03"));
    EXPECT_EQ(r.values[2].period, QStringLiteral("2023-05")); // the empty cell skipped April
    EXPECT_EQ(r.values[3].period, QStringLiteral("2023-07"));
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].line, 5);
}

TEST(PastedColumn, ARowOfCellsAndPastDecember)
{
    const PastedColumn::Result r =
        PastedColumn::parse(QStringLiteral("7.6\t7.7\t7.8\t7.9"), Period::month(2023, 10));
    ASSERT_EQ(r.values.size(), 3);
    EXPECT_EQ(r.values.last().period, QStringLiteral("2023-12"));
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].line, 4);
}

TEST(FiniteNumber, InfinityNotANumberAndOverflowAreRefused)
{
    // GIVEN the spellings of non-finite numbers that string-to-double conversions accept or overflow to
    for (const char *text : {"inf", "-inf", "+inf", "INF", "nan", "NaN", "-nan", "infinity", "-Infinity",
                             "1e999", "-1e999", "1e400%", "ｉｎｆ"}) {
        FiniteNumber::Problem problem = FiniteNumber::Problem::None;
        // THEN none is a number, and the problem says it is not finite
        EXPECT_FALSE(FiniteNumber::parse(QString::fromUtf8(text), &problem)) << text;
        EXPECT_EQ(problem, FiniteNumber::Problem::NotFinite) << text;
    }
    // and ordinary numbers still are
    EXPECT_EQ(FiniteNumber::parse(QStringLiteral("1e308")), 1e308);
    EXPECT_EQ(FiniteNumber::parse(QStringLiteral("7.5%")), 7.5);
    FiniteNumber::Problem problem = FiniteNumber::Problem::None;
    EXPECT_FALSE(FiniteNumber::parse(QStringLiteral("seven"), &problem));
    EXPECT_EQ(problem, FiniteNumber::Problem::NotANumber);
}

TEST(ObservationCsv, NonFiniteValuesAreBadRows)
{
    // GIVEN a CSV with one good row and infinite, not-a-number and overflowing values
    const ObservationCsv::Result r = ObservationCsv::parseText(
        QStringLiteral("地区生产总值增长,2023-02,6.2\n地区生产总值增长,2023-03,inf\n"
                       "地区生产总值增长,2023-04,nan\n地区生产总值增长,2023-05,1e999\n"),
        2023);
    // THEN only the good row is read, and each other row is a problem on its line that says why
    ASSERT_EQ(r.rows.size(), 1);
    QList<int> bad;
    for (const RowProblem &p : r.problems) {
        bad.append(p.line);
        EXPECT_TRUE(p.message.contains(QStringLiteral("finite"))) << p.message.toStdString();
    }
    EXPECT_EQ(bad, (QList<int>{2, 3, 4}));
}

TEST(PastedColumn, NonFiniteCellsAreProblemsAndKeepTheirMonth)
{
    const PastedColumn::Result r =
        PastedColumn::parse(QStringLiteral("6.2\ninf\nnan\n7.1"), Period::month(2023, 2));
    ASSERT_EQ(r.values.size(), 2);
    EXPECT_EQ(r.values[0].period, QStringLiteral("2023-02"));
    EXPECT_EQ(r.values[1].period, QStringLiteral("2023-05"));
    ASSERT_EQ(r.problems.size(), 2);
    EXPECT_EQ(r.problems[0].line, 2);
    EXPECT_EQ(r.problems[1].line, 3);
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("finite")));
}

namespace {

QStringList periodsOf(const PastedColumn::Result &r)
{
    QStringList out;
    for (const PastedValue &v : r.values)
        out.append(v.period);
    return out;
}

QList<double> valuesOf(const PastedColumn::Result &r)
{
    QList<double> out;
    for (const PastedValue &v : r.values)
        out.append(v.value);
    return out;
}

} // namespace

TEST(PastedColumn, TwoColumnsFromExcelUseThePeriodColumn)
{
    // GIVEN the rows 1-2月 ⇥ 5.1 / 1-3月 ⇥ 6.0 / 1-5月 ⇥ 6.8 / 1-7月 ⇥ 7.2 copied from a spreadsheet
    const PastedColumn::Result r = PastedColumn::parse(
        QStringLiteral("1-2月\t5.1\r\n1-3月\t6.0\r\n1-5月\t6.8\r\n1-7月\t7.2\r\n"), Period::month(2023, 2));
    // THEN each value is filed under the period beside it
    EXPECT_TRUE(r.problems.isEmpty())
        << (r.problems.isEmpty() ? "" : r.problems.first().message.toStdString());
    EXPECT_EQ(periodsOf(r), (QStringList{QStringLiteral("2023-02"), QStringLiteral("2023-03"),
                                         QStringLiteral("2023-05"), QStringLiteral("2023-07")}));
    EXPECT_EQ(valuesOf(r), (QList<double>{5.1, 6.0, 6.8, 7.2}));
    EXPECT_EQ(r.values.at(2).line, 3);
}

TEST(PastedColumn, PeriodColumnTakesEveryPeriodSpelling)
{
    const PastedColumn::Result r = PastedColumn::parse(
        QStringLiteral("期间\t数值\n1–3月\t1\n1～6月\t2\n2023-08\t3\n2023年9月\t4\n10月\t5\n"
                       "一季度\t6\n上半年\t7\n2022年1-2月\t8\n"),
        Period::month(2023, 2));
    EXPECT_TRUE(r.problems.isEmpty())
        << (r.problems.isEmpty() ? "" : r.problems.first().message.toStdString());
    EXPECT_EQ(periodsOf(r),
              (QStringList{QStringLiteral("2023-03"), QStringLiteral("2023-06"), QStringLiteral("2023-08"),
                           QStringLiteral("2023-09"), QStringLiteral("2023-10"), QStringLiteral("2023-Q1"),
                           QStringLiteral("2023-H1"), QStringLiteral("2022-02")}));
    EXPECT_EQ(valuesOf(r), (QList<double>{1, 2, 3, 4, 5, 6, 7, 8}));
}

TEST(PastedColumn, ABadValueOrPeriodNamesItsRowAndNothingShifts)
{
    // GIVEN a two-column paste whose second row has a bad value and whose fourth row a bad period
    const PastedColumn::Result r =
        PastedColumn::parse(QStringLiteral("1-2月\t5.1\n1-3月\t六点零\n1-4月\t6.3\n13月\t6.5\n1-5月\t6.8\n"),
                            Period::month(2023, 2));
    // THEN the good rows keep their own periods
    EXPECT_EQ(periodsOf(r),
              (QStringList{QStringLiteral("2023-02"), QStringLiteral("2023-04"), QStringLiteral("2023-05")}));
    EXPECT_EQ(valuesOf(r), (QList<double>{5.1, 6.3, 6.8}));
    // and each bad row is a problem on its row that quotes the cell
    ASSERT_EQ(r.problems.size(), 2);
    EXPECT_EQ(r.problems[0].line, 2);
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("六点零")));
    EXPECT_EQ(r.problems[1].line, 4);
    EXPECT_TRUE(r.problems[1].message.contains(QStringLiteral("13月")));
}

TEST(PastedColumn, PeriodsInARowAboveTheValues)
{
    const PastedColumn::Result r =
        PastedColumn::parse(QStringLiteral("1-2月\t1-3月\t1-5月\n5.1\t6.0\t6.8\n"), Period::month(2023, 2));
    EXPECT_TRUE(r.problems.isEmpty());
    EXPECT_EQ(periodsOf(r),
              (QStringList{QStringLiteral("2023-02"), QStringLiteral("2023-03"), QStringLiteral("2023-05")}));
    EXPECT_EQ(valuesOf(r), (QList<double>{5.1, 6.0, 6.8}));
}
