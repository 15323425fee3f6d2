#include "SyntheticGenerator.h"

#include "Database.h"
#include "SqlDialect.h"

#include "SqlHelpers.h"
#include "Transaction.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <random>

namespace duban::core {

namespace {

const char *const kBureaus[] = {"新区经济发展局",
                                "新区财政金融局",
                                "新区商务和市场监管局",
                                "新区科技创新和产业促进局（大学科技园办公室）",
                                "新区开发建设局（交通运输局）",
                                "新区自然资源规划局",
                                "新区生态环境局",
                                "新区民政和社会保障局（退役军人事务局）",
                                "新区行政审批服务局",
                                "新区党政综合部",
                                "新区组织工作部",
                                "新区宣传部",
                                "新区统战部（群团工作部）",
                                "新区政法工作部",
                                "新区纪检监察工作部",
                                "新区税务局",
                                "新区应急管理局",
                                "新区教育局",
                                "新区卫生健康局",
                                "新区文化旅游体育局",
                                "新区农业农村局",
                                "新区水利局",
                                "新区城市管理局",
                                "新区住房保障局",
                                "新区人力资源局",
                                "新区统计局",
                                "新区审计局",
                                "新区公安分局",
                                "新区消防救援大队",
                                "新区医疗保障局",
                                "新区数据资源局",
                                "新区投资促进局",
                                "新区国资监管局",
                                "新区外事办公室",
                                "新区机关事务局",
                                "新区信访局",
                                "新区档案馆",
                                "湘江国投公司",
                                "湘江发展集团",
                                "长沙城发集团",
                                "国网湘江新区供电公司",
                                "岳麓街道",
                                "麓谷街道",
                                "雨敞坪镇",
                                "莲花镇",
                                "坪塘街道",
                                "含浦街道",
                                "洋湖街道",
                                "梅溪湖街道",
                                "观沙岭街道"};
const char *const kGroups[] = {"园区",
                               "各街道（镇）",
                               "新区各国有公司",
                               "其他有关单位",
                               "各相关部门（单位）",
                               "各项目建设单位",
                               "有关园区",
                               "新区优化营商环境领导小组成员单位",
                               "各区县",
                               "惠企政策牵头单位"};
const char *const kActions[] = {"有效投资扩容", "招商引资突破", "消费需求挖潜", "产业链创新链融合",
                                "三力支撑强化", "对外开放拓展", "交通物流畅达", "营商环境领跑",
                                "市场主体培育", "财税收入提效"};
const char *const kVerbs[] = {"推进", "加快", "强化", "深化", "提升", "落实", "完善", "优化", "建设", "实施"};
const char *const kObjects[] = {"重点项目建设", "产业链协同",   "招商引资",     "政策兑现",
                                "数字基础设施", "园区提质",     "消费场景打造", "外贸主体培育",
                                "就业用工保障", "金融服务创新", "科技成果转化", "营商环境改革",
                                "城市更新",     "生态环境治理", "安全生产监管", "民生实事办理"};
const char *const kPhrases[] = {"聚焦主导产业，", "建立工作专班，",           "实行挂图作战，",
                                "按月调度推进，", "强化要素保障，",           "加强统筹协调，",
                                "完善考核机制，", "确保按期完成。",           "形成工作闭环。",
                                "定期通报进展。", "推动项目早落地、早投产。", "全力以赴抓落实。"};
const char *const kIndicators[] = {"地区生产总值增长",
                                   "规模以上工业增加值增长",
                                   "社会消费品零售总额增长",
                                   "固定资产投资增长",
                                   "服务业增加值增长",
                                   "进出口总额增长",
                                   "地方一般公共预算收入增长",
                                   "研发经费投入增长",
                                   "城镇调查失业率",
                                   "高技术产业增加值增长",
                                   "新增城镇就业",
                                   "新增市场主体",
                                   "实际使用外资",
                                   "技术合同交易额",
                                   "新增高新技术企业",
                                   "新开工项目",
                                   "招商引资到位资金",
                                   "新增上市企业",
                                   "旅游总收入",
                                   "5G基站"};

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

template <typename T, size_t N> constexpr size_t count(const T (&)[N])
{
    return N;
}

} // namespace

SyntheticGenerator::SyntheticGenerator(Database &database)
    : m_database(&database), m_db(database.connection())
{
}

struct SyntheticGenerator::Run
{
    struct TaskInfo
    {
        qint64 id;
        qint32 year;
        qint32 leadIndex;
        qint32 completedJd; // 0 if open
    };

    Run(const SyntheticSpec &theSpec, const SqlDialect &theDialect, const QSqlDatabase &db,
        StorageError *theError, const std::function<void(qint64, qint64)> &theProgress)
        : spec(theSpec), dialect(theDialect), error(theError), progress(theProgress), rng(theSpec.seed),
          total(theSpec.tasks + theSpec.reports), plan(db), section(db), task(db), unit(db), milestone(db),
          target(db)
    {
    }

    quint64 pick(quint64 n) { return n ? rng() % n : 0; }
    bool chance(int percent) { return int(rng() % 100) < percent; }
    void tick(qint64 n)
    {
        done += n;
        if (progress && (done % 50000) < n)
            progress(done, total);
    }
    // The id of each row inserted by a prepared statement: the dialect's, read once per row.
    qint64 insertedId(QSqlQuery &query) const { return dialect.insertedId(query).value_or(0); }

    const SyntheticSpec &spec;
    const SqlDialect &dialect;
    StorageError *error;
    const std::function<void(qint64, qint64)> &progress;
    std::mt19937_64 rng;
    SyntheticCounts counts;
    const qint64 total;
    qint64 done = 0;

    std::vector<qint64> unitIds;
    QStringList unitNames;
    std::vector<qint64> groupIds;
    std::vector<qint64> indicatorIds;
    std::vector<TaskInfo> tasks;
    QSqlQuery plan, section, task, unit, milestone, target;
};

bool SyntheticGenerator::generate(const SyntheticSpec &spec, SyntheticCounts *countsOut, StorageError *error,
                                  const std::function<void(qint64, qint64)> &progress)
{
    const SqlDialect &dialect = m_database->dialect();
    Run run(spec, dialect, m_db, error, progress);
    dialect.beginBulkLoad(m_db); // one big transaction; the file is new

    Transaction tx(m_db);
    if (!tx.started(error))
        return {};
    if (!insertUnits(run) || !insertIndicators(run) || !prepareTaskStatements(run))
        return false;
    const qint64 plans = qMax<qint64>(1, (spec.tasks + spec.tasksPerPlan - 1) / spec.tasksPerPlan);
    run.tasks.reserve(size_t(spec.tasks));
    qint64 made = 0;
    for (qint64 p = 0; p < plans && made < spec.tasks; ++p)
        if (!insertPlan(run, p, plans, made))
            return false;
    if (!insertReports(run) || !insertRecords(run))
        return false;
    if (!tx.commit(error))
        return false;
    dialect.endBulkLoad(m_db);
    if (progress)
        progress(run.total, run.total);
    if (countsOut)
        *countsOut = run.counts;
    return true;
}

// Units and groups.
bool SyntheticGenerator::insertUnits(Run &run)
{
    QSqlQuery q(m_db);
    if (!q.prepare(run.dialect.returningId(QStringLiteral("INSERT INTO units (name, kind) VALUES (?, ?)"))))
        return sql::setError(run.error, StorageError::Code::Query, q.lastError().text()), false;
    for (const char *name : kBureaus) {
        q.addBindValue(u8(name));
        q.addBindValue(0);
        if (!sql::exec(q, run.error))
            return false;
        run.unitIds.push_back(run.insertedId(q));
        run.unitNames.append(u8(name));
    }
    for (const char *name : kGroups) {
        q.addBindValue(u8(name));
        q.addBindValue(1);
        if (!sql::exec(q, run.error))
            return false;
        run.groupIds.push_back(run.insertedId(q));
    }
    run.counts.units = qint64(count(kBureaus) + count(kGroups));
    return true;
}

// Indicators with monthly cumulative observations for every year.
bool SyntheticGenerator::insertIndicators(Run &run)
{
    const SyntheticSpec &spec = run.spec;
    QSqlQuery q(m_db);
    QSqlQuery obs(m_db);
    if (!q.prepare(run.dialect.returningId(
            QStringLiteral("INSERT INTO indicators (name, measure) VALUES (?, ?)"))) ||
        !obs.prepare(QStringLiteral(
            "INSERT INTO observations (indicator_id, period, value, source) VALUES (?, ?, ?, ?)")))
        return sql::setError(run.error, StorageError::Code::Query, q.lastError().text()), false;
    for (size_t i = 0; i < count(kIndicators); ++i) {
        q.addBindValue(u8(kIndicators[i]));
        q.addBindValue(i < 10 ? QStringLiteral("%") : QStringLiteral("个"));
        if (!sql::exec(q, run.error))
            return false;
        run.indicatorIds.push_back(run.insertedId(q));
        for (int y = spec.firstYear; y < spec.firstYear + spec.years; ++y) {
            const double base = 3.0 + double(run.pick(80)) / 10.0;
            for (int m = 2; m <= 12; ++m) {
                obs.addBindValue(run.indicatorIds.back());
                obs.addBindValue(QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0')));
                obs.addBindValue(base + double(int(run.pick(21)) - 10) / 10.0);
                obs.addBindValue(QStringLiteral("合成数据"));
                if (!sql::exec(obs, run.error))
                    return false;
                ++run.counts.observations;
            }
        }
    }
    return true;
}

// The statements writing plans, sections, tasks, their units, milestones and targets.
bool SyntheticGenerator::prepareTaskStatements(Run &run)
{
    const SqlDialect &dialect = run.dialect;
    const bool prepared =
        run.plan.prepare(dialect.returningId(QStringLiteral(
            "INSERT INTO plans (title, number, issuer, issued_on, plan_year) VALUES (?, ?, ?, ?, ?)"))) &&
        run.section.prepare(dialect.returningId(
            QStringLiteral("INSERT INTO sections (plan_id, code, title, position) VALUES (?, ?, ?, ?)"))) &&
        run.task.prepare(dialect.returningId(
            QStringLiteral("INSERT INTO tasks (plan_id, section_id, code, title, body, deadline, status, "
                           "completed_on, position, reporting, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, 0)"))) &&
        run.unit.prepare(QStringLiteral(
            "INSERT INTO task_units (task_id, unit_id, role, position) VALUES (?, ?, ?, ?)")) &&
        run.milestone.prepare(
            QStringLiteral("INSERT INTO milestones (task_id, due_on, text, done) VALUES (?, ?, ?, ?)")) &&
        run.target.prepare(
            QStringLiteral("INSERT INTO targets (plan_id, task_id, indicator, indicator_id, value, measure, "
                           "comparator, stretch, period, source) VALUES (?, NULL, ?, ?, ?, ?, '>=', NULL, ?, "
                           "'')"));
    if (!prepared)
        return sql::setError(run.error, StorageError::Code::Query, m_db.lastError().text()), false;
    return true;
}

// Plan number `index` of `plans`: its sections, targets and tasks; `made` counts the tasks written so far.
bool SyntheticGenerator::insertPlan(Run &run, qint64 index, qint64 plans, qint64 &made)
{
    const SyntheticSpec &spec = run.spec;
    const qint64 p = index;
    const int year = spec.firstYear + int(p * spec.years / plans);
    run.plan.addBindValue(
        QStringLiteral("【合成数据】湖南湘江新区%1年重点任务推进方案（第%2批）").arg(year).arg(p + 1));
    run.plan.addBindValue(QStringLiteral("合成〔%1〕%2号").arg(year).arg(p + 1));
    run.plan.addBindValue(QStringLiteral("湖南湘江新区党政综合部"));
    run.plan.addBindValue(QDate(year, 3, 1 + int(run.pick(27))).toString(Qt::ISODate));
    run.plan.addBindValue(year);
    if (!sql::exec(run.plan, run.error))
        return false;
    const qint64 planId = run.insertedId(run.plan);
    ++run.counts.plans;
    std::vector<qint64> sections;
    if (!insertSections(run, planId, sections) || !insertPlanTargets(run, planId, year))
        return false;
    const qint64 inPlan = qMin<qint64>(spec.tasksPerPlan, spec.tasks - made);
    for (qint64 i = 0; i < inPlan; ++i, ++made) {
        if (!insertTask(run, planId, sections[size_t(i * 10 / inPlan)], year, i))
            return false;
        run.tick(1);
    }
    return true;
}

bool SyntheticGenerator::insertSections(Run &run, qint64 planId, std::vector<qint64> &sections)
{
    static const char *const numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    for (int s = 0; s < 10; ++s) {
        run.section.addBindValue(planId);
        run.section.addBindValue(u8(numerals[s]));
        run.section.addBindValue(QString(u8(kActions[s]) + QStringLiteral("行动")));
        run.section.addBindValue(s);
        if (!sql::exec(run.section, run.error))
            return false;
        sections.push_back(run.insertedId(run.section));
        ++run.counts.sections;
    }
    return true;
}

bool SyntheticGenerator::insertPlanTargets(Run &run, qint64 planId, int year)
{
    for (int k = 0; k < 2; ++k) {
        const size_t ind = run.pick(run.indicatorIds.size());
        run.target.addBindValue(planId);
        run.target.addBindValue(u8(kIndicators[ind]));
        run.target.addBindValue(run.indicatorIds[ind]);
        run.target.addBindValue(5.0 + double(run.pick(60)) / 10.0);
        run.target.addBindValue(ind < 10 ? QStringLiteral("%") : QStringLiteral("个"));
        run.target.addBindValue(QString::number(year));
        if (!sql::exec(run.target, run.error))
            return false;
        ++run.counts.targets;
    }
    return true;
}

// One task at `position` in its plan, with its units and milestones.
bool SyntheticGenerator::insertTask(Run &run, qint64 planId, qint64 sectionId, int year, qint64 position)
{
    const qint64 i = position;
    const int lastYear = run.spec.firstYear + run.spec.years - 1;
    const QDate deadline =
        run.chance(60) ? QDate(year, 12, 31) : QDate(year, 3 + int(run.pick(10)), 1).addMonths(1).addDays(-1);
    bool completed = false;
    QDate completedOn;
    if (year < lastYear ? run.chance(88) : run.chance(15)) {
        completed = true;
        completedOn = run.chance(80) ? deadline.addDays(-int(run.pick(90)))
                                     : deadline.addDays(1 + int(run.pick(40))); // some late
        if (year == lastYear && completedOn > QDate(lastYear, 10, 31))
            completedOn = QDate(lastYear, 10, 31);
    }
    const int lead = int(run.pick(run.unitIds.size()));
    QString title = u8(kVerbs[run.pick(count(kVerbs))]) + u8(kObjects[run.pick(count(kObjects))]);
    QString body = title + QStringLiteral("。");
    const int phrases = 3 + int(run.pick(5));
    for (int k = 0; k < phrases; ++k)
        body += u8(kPhrases[run.pick(count(kPhrases))]);
    QSqlQuery &task = run.task;
    task.addBindValue(planId);
    task.addBindValue(sectionId);
    task.addBindValue(QString::number(i + 1));
    task.addBindValue(title);
    task.addBindValue(body);
    task.addBindValue(deadline.toString(Qt::ISODate));
    task.addBindValue(completed ? 1 : 0);
    task.addBindValue(completed ? QVariant(completedOn.toString(Qt::ISODate))
                                : QVariant(QMetaType::fromType<QString>()));
    task.addBindValue(int(i));
    task.addBindValue(run.chance(5) ? 2 : 0);
    if (!sql::exec(task, run.error))
        return false;
    const qint64 taskId = run.insertedId(task);
    run.tasks.push_back(Run::TaskInfo{taskId, year, lead, completed ? qint32(completedOn.toJulianDay()) : 0});
    ++run.counts.tasks;
    return insertTaskUnits(run, taskId, lead) && insertMilestones(run, taskId, year, deadline, completed);
}

// Lead and 0–6 co-units (groups among them).
bool SyntheticGenerator::insertTaskUnits(Run &run, qint64 taskId, int lead)
{
    QSqlQuery &unit = run.unit;
    unit.addBindValue(taskId);
    unit.addBindValue(run.unitIds[size_t(lead)]);
    unit.addBindValue(0);
    unit.addBindValue(0);
    if (!sql::exec(unit, run.error))
        return false;
    ++run.counts.taskUnits;
    const int co = int(run.pick(7));
    std::vector<qint64> used{run.unitIds[size_t(lead)]};
    for (int c = 0; c < co; ++c) {
        const qint64 id = run.chance(25) ? run.groupIds[run.pick(run.groupIds.size())]
                                         : run.unitIds[run.pick(run.unitIds.size())];
        if (std::find(used.begin(), used.end(), id) != used.end())
            continue;
        used.push_back(id);
        unit.addBindValue(taskId);
        unit.addBindValue(id);
        unit.addBindValue(1);
        unit.addBindValue(int(used.size()) - 2);
        if (!sql::exec(unit, run.error))
            return false;
        ++run.counts.taskUnits;
    }
    return true;
}

bool SyntheticGenerator::insertMilestones(Run &run, qint64 taskId, int year, const QDate &deadline,
                                          bool completed)
{
    if (!run.chance(30))
        return true;
    const int quarters = 1 + int(run.pick(2));
    for (int m = 0; m < quarters; ++m) {
        const QDate due = QDate(year, 3 * (m + 1), 1).addMonths(1).addDays(-1);
        if (due >= deadline)
            break;
        run.milestone.addBindValue(taskId);
        run.milestone.addBindValue(due.toString(Qt::ISODate));
        run.milestone.addBindValue(QStringLiteral("阶段性目标"));
        run.milestone.addBindValue(completed || run.chance(60) ? 1 : 0);
        if (!sql::exec(run.milestone, run.error))
            return false;
        ++run.counts.milestones;
    }
    return true;
}

// Progress reports spread over the tasks, dated within their plan year (and not after completion).
bool SyntheticGenerator::insertReports(Run &run)
{
    QSqlQuery report(m_db);
    if (!report.prepare(
            QStringLiteral("INSERT INTO progress_reports (task_id, reported_on, unit, text, percent) "
                           "VALUES (?, ?, ?, ?, ?)")))
        return sql::setError(run.error, StorageError::Code::Query, report.lastError().text()), false;
    for (qint64 r = 0; r < run.spec.reports && !run.tasks.empty(); ++r) {
        const Run::TaskInfo &t = run.tasks[size_t(run.pick(run.tasks.size()))];
        const int month = 1 + int(run.pick(12));
        QDate d(t.year, month, 1 + int(run.pick(28)));
        if (t.completedJd && d.toJulianDay() > t.completedJd)
            d = QDate::fromJulianDay(t.completedJd);
        report.addBindValue(t.id);
        report.addBindValue(d.toString(Qt::ISODate));
        report.addBindValue(run.unitNames.at(t.leadIndex));
        report.addBindValue(QStringLiteral("按计划推进"));
        report.addBindValue(qMin(100, month * 8 + int(run.pick(15))));
        if (!sql::exec(report, run.error))
            return false;
        ++run.counts.reports;
        run.tick(1);
    }
    return true;
}

// A few supervision records.
bool SyntheticGenerator::insertRecords(Run &run)
{
    QSqlQuery record(m_db);
    if (!record.prepare(
            QStringLiteral("INSERT INTO supervision_records (task_id, kind, issued_on, unit, text, "
                           "response_due, responded_on) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return sql::setError(run.error, StorageError::Code::Query, record.lastError().text()), false;
    for (const Run::TaskInfo &t : run.tasks) {
        if (!run.chance(2))
            continue;
        const QDate d(t.year, 4 + int(run.pick(8)), 1 + int(run.pick(28)));
        record.addBindValue(t.id);
        record.addBindValue(run.chance(30) ? 1 : 0);
        record.addBindValue(d.toString(Qt::ISODate));
        record.addBindValue(run.unitNames.at(t.leadIndex));
        record.addBindValue(QStringLiteral("请加快推进并报送进展"));
        record.addBindValue(d.addDays(7).toString(Qt::ISODate));
        record.addBindValue(run.chance(70) ? QVariant(d.addDays(int(run.pick(12))).toString(Qt::ISODate))
                                           : QVariant(QMetaType::fromType<QString>()));
        if (!sql::exec(record, run.error))
            return false;
        ++run.counts.records;
    }
    return true;
}

} // namespace duban::core
