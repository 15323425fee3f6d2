// Responsible-unit clauses in every written form, lists, groups, and resolution against a directory.
#include "core/import/PlanImporter.h"
#include "core/import/UnitListParser.h"
#include "core/import/UnitResolver.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace duban::core;

namespace {

UnitClause clauseOf(const QString &item)
{
    return UnitListParser::extract({item}).clause;
}

} // namespace

TEST(UnitListParser, SplitsOutsideBracketsAndDropsDeng)
{
    EXPECT_EQ(UnitListParser::splitUnits(
                  u"新区经济发展局、新区开发建设局（交通运输局）、新区财政金融局等，园区，各街道（镇）"_s),
              (QStringList{u"新区经济发展局"_s, u"新区开发建设局（交通运输局）"_s, u"新区财政金融局"_s,
                           u"园区"_s, u"各街道（镇）"_s}));
    EXPECT_EQ(UnitListParser::splitUnits(u"甲局,乙局;丙局；丁局"_s),
              (QStringList{u"甲局"_s, u"乙局"_s, u"丙局"_s, u"丁局"_s}));
}

TEST(UnitListParser, StripsTheLeadRuleAndItsVariants)
{
    for (const QString &rule :
         {u"排名第一的为牵头单位，下同"_s, u"列第一位者为牵头单位"_s, u"排在第一位的部门为牵头部门"_s}) {
        QString content = u"甲局、乙局，"_s + rule;
        EXPECT_TRUE(UnitListParser::stripLeadRule(content)) << rule.toStdString();
        EXPECT_EQ(UnitListParser::splitUnits(content), (QStringList{u"甲局"_s, u"乙局"_s}))
            << rule.toStdString();
    }
}

TEST(UnitListParser, EveryBracketForm)
{
    for (const QString &item : {u"任务。〔责任单位：甲局、乙局〕"_s, u"任务。（责任单位：甲局、乙局）"_s,
                                u"任务。(责任单位:甲局、乙局)"_s, u"任务。[责任单位：甲局、乙局]"_s,
                                u"任务。【责任单位：甲局、乙局】"_s, u"任务。〔责任单位：甲局、乙局]"_s,
                                u"任务。〔责任单位：甲局、乙局"_s}) {
        const UnitClause c = clauseOf(item);
        EXPECT_TRUE(c.found) << item.toStdString();
        EXPECT_EQ(c.leads, QStringList{u"甲局"_s}) << item.toStdString();
        EXPECT_EQ(c.co, (QStringList{u"乙局"_s})) << item.toStdString();
    }
    EXPECT_EQ(UnitListParser::extract({u"任务。〔责任单位：甲局〕"_s}).remaining, (QStringList{u"任务。"_s}));
}

TEST(UnitListParser, LeadAndCooperateLabels)
{
    // every unit a 牵头单位 label names leads, in order
    const UnitClause c = clauseOf(u"任务。（牵头单位：甲局、乙局；配合单位：丙局、丁局）"_s);
    EXPECT_EQ(c.leads, (QStringList{u"甲局"_s, u"乙局"_s}));
    EXPECT_EQ(c.co, (QStringList{u"丙局"_s, u"丁局"_s}));
    const auto lines = UnitListParser::extract(
        {u"任务。"_s, u"配合单位：丙局"_s, u"牵头单位：甲局"_s, u"完成时限：2023年6月底前"_s});
    EXPECT_EQ(lines.clause.leads,
              QStringList{u"甲局"_s}); // an explicit 牵头单位 leads even when written second
    EXPECT_EQ(lines.clause.co, (QStringList{u"丙局"_s}));
    EXPECT_EQ(lines.clause.deadlineFields, (QStringList{u"2023年6月底前"_s}));
    EXPECT_EQ(lines.remaining, (QStringList{u"任务。"_s}));
}

TEST(UnitListParser, ResponsibleAndLeadCooperateWordForms)
{
    const UnitClause a = clauseOf(u"任务。（甲局、乙局负责，列第一位者为牵头单位，下同）"_s);
    EXPECT_EQ(a.leads, QStringList{u"甲局"_s}); // one lead: the first of those responsible
    EXPECT_EQ(a.co, (QStringList{u"乙局"_s}));
    EXPECT_TRUE(a.leadRuleStated);
    const UnitClause b = clauseOf(u"任务。（甲局牵头，乙局、丙局配合）"_s);
    EXPECT_EQ(b.leads, QStringList{u"甲局"_s});
    EXPECT_EQ(b.co, (QStringList{u"乙局"_s, u"丙局"_s}));
    // A、B牵头: both lead, in order; the others co-handle
    const UnitClause two = clauseOf(u"任务。（甲局、乙局牵头，丙局、丁局配合）"_s);
    EXPECT_EQ(two.leads, (QStringList{u"甲局"_s, u"乙局"_s}));
    EXPECT_EQ(two.co, (QStringList{u"丙局"_s, u"丁局"_s}));
    const UnitClause twoOnly = clauseOf(u"任务。（甲局、乙局牵头负责）"_s);
    EXPECT_EQ(twoOnly.leads, (QStringList{u"甲局"_s, u"乙局"_s}));
    EXPECT_TRUE(twoOnly.co.isEmpty());
    const UnitClause c = clauseOf(u"任务。（甲局、各市州人民政府按职责分工负责）"_s);
    EXPECT_EQ(c.co, (QStringList{u"各市州人民政府"_s}));
    // an ordinary closing parenthesis is not a unit clause
    EXPECT_FALSE(clauseOf(u"大力发展航空航天（含北斗、通航产业）"_s).found);
    // "…牵头单位，" without a colon is a unit name, not a label
    EXPECT_EQ(clauseOf(u"任务。〔责任单位：甲局，惠企政策牵头单位，园区〕"_s).co,
              (QStringList{u"惠企政策牵头单位"_s, u"园区"_s}));
}

TEST(UnitResolver, RecognisesGroups)
{
    for (const QString &g :
         {u"园区"_s, u"各街道（镇）"_s, u"新区各国有公司"_s, u"其他有关单位"_s, u"各相关部门（单位）"_s,
          u"有关园区"_s, u"各区县"_s, u"相关区县（市）人民政府"_s, u"新区优化营商环境领导小组成员单位"_s})
        EXPECT_TRUE(UnitResolver::isGroupName(g)) << g.toStdString();
    for (const QString &u :
         {u"新区经济发展局"_s, u"湘阴县政府"_s, u"岳阳湘阴片区"_s, u"新区开发建设局（交通运输局）"_s})
        EXPECT_FALSE(UnitResolver::isGroupName(u)) << u.toStdString();
}

TEST(UnitResolver, CloseNames)
{
    EXPECT_TRUE(UnitResolver::areClose(u"新区组织部"_s, u"新区组织工作部"_s));
    EXPECT_TRUE(UnitResolver::areClose(u"新区开发建设局"_s, u"新区开发建设有限公司"_s));
    EXPECT_TRUE(
        UnitResolver::areClose(u"新区开发建设有限公司（交通运输局）"_s, u"新区开发建设局（交通运输局）"_s));
    EXPECT_FALSE(UnitResolver::areClose(u"新区政法工作部"_s, u"新区组织工作部"_s));
    EXPECT_FALSE(UnitResolver::areClose(u"新区行政审批服务局"_s, u"新区税务局"_s));
    EXPECT_FALSE(UnitResolver::areClose(u"园区"_s, u"有关园区"_s));
    EXPECT_FALSE(UnitResolver::areClose(u"新区经济发展局"_s, u"新区经济发展局"_s));
}

TEST(UnitResolver, ResolvesExactAliasAndSecondNameAndWarnsOnCloseNames)
{
    // GIVEN a directory with aliases and a unit known by its second name
    const QList<Unit> directory = {
        {1, u"新区开发建设局（交通运输局）"_s, {u"新区交通运输局"_s}, Unit::Kind::Unit},
        {2, u"新区组织工作部"_s, {}, Unit::Kind::Unit},
        {3, u"新区经济发展局"_s, {u"经发局"_s}, Unit::Kind::Unit},
        {4, u"园区"_s, {}, Unit::Kind::Group},
    };
    const UnitResolver r(directory);
    // THEN exact, alias, base and second names resolve to the canonical name
    EXPECT_EQ(r.resolve(u"新区经济发展局"_s).name, u"新区经济发展局"_s);
    EXPECT_EQ(r.resolve(u"经发局"_s).name, u"新区经济发展局"_s);
    EXPECT_EQ(r.resolve(u"新区开发建设局"_s).name, u"新区开发建设局（交通运输局）"_s);
    EXPECT_EQ(r.resolve(u"新区开发建设局(交通运输局)"_s).name, u"新区开发建设局（交通运输局）"_s);
    EXPECT_EQ(r.resolve(u"新区交通运输局"_s).name, u"新区开发建设局（交通运输局）"_s);
    EXPECT_EQ(r.resolve(u"交通运输局"_s).name, u"新区开发建设局（交通运输局）"_s);
    EXPECT_EQ(r.resolve(u"园区"_s).kind, Unit::Kind::Group);
    // and a close name is kept as written with a candidate
    const auto close = r.resolve(u"新区组织部"_s);
    EXPECT_FALSE(close.known);
    EXPECT_EQ(close.name, u"新区组织部"_s);
    EXPECT_EQ(close.candidate, u"新区组织工作部"_s);
    const auto company = r.resolve(u"新区开发建设有限公司（交通运输局）"_s);
    EXPECT_FALSE(company.known);
    EXPECT_EQ(company.candidate, u"新区开发建设局（交通运输局）"_s);
    EXPECT_TRUE(r.resolve(u"湘江国投公司"_s).candidate.isEmpty());
}

TEST(UnitResolver, ImporterUsesTheDirectoryAndNeverMerges)
{
    // GIVEN the seed and a directory that knows 新区组织工作部 and 新区开发建设局（交通运输局）
    const QList<Unit> directory = {
        {1, u"新区开发建设局（交通运输局）"_s, {}, Unit::Kind::Unit},
        {2, u"新区组织工作部"_s, {}, Unit::Kind::Unit},
        {3, u"新区经济发展局"_s, {u"经发局"_s}, Unit::Kind::Unit},
    };
    const QString text = u"某区2023年方案\n\n1. 甲任务。〔责任单位：经发局、新区组织部〕\n\n"
                         "2. 乙任务。〔责任单位：新区开发建设有限公司（交通运输局）、新区开发建设局〕\n"_s;
    const ImportOutcome o = PlanImporter(directory).importText(text);
    ASSERT_TRUE(o.ok());
    // THEN aliases resolve, close names stay as written with a warning naming the candidate
    EXPECT_EQ(o.document->tasks.at(0).lead(), u"新区经济发展局"_s);
    EXPECT_EQ(o.document->tasks.at(0).co, (QStringList{u"新区组织部"_s}));
    EXPECT_EQ(o.document->tasks.at(1).lead(), u"新区开发建设有限公司（交通运输局）"_s);
    EXPECT_EQ(o.document->tasks.at(1).co, (QStringList{u"新区开发建设局（交通运输局）"_s}));
    const auto &w = o.document->warnings;
    auto has = [&](const QString &a, const QString &b) {
        return std::any_of(w.cbegin(), w.cend(), [&](const ImportWarning &x) {
            return x.message.contains(u"「"_s + a + u"」"_s) && x.message.contains(u"「"_s + b + u"」"_s) &&
                   x.message.contains(u"directory"_s);
        });
    };
    EXPECT_TRUE(has(u"新区组织部"_s, u"新区组织工作部"_s));
    EXPECT_TRUE(has(u"新区开发建设有限公司（交通运输局）"_s, u"新区开发建设局（交通运输局）"_s));
}
