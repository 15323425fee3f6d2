// Period grammar: canonical keys, the usual spellings and Chinese statistical periods.
#include "support/Printers.h"

#include "core/domain/Period.h"

#include <gtest/gtest.h>

using duban::core::Period;

namespace {

QString key(const char *text, int defaultYear = 0)
{
    const auto p = Period::parse(QString::fromUtf8(text), defaultYear);
    return p ? p->key() : QStringLiteral("<invalid>");
}

} // namespace

TEST(Period, CanonicalKeysReadBack)
{
    for (const char *k :
         {"2023", "2023-H1", "2023-H2", "2023-Q1", "2023-Q4", "2023-01", "2023-12", "2023-06-15"})
        EXPECT_EQ(key(k), QString::fromUtf8(k));
}

TEST(Period, UsualSpellings)
{
    EXPECT_EQ(key("2023-6"), QStringLiteral("2023-06"));
    EXPECT_EQ(key("202306"), QStringLiteral("2023-06"));
    EXPECT_EQ(key("2023/6/5"), QStringLiteral("2023-06-05"));
    EXPECT_EQ(key("2023q2"), QStringLiteral("2023-Q2"));
    EXPECT_EQ(key(" 2023-Q3 "), QStringLiteral("2023-Q3"));
    EXPECT_EQ(key("２０２３－０６"), QStringLiteral("2023-06"));
}

TEST(Period, ChineseStatisticalPeriods)
{
    EXPECT_EQ(key("2023年1-6月"), QStringLiteral("2023-06"));
    EXPECT_EQ(key("2023年1—6月"), QStringLiteral("2023-06"));
    EXPECT_EQ(key("1-2月", 2023), QStringLiteral("2023-02"));
    EXPECT_EQ(key("1–12月", 2023), QStringLiteral("2023-12"));
    EXPECT_EQ(key("1月-6月", 2023), QStringLiteral("2023-06"));
    EXPECT_EQ(key("6月", 2023), QStringLiteral("2023-06"));
    EXPECT_EQ(key("2023年6月15日"), QStringLiteral("2023-06-15"));
    EXPECT_EQ(key("一季度", 2023), QStringLiteral("2023-Q1"));
    EXPECT_EQ(key("2023年第二季度"), QStringLiteral("2023-Q2"));
    EXPECT_EQ(key("上半年", 2023), QStringLiteral("2023-H1"));
    EXPECT_EQ(key("前三季度", 2023), QStringLiteral("2023-09"));
    EXPECT_EQ(key("2023年"), QStringLiteral("2023"));
    EXPECT_EQ(key("全年", 2023), QStringLiteral("2023"));
}

TEST(Period, RejectsNonsense)
{
    for (const char *bad :
         {"", "June", "2023-13", "2023-Q5", "2023-02-30", "1-6月", "13月", "abc年1-6月", "2023-H3"})
        EXPECT_EQ(key(bad), QStringLiteral("<invalid>")) << bad;
}

TEST(Period, EndsAndMonths)
{
    EXPECT_EQ(Period::parse(QStringLiteral("2023-Q1"))->end(), QDate(2023, 3, 31));
    EXPECT_EQ(Period::parse(QStringLiteral("2023-H1"))->end(), QDate(2023, 6, 30));
    EXPECT_EQ(Period::parse(QStringLiteral("2024-02"))->end(), QDate(2024, 2, 29));
    EXPECT_EQ(Period::parse(QStringLiteral("2023"))->end(), QDate(2023, 12, 31));
    EXPECT_EQ(Period::parse(QStringLiteral("2023-06-15"))->end(), QDate(2023, 6, 15));
    EXPECT_EQ(Period::parse(QStringLiteral("2023-Q3"))->endMonth(), 9);
    EXPECT_EQ(Period::parse(QStringLiteral("2023-Q3"))->start(), QDate(2023, 1, 1));
}
