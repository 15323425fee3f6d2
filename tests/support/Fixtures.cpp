#include "Fixtures.h"

namespace duban::test {

using namespace duban::core;

PlanDocument smallPlan()
{
    PlanDocument d;
    d.plan.title = QStringLiteral("测试方案");
    d.plan.number = QStringLiteral("测综发〔2023〕1号");
    d.plan.issuer = QStringLiteral("测试党政综合部");
    d.plan.date = QDate(2023, 3, 22);
    d.plan.year = 2023;
    d.sections = {Section{0, 0, QStringLiteral("一"), QStringLiteral("有效投资扩容行动"), 0},
                  Section{0, 0, QStringLiteral("四"), QStringLiteral("保障措施"), 0}};
    auto task = [](const char *code, int section, const char *title, const char *text, const char *lead,
                   QStringList co, QDate deadline) {
        Task t;
        t.code = QString::fromUtf8(code);
        t.sectionIndex = section;
        t.section = section == 0 ? QStringLiteral("一") : QStringLiteral("四");
        t.title = QString::fromUtf8(title);
        t.text = QString::fromUtf8(text);
        t.leads = QStringList{QString::fromUtf8(lead)};
        t.co = std::move(co);
        t.deadline = deadline;
        return t;
    };
    const QDate yearEnd(2023, 12, 31);
    d.tasks = {
        task("1", 0, "激发民间投资活力", "深化项目建设大会战，年内分批发布合作项目清单。", "新区经济发展局",
             {QStringLiteral("新区开发建设局（交通运输局）"), QStringLiteral("园区")}, yearEnd),
        task("2", 0, "开展项目建设竞赛活动", "一季度集中开工项目 80 个。", "新区经济发展局",
             {QStringLiteral("园区"), QStringLiteral("各街道（镇）")}, yearEnd),
        task("10", 0, "推动制造业优化升级", "Smart manufacturing upgrade.", "新区科技创新和产业促进局",
             {QStringLiteral("新区经济发展局")}, QDate(2023, 9, 30)),
        task("3", 0, "强化项目要素保障", "争取发行地方政府专项债 30 亿元以上。", "新区财政金融局",
             {QStringLiteral("新区经济发展局")}, QDate(2023, 6, 30)),
        task("四（一）", 1, "健全统计管理体制", "全面加强园区、街道（镇）统计规范化建设。", "新区经济发展局",
             {QStringLiteral("园区")}, yearEnd),
    };
    d.tasks[1].milestones = {
        Milestone{0, QDate(2023, 3, 31), QStringLiteral("一季度集中开工项目 80 个"), false}};
    d.tasks[3].status = TaskStatus::Completed;
    d.tasks[3].completedOn = QDate(2023, 6, 1);
    return d;
}

} // namespace duban::test
