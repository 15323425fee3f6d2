// Repairs of extracted text: spaces, punctuation, page numbers and paragraphs cut by page breaks.
#include "core/import/TextRepair.h"
#include "core/import/HeadingMarker.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace duban::core;

namespace {

QStringList paragraphTexts(const QString &text)
{
    QStringList out;
    for (const SourceParagraph &p : TextRepair::paragraphs(TextRepair::lines(text)))
        out.append(p.isTableRow() ? p.cells.join(u'|') : p.text);
    return out;
}

} // namespace

TEST(TextRepair, CollapsesSpacesNextToChineseOnly)
{
    EXPECT_EQ(TextRepair::collapseSpaces(u"湖南湘江新区 2023 年打好经济 增长主动仗"_s),
              u"湖南湘江新区2023年打好经济增长主动仗"_s);
    EXPECT_EQ(TextRepair::collapseSpaces(u"支持外贸企业开展 AEO 高级认证"_s),
              u"支持外贸企业开展AEO高级认证"_s);
    EXPECT_EQ(TextRepair::collapseSpaces(u"Hello   World"_s), u"Hello World"_s);
}

TEST(TextRepair, HalfWidthPunctuationNextToChineseBecomesFullWidth)
{
    EXPECT_EQ(TextRepair::fullWidthPunctuation(u"新区经济发展局等,湘阴县政府、相关区县(市)人民政府"_s),
              u"新区经济发展局等，湘阴县政府、相关区县（市）人民政府"_s);
    EXPECT_EQ(TextRepair::fullWidthPunctuation(u"〔责任单位:新区开发建设局〕"_s),
              u"〔责任单位：新区开发建设局〕"_s);
    EXPECT_EQ(TextRepair::fullWidthPunctuation(u"共1,000家，10:30开会"_s), u"共1,000家，10:30开会"_s);
}

TEST(TextRepair, NormalisesFullWidthDigitsAndOddSpaces)
{
    EXPECT_EQ(TextRepair::normaliseCharacters(u"增长８％\u3000以上\u200B"_s), u"增长8% 以上"_s);
    EXPECT_EQ(TextRepair::normaliseCharacters(u"湘新综发﹝2023﹞22号"_s), u"湘新综发〔2023〕22号"_s);
}

TEST(TextRepair, UnitNamesGetFullWidthBalancedBrackets)
{
    EXPECT_EQ(TextRepair::normaliseUnitName(u"新区开发建设局(交通运输 局)"_s),
              u"新区开发建设局（交通运输局）"_s);
    EXPECT_EQ(TextRepair::normaliseUnitName(u"新区开发建设局（交通运输局"_s),
              u"新区开发建设局（交通运输局）"_s);
    EXPECT_EQ(TextRepair::normaliseUnitName(u"各街道[镇]"_s), u"各街道（镇）"_s);
}

TEST(TextRepair, RecognisesPageNumbers)
{
    for (const QString &s : {u"12"_s, u"- 3 -"_s, u"— 3 —"_s, u"第 3 页"_s, u"第3页 共12页"_s, u"3/12"_s})
        EXPECT_TRUE(TextRepair::isPageNumber(s)) << s.toStdString();
    for (const QString &s : {u"2023"_s, u"1. 激发"_s, u"12个"_s})
        EXPECT_FALSE(TextRepair::isPageNumber(s)) << s.toStdString();
}

TEST(TextRepair, JoinsAParagraphCutInsideAWordAcrossBlankLines)
{
    // GIVEN task 2 of the seed, cut "…100% 完\n\n成，产业项目…" by a page break
    const QStringList p = paragraphTexts(
        u"2. 开展竞赛活动。确保省市重点项目投资 100% 完\n\n成，产业项目投资增长 12% 以上。\n\n3. 强化要素保障。"_s);
    // THEN the two halves are one paragraph and the next item stays apart
    ASSERT_EQ(p.size(), 2);
    EXPECT_EQ(p.at(0), u"2.开展竞赛活动。确保省市重点项目投资100%完成，产业项目投资增长12%以上。"_s);
    EXPECT_TRUE(p.at(1).startsWith(u"3."_s));
}

TEST(TextRepair, JoinsAUnitNameCutWithAClosingBracketOfAnotherKind)
{
    const QStringList p = paragraphTexts(
        u"24. 建设枢纽城市。〔责任单位：新区开发建设局（交通运输\n\n局)、新区经济发展局等,湘阴县政府、相关区县(市)人民政府、园区]\n\n25. 下一项。"_s);
    ASSERT_EQ(p.size(), 2);
    EXPECT_EQ(
        p.at(0),
        u"24.建设枢纽城市。〔责任单位：新区开发建设局（交通运输局）、新区经济发展局等，湘阴县政府、相关区县（市）人民政府、园区]"_s);
}

TEST(TextRepair, DropsPageNumbersBetweenTheHalves)
{
    const QStringList p = paragraphTexts(u"审批时间压减\n\n— 2 —\n\n至15个工作日以内。"_s);
    EXPECT_EQ(p, (QStringList{u"审批时间压减至15个工作日以内。"_s}));
}

TEST(TextRepair, DoesNotJoinAcrossFinishedSentencesHeadingsAndMasthead)
{
    const QStringList p = paragraphTexts(
        u"湖南湘江新区党政综合部\n\n湘新综发〔2023〕22号\n\n湖南湘江新区党政综合部\n\n2023年3月22日\n\n"
        "一、总体要求\n\n以习近平新时代中国特色社会主义思想为指导，坚持稳中求进。\n\n"
        "（一）有效投资扩容行动\n\n1. 第一项。〔责任单位：A局〕\n\n## 标题\n\n正文"_s);
    EXPECT_EQ(p, (QStringList{u"湖南湘江新区党政综合部"_s, u"湘新综发〔2023〕22号"_s,
                              u"湖南湘江新区党政综合部"_s, u"2023年3月22日"_s, u"一、总体要求"_s,
                              u"以习近平新时代中国特色社会主义思想为指导，坚持稳中求进。"_s,
                              u"（一）有效投资扩容行动"_s, u"1.第一项。〔责任单位：A局〕"_s, u"标题"_s,
                              u"正文"_s}));
}

TEST(TextRepair, SplitsTabAndPipeTableRows)
{
    const QList<SourceParagraph> lines =
        TextRepair::lines(u"1\t任务\t甲局\n\t续行\t\t\n| 2 | 任务二 | 乙局 |\n|---|---|---|\n\t缩进正文"_s);
    ASSERT_EQ(lines.size(), 5);
    EXPECT_EQ(lines.at(0).cells, (QStringList{u"1"_s, u"任务"_s, u"甲局"_s}));
    EXPECT_EQ(lines.at(1).cells, (QStringList{QString(), u"续行"_s, QString(), QString()}));
    EXPECT_EQ(lines.at(2).cells, (QStringList{u"2"_s, u"任务二"_s, u"乙局"_s}));
    EXPECT_TRUE(lines.at(3).isBlank());
    EXPECT_FALSE(lines.at(4).isTableRow());
    EXPECT_EQ(lines.at(4).text, u"缩进正文"_s);
}

TEST(HeadingMarker, RecognisesEveryNumberingStyle)
{
    auto level = [](const QString &s) { return HeadingMarker::detect(s).value().level; };
    EXPECT_EQ(level(u"第一部分 总体要求"_s), HeadingMarker::Level::Part);
    EXPECT_EQ(level(u"三、重点任务"_s), HeadingMarker::Level::Chapter);
    EXPECT_EQ(level(u"（十）财税收入提效行动"_s), HeadingMarker::Level::Section);
    EXPECT_EQ(level(u"(八)营商环境领跑行动"_s), HeadingMarker::Level::Section);
    EXPECT_EQ(level(u"34. 加强财源建设"_s), HeadingMarker::Level::Item);
    EXPECT_EQ(level(u"2、开展活动"_s), HeadingMarker::Level::Item);
    EXPECT_EQ(level(u"（1）细化"_s), HeadingMarker::Level::SubItem);
    EXPECT_EQ(HeadingMarker::detect(u"（十）财税收入提效行动"_s)->number, u"十"_s);
    EXPECT_FALSE(HeadingMarker::detect(u"2.5%以上"_s));
    EXPECT_FALSE(HeadingMarker::detect(u"2023 年是全面贯彻"_s));
    EXPECT_FALSE(HeadingMarker::detect(u"十大行动"_s));
    EXPECT_FALSE(HeadingMarker::detect(u"一季度集中开工"_s));
}
