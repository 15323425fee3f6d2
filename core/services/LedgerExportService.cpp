#include "LedgerExportService.h"

#include "ListingService.h"
#include "LookupService.h"

#include "core/domain/Loop.h"
#include "core/domain/Task.h"
#include "core/rules/Schedule.h"
#include "core/rules/StatusRules.h"
#include "core/storage/Database.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/StatusLoader.h"
#include "core/storage/TaskRowLoader.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace duban::core {

namespace {

QString iso(qint32 julian)
{
    return julian ? QDate::fromJulianDay(julian).toString(Qt::ISODate) : QString();
}

/// Up to this many tasks asked for by id are read one by one.
constexpr size_t kFewTasks = 500;

QString idList(const std::vector<TaskRow> &rows)
{
    QStringList ids;
    for (const TaskRow &r : rows)
        ids.append(QString::number(r.id));
    return ids.isEmpty() ? QStringLiteral("0") : ids.join(QLatin1Char(','));
}

QString stageText(TaskStage stage)
{
    switch (stage) {
    case TaskStage::Assigned:
        //: zh_CN: 已交办
        return LedgerExportService::tr("Assigned");
    case TaskStage::Signed:
        //: zh_CN: 已签收
        return LedgerExportService::tr("Signed");
    case TaskStage::InProgress:
        //: zh_CN: 办理中
        return LedgerExportService::tr("In progress");
    case TaskStage::CompletionRequested:
        //: zh_CN: 办结待审
        return LedgerExportService::tr("Completion requested");
    case TaskStage::Closed:
        //: zh_CN: 已销号
        return LedgerExportService::tr("Closed");
    }
    return {};
}

} // namespace

QString LedgerSheet::titleLine() const
{
    //: the exported ledger's title row; zh_CN: %1（统计截止日期：%2）
    return LedgerExportService::tr("%1 (as of %2)").arg(title, asOf.toString(Qt::ISODate));
}

LedgerExportService::LedgerExportService(Database &database) : m_database(database) {}

QStringList LedgerExportService::header()
{
    return {
        //: zh_CN: 序号
        tr("No."),
        //: zh_CN: 任务
        tr("Task"),
        //: zh_CN: 牵头单位
        tr("Lead unit"),
        //: zh_CN: 配合单位
        tr("Co-units"),
        //: zh_CN: 完成时限
        tr("Deadline"),
        //: zh_CN: 节点
        tr("Milestones"),
        //: zh_CN: 最新进展
        tr("Latest progress"),
        //: zh_CN: 完成%
        tr("Done %"),
        //: zh_CN: 序时状态
        tr("Schedule"),
        //: zh_CN: 灯号
        tr("Light"),
        //: zh_CN: 原因
        tr("Reason"),
        //: zh_CN: 备注
        tr("Remark"),
    };
}

std::optional<LedgerSheet> LedgerExportService::build(const LedgerExportScope &scope, QDate asOf,
                                                      StorageError *error) const
{
    if (!asOf.isValid()) {
        //: zh_CN: 统计截止日期无效。
        sql::setError(error, StorageError::Code::Invalid, tr("The as-of date is not valid."));
        return std::nullopt;
    }
    // One snapshot: a writer committing meanwhile is wholly in the export or not at all.
    Transaction snapshot(m_database.connection(), Transaction::Mode::Read);
    if (!snapshot.started(error))
        return std::nullopt;

    LookupService lookup(m_database);
    qint64 unitId = 0;
    if (!scope.unit.isEmpty()) {
        const std::optional<Unit> unit = lookup.unit(scope.unit);
        if (!unit) {
            //: zh_CN: 没有名为%1的单位。
            sql::setError(error, StorageError::Code::NotFound,
                          tr("There is no unit called %1.").arg(scope.unit));
            return std::nullopt;
        }
        unitId = unit->id;
    }
    const QList<Plan> plans = lookup.plans();
    qint64 planId = 0;
    if (!scope.planNumber.isEmpty()) {
        const std::optional<Plan> plan = lookup.planByNumber(scope.planNumber);
        if (!plan) {
            //: zh_CN: 没有文号为%1的方案。
            sql::setError(error, StorageError::Code::NotFound,
                          tr("There is no plan numbered %1.").arg(scope.planNumber));
            return std::nullopt;
        }
        planId = plan->id;
    }

    // A few rows (the window's copied or printed selection) are read one by one; more, in one pass over
    // the ledger: a copy of two rows of 100,000 tasks does not read them all.
    const bool few = !scope.taskIds.empty() && scope.taskIds.size() <= kFewTasks;
    TaskRowLoader loader(m_database);
    loader.setSearchKeys(false); // the export searches nothing
    std::vector<TaskRow> rows;
    if (few) {
        for (qint64 id : scope.taskIds)
            if (std::optional<TaskRow> r = loader.loadOne(id))
                rows.push_back(std::move(*r));
    } else {
        std::vector<TaskRow> all = loader.loadAll();
        if (!scope.taskIds.empty()) {
            QHash<qint64, size_t> at;
            for (size_t i = 0; i < all.size(); ++i)
                at.insert(all[i].id, i);
            rows.reserve(scope.taskIds.size());
            for (qint64 id : scope.taskIds)
                if (const auto it = at.constFind(id); it != at.constEnd())
                    rows.push_back(all[*it]);
        } else {
            rows.reserve(all.size());
            for (TaskRow &r : all)
                if ((!planId || r.planId == planId) && (!unitId || r.isLead(unitId) || r.isCoUnit(unitId)))
                    rows.push_back(std::move(r));
        }
    }

    ListingService listing(m_database);
    const StatusThresholds settings = listing.statusThresholds();
    RowStatus status;
    if (few) {
        for (const TaskRow &r : rows) {
            const StatusSnapshot one = StatusLoader(m_database).loadTask(asOf, settings, r.id);
            const bool found = !one.facts.empty();
            status.lights.push_back(found ? evaluate(one.facts.front(), asOf, settings) : StatusLight{});
            const bool reported = found && one.facts.front().lastReport.isValid();
            status.percent.push_back(reported ? qint8(one.facts.front().lastPercent) : qint8(-1));
            status.lastReport.push_back(reported ? qint32(one.facts.front().lastReport.toJulianDay()) : 0);
        }
    } else {
        status = listing.statusOf(rows, asOf, settings);
    }

    // The milestones and each task's latest report as of the date, one query each.
    QHash<qint64, size_t> index;
    for (size_t i = 0; i < rows.size(); ++i)
        index.insert(rows[i].id, i);
    std::vector<QStringList> milestones(rows.size());
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!sql::run(
            q,
            QStringLiteral("SELECT task_id, due_on, text, done FROM milestones ORDER BY task_id, due_on, id"),
            {}, error))
        return std::nullopt;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        const QString text = q.value(2).toString();
        QString line = QStringLiteral("%1 %2").arg(q.value(1).toString(), text).trimmed();
        if (q.value(3).toBool())
            //: a milestone met; zh_CN: %1（已完成）
            line = tr("%1 (met)").arg(line);
        milestones[*it].append(line);
    }
    std::vector<QString> latest(rows.size());
    if (!sql::run(
            q,
            QStringLiteral("SELECT t.id, (SELECT r.reported_on || ' ' || r.text FROM progress_reports r "
                           "WHERE r.task_id = t.id AND r.reported_on <= ? ORDER BY r.reported_on DESC, "
                           "r.percent DESC, r.id DESC LIMIT 1) FROM tasks t%1")
                .arg(few ? QStringLiteral(" WHERE t.id IN (%1)").arg(idList(rows)) : QString()),
            {asOf.toString(Qt::ISODate)}, error))
        return std::nullopt;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.constEnd())
            latest[*it] = q.value(1).toString().trimmed();
    }
    snapshot.commit();

    LedgerSheet sheet;
    sheet.asOf = asOf;
    sheet.header = header();
    if (planId) {
        for (const Plan &p : plans)
            if (p.id == planId)
                sheet.title = p.title;
    } else if (plans.size() == 1) {
        sheet.title = plans.first().title;
    }
    if (sheet.title.isEmpty())
        //: zh_CN: 任务台账
        sheet.title = tr("Task ledger");
    sheet.rows.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        const TaskRow &r = rows[i];
        const StatusLight &light = status.lights[i];
        LedgerSheetRow out;
        out.taskId = r.id;
        out.number = r.code;
        out.title = r.title;
        out.leads = r.leadText;
        out.coUnits = r.coText;
        out.deadline = iso(r.deadline);
        if (r.deadlineOriginal)
            //: an extended deadline; zh_CN: %1（原定%2）
            out.deadline = tr("%1 (originally %2)").arg(out.deadline, iso(r.deadlineOriginal));
        out.milestones = milestones[i].join(QLatin1Char('\n'));
        out.latest = latest[i];
        const bool completed = light.light == Light::Completed || light.light == Light::CompletedLate;
        out.percent = completed ? 100 : status.percent[i];
        out.schedule = judgementText(light.schedule);
        out.light = light.light;
        out.lightText = lightText(light.light);
        out.reason = reasonTexts(light).join(QLatin1Char('\n'));
        QStringList remark;
        const auto stage = static_cast<TaskStage>(r.stage);
        // The stage is where the task stands now; a task closed since the as-of date was not closed then.
        if (stage != TaskStage::Closed)
            remark.append(stageText(stage));
        if (completed && r.completedOn)
            //: zh_CN: %1办结
            remark.append(tr("completed %1").arg(iso(r.completedOn)));
        out.remark = remark.join(QStringLiteral("; "));
        sheet.rows.push_back(std::move(out));
    }
    return sheet;
}

} // namespace duban::core
