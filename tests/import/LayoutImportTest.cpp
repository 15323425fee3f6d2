// The importer on documents in other layouts: 牵头单位/配合单位 lines, (…负责) with 列第一位者为牵头单位,
// a tab-separated task table, and the same small plan in GB18030 and in UTF-8 with BOM and CRLF.
#include "core/import/PlanImporter.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <QStringEncoder>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace duban::core;
using duban::test::dataPath;

namespace {

const Task &taskAt(const ImportOutcome &outcome, qsizetype index)
{
    return outcome.document->tasks.at(index);
}

QList<QDate> milestoneDates(const Task &t)
{
    QList<QDate> dates;
    for (const Milestone &m : t.milestones)
        dates.append(m.date);
    return dates;
}

bool hasWarning(const ImportOutcome &outcome, const QString &needle, int line = -1)
{
    const auto &w = outcome.document->warnings;
    return std::any_of(w.cbegin(), w.cend(), [&](const ImportWarning &x) {
        return x.message.contains(needle) && (line < 0 || x.line == line);
    });
}

} // namespace

TEST(LeadCoLinesLayout, ReadsMastheadAndSections)
{
    // GIVEN a district plan whose items are followed by 牵头单位：…；配合单位：… and 完成时限 lines
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/lead-co-lines.txt"_s));
    // WHEN it is imported
    ASSERT_TRUE(o.ok()) << (o.error ? o.error->message.toStdString() : std::string());
    // THEN the masthead and the three 一、 sections are read
    EXPECT_EQ(o.document->plan.issuer, u"长沙市望城区人民政府办公室"_s);
    EXPECT_EQ(o.document->plan.number, u"望政办发〔2023〕5号"_s);
    EXPECT_EQ(o.document->plan.date, QDate(2023, 2, 10));
    EXPECT_EQ(o.document->plan.title, u"望城区2023年优化营商环境工作要点"_s);
    EXPECT_EQ(o.document->plan.year, 2023);
    ASSERT_EQ(o.document->sections.size(), 3);
    EXPECT_EQ(o.document->sections.at(0).title, u"提升政务服务效能"_s);
    EXPECT_EQ(o.document->sections.at(2).title, u"强化法治保障"_s);
    ASSERT_EQ(o.document->tasks.size(), 5);
}

TEST(LeadCoLinesLayout, Task1LeadCoDeadlineFieldAndJuneMilestone)
{
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/lead-co-lines.txt"_s));
    ASSERT_TRUE(o.ok());
    const Task &t = taskAt(o, 0);
    EXPECT_EQ(t.code, u"1"_s);
    EXPECT_EQ(t.section, u"一"_s);
    EXPECT_EQ(t.title, u"深化“一件事一次办”改革"_s);
    EXPECT_EQ(t.lead(), u"区行政审批服务局"_s);
    EXPECT_EQ(t.co, (QStringList{u"区发展和改革局"_s, u"区司法局"_s}));
    EXPECT_EQ(t.deadline, QDate(2023, 12, 31));
    EXPECT_EQ(milestoneDates(t), (QList<QDate>{QDate(2023, 6, 30)}));
    // the unit and time-limit lines are not part of the text
    EXPECT_EQ(t.text,
              u"深化“一件事一次办”改革。新增“一件事一次办”事项30个以上，6月底前实现高频事项全程网办。"_s);
    ASSERT_EQ(t.targets.size(), 1);
    EXPECT_EQ(t.targets.at(0).name, u"新增“一件事一次办”事项"_s);
    EXPECT_DOUBLE_EQ(t.targets.at(0).value, 30);
    EXPECT_EQ(t.targets.at(0).measure, u"个"_s);
}

TEST(LeadCoLinesLayout, Task2LinesOnSeparateRowsAndTextAcrossAPageNumber)
{
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/lead-co-lines.txt"_s));
    ASSERT_TRUE(o.ok());
    const Task &t = taskAt(o, 1);
    EXPECT_EQ(t.code, u"2"_s);
    EXPECT_EQ(t.lead(), u"区住房和城乡建设局"_s);
    EXPECT_EQ(t.co, (QStringList{u"区自然资源局"_s, u"区行政审批服务局"_s, u"各街道（镇）"_s}));
    EXPECT_EQ(t.deadline, QDate(2023, 9, 30));
    EXPECT_TRUE(t.milestones.isEmpty());
    // "…压减\n\n— 2 —\n\n至15个工作日以内。" is one sentence again, without the page number
    EXPECT_TRUE(t.text.endsWith(u"社会投资简易低风险项目审批时间压减至15个工作日以内。"_s))
        << t.text.toStdString();
    ASSERT_EQ(t.targets.size(), 1);
    EXPECT_EQ(t.targets.at(0).name, u"社会投资简易低风险项目审批时间"_s);
    EXPECT_EQ(t.targets.at(0).measure, u"个工作日"_s);
    EXPECT_EQ(t.targets.at(0).comparator, Comparator::AtMost);
}

TEST(LeadCoLinesLayout, Task3MonthlyReportingAndTwoMilestonesBeforeTheDeadline)
{
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/lead-co-lines.txt"_s));
    ASSERT_TRUE(o.ok());
    const Task &t = taskAt(o, 2);
    EXPECT_EQ(t.code, u"3"_s);
    EXPECT_EQ(t.section, u"二"_s);
    EXPECT_EQ(t.lead(), u"区市场监督管理局"_s);
    EXPECT_EQ(t.co, (QStringList{u"区发展和改革局"_s, u"区财政局"_s})); // 等 removed
    EXPECT_EQ(t.deadline, QDate(2023, 10, 31));
    EXPECT_EQ(milestoneDates(t), (QList<QDate>{QDate(2023, 3, 31), QDate(2023, 6, 30)}));
    EXPECT_EQ(t.reporting, ReportingCycle::Monthly);
}

TEST(LeadCoLinesLayout, Task4SecondNameInHalfWidthBracketsAndNoTimeLimit)
{
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/lead-co-lines.txt"_s));
    ASSERT_TRUE(o.ok());
    const Task &t = taskAt(o, 3);
    EXPECT_EQ(t.code, u"4"_s);
    EXPECT_EQ(t.lead(), u"区财政局（区金融办）"_s);
    EXPECT_EQ(t.co, (QStringList{u"区发展和改革局"_s, u"人民银行望城支行"_s}));
    EXPECT_EQ(t.deadline, QDate(2023, 12, 31));
    ASSERT_EQ(t.targets.size(), 2);
    EXPECT_EQ(t.targets.at(0).name, u"新增普惠小微贷款"_s);
    EXPECT_DOUBLE_EQ(t.targets.at(0).value, 50);
    EXPECT_EQ(t.targets.at(0).measure, u"亿元"_s);
    EXPECT_EQ(t.targets.at(1).name, u"企业综合融资成本"_s);
    EXPECT_DOUBLE_EQ(t.targets.at(1).value, 4.5);
    EXPECT_EQ(t.targets.at(1).comparator, Comparator::AtMost); // 控制在…以内
    // 区财政局 (task 3) and 区财政局（区金融办） (task 4) are reported, not merged
    EXPECT_TRUE(hasWarning(o, u"「区财政局（区金融办）」"_s, t.sourceLine));
}

TEST(LeadCoLinesLayout, Task5ExactDayMilestoneAndDayDeadline)
{
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/lead-co-lines.txt"_s));
    ASSERT_TRUE(o.ok());
    const Task &t = taskAt(o, 4);
    EXPECT_EQ(t.code, u"5"_s);
    EXPECT_EQ(t.section, u"三"_s);
    EXPECT_EQ(t.lead(), u"区司法局"_s);
    EXPECT_EQ(t.co, (QStringList{u"区市场监督管理局"_s, u"区城市管理和综合执法局"_s, u"区应急管理局"_s}));
    EXPECT_EQ(t.deadline, QDate(2023, 6, 30));
    ASSERT_EQ(t.milestones.size(), 1);
    EXPECT_EQ(t.milestones.at(0).date, QDate(2023, 3, 31));
    EXPECT_EQ(t.milestones.at(0).text, u"推行“首违不罚”清单制度，3月31日前公布清单"_s);
}

TEST(ResponsibleRuleLayout, ReadsChineseNumeralDateAndSectionItems)
{
    // GIVEN a provincial notice whose items end in (…负责，列第一位者为牵头单位，下同), dated
    // 二〇二三年四月六日
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/fuze-rule.txt"_s));
    ASSERT_TRUE(o.ok()) << (o.error ? o.error->message.toStdString() : std::string());
    EXPECT_EQ(o.document->plan.issuer, u"湖南省人民政府办公厅"_s);
    EXPECT_EQ(o.document->plan.number, u"湘政办发〔2023〕8号"_s);
    EXPECT_EQ(o.document->plan.date, QDate(2023, 4, 6));
    EXPECT_EQ(o.document->plan.title, u"湖南省2023年制造业高质量发展若干措施"_s);
    // THEN its （一）…（六） items under 一、二、三、 are tasks coded by chapter and item
    QStringList codes;
    for (const Task &t : o.document->tasks)
        codes.append(t.code);
    EXPECT_EQ(codes, (QStringList{u"一（一）"_s, u"一（二）"_s, u"二（三）"_s, u"二（四）"_s, u"三（五）"_s,
                                  u"三（六）"_s}));
    EXPECT_TRUE(o.document->warnings.isEmpty());
}

TEST(ResponsibleRuleLayout, FirstListedIsLeadAndTheRuleIsNotAUnit)
{
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/fuze-rule.txt"_s));
    ASSERT_TRUE(o.ok());
    const Task &t = taskAt(o, 0);
    EXPECT_EQ(t.section, u"一"_s);
    EXPECT_EQ(t.title, u"实施产业基础再造工程"_s);
    EXPECT_EQ(t.lead(), u"省工业和信息化厅"_s);
    EXPECT_EQ(t.co, (QStringList{u"省发展改革委"_s, u"省科技厅"_s}));
    EXPECT_FALSE(t.text.contains(u"负责"_s));
    EXPECT_TRUE(t.text.endsWith(u"全年新增国家级专精特新“小巨人”企业100家以上。"_s));
    ASSERT_EQ(t.targets.size(), 1);
    EXPECT_EQ(t.targets.at(0).name, u"新增国家级专精特新“小巨人”企业"_s);
    EXPECT_DOUBLE_EQ(t.targets.at(0).value, 100);
    EXPECT_EQ(t.targets.at(0).measure, u"家"_s);
}

TEST(ResponsibleRuleLayout, OctoberMilestoneAndYearEndIsTheDeadline)
{
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/fuze-rule.txt"_s));
    ASSERT_TRUE(o.ok());
    const Task &t = taskAt(o, 1);
    EXPECT_EQ(t.lead(), u"省工业和信息化厅"_s); // the rule carries on ("下同")
    EXPECT_EQ(t.co, (QStringList{u"省通信管理局"_s}));
    EXPECT_EQ(t.deadline, QDate(2023, 12, 31));
    EXPECT_EQ(milestoneDates(t), (QList<QDate>{QDate(2023, 10, 31)}));
}

TEST(ResponsibleRuleLayout, LeadAndCooperateForm)
{
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/fuze-rule.txt"_s));
    ASSERT_TRUE(o.ok());
    const Task &t = taskAt(o, 2);
    EXPECT_EQ(t.section, u"二"_s);
    EXPECT_EQ(t.lead(), u"人民银行长沙中心支行"_s);
    EXPECT_EQ(t.co, (QStringList{u"省地方金融监管局"_s, u"湖南银保监局"_s}));
    ASSERT_EQ(t.targets.size(), 1);
    EXPECT_EQ(t.targets.at(0).name, u"制造业贷款余额增长"_s);
    EXPECT_EQ(t.targets.at(0).measure, u"%"_s);
}

TEST(ResponsibleRuleLayout, SentenceBrokenAfterACommaAndHalfYearTarget)
{
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/fuze-rule.txt"_s));
    ASSERT_TRUE(o.ok());
    const Task &t = taskAt(o, 3);
    EXPECT_EQ(t.lead(), u"省自然资源厅"_s);
    EXPECT_TRUE(t.co.isEmpty());
    EXPECT_EQ(t.text, u"保障重点项目用地。优先保障省重点制造业项目用地需求，上半年完成年度供地计划的50%。"_s);
    EXPECT_EQ(milestoneDates(t), (QList<QDate>{QDate(2023, 6, 30)}));
    ASSERT_EQ(t.targets.size(), 1);
    EXPECT_EQ(t.targets.at(0).name, u"年度供地计划"_s);
    EXPECT_EQ(t.targets.at(0).period, u"2023-H1"_s);
}

TEST(ResponsibleRuleLayout, TenDayReportingAndGroupCoUnit)
{
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/fuze-rule.txt"_s));
    ASSERT_TRUE(o.ok());
    const Task &t = taskAt(o, 4);
    EXPECT_EQ(t.lead(), u"省工业和信息化厅"_s);
    EXPECT_EQ(t.co, (QStringList{u"省统计局"_s, u"各市州人民政府"_s})); // 按职责分工负责 removed
    EXPECT_EQ(t.reporting, ReportingCycle::TenDays);
    EXPECT_TRUE(t.milestones.isEmpty());
    const auto group = std::find_if(o.units.cbegin(), o.units.cend(),
                                    [](const Unit &u) { return u.name == u"各市州人民政府"; });
    ASSERT_NE(group, o.units.cend());
    EXPECT_EQ(group->kind, Unit::Kind::Group);

    const Task &t6 = taskAt(o, 5);
    EXPECT_EQ(t6.lead(), u"省税务局"_s);
    EXPECT_EQ(t6.co, (QStringList{u"省财政厅"_s}));
    ASSERT_EQ(t6.targets.size(), 1);
    EXPECT_EQ(t6.targets.at(0).comparator, Comparator::About);
    EXPECT_DOUBLE_EQ(t6.targets.at(0).value, 200);
}

TEST(TableLayout, ReadsRowsAsTasksUnderSectionRows)
{
    // GIVEN a 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 table pasted with tabs
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/table-tabs.txt"_s));
    ASSERT_TRUE(o.ok()) << (o.error ? o.error->message.toStdString() : std::string());
    EXPECT_EQ(o.document->plan.number, u"岳办发〔2023〕3号"_s);
    EXPECT_EQ(o.document->plan.issuer, u"中共长沙市岳麓区委办公室"_s);
    EXPECT_EQ(o.document->plan.date, QDate(2023, 1, 18));
    EXPECT_EQ(o.document->plan.title, u"岳麓区2023年重点民生实事任务分解表"_s);
    ASSERT_EQ(o.document->tasks.size(), 5);
    ASSERT_EQ(o.document->sections.size(), 2);
    EXPECT_EQ(o.document->sections.at(0).code, u"一"_s);
    EXPECT_EQ(o.document->sections.at(0).title, u"教育医疗"_s);
    EXPECT_EQ(o.document->sections.at(1).title, u"城市建设"_s);
}

TEST(TableLayout, Row1DeadlineColumnAndTwoTargets)
{
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/table-tabs.txt"_s));
    ASSERT_TRUE(o.ok());
    const Task &t = taskAt(o, 0);
    EXPECT_EQ(t.code, u"1"_s);
    EXPECT_EQ(t.section, u"一"_s);
    EXPECT_EQ(t.title, u"新建中小学校3所，新增学位5400个"_s);
    EXPECT_EQ(t.lead(), u"区教育局"_s);
    EXPECT_EQ(t.co, (QStringList{u"区发展和改革局"_s, u"区自然资源局"_s, u"区住房和城乡建设局"_s}));
    EXPECT_EQ(t.deadline, QDate(2023, 8, 31));
    ASSERT_EQ(t.targets.size(), 2);
    EXPECT_EQ(t.targets.at(0).measure, u"所"_s);
    EXPECT_EQ(t.targets.at(1).name, u"新增学位"_s);
    EXPECT_DOUBLE_EQ(t.targets.at(1).value, 5400);
}

TEST(TableLayout, Row2QuarterMilestone)
{
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/table-tabs.txt"_s));
    ASSERT_TRUE(o.ok());
    const Task &t = taskAt(o, 1);
    EXPECT_EQ(t.lead(), u"区卫生健康局"_s);
    EXPECT_EQ(t.co, (QStringList{u"区财政局"_s, u"各街道"_s}));
    EXPECT_EQ(t.deadline, QDate(2023, 12, 31));
    EXPECT_EQ(milestoneDates(t), (QList<QDate>{QDate(2023, 3, 31)}));
}

TEST(TableLayout, Row3NovemberDeadline)
{
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/table-tabs.txt"_s));
    ASSERT_TRUE(o.ok());
    const Task &t = taskAt(o, 2);
    EXPECT_EQ(t.section, u"二"_s);
    EXPECT_EQ(t.lead(), u"区住房和城乡建设局"_s);
    EXPECT_EQ(t.co, (QStringList{u"区财政局"_s, u"各街道（镇）"_s}));
    EXPECT_EQ(t.deadline, QDate(2023, 11, 30));
    ASSERT_EQ(t.targets.size(), 2);
    EXPECT_EQ(t.targets.at(1).measure, u"万户"_s);
    EXPECT_DOUBLE_EQ(t.targets.at(1).value, 1.2);
}

TEST(TableLayout, Row4WrappedOntoASecondRowWithStagedTarget)
{
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/table-tabs.txt"_s));
    ASSERT_TRUE(o.ok());
    const Task &t = taskAt(o, 3);
    EXPECT_EQ(t.text, u"新增公共停车泊位3000个以上，上半年完成1500个。"_s);
    EXPECT_EQ(t.lead(), u"区城市管理和综合执法局"_s);
    EXPECT_EQ(t.co, (QStringList{u"区住房和城乡建设局"_s, u"长沙市公安局岳麓分局交警大队"_s}));
    EXPECT_EQ(milestoneDates(t), (QList<QDate>{QDate(2023, 6, 30)}));
    ASSERT_EQ(t.targets.size(), 2);
    EXPECT_EQ(t.targets.at(0).name, u"新增公共停车泊位"_s);
    EXPECT_EQ(t.targets.at(0).period, u"2023"_s);
    EXPECT_EQ(t.targets.at(1).name, u"新增公共停车泊位"_s);
    EXPECT_DOUBLE_EQ(t.targets.at(1).value, 1500);
    EXPECT_EQ(t.targets.at(1).period, u"2023-H1"_s);
}

TEST(TableLayout, Row5TwoLeadsAndANonDateTimeLimit)
{
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/table-tabs.txt"_s));
    ASSERT_TRUE(o.ok());
    const Task &t = taskAt(o, 4);
    EXPECT_EQ(t.title, u"推进“15分钟生活圈”建设"_s);
    // both 牵头单位 of the cell lead, in order (several leads); the 配合单位 co-handle
    EXPECT_EQ(t.leads, (QStringList{u"区商务局"_s, u"区发展和改革局"_s}));
    EXPECT_EQ(t.lead(), u"区商务局"_s);
    EXPECT_EQ(t.co, (QStringList{u"各街道"_s}));
    EXPECT_EQ(t.deadline, QDate(2023, 12, 31));
    EXPECT_TRUE(hasWarning(o, u"「长期坚持」 is not a date"_s, t.sourceLine));
}

class SmallPlanEncodings : public ::testing::TestWithParam<const char *>
{
};

TEST_P(SmallPlanEncodings, DecomposeTheSameWay)
{
    // GIVEN the same street-office plan stored as UTF-8, GB18030, and UTF-8 with BOM and CRLF
    const QString file = QString::fromLatin1(GetParam());
    const ImportOutcome o = PlanImporter().importFile(dataPath(u"import/"_s + file));
    ASSERT_TRUE(o.ok()) << (o.error ? o.error->message.toStdString() : std::string());
    // THEN the encoding is detected and the plan reads the same
    if (file.contains(u"gb18030"_s))
        EXPECT_EQ(o.encoding, u"GB18030"_s);
    else if (file.contains(u"bom"_s))
        EXPECT_EQ(o.encoding, u"UTF-8 BOM"_s);
    else
        EXPECT_EQ(o.encoding, u"UTF-8"_s);
    const PlanDocument &d = *o.document;
    EXPECT_EQ(d.plan.issuer, u"长沙市岳麓区望岳街道办事处"_s);
    EXPECT_EQ(d.plan.number, u"望岳办发〔2023〕2号"_s);
    EXPECT_EQ(d.plan.date, QDate(2023, 2, 20));
    EXPECT_EQ(d.plan.title, u"望岳街道2023年安全生产工作要点"_s);
    ASSERT_EQ(d.tasks.size(), 3);
    // 【责任单位：…】
    EXPECT_EQ(d.tasks.at(0).title, u"签订安全生产责任书"_s);
    EXPECT_EQ(d.tasks.at(0).lead(), u"街道应急管理办公室"_s);
    EXPECT_EQ(d.tasks.at(0).co, (QStringList{u"各社区"_s}));
    EXPECT_EQ(milestoneDates(d.tasks.at(0)), (QList<QDate>{QDate(2023, 3, 31)}));
    // [责任单位：…]
    EXPECT_EQ(d.tasks.at(1).lead(), u"街道应急管理办公室"_s);
    EXPECT_EQ(d.tasks.at(1).co, (QStringList{u"街道综合执法大队"_s, u"街道规划建设办"_s}));
    EXPECT_EQ(d.tasks.at(1).reporting, ReportingCycle::Monthly);
    ASSERT_EQ(d.tasks.at(1).targets.size(), 1);
    EXPECT_EQ(d.tasks.at(1).targets.at(0).name, u"整改隐患"_s);
    EXPECT_EQ(d.tasks.at(1).targets.at(0).measure, u"处"_s);
    // (责任单位:…) half-width
    EXPECT_EQ(d.tasks.at(2).section, u"二"_s);
    EXPECT_EQ(d.tasks.at(2).lead(), u"街道党政综合办公室"_s);
    EXPECT_EQ(d.tasks.at(2).co, (QStringList{u"街道应急管理办公室"_s}));
    ASSERT_EQ(d.tasks.at(2).targets.size(), 1);
    EXPECT_DOUBLE_EQ(d.tasks.at(2).targets.at(0).value, 12);
    EXPECT_EQ(d.tasks.at(2).targets.at(0).comparator, Comparator::AtLeast);
    for (const Task &t : d.tasks)
        EXPECT_FALSE(t.text.contains(u'\r'));
}

INSTANTIATE_TEST_SUITE_P(Files, SmallPlanEncodings,
                         ::testing::Values("small-plan.utf8.txt", "small-plan.gb18030.txt",
                                           "small-plan.bom-crlf.txt"));

TEST(Encodings, SeedEncodedAsGb18030InTheTestImportsLikeTheOriginal)
{
    // GIVEN the seed re-encoded to GB18030 in memory
    const QString text = QString::fromUtf8(duban::test::readAll(duban::test::seedPath()));
    QStringEncoder encoder("GB18030");
    ASSERT_TRUE(encoder.isValid());
    const QByteArray gb = encoder.encode(text);
    // WHEN both are imported
    const ImportOutcome a = PlanImporter().importText(text);
    const ImportOutcome b = PlanImporter().importBytes(gb);
    // THEN the results are identical
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b.encoding, u"GB18030"_s);
    EXPECT_EQ(a.document->plan, b.document->plan);
    EXPECT_EQ(a.document->tasks, b.document->tasks);
    EXPECT_EQ(a.document->targets, b.document->targets);
}

TEST(Layouts, DocumentWithoutTheLeadRuleStillTakesTheFirstUnitAsLeadWithoutWarning)
{
    // GIVEN a plan that never says 排名第一的为牵头单位
    const QString text = u"某区2023年工作方案\n\n一、重点工作\n\n"
                         "1. 推进项目建设。完成年度投资。〔责任单位：区发改局、区财政局〕\n\n"
                         "2. 优化服务。〔责任单位：区行政审批服务局，各街道〕\n"_s;
    const ImportOutcome o = PlanImporter().importText(text);
    ASSERT_TRUE(o.ok());
    // THEN the first listed unit leads
    EXPECT_EQ(o.document->tasks.at(0).lead(), u"区发改局"_s);
    EXPECT_EQ(o.document->tasks.at(0).co, (QStringList{u"区财政局"_s}));
    EXPECT_EQ(o.document->tasks.at(1).lead(), u"区行政审批服务局"_s);
    // and no warning is raised about units
    for (const ImportWarning &w : o.document->warnings)
        EXPECT_FALSE(w.message.contains(u"unit"_s)) << w.message.toStdString();
}

TEST(Layouts, NumberingThatRestartsPerSectionGetsSectionPrefixedCodes)
{
    const QString text = u"某区2023年工作要点\n\n一、经济工作\n\n1. 稳投资。〔责任单位：区发改局〕\n\n2. "
                         u"促消费。〔责任单位：区商务局〕\n\n"
                         "二、民生工作\n\n1. 稳就业。〔责任单位：区人社局〕\n"_s;
    const ImportOutcome o = PlanImporter().importText(text);
    ASSERT_TRUE(o.ok());
    QStringList codes;
    for (const Task &t : o.document->tasks)
        codes.append(t.code);
    EXPECT_EQ(codes, (QStringList{u"一.1"_s, u"一.2"_s, u"二.1"_s}));
}

TEST(Layouts, MarkdownHeadingsOfAnyDepthWithBold)
{
    const QString text = u"# 某区2023年工作方案\n\n## **一、经济工作**\n\n###### （一）投资\n\n"
                         "1. 稳投资。年内完成投资100亿元。〔责任单位：区发改局〕\n\n# **二、保障措施**\n\n"
                         "（一）加强调度。〔责任单位：区政府办〕\n"_s;
    const ImportOutcome o = PlanImporter().importText(text);
    ASSERT_TRUE(o.ok());
    ASSERT_EQ(o.document->tasks.size(), 2);
    EXPECT_EQ(o.document->tasks.at(0).section, u"一"_s);
    EXPECT_EQ(o.document->tasks.at(1).code, u"二（一）"_s);
    ASSERT_EQ(o.document->sections.size(), 2);
    EXPECT_EQ(o.document->sections.at(0).title, u"投资"_s);
    EXPECT_EQ(o.document->sections.at(1).title, u"保障措施"_s);
}

TEST(Layouts, MarkdownTableWithPipes)
{
    const QString text = u"某街道2023年任务清单\n\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 "
                         u"|\n|---|---|---|---|---|\n"
                         "| 1 | 建成口袋公园2个。 | 街道城管办 | 各社区 | 2023年9月底前 |\n"
                         "| 2 | 开展消防培训。 | 街道应急办 |  | 2023年5月31日 |\n"_s;
    const ImportOutcome o = PlanImporter().importText(text);
    ASSERT_TRUE(o.ok()) << (o.error ? o.error->message.toStdString() : std::string());
    ASSERT_EQ(o.document->tasks.size(), 2);
    EXPECT_EQ(o.document->tasks.at(0).lead(), u"街道城管办"_s);
    EXPECT_EQ(o.document->tasks.at(0).co, (QStringList{u"各社区"_s}));
    EXPECT_EQ(o.document->tasks.at(0).deadline, QDate(2023, 9, 30));
    EXPECT_EQ(o.document->tasks.at(1).deadline, QDate(2023, 5, 31));
    EXPECT_TRUE(o.document->tasks.at(1).co.isEmpty());
}

namespace {

/// A plan with one section and `count` numbered tasks, "1. …" to "count. …".
QString manyTasksPlan(int count)
{
    QString text =
        u"湖南湘江新区2023年重点工作方案\n\n湘新综发〔2023〕22号\n\n2023年3月22日\n\n一、重点任务\n\n"_s;
    for (int i = 1; i <= count; ++i)
        text += u"%1. 推进重点项目建设。〔责任单位：新区经济发展局〕\n"_s.arg(i);
    return text;
}

} // namespace

TEST(Layouts, ItemsNumberedPast999AreAllTasks)
{
    // GIVEN a plan whose items run from 1 to 10,000
    const ImportOutcome o = PlanImporter().importText(manyTasksPlan(10000));
    ASSERT_TRUE(o.ok()) << (o.error ? o.error->message.toStdString() : std::string());
    // THEN every item is a task, coded by its own number, in one section
    ASSERT_EQ(o.document->tasks.size(), 10000);
    for (int i = 0; i < 10000; ++i)
        ASSERT_EQ(o.document->tasks.at(i).code, QString::number(i + 1)) << i;
    EXPECT_EQ(o.document->tasks.at(999).text, u"推进重点项目建设。"_s);
    EXPECT_EQ(o.document->sections.size(), 1);
}

TEST(Layouts, TextThatBelongsToNoTaskIsAWarningWithItsLine)
{
    // GIVEN a plan with a paragraph between two actions' tasks (line 9) and a numbered sub-item without
    // units (line 13), neither of which is a task or part of one
    const QString text = u"某区2023年工作方案\n"                                   // 1
                         u"\n"                                                     // 2
                         u"一、经济工作\n"                                         // 3
                         u"\n"                                                     // 4
                         u"1. 稳投资。〔责任单位：区发改局〕\n"                    // 5
                         u"\n"                                                     // 6
                         u"二、民生工作\n"                                         // 7
                         u"\n"                                                     // 8
                         u"本板块各项工作由分管领导统筹调度，每月通报一次进展。\n" // 9
                         u"\n"                                                     // 10
                         u"2. 稳就业。〔责任单位：区人社局〕\n"                    // 11
                         u"\n"                                                     // 12
                         u"（1）细化工作方案，明确时间节点。\n"                    // 13
                         u"\n"                                                     // 14
                         u"3. 保民生。〔责任单位：区民政局〕\n"_s;                 // 15
    const ImportOutcome o = PlanImporter().importText(text);
    ASSERT_TRUE(o.ok());
    ASSERT_EQ(o.document->tasks.size(), 3);
    // THEN each is a warning on its own line that quotes the text
    EXPECT_TRUE(hasWarning(o, u"本板块各项工作"_s, 9));
    EXPECT_TRUE(hasWarning(o, u"细化工作方案"_s, 13));
    // and the preamble before the first task is not
    for (const ImportWarning &w : o.document->warnings)
        EXPECT_NE(w.line, 1) << w.message.toStdString();
}
