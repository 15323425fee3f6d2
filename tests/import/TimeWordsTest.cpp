// Time words resolved against the plan year, milestone classification and reporting cycles.
#include "core/rules/TimeWords.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace duban::core;

TEST(TimeWords, YearWordsResolveToDecember31)
{
    for (const QString &w : {u"全年"_s, u"年内"_s, u"年底"_s, u"年末"_s, u"年底前"_s})
        EXPECT_EQ(resolveTimeWord(w, 2023), QDate(2023, 12, 31)) << w.toStdString();
}

TEST(TimeWords, QuarterAndHalfYearWords)
{
    EXPECT_EQ(resolveTimeWord(u"一季度"_s, 2023), QDate(2023, 3, 31));
    EXPECT_EQ(resolveTimeWord(u"第一季度"_s, 2023), QDate(2023, 3, 31));
    EXPECT_EQ(resolveTimeWord(u"二季度"_s, 2023), QDate(2023, 6, 30));
    EXPECT_EQ(resolveTimeWord(u"上半年"_s, 2023), QDate(2023, 6, 30));
    EXPECT_EQ(resolveTimeWord(u"前三季度"_s, 2023), QDate(2023, 9, 30));
    EXPECT_EQ(resolveTimeWord(u"三季度"_s, 2023), QDate(2023, 9, 30));
    EXPECT_EQ(resolveTimeWord(u"下半年"_s, 2023), QDate(2023, 12, 31));
    EXPECT_EQ(resolveTimeWord(u"年初"_s, 2023), QDate(2023, 1, 31));
}

TEST(TimeWords, ExplicitMonthsAndDays)
{
    EXPECT_EQ(resolveTimeWord(u"6月底前"_s, 2023), QDate(2023, 6, 30));
    EXPECT_EQ(resolveTimeWord(u"2023年10月底前"_s, 2023), QDate(2023, 10, 31));
    EXPECT_EQ(resolveTimeWord(u"3月31日前"_s, 2023), QDate(2023, 3, 31));
    EXPECT_EQ(resolveTimeWord(u"2月底"_s, 2024), QDate(2024, 2, 29));
    EXPECT_EQ(resolveTimeWord(u"9月"_s, 2023), QDate(2023, 9, 30));
    EXPECT_EQ(resolveTimeWord(u"7月上旬"_s, 2023), QDate(2023, 7, 10));
    EXPECT_EQ(resolveTimeWord(u"7月中旬"_s, 2023), QDate(2023, 7, 20));
    EXPECT_EQ(resolveTimeWord(u"十二月底前"_s, 2023), QDate(2023, 12, 31));
    EXPECT_EQ(resolveTimeWord(u"2024年底前"_s, 2023), QDate(2024, 12, 31));
    EXPECT_EQ(resolveTimeWord(u"2024年上半年"_s, 2023), QDate(2024, 6, 30));
}

TEST(TimeWords, NotTimeWords)
{
    EXPECT_FALSE(resolveTimeWord(u"一月一调度"_s, 2023).isValid());
    EXPECT_FALSE(resolveTimeWord(u"月月"_s, 2023).isValid());
    EXPECT_FALSE(resolveTimeWord(u"13月"_s, 2023).isValid());
    EXPECT_FALSE(resolveTimeWord(u"2月30日"_s, 2023).isValid());
    EXPECT_TRUE(findTimeWords(u"2023年初步建成"_s, 2023).isEmpty()); // 年初步 is "initially"
    EXPECT_TRUE(findTimeWords(u"以旬保月、以月保季、以季保年"_s, 2023).isEmpty());
    EXPECT_TRUE(findTimeWords(u"用6个月时间完成"_s, 2023).isEmpty());
    EXPECT_TRUE(findTimeWords(u"增长2.5%"_s, 2023).isEmpty());
}

TEST(TimeWords, FindsWordsInOrderWithPeriods)
{
    const QList<TimeWord> words =
        findTimeWords(u"年初发布清单，一季度集中开工，力争上半年启动，6月底前完成，年内分批推进"_s, 2023);
    ASSERT_EQ(words.size(), 5);
    EXPECT_EQ(words.at(0).phrase, u"年初"_s);
    EXPECT_EQ(words.at(0).period, QString());
    EXPECT_EQ(words.at(1).period, u"2023-Q1"_s);
    EXPECT_EQ(words.at(2).period, u"2023-H1"_s);
    EXPECT_EQ(words.at(3).phrase, u"6月底前"_s);
    EXPECT_EQ(words.at(3).date, QDate(2023, 6, 30));
    EXPECT_EQ(words.at(4).period, u"2023"_s);
    for (qsizetype i = 1; i < words.size(); ++i)
        EXPECT_LT(words.at(i - 1).position, words.at(i).position);
}

TEST(TimeWords, ClassifyAgainstDeadlineAndDocumentDate)
{
    const QDate deadline(2023, 12, 31);
    const QDate issued(2023, 3, 22);
    EXPECT_EQ(classifyTimeWord(QDate(2023, 3, 31), deadline, issued), TimeWordRole::Milestone);
    EXPECT_EQ(classifyTimeWord(QDate(2023, 6, 30), deadline, issued), TimeWordRole::Milestone);
    EXPECT_EQ(classifyTimeWord(QDate(2023, 1, 31), deadline, issued), TimeWordRole::BeforeDocument);
    EXPECT_EQ(classifyTimeWord(QDate(2023, 12, 31), deadline, issued), TimeWordRole::Deadline);
    EXPECT_EQ(classifyTimeWord(QDate(2024, 6, 30), deadline, issued), TimeWordRole::AfterDeadline);
    EXPECT_EQ(classifyTimeWord(QDate(2023, 3, 22), deadline, issued), TimeWordRole::Milestone);
    EXPECT_EQ(classifyTimeWord(QDate(2023, 1, 31), deadline, QDate()), TimeWordRole::Milestone);
}

TEST(TimeWords, ReportingCycles)
{
    EXPECT_EQ(reportingCycleOf(u"做到“月月有招商、月月有签约”"_s), ReportingCycle::Monthly);
    EXPECT_EQ(reportingCycleOf(u"每月通报进展"_s), ReportingCycle::Monthly);
    EXPECT_EQ(reportingCycleOf(u"以旬保月、以月保季"_s), ReportingCycle::TenDays);
    EXPECT_EQ(reportingCycleOf(u"全年完成"_s), ReportingCycle::Default);
    EXPECT_EQ(yearEndOf(2023), QDate(2023, 12, 31));
}
