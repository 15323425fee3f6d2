#include "BriefingTestSupport.h"

#include <gtest/gtest.h>
#include <QSqlQuery>

#include "core/domain/PlanDocument.h"
#include "core/storage/IndicatorRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ProgressRepository.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>

namespace duban::test {

using namespace duban::core;

namespace {

QString key(const char *context, const char *source)
{
    return QString::fromUtf8(context) + QLatin1Char('|') + QString::fromUtf8(source);
}

} // namespace

const QHash<QString, QString> &BriefingZhTranslator::entries()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        auto doc = [&m](const char *en, const char *zh) {
            m.insert(key("duban::ui::BriefingDocument", en), QString::fromUtf8(zh));
        };
        auto builder = [&m](const char *en, const char *zh) {
            m.insert(key("duban::core::BriefingBuilder", en), QString::fromUtf8(zh));
        };
        builder("Supervision Briefing", "督查通报");
        builder("Supervision Report on the Progress of Key Tasks", "重点任务推进情况督查通报");
        builder("; ", "；");
        doc("d MMMM yyyy", "yyyy年M月d日");
        doc("No. %1", "第%1期");
        doc("I,II,III,IV,V,VI,VII,VIII,IX,X,XI,XII", "一,二,三,四,五,六,七,八,九,十,十一,十二");
        doc("%1. %2", "%1、%2");
        doc("(%1) %2", "（%1）%2");
        doc(" See Attachment %1.", "详见附件%1。");
        doc("(as of %1)", "（截至%1）");
        doc("Overview", "总体情况");
        doc("There is nothing to report: the ledger has no tasks as of %1.",
            "截至%1，台账中尚无任务，本期无可通报事项。");
        doc("As of %1, the plan “%2” (%3) sets %4 key tasks.", "截至%1，《%2》（%3）共确定重点任务%4项。");
        doc("As of %1, the plan “%2” sets %3 key tasks.", "截至%1，《%2》共确定重点任务%3项。");
        doc("As of %1, the ledger holds %2 key tasks.", "截至%1，台账共有重点任务%2项。");
        doc(" %1 have been completed (%2%), %3 of them on time; %4 are in progress.",
            "已办结%1项，占%2%，其中按时办结%3项；正在推进%4项。");
        doc(" Green: %1 (%2%); yellow: %3 (%4%); red: %5 (%6%).",
            "绿灯%1项，占%2%；黄灯%3项，占%4%；红灯%5项，占%6%。");
        doc(" %1 of the tasks in progress have reported progress; %2 reminders or notices await a reply.",
            "在推进任务中已报送进展%1项；尚待回复的催办、督办%2件。");
        doc("Progress by section", "分板块推进情况");
        doc("(no section)", "（未分板块）");
        doc("Section", "板块");
        doc("Tasks", "任务数");
        doc("Completed", "已办结");
        doc("Green", "绿灯");
        doc("Yellow", "黄灯");
        doc("Red", "红灯");
        doc("%1 (%2% done, schedule %3%)", "%1（完成%2%，序时进度%3%）");
        doc("%1. Task %2 “%3” (lead unit: %4): %5.", "%1. 任务%2“%3”（牵头单位：%4）：%5。");
        doc("Good progress", "进展较好");
        doc("No task has been completed or is ahead of schedule yet.", "暂无已办结或超过序时进度的任务。");
        doc("%1 tasks have been completed or are ahead of schedule:", "已办结或超过序时进度的任务%1项：");
        doc("(%1 more not listed.)", "（另有%1项，从略。）");
        doc("Units with tasks completed on time and none overdue: %1.",
            "按时办结任务、无红灯任务的单位：%1。");
        doc(", ", "、");
        doc("Lagging behind (below the time-elapsed schedule)", "进展滞后（未达序时进度）");
        doc("No task is overdue or behind schedule.", "无逾期或未达序时进度的任务。");
        doc("%1 tasks are red (overdue or a milestone missed) and %2 more are behind the time-elapsed "
            "schedule.",
            "红灯任务%1项（逾期或节点未完成），另有%2项任务未达序时进度。");
        doc("Problems", "存在问题");
        doc("%1 (%2)", "%1（%2项）");
        doc("Units with red tasks: %1.", "有红灯任务的单位：%1。");
        doc("From %1 to %2 the office sent %3 reminders and %4 supervision notices; %5 have been answered, "
            "%6 are "
            "past their reply date.",
            "%1至%2，共发出催办%3件、督办%4件，已回复%5件，超期未回复%6件。");
        doc("Targets behind or not met: %1.", "未达进度或未完成的目标指标：%1。");
        doc("No problems to report for this period.", "本期无需通报的问题。");
        doc("Next steps", "下步工作");
        doc("Attachment %1", "附件%1");
        doc("Progress by unit", "各单位任务推进情况");
        doc("Rank", "排名");
        doc("Unit", "责任单位");
        doc("Tasks led", "牵头任务");
        doc("On time", "按时办结率");
        doc("Open notices", "未回复催办督办");
        doc("Ranked by red tasks (fewest first), then tasks completed on time, then tasks completed.",
            "排名依据：红灯任务少者在前，其次按时办结多者在前，再次办结多者在前。");
        doc("Overdue and lagging tasks", "逾期及进展滞后任务清单");
        doc("No.", "编号");
        doc("Task", "任务");
        doc("Lead unit", "牵头单位");
        doc("Deadline", "完成时限");
        doc("Days overdue", "逾期天数");
        doc("Reason", "原因");
        doc("Tasks behind the time-elapsed schedule:", "未达序时进度的任务：");
        doc("Done", "完成进度");
        doc("Schedule", "序时进度");
        doc("Judgement", "研判");
        doc("Reminders and supervision notices of the period", "本期催办督办情况");
        doc("Answered late", "逾期回复");
        doc("Answered", "已回复");
        doc("Reply overdue", "超期未回复");
        doc("Awaiting reply", "待回复");
        doc("Notice", "督办");
        doc("Reminder", "催办");
        doc("Date", "日期");
        doc("Kind", "类型");
        doc("Reply due", "回复期限");
        doc("State", "状态");
        doc("Targets", "主要目标指标完成情况");
        doc("%1 (stretch %2)", "%1（力争%2）");
        doc("%1 (task %2)", "%1（任务%2）");
        doc("Indicator", "指标");
        doc("Period", "期间");
        doc("Target", "目标");
        doc("Latest value", "最新值");
        doc("Of", "数据期");
        doc("Evaluation", "评价");
        m.insert(key("duban::ui::BriefingPdfWriter", "Briefing"), QStringLiteral("督查通报"));
        m.insert(key("duban::ui::BriefingPdfWriter", "Cannot write %1: %2"),
                 QStringLiteral("无法写入 %1：%2"));
        m.insert(key("duban::ui::BriefingPdfWriter", "Cannot write %1."), QStringLiteral("无法写入 %1。"));
        return m;
    }();
    return map;
}

BriefingZhTranslator::BriefingZhTranslator()
{
    (void)m_shipped.load(QStringLiteral(":/i18n/duban_zh_CN.qm"));
    QCoreApplication::installTranslator(this);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

BriefingZhTranslator::~BriefingZhTranslator()
{
    QCoreApplication::removeTranslator(this);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QString BriefingZhTranslator::translate(const char *context, const char *sourceText,
                                        const char *disambiguation, int n) const
{
    const auto it = entries().constFind(key(context, sourceText));
    if (it != entries().constEnd())
        return *it;
    return m_shipped.translate(context, sourceText, disambiguation, n);
}

void addReport(Database &db, const QString &code, QDate date, int percent)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM tasks WHERE code = ?"));
    q.addBindValue(code);
    ASSERT_TRUE(q.exec() && q.next()) << code.toStdString();
    ProgressReport r;
    r.taskId = q.value(0).toLongLong();
    r.date = date;
    r.percent = percent;
    r.text = QStringLiteral("进展");
    StorageError error;
    ASSERT_TRUE(ProgressRepository(db).insertReport(r, &error)) << error.message.toStdString();
}

std::unique_ptr<Database> openBriefingFixture(const QString &path)
{
    StorageError error;
    auto db = Database::open(path, &error);
    if (!db)
        return db;
    PlanDocument d;
    d.plan.title = QStringLiteral("测试区重点任务方案");
    d.plan.number = QStringLiteral("测综发〔2023〕1号");
    d.plan.issuer = QStringLiteral("测试区党政综合部");
    d.plan.date = QDate(2023, 3, 1);
    d.plan.year = 2023;
    d.sections = {Section{0, 0, QStringLiteral("一"), QStringLiteral("有效投资扩容行动"), 0},
                  Section{0, 0, QStringLiteral("二"), QStringLiteral("人民满意提升行动"), 1}};
    auto task = [](const char *code, int section, const char *title, const char *lead, QStringList co,
                   QDate deadline) {
        Task t;
        t.code = QString::fromUtf8(code);
        t.sectionIndex = section;
        t.section = section == 0 ? QStringLiteral("一") : QStringLiteral("二");
        t.title = QString::fromUtf8(title);
        t.text = t.title;
        t.leads = QStringList{QString::fromUtf8(lead)};
        t.co = std::move(co);
        t.deadline = deadline;
        return t;
    };
    const QDate yearEnd(2023, 12, 31);
    d.tasks = {
        task("1", 0, "激发民间投资活力", "新区经济发展局", {QStringLiteral("新区财政金融局")}, yearEnd),
        task("2", 0, "开展项目建设竞赛活动", "新区经济发展局", {}, yearEnd),
        task("3", 0, "强化项目要素保障", "新区财政金融局", {}, QDate(2023, 6, 30)),
        task("4", 1, "推动人民群众满意度提升", "新区人民政府办公室", {}, QDate(2023, 6, 30)),
        task("5", 1, "引进重大项目", "新区商务局", {}, yearEnd),
        task("6", 1, "优化营商环境", "新区商务局", {}, QDate(2023, 5, 31)),
    };
    d.tasks[1].milestones = {Milestone{0, QDate(2023, 3, 31), QStringLiteral("一季度集中开工"), false}};
    d.tasks[2].status = TaskStatus::Completed;
    d.tasks[2].completedOn = QDate(2023, 6, 1);
    d.tasks[5].status = TaskStatus::Completed;
    d.tasks[5].completedOn = QDate(2023, 6, 10);
    Target gdp;
    gdp.name = QStringLiteral("地区生产总值增长");
    gdp.value = 7.5;
    gdp.measure = QStringLiteral("%");
    gdp.comparator = Comparator::About;
    gdp.stretch = 8.0;
    gdp.period = QStringLiteral("2023");
    d.targets = {gdp};
    if (!PlanRepository(*db).save(d, &error))
        return nullptr;

    ProgressRepository progress(*db);
    auto report = [&](int index, QDate date, int percent) {
        ProgressReport r;
        r.taskId = d.tasks[index].id;
        r.date = date;
        r.percent = percent;
        r.text = QStringLiteral("进展");
        progress.insertReport(r, &error);
    };
    report(0, QDate(2023, 7, 5), 80); // June's report, on its due day
    report(4, QDate(2023, 7, 3), 20);
    SupervisionRecord reminder;
    reminder.taskId = d.tasks[1].id;
    reminder.kind = SupervisionRecord::Kind::Reminder;
    reminder.date = QDate(2023, 6, 20);
    reminder.unit = QStringLiteral("新区经济发展局");
    reminder.responseDue = QDate(2023, 6, 25);
    reminder.respondedOn = QDate(2023, 6, 24);
    progress.insertRecord(reminder, &error);
    SupervisionRecord notice;
    notice.taskId = d.tasks[3].id;
    notice.kind = SupervisionRecord::Kind::Notice;
    notice.date = QDate(2023, 7, 5);
    notice.unit = QStringLiteral("新区人民政府办公室");
    notice.responseDue = QDate(2023, 7, 10);
    progress.insertRecord(notice, &error);

    IndicatorRepository indicators(*db);
    const auto indicator = indicators.byName(gdp.name);
    if (indicator) {
        QList<Observation> values;
        const double v[] = {6.8, 7.1, 7.3, 7.6};
        for (int m = 3; m <= 6; ++m)
            values.append(Observation{0, indicator->id,
                                      QStringLiteral("2023-%1").arg(m, 2, 10, QLatin1Char('0')), v[m - 3],
                                      QString(), QString()});
        indicators.setObservations(values, &error);
    }
    return db;
}

ToolResult runTool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return ToolResult{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
}

QString pdfText(const QString &pdf, int first, int last, bool squeeze)
{
    QStringList args;
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    args << pdf << QStringLiteral("-");
    QString text = runTool(QStringLiteral("pdftotext"), args).out;
    if (squeeze)
        text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

int pdfPages(const QString &pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf}).out;
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfPageSize(const QString &pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf}).out;
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([^\\n]*)")).match(info);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

bool hasRadicals(const QString &text)
{
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if ((u >= 0x2E80 && u <= 0x2EFF) || (u >= 0x2F00 && u <= 0x2FDF))
            return true;
    }
    return false;
}

} // namespace duban::test
