// Acceptance tests of the importer on the seed plan 湘新综发〔2023〕22号: every task, unit, deadline,
// milestone and target, checked one by one against a table written from the document.
#include "core/domain/Target.h"
#include "core/import/PlanImporter.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QStringList>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace duban::core;

namespace {

struct ExpectedTask
{
    QString code;
    QString section;
    QString title;
    QString lead;
    QStringList co;
    QDate deadline;
    QList<QDate> milestones;
};

struct ExpectedTaskTarget
{
    QString task;
    QString name;
    double value;
    QString measure;
    QString comparator;
    std::optional<double> stretch;
    QString period;
};

struct ExpectedPlanTarget
{
    QString name;
    double value;
    QString measure;
    QString comparator;
    std::optional<double> stretch;
    QString period;
};

// GIVEN the seed plan: 34 numbered tasks in ten actions plus four guarantee measures (四、保障措施).
const QList<ExpectedTask> &expectedTasks()
{
    static const QList<ExpectedTask> tasks = {
        {u"1"_s,
         u"一"_s,
         u"激发民间投资活力"_s,
         u"新区经济发展局"_s,
         {u"新区开发建设局（交通运输局）"_s, u"新区科技创新和产业促进局（大学科技园办公室）"_s,
          u"新区商务和市场监管局"_s, u"园区"_s, u"各街道（镇）"_s, u"其他有关单位"_s},
         QDate(2023, 12, 31),
         {}},
        {u"2"_s,
         u"一"_s,
         u"开展“五比五看”项目建设竞赛活动"_s,
         u"新区经济发展局"_s,
         {u"新区开发建设有限公司（交通运输局）"_s, u"各项目建设单位"_s, u"园区"_s, u"各街道（镇）"_s},
         QDate(2023, 12, 31),
         {QDate(2023, 3, 31)}},
        {u"3"_s,
         u"一"_s,
         u"强化项目要素保障"_s,
         u"新区财政金融局"_s,
         {u"新区经济发展局"_s, u"新区自然资源规划局"_s},
         QDate(2023, 12, 31),
         {}},
        {u"4"_s,
         u"二"_s,
         u"精准招引产业项目"_s,
         u"新区商务和市场监管局"_s,
         {u"新区经济发展局"_s, u"新区科技创新和产业促进局（大学科技园办公室）"_s, u"新区各国有公司"_s,
          u"园区"_s, u"各街道（镇）"_s},
         QDate(2023, 12, 31),
         {}},
        {u"5"_s,
         u"二"_s,
         u"持续推进“湘商回归”"_s,
         u"新区商务和市场监管局"_s,
         {u"新区统战部（群团工作部）"_s, u"新区科技创新和产业促进局（大学科技园办公室）"_s, u"园区"_s,
          u"各街道（镇）"_s},
         QDate(2023, 12, 31),
         {}},
        {u"6"_s,
         u"二"_s,
         u"加快招商项目形成实物量"_s,
         u"新区商务和市场监管局"_s,
         {u"新区统战部（群团工作部）"_s, u"新区经济发展局"_s, u"新区财政金融局"_s,
          u"新区科技创新和产业促进局（大学科技园办公室）"_s, u"园区"_s, u"各街道（镇）"_s},
         QDate(2023, 12, 31),
         {}},
        {u"7"_s,
         u"三"_s,
         u"提质消费平台载体"_s,
         u"新区商务和市场监管局"_s,
         {u"新区经济发展局"_s, u"新区财政金融局"_s, u"园区"_s, u"各街道（镇）"_s},
         QDate(2023, 12, 31),
         {}},
        {u"8"_s,
         u"三"_s,
         u"拉动购车购房购物消费"_s,
         u"新区商务和市场监管局"_s,
         {u"新区经济发展局"_s, u"新区财政金融局"_s, u"新区开发建设局（交通运输局）"_s, u"园区"_s,
          u"各街道（镇）"_s},
         QDate(2023, 12, 31),
         {}},
        {u"9"_s,
         u"三"_s,
         u"促进文旅商体展消费融合"_s,
         u"新区商务和市场监管局"_s,
         {u"新区宣传部"_s, u"新区经济发展局"_s, u"新区财政金融局"_s,
          u"新区科技创新和产业促进局（大学科技园办公室）"_s, u"园区"_s, u"各街道（镇）"_s},
         QDate(2023, 12, 31),
         {}},
        {u"10"_s,
         u"四"_s,
         u"推动制造业优化升级"_s,
         u"新区科技创新和产业促进局（大学科技园办公室）"_s,
         {u"新区经济发展局"_s, u"新区商务和市场监管局"_s, u"园区"_s, u"各街道（镇）"_s},
         QDate(2023, 12, 31),
         {}},
        {u"11"_s,
         u"四"_s,
         u"构建现代服务业新体系"_s,
         u"新区财政金融局"_s,
         {u"新区宣传部"_s, u"新区经济发展局"_s, u"新区科技创新和产业促进局（大学科技园办公室）"_s,
          u"新区商务和市场监管局"_s, u"湘江国投公司"_s},
         QDate(2023, 12, 31),
         {}},
        {u"12"_s,
         u"四"_s,
         u"打造创新创业应用场景"_s,
         u"新区经济发展局"_s,
         {u"新区科技创新和产业促进局（大学科技园办公室）"_s, u"新区商务和市场监管局"_s, u"园区"_s},
         QDate(2023, 12, 31),
         {}},
        {u"13"_s,
         u"四"_s,
         u"加强产业链式协同"_s,
         u"新区经济发展局"_s,
         {u"新区科技创新和产业促进局（大学科技园办公室）"_s, u"新区商务和市场监管局"_s, u"园区"_s},
         QDate(2023, 12, 31),
         {}},
        {u"14"_s,
         u"四"_s,
         u"推动科技成果对接企业"_s,
         u"新区科技创新和产业促进局（大学科技园办公室）"_s,
         {u"新区经济发展局"_s, u"新区商务和市场监管局"_s, u"新区各国公司"_s, u"园区"_s},
         QDate(2023, 12, 31),
         {}},
        {u"15"_s,
         u"四"_s,
         u"加快区域协调发展"_s,
         u"新区经济发展局"_s,
         {u"新区组织部"_s, u"新区科技创新和产业促进局（大学科技园办公室）"_s, u"各区县"_s, u"园区"_s,
          u"岳阳湘阴片区"_s, u"湘潭九华片区"_s},
         QDate(2023, 12, 31),
         {}},
        {u"16"_s,
         u"四"_s,
         u"发挥园区主阵地作用"_s,
         u"新区经济发展局"_s,
         {u"新区科技创新和产业促进局（大学科技园办公室）"_s, u"新区商务和市场监管局"_s, u"园区"_s},
         QDate(2023, 12, 31),
         {}},
        {u"17"_s,
         u"五"_s,
         u"巩固绿色稳定的电力支撑"_s,
         u"新区开发建设局（交通运输局）"_s,
         {u"新区经济发展局"_s, u"新区科技创新和产业促进局（大学科技园办公室）"_s, u"国网湘江新区供电公司"_s},
         QDate(2023, 12, 31),
         {}},
        {u"18"_s,
         u"五"_s,
         u"构建智慧泛在的算力支撑"_s,
         u"新区科技创新和产业促进局（大学科技园办公室）"_s,
         {u"新区行政审批服务局"_s, u"园区"_s},
         QDate(2023, 12, 31),
         {}},
        {u"19"_s,
         u"五"_s,
         u"建设协同高效的科技动力支撑"_s,
         u"新区科技创新和产业促进局（大学科技园办公室）"_s,
         {u"新区财政金融局"_s},
         QDate(2023, 12, 31),
         {}},
        {u"20"_s,
         u"六"_s,
         u"做实湖南自贸联动协同区"_s,
         u"新区商务和市场监管局"_s,
         {},
         QDate(2023, 12, 31),
         {}},
        {u"21"_s,
         u"六"_s,
         u"壮大开放主体队伍"_s,
         u"新区商务和市场监管局"_s,
         {u"长沙城发集团"_s, u"湘江发展集团"_s, u"园区"_s},
         QDate(2023, 12, 31),
         {}},
        {u"22"_s,
         u"六"_s,
         u"用好对外贸易平台"_s,
         u"新区商务和市场监管局"_s,
         {u"新区党政综合部"_s, u"有关园区"_s},
         QDate(2023, 12, 31),
         {}},
        {u"23"_s,
         u"六"_s,
         u"大力开拓国际市场"_s,
         u"新区商务和市场监管局"_s,
         {u"新区党政综合部"_s, u"新区统战部（群团工作部）"_s, u"新区经济发展局"_s, u"有关园区"_s},
         QDate(2023, 12, 31),
         {}},
        {u"24"_s,
         u"七"_s,
         u"建设国家综合物流枢纽城市"_s,
         u"新区开发建设局（交通运输局）"_s,
         {u"新区经济发展局"_s, u"湘阴县政府"_s, u"相关区县（市）人民政府"_s, u"园区"_s},
         QDate(2023, 12, 31),
         {}},
        {u"25"_s,
         u"七"_s,
         u"积极构建无缝衔接的多式联运体系"_s,
         u"新区开发建设局（交通运输局）"_s,
         {u"新区经济发展局"_s, u"新区财政金融局"_s},
         QDate(2023, 12, 31),
         {}},
        {u"26"_s,
         u"八"_s,
         u"开展“千名干部联千企”优化营商环境服务季活动"_s,
         u"新区经济发展局"_s,
         {u"新区科技创新和产业促进局（大学科技园办公室）"_s, u"新区优化营商环境领导小组成员单位"_s,
          u"园区"_s},
         QDate(2023, 12, 31),
         {}},
        {u"27"_s,
         u"八"_s,
         u"创新特色化差异化改革举措"_s,
         u"新区经济发展局"_s,
         {u"新区优化营商环境领导小组成员单位"_s, u"园区"_s},
         QDate(2023, 12, 31),
         {}},
        {u"28"_s,
         u"八"_s,
         u"构建“政策找企业”机制"_s,
         u"新区科技创新和产业促进局（大学科技园办公室）"_s,
         {u"新区政法工作部"_s, u"新区经济发展局"_s, u"新区商务和市场监管局"_s, u"新区行政审批服务局"_s,
          u"惠企政策牵头单位"_s, u"园区"_s},
         QDate(2023, 12, 31),
         {QDate(2023, 6, 30)}},
        {u"29"_s,
         u"八"_s,
         u"加强就业用工保障"_s,
         u"新区民政和社会保障局（退役军人事务局）"_s,
         {u"园区"_s},
         QDate(2023, 12, 31),
         {}},
        {u"30"_s,
         u"九"_s,
         u"壮大市场主体规模"_s,
         u"新区商务和市场监管局"_s,
         {u"新区经济发展局"_s, u"新区财政金融局"_s, u"新区行政审批服务局"_s, u"园区"_s},
         QDate(2023, 12, 31),
         {}},
        {u"31"_s,
         u"九"_s,
         u"提升市场主体实力"_s,
         u"新区科技创新和产业促进局（大学科技园办公室）"_s,
         {u"新区财政金融局"_s},
         QDate(2023, 12, 31),
         {}},
        {u"32"_s,
         u"十"_s,
         u"发挥积极财政政策作用"_s,
         u"新区财政金融局"_s,
         {u"新区经济发展局"_s},
         QDate(2023, 12, 31),
         {}},
        {u"33"_s, u"十"_s, u"扩规产业基金"_s, u"新区财政金融局"_s, {}, QDate(2023, 12, 31), {}},
        {u"34"_s,
         u"十"_s,
         u"加强财源建设"_s,
         u"新区税务局"_s,
         {u"新区财政金融局"_s},
         QDate(2023, 12, 31),
         {}},
        {u"四（一）"_s,
         u"四"_s,
         u"健全统计管理体制"_s,
         u"新区经济发展局"_s,
         {u"其他部门（单位）"_s, u"园区"_s, u"各街道（镇）"_s},
         QDate(2023, 12, 31),
         {}},
        {u"四（二）"_s,
         u"四"_s,
         u"强化目标考核"_s,
         u"新区组织工作部"_s,
         {u"新区经济发展局"_s},
         QDate(2023, 12, 31),
         {}},
        {u"四（三）"_s,
         u"四"_s,
         u"压实工作责任"_s,
         u"各相关部门（单位）"_s,
         {u"园区"_s, u"各街道（镇）"_s},
         QDate(2023, 12, 31),
         {}},
        {u"四（四）"_s, u"四"_s, u"抓好宣传引导"_s, u"新区宣传部"_s, {}, QDate(2023, 12, 31), {}},
    };
    return tasks;
}

const QList<ExpectedTaskTarget> &expectedTaskTargets()
{
    static const QList<ExpectedTaskTarget> targets = {
        {u"1"_s, u"重点项目"_s, 1950.0, u"个"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"1"_s, u"年度总投资"_s, 2080.96, u"亿元"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"2"_s, u"省市重点项目投资"_s, 100.0, u"%"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"2"_s, u"产业项目投资增长"_s, 12.0, u"%"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"2"_s, u"集中开工项目"_s, 80.0, u"个"_s, u">="_s, std::nullopt, u"2023-Q1"_s},
        {u"2"_s, u"预估总投资"_s, 1000.0, u"亿元"_s, u">="_s, std::nullopt, u"2023-Q1"_s},
        {u"3"_s, u"发行地方政府专项债"_s, 30.0, u"亿元"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"4"_s, u"外资标志性项目"_s, 3.0, u"个"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"4"_s, u"100亿元以上投资项目"_s, 1.0, u"个"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"4"_s, u"50亿元以上投资项目"_s, 3.0, u"个"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"4"_s, u"10亿元以上投资项目"_s, 20.0, u"个"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"4"_s, u"“三类500强”关联企业"_s, 20.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"5"_s, u"各类招商活动"_s, 10.0, u"场"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"5"_s, u"“湘商回归”项目"_s, 20.0, u"个"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"7"_s, u"新增知名品牌首店"_s, 5.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"7"_s, u"夜色消费地标"_s, 5.0, u"个"_s, u"~"_s, std::nullopt, u"2023"_s},
        {u"7"_s, u"新消费领域自有品牌企业"_s, 5.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"8"_s, u"新增品牌连锁便利店"_s, 15.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"8"_s, u"限上批零住餐企业"_s, 70.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"8"_s, u"新能源汽车销售额增长"_s, 20.0, u"%"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"9"_s, u"年接待国内外游客"_s, 2000.0, u"万人次"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"9"_s, u"旅游总收入"_s, 500.0, u"亿元"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"10"_s, u"新增百亿级制造业企业"_s, 1.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"10"_s, u"50亿级制造业企业"_s, 3.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"11"_s, u"新增“四上”服务业单位"_s, 100.0, u"家"_s, u"~"_s, std::nullopt, u"2023"_s},
        {u"11"_s, u"新增亿元楼宇"_s, 3.0, u"栋"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"11"_s, u"入驻各类金融机构"_s, 150.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"11"_s, u"基金管理规模"_s, 3200.0, u"亿元"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"16"_s, u"长沙高新区技工贸总收入"_s, 4300.0, u"亿元"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"16"_s, u"岳麓高新区技工贸总收入"_s, 450.0, u"亿元"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"17"_s, u"5G基站"_s, 1500.0, u"个"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"17"_s, u"新能源充电桩"_s, 10.0, u"个"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"18"_s, u"5G基站"_s, 2.0, u"万个"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"19"_s, u"国家重大科技基础设施落户新区"_s, 1.0, u"项"_s, u">="_s, 2.0, u"2023"_s},
        {u"19"_s, u"高技术产业增加值增长"_s, 10.0, u"%"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"19"_s, u"技术合同交易额"_s, 130.0, u"亿元"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"19"_s, u"净增高新技术企业"_s, 500.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"19"_s, u"专精特新“小巨人”企业"_s, 30.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"19"_s, u"入库国家科技型中小企业"_s, 3000.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"20"_s, u"对外贸易总额"_s, 700.0, u"亿元"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"21"_s, u"湖南先导国际贸易有限公司年度营业收入"_s, 100.0, u"亿元"_s, u">="_s, std::nullopt,
         u"2023"_s},
        {u"21"_s, u"外贸业绩"_s, 60.0, u"亿元"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"21"_s, u"外贸实绩企业"_s, 1000.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"21"_s, u"纳入培育计划的外贸企业"_s, 5.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"22"_s, u"国际商事商务机构"_s, 2.0, u"个"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"23"_s, u"对非贸易增长"_s, 30.0, u"%"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"26"_s, u"规上企业"_s, 1000.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"29"_s, u"新增城镇就业"_s, 2.4, u"万人"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"30"_s, u"新区直管区年末市场主体总量"_s, 30.0, u"万户"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"30"_s, u"企业总数"_s, 15.0, u"万户"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"31"_s, u"新增规模以上工业企业"_s, 150.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"31"_s, u"上市企业"_s, 6.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"31"_s, u"瞪羚企业"_s, 4.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"31"_s, u"高新技术企业总数"_s, 2800.0, u"家"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"32"_s, u"专项债"_s, 30.0, u"亿元"_s, u">="_s, std::nullopt, u"2023"_s},
    };
    return targets;
}

// 二、主要目标 （二） nine annual targets, （三） six first-quarter targets.
const QList<ExpectedPlanTarget> &expectedPlanTargets()
{
    static const QList<ExpectedPlanTarget> targets = {
        {u"地区生产总值增长"_s, 7.5, u"%"_s, u"~"_s, 8.0, u"2023"_s},
        {u"规模以上工业增加值增长"_s, 8.0, u"%"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"社会消费品零售总额增长"_s, 8.0, u"%"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"固定资产投资增长"_s, 8.0, u"%"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"服务业增加值增长"_s, 8.0, u"%"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"进出口总额增长"_s, 12.0, u"%"_s, u">="_s, 15.0, u"2023"_s},
        {u"地方一般公共预算收入增长"_s, 8.0, u"%"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"研发经费投入增长"_s, 13.0, u"%"_s, u">="_s, std::nullopt, u"2023"_s},
        {u"城镇调查失业率"_s, 5.5, u"%"_s, u"~"_s, std::nullopt, u"2023"_s},
        {u"地区生产总值增长"_s, 7.0, u"%"_s, u">="_s, std::nullopt, u"2023-Q1"_s},
        {u"规模以上工业增加值增长"_s, 0.0, u"%"_s, u">"_s, std::nullopt, u"2023-Q1"_s},
        {u"社会消费品零售总额增长"_s, 7.0, u"%"_s, u">="_s, std::nullopt, u"2023-Q1"_s},
        {u"固定资产投资增长"_s, 8.0, u"%"_s, u">="_s, std::nullopt, u"2023-Q1"_s},
        {u"进出口总额增长"_s, 15.0, u"%"_s, u">="_s, std::nullopt, u"2023-Q1"_s},
        {u"地方一般公共预算收入增长"_s, 8.0, u"%"_s, u"~"_s, std::nullopt, u"2023-Q1"_s},
    };
    return targets;
}

std::string taskTestName(const ::testing::TestParamInfo<int> &param)
{
    return "Task" + std::to_string(param.param + 1);
}

/// The seed imported once for all tests of this file.
const ImportOutcome &seed()
{
    static const ImportOutcome outcome = PlanImporter().importFile(duban::test::seedPath());
    return outcome;
}

const Task *findTask(const QString &code)
{
    if (!seed().ok())
        return nullptr;
    for (const Task &t : seed().document->tasks) {
        if (t.code == code)
            return &t;
    }
    return nullptr;
}

/// 1-based line of the first line of the seed that starts with @p prefix.
int seedLineStartingWith(const QString &prefix)
{
    const QStringList lines = QString::fromUtf8(duban::test::readAll(duban::test::seedPath())).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        line.remove(u'#').remove(u"**"_s);
        if (line.trimmed().startsWith(prefix))
            return int(i + 1);
    }
    return -1;
}

} // namespace

TEST(SeedImport, ReadsTheMasthead)
{
    // GIVEN the seed  WHEN it is imported
    ASSERT_TRUE(seed().ok()) << (seed().error ? seed().error->message.toStdString() : std::string());
    const Plan &plan = seed().document->plan;
    // THEN issuer, number, date, title (stray spaces collapsed) and year are read
    EXPECT_EQ(plan.issuer, u"湖南湘江新区党政综合部"_s);
    EXPECT_EQ(plan.number, u"湘新综发〔2023〕22号"_s);
    EXPECT_EQ(plan.date, QDate(2023, 3, 22));
    EXPECT_EQ(plan.title, u"湖南湘江新区2023年打好经济增长主动仗推进经济高质量发展十大行动方案"_s);
    EXPECT_EQ(plan.year, 2023);
    EXPECT_EQ(seed().encoding, u"UTF-8"_s);
}

TEST(SeedImport, SectionsAreTheTenActionsThenTheGuaranteeMeasures)
{
    // GIVEN the seed  WHEN it is imported
    ASSERT_TRUE(seed().ok());
    const QList<Section> &sections = seed().document->sections;
    // THEN the sections that hold tasks are the ten actions and 四、保障措施, in document order
    const QStringList codes = {u"一"_s, u"二"_s, u"三"_s, u"四"_s, u"五"_s, u"六"_s,
                               u"七"_s, u"八"_s, u"九"_s, u"十"_s, u"四"_s};
    const QStringList titles = {u"有效投资扩容行动"_s,
                                u"招商引资突破行动"_s,
                                u"消费需求挖潜行动"_s,
                                u"产业链创新链供应链融合行动"_s,
                                u"“三力”支撑强化行动"_s,
                                u"对外开放拓展行动"_s,
                                u"交通物流畅达行动"_s,
                                u"营商环境领跑行动"_s,
                                u"市场主体培育行动"_s,
                                u"财税收入提效行动"_s,
                                u"保障措施"_s};
    ASSERT_EQ(sections.size(), codes.size());
    for (qsizetype i = 0; i < sections.size(); ++i) {
        EXPECT_EQ(sections.at(i).code, codes.at(i)) << i;
        EXPECT_EQ(sections.at(i).title, titles.at(i)) << i;
        EXPECT_EQ(sections.at(i).position, int(i));
    }
}

TEST(SeedImport, HasThirtyFourNumberedTasksAndFourGuaranteeMeasuresInOrder)
{
    // GIVEN the seed  WHEN it is imported
    ASSERT_TRUE(seed().ok());
    const QList<Task> &tasks = seed().document->tasks;
    // THEN there are 38 tasks: "1".."34", then 四（一）..四（四), positions in document order
    ASSERT_EQ(tasks.size(), 38);
    for (int i = 0; i < 34; ++i)
        EXPECT_EQ(tasks.at(i).code, QString::number(i + 1));
    EXPECT_EQ(tasks.at(34).code, u"四（一）"_s);
    EXPECT_EQ(tasks.at(35).code, u"四（二）"_s);
    EXPECT_EQ(tasks.at(36).code, u"四（三）"_s);
    EXPECT_EQ(tasks.at(37).code, u"四（四）"_s);
    for (int i = 0; i < tasks.size(); ++i)
        EXPECT_EQ(tasks.at(i).position, i);
}

class SeedTask : public ::testing::TestWithParam<int>
{
};

TEST_P(SeedTask, HasExactSectionTitleUnitsDeadlineAndMilestones)
{
    // GIVEN one row of the expected table
    const ExpectedTask &e = expectedTasks().at(GetParam());
    // WHEN the seed is imported
    const Task *t = findTask(e.code);
    ASSERT_NE(t, nullptr) << e.code.toStdString();
    // THEN the task matches the row field by field
    EXPECT_EQ(t->section, e.section);
    EXPECT_EQ(t->title, e.title);
    EXPECT_EQ(t->leads, QStringList{e.lead});
    EXPECT_EQ(t->co, e.co);
    EXPECT_EQ(t->deadline, e.deadline);
    QList<QDate> milestoneDates;
    for (const Milestone &m : t->milestones)
        milestoneDates.append(m.date);
    EXPECT_EQ(milestoneDates, e.milestones);
    // and the text is the whole item without its number and unit bracket
    EXPECT_TRUE(t->text.startsWith(e.title)) << t->text.toStdString();
    EXPECT_FALSE(t->text.contains(u"责任单位："_s)) << t->text.toStdString();
    EXPECT_FALSE(t->text.contains(u"〔"_s)) << t->text.toStdString();
    EXPECT_GT(t->sourceLine, 0);
}

INSTANTIATE_TEST_SUITE_P(AllTasks, SeedTask, ::testing::Range(0, 38), taskTestName);

class SeedTaskTargets : public ::testing::TestWithParam<int>
{
};

TEST_P(SeedTaskTargets, MatchTheTableExactly)
{
    // GIVEN a task of the seed
    const ExpectedTask &e = expectedTasks().at(GetParam());
    const Task *t = findTask(e.code);
    ASSERT_NE(t, nullptr);
    // WHEN its targets are compared with the expected table
    QList<ExpectedTaskTarget> expected;
    for (const ExpectedTaskTarget &x : expectedTaskTargets()) {
        if (x.task == e.code)
            expected.append(x);
    }
    // THEN they agree in number, order and every field
    ASSERT_EQ(t->targets.size(), expected.size()) << e.code.toStdString();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Target &a = t->targets.at(i);
        const ExpectedTaskTarget &x = expected.at(i);
        SCOPED_TRACE(x.name.toStdString());
        EXPECT_EQ(a.name, x.name);
        EXPECT_DOUBLE_EQ(a.value, x.value);
        EXPECT_EQ(a.measure, x.measure);
        EXPECT_EQ(comparatorSymbol(a.comparator), x.comparator);
        EXPECT_EQ(a.stretch, x.stretch);
        EXPECT_EQ(a.period, x.period);
        EXPECT_EQ(a.taskId, 0);
        EXPECT_FALSE(a.source.isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(AllTasks, SeedTaskTargets, ::testing::Range(0, 38), taskTestName);

class SeedPlanTarget : public ::testing::TestWithParam<int>
{
};

TEST_P(SeedPlanTarget, HasEveryField)
{
    // GIVEN one of the 15 plan-level targets of 二、主要目标
    ASSERT_TRUE(seed().ok());
    const QList<Target> &targets = seed().document->targets;
    ASSERT_EQ(targets.size(), expectedPlanTargets().size());
    const ExpectedPlanTarget &x = expectedPlanTargets().at(GetParam());
    const Target &a = targets.at(GetParam());
    // THEN name, value, measure, comparator, stretch and period are as written
    EXPECT_EQ(a.name, x.name);
    EXPECT_DOUBLE_EQ(a.value, x.value);
    EXPECT_EQ(a.measure, x.measure);
    EXPECT_EQ(comparatorSymbol(a.comparator), x.comparator);
    EXPECT_EQ(a.stretch, x.stretch);
    EXPECT_EQ(a.period, x.period);
}

INSTANTIATE_TEST_SUITE_P(NineAnnualSixFirstQuarter, SeedPlanTarget, ::testing::Range(0, 15));

TEST(SeedImport, PlanTargetsSplitIntoNineAnnualAndSixFirstQuarter)
{
    ASSERT_TRUE(seed().ok());
    const QList<Target> &targets = seed().document->targets;
    const auto annual =
        std::count_if(targets.cbegin(), targets.cend(), [](const Target &t) { return t.period == u"2023"; });
    const auto q1 = std::count_if(targets.cbegin(), targets.cend(),
                                  [](const Target &t) { return t.period == u"2023-Q1"; });
    EXPECT_EQ(annual, 9);
    EXPECT_EQ(q1, 6);
    // GDP: 7.5% 左右, 力争 8%
    EXPECT_EQ(targets.at(0).name, u"地区生产总值增长"_s);
    EXPECT_EQ(targets.at(0).comparator, Comparator::About);
    EXPECT_EQ(targets.at(0).stretch, 8.0);
    // 规模以上工业增加值实现正增长 → > 0 on the same indicator as the annual target
    EXPECT_EQ(targets.at(10).name, targets.at(1).name);
    EXPECT_EQ(targets.at(10).comparator, Comparator::Greater);
    EXPECT_DOUBLE_EQ(targets.at(10).value, 0.0);
    // a bare figure ("社会消费品零售总额增长 7%") is a floor: >=
    EXPECT_EQ(targets.at(11).name, u"社会消费品零售总额增长"_s);
    EXPECT_EQ(targets.at(11).comparator, Comparator::AtLeast);
}

TEST(SeedImport, QuarterAndHalfYearWordsBecomeMilestones)
{
    // GIVEN task 2 (一季度集中开工…) and task 28 (力争上半年启动…)
    const Task *t2 = findTask(u"2"_s);
    const Task *t28 = findTask(u"28"_s);
    ASSERT_TRUE(t2 && t28);
    // THEN each has one milestone with its date and the sentence it comes from
    ASSERT_EQ(t2->milestones.size(), 1);
    EXPECT_EQ(t2->milestones.at(0).date, QDate(2023, 3, 31));
    EXPECT_EQ(t2->milestones.at(0).text, u"一季度集中开工项目80个，预估总投资1000亿元"_s);
    ASSERT_EQ(t28->milestones.size(), 1);
    EXPECT_EQ(t28->milestones.at(0).date, QDate(2023, 6, 30));
    EXPECT_TRUE(t28->milestones.at(0).text.contains(u"力争上半年启动一批政策申报"_s));
}

TEST(SeedImport, EarlyYearWordBeforeTheDocumentDateIsAWarningNotAMilestone)
{
    // GIVEN task 1 says 年初发布… in a plan issued on 2023-03-22
    const Task *t1 = findTask(u"1"_s);
    ASSERT_NE(t1, nullptr);
    // THEN it has no milestone, and a warning on its line explains why
    EXPECT_TRUE(t1->milestones.isEmpty());
    const auto &warnings = seed().document->warnings;
    const auto it = std::find_if(warnings.cbegin(), warnings.cend(), [](const ImportWarning &w) {
        return w.message.contains(u"年初"_s) && w.message.contains(u"2023-01-31"_s);
    });
    ASSERT_NE(it, warnings.cend());
    EXPECT_EQ(it->line, t1->sourceLine);
    EXPECT_TRUE(it->message.startsWith(u"Task 1:"_s));
}

TEST(SeedImport, YearEndWordIsTheDeadlineNotAMilestone)
{
    // GIVEN task 30 (新区直管区年末市场主体总量达 30 万户)
    const Task *t30 = findTask(u"30"_s);
    ASSERT_NE(t30, nullptr);
    // THEN 年末 is the deadline, not a milestone
    EXPECT_EQ(t30->deadline, QDate(2023, 12, 31));
    EXPECT_TRUE(t30->milestones.isEmpty());
}

TEST(SeedImport, MonthlyWordsSetTheReportingCycle)
{
    // GIVEN task 6 (月月有招商、月月有签约、月月有落地)
    ASSERT_TRUE(seed().ok());
    for (const Task &t : seed().document->tasks) {
        // THEN only task 6 reports monthly; no task has milestones from 月月
        EXPECT_EQ(t.reporting, t.code == u"6"_s ? ReportingCycle::Monthly : ReportingCycle::Default)
            << t.code.toStdString();
    }
    EXPECT_TRUE(findTask(u"6"_s)->milestones.isEmpty());
}

TEST(SeedImport, RepairsTextCutByPageBreaks)
{
    // GIVEN task 2 is cut "…100% 完\n\n成，产业项目…" and task 24's unit bracket "（交通运输\n\n局)…园区]"
    const Task *t2 = findTask(u"2"_s);
    const Task *t11 = findTask(u"11"_s);
    const Task *t24 = findTask(u"24"_s);
    ASSERT_TRUE(t2 && t11 && t24);
    // THEN the sentences are whole again and the unit name is one full-width name
    EXPECT_TRUE(t2->text.contains(u"确保省市重点项目投资100%完成，产业项目投资增长12%以上。"_s))
        << t2->text.toStdString();
    EXPECT_TRUE(t11->text.contains(u"高技术服务业，新增“四上”服务业单位100家左右"_s))
        << t11->text.toStdString();
    EXPECT_EQ(t24->lead(), u"新区开发建设局（交通运输局）"_s);
    EXPECT_EQ(t24->co,
              (QStringList{u"新区经济发展局"_s, u"湘阴县政府"_s, u"相关区县（市）人民政府"_s, u"园区"_s}));
    // and half-width commas and brackets of tasks 24–27 are full-width
    EXPECT_TRUE(t24->text.contains(u"构建多式联运、联通世界的战略枢纽。"_s));
    const Task *t26 = findTask(u"26"_s);
    EXPECT_TRUE(t26->text.contains(u"新区部门（单位）和园区联动，深入1000家以上"_s))
        << t26->text.toStdString();
}

TEST(SeedImport, TaskTextIsTheWholeItemWithoutTheUnitBracket)
{
    const Task *t1 = findTask(u"1"_s);
    ASSERT_NE(t1, nullptr);
    EXPECT_TRUE(t1->text.startsWith(u"激发民间投资活力。深化项目建设大会战"_s));
    EXPECT_TRUE(t1->text.endsWith(u"全年推动实施重点项目1950个、完成年度总投资2080.96亿元。"_s))
        << t1->text.toStdString();
    const Task *t25 = findTask(u"25"_s);
    EXPECT_TRUE(t25->text.endsWith(u"畅通西部陆海新通道运输“大动脉”"_s)) << t25->text.toStdString();
}

TEST(SeedImport, TasksPointToTheirSourceLines)
{
    EXPECT_EQ(findTask(u"1"_s)->sourceLine, seedLineStartingWith(u"1. 激发民间投资活力"_s));
    EXPECT_EQ(findTask(u"34"_s)->sourceLine, seedLineStartingWith(u"34. 加强财源建设"_s));
    EXPECT_EQ(findTask(u"四（二）"_s)->sourceLine, seedLineStartingWith(u"（二）强化目标考核"_s));
}

TEST(SeedImport, WarnsAboutCloseUnitNamesWithoutMergingThem)
{
    // GIVEN 新区组织部 (task 15) / 新区组织工作部 (四（二）) and 新区开发建设有限公司（交通运输局） (task 2)
    // / 新区开发建设局（交通运输局） (task 1), and 新区各国公司 (task 14) / 新区各国有公司 (task 4)
    ASSERT_TRUE(seed().ok());
    const auto &warnings = seed().document->warnings;
    auto warned = [&](const QString &a, const QString &b, int line) {
        return std::any_of(warnings.cbegin(), warnings.cend(), [&](const ImportWarning &w) {
            return w.line == line && w.message.contains(u"「"_s + a + u"」"_s) &&
                   w.message.contains(u"「"_s + b + u"」"_s);
        });
    };
    // THEN each pair is reported at the later task's line
    EXPECT_TRUE(warned(u"新区组织工作部"_s, u"新区组织部"_s, findTask(u"四（二）"_s)->sourceLine));
    EXPECT_TRUE(warned(u"新区开发建设有限公司（交通运输局）"_s, u"新区开发建设局（交通运输局）"_s,
                       findTask(u"2"_s)->sourceLine));
    EXPECT_TRUE(warned(u"新区各国公司"_s, u"新区各国有公司"_s, findTask(u"14"_s)->sourceLine));
    // and exactly these four warnings are raised (年初 + three pairs), sorted by line
    EXPECT_EQ(warnings.size(), 4);
    EXPECT_TRUE(
        std::is_sorted(warnings.cbegin(), warnings.cend(),
                       [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; }));
    // and the names stay apart
    EXPECT_TRUE(findTask(u"15"_s)->co.contains(u"新区组织部"_s));
    EXPECT_EQ(findTask(u"四（二）"_s)->lead(), u"新区组织工作部"_s);
}

TEST(SeedImport, ListsUnitsAndRecognisesGroups)
{
    ASSERT_TRUE(seed().ok());
    QStringList groups;
    QStringList units;
    for (const Unit &u : seed().units)
        (u.kind == Unit::Kind::Group ? groups : units).append(u.name);
    const QStringList expectedGroups = {u"园区"_s,
                                        u"各街道（镇）"_s,
                                        u"其他有关单位"_s,
                                        u"各项目建设单位"_s,
                                        u"新区各国有公司"_s,
                                        u"新区各国公司"_s,
                                        u"各区县"_s,
                                        u"有关园区"_s,
                                        u"相关区县（市）人民政府"_s,
                                        u"新区优化营商环境领导小组成员单位"_s,
                                        u"惠企政策牵头单位"_s,
                                        u"其他部门（单位）"_s,
                                        u"各相关部门（单位）"_s};
    for (const QString &g : expectedGroups)
        EXPECT_TRUE(groups.contains(g)) << g.toStdString();
    EXPECT_EQ(groups.size(), expectedGroups.size()) << groups.join(u' ').toStdString();
    for (const QString &u : {u"新区经济发展局"_s, u"新区开发建设局（交通运输局）"_s, u"湘阴县政府"_s,
                             u"岳阳湘阴片区"_s, u"新区税务局"_s, u"长沙城发集团"_s})
        EXPECT_TRUE(units.contains(u)) << u.toStdString();
    // each name once
    QStringList all = groups + units;
    all.removeDuplicates();
    EXPECT_EQ(all.size(), seed().units.size());
}
