// Quantified targets: names, values, measures, comparators, stretch values and periods.
#include "core/import/TargetParser.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace duban::core;

TEST(TargetParser, ValueAboutWithStretch)
{
    const QList<Target> t =
        TargetParser(2023).parse(u"地区生产总值增长7.5%左右，力争8%，进出口总额增长12%以上，力争15%"_s);
    ASSERT_EQ(t.size(), 2);
    EXPECT_EQ(t.at(0).name, u"地区生产总值增长"_s);
    EXPECT_DOUBLE_EQ(t.at(0).value, 7.5);
    EXPECT_EQ(t.at(0).measure, u"%"_s);
    EXPECT_EQ(t.at(0).comparator, Comparator::About);
    EXPECT_EQ(t.at(0).stretch, 8.0);
    EXPECT_EQ(t.at(0).period, u"2023"_s);
    EXPECT_EQ(t.at(1).comparator, Comparator::AtLeast);
    EXPECT_EQ(t.at(1).stretch, 15.0);
}

TEST(TargetParser, ComparatorWords)
{
    struct Case
    {
        QString text;
        Comparator comparator;
    };
    const QList<Case> cases = {
        {u"基金管理规模突破3200亿元"_s, Comparator::AtLeast},
        {u"举办各类招商活动不少于10场"_s, Comparator::AtLeast},
        {u"外贸业绩超过60亿元"_s, Comparator::AtLeast},
        {u"高新技术企业总数达2800家"_s, Comparator::AtLeast},
        {u"城镇调查失业率5.5%左右"_s, Comparator::About},
        {u"融资成本控制在4.5%以内"_s, Comparator::AtMost},
        {u"能耗下降3%以下"_s, Comparator::AtMost},
        {u"研发经费投入增长13%"_s, Comparator::AtLeast},
    };
    for (const Case &c : cases) {
        const QList<Target> t = TargetParser(2023).parse(c.text);
        ASSERT_EQ(t.size(), 1) << c.text.toStdString();
        EXPECT_EQ(t.at(0).comparator, c.comparator) << c.text.toStdString();
    }
}

TEST(TargetParser, PositiveGrowthIsGreaterThanZero)
{
    const QList<Target> t = TargetParser(2023).parse(u"确保一季度“开门红”，规模以上工业增加值实现正增长"_s);
    ASSERT_EQ(t.size(), 1);
    EXPECT_EQ(t.at(0).name, u"规模以上工业增加值增长"_s);
    EXPECT_DOUBLE_EQ(t.at(0).value, 0);
    EXPECT_EQ(t.at(0).comparator, Comparator::Greater);
    EXPECT_EQ(t.at(0).period, u"2023-Q1"_s);
}

TEST(TargetParser, TwoTargetsInOneClauseAndQualifiedNames)
{
    const QList<Target> a =
        TargetParser(2023).parse(u"全年推动实施重点项目1950个、完成年度总投资2080.96亿元。"_s);
    ASSERT_EQ(a.size(), 2);
    EXPECT_EQ(a.at(0).name, u"重点项目"_s);
    EXPECT_DOUBLE_EQ(a.at(0).value, 1950);
    EXPECT_EQ(a.at(0).measure, u"个"_s);
    EXPECT_EQ(a.at(1).name, u"年度总投资"_s);
    EXPECT_DOUBLE_EQ(a.at(1).value, 2080.96);
    EXPECT_EQ(a.at(1).measure, u"亿元"_s);
    const QList<Target> b =
        TargetParser(2023).parse(u"全年引进100亿元以上投资项目1个、50亿元以上投资项目3个"_s);
    ASSERT_EQ(b.size(), 2);
    EXPECT_EQ(b.at(0).name, u"100亿元以上投资项目"_s);
    EXPECT_EQ(b.at(0).measure, u"个"_s);
    EXPECT_EQ(b.at(1).name, u"50亿元以上投资项目"_s);
}

TEST(TargetParser, WholePhraseAspirationIsATargetNotAStretch)
{
    const QList<Target> t = TargetParser(2023).parse(u"力争新增品牌连锁便利店15家、限上批零住餐企业70家"_s);
    ASSERT_EQ(t.size(), 2);
    EXPECT_EQ(t.at(0).name, u"新增品牌连锁便利店"_s);
    EXPECT_FALSE(t.at(0).stretch.has_value());
    EXPECT_EQ(t.at(1).name, u"限上批零住餐企业"_s);
}

TEST(TargetParser, MeasuresAndPeriods)
{
    const QList<Target> t = TargetParser(2023).parse(
        u"全年新增城镇就业2.4万人。一季度集中开工项目80个。上半年新增户籍人口3万户。累计建成5G基站2万个。"_s);
    ASSERT_EQ(t.size(), 4);
    EXPECT_EQ(t.at(0).name, u"新增城镇就业"_s);
    EXPECT_EQ(t.at(0).measure, u"万人"_s);
    EXPECT_EQ(t.at(0).period, u"2023"_s);
    EXPECT_EQ(t.at(1).period, u"2023-Q1"_s);
    EXPECT_EQ(t.at(2).measure, u"万户"_s);
    EXPECT_EQ(t.at(2).period, u"2023-H1"_s);
    EXPECT_EQ(t.at(3).name, u"5G基站"_s);
    EXPECT_EQ(t.at(3).measure, u"万个"_s);
}

TEST(TargetParser, IgnoresNumbersThatAreNotTargets)
{
    EXPECT_TRUE(TargetParser(2023)
                    .parse(u"落实“招商新政12条”，实施天顶变220千伏输变电工程，参与全市2023年“德企长沙行”"_s)
                    .isEmpty());
    EXPECT_TRUE(TargetParser(2023).parse(u"用6个月时间完成，紧盯三类“500强”企业"_s).isEmpty());
}
