#include "OverdueQuery.h"

#include "LedgerLoader.h"
#include "SqlHelpers.h"

#include "core/rules/StatusRules.h"

#include <QHash>
#include <QSet>

namespace duban::core {

OverdueQuery::OverdueQuery(QSqlDatabase db) : m_db(std::move(db)) {}

std::vector<OverdueTask> OverdueQuery::run(QDate asOf, const StatusSettings &settings, qint64 unitId) const
{
    const QString d = asOf.toString(Qt::ISODate);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);

    // Small lookups first: plan years and unit names (tens to hundreds of rows).
    QHash<qint64, int> planYear;
    QHash<qint64, QString> unitName;
    if (sql::run(q, QStringLiteral("SELECT id, plan_year FROM plans"), {}, nullptr))
        while (q.next())
            planYear.insert(q.value(0).toLongLong(), q.value(1).toInt());
    if (sql::run(q, QStringLiteral("SELECT id, name FROM units"), {}, nullptr))
        while (q.next())
            unitName.insert(q.value(0).toLongLong(), q.value(1).toString());

    std::vector<OverdueTask> tasks;
    std::vector<TaskFacts> facts;
    std::vector<std::pair<qint64, qint64>> order; // (plan_id, position) per task, for ledger order
    QHash<qint64, int> indexOf;
    // Candidates: open as of the date and past a deadline (covering index tasks_open); then the few that
    // are only late on a milestone or a notice, or completed after the as-of date.
    const QString columns =
        QStringLiteral("SELECT t.id, t.code, t.title, t.deadline, t.status, t.completed_on, "
                       "t.plan_id, t.position, tu.unit_id FROM tasks t LEFT JOIN task_units tu "
                       "ON tu.task_id = t.id AND tu.role = 0 ");
    auto read = [&](QSqlQuery &query) {
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (indexOf.contains(id))
                continue;
            OverdueTask t;
            t.id = id;
            t.code = query.value(1).toString();
            t.title = query.value(2).toString();
            const qint32 deadline = LedgerLoader::julianDay(query.value(3).toString());
            t.deadline = deadline ? QDate::fromJulianDay(deadline) : QDate();
            t.lead = unitName.value(query.value(8).toLongLong());
            TaskFacts f;
            f.deadline = t.deadline;
            f.status = query.value(4).toInt() == 1 ? TaskStatus::Completed : TaskStatus::Open;
            t.completed = f.status == TaskStatus::Completed;
            const qint32 completed = LedgerLoader::julianDay(query.value(5).toString());
            f.completedOn = completed ? QDate::fromJulianDay(completed) : QDate();
            const qint64 planId = query.value(6).toLongLong();
            const int year = planYear.value(planId);
            if (year > 0 && f.deadline.isValid() && f.deadline.year() == year)
                f.periodStart = QDate(year, 1, 1);
            f.lastReport = asOf; // reports only matter for yellow; red is judged without them
            indexOf.insert(id, int(tasks.size()));
            order.emplace_back(planId, query.value(7).toLongLong());
            tasks.push_back(std::move(t));
            facts.push_back(f);
        }
    };
    if (sql::run(q, columns + QStringLiteral("WHERE t.status = 0 AND t.deadline < ?"), {d}, nullptr))
        read(q);
    // The few others: completed after the as-of date, or late only on a milestone or a notice.
    if (sql::run(
            q,
            columns +
                QStringLiteral(
                    "WHERE t.id IN (SELECT task_id FROM milestones WHERE done = 0 AND due_on < ? "
                    "UNION SELECT task_id FROM supervision_records WHERE response_due < ? AND issued_on <= ? "
                    "AND (responded_on IS NULL OR responded_on > ?) "
                    "UNION SELECT id FROM tasks WHERE completed_on > ? AND status = 1) "
                    "AND NOT (t.status = 0 AND t.deadline < ?) AND (t.status = 0 OR t.completed_on > ?)"),
            {d, d, d, d, d, d, d}, nullptr))
        read(q);
    if (unitId) {
        // Keep the unit's tasks (lead or co-unit).
        QSet<qint64> ofUnit;
        if (sql::run(q, QStringLiteral("SELECT task_id FROM task_units WHERE unit_id = ?"), {unitId},
                     nullptr))
            while (q.next())
                ofUnit.insert(q.value(0).toLongLong());
        std::vector<OverdueTask> keptTasks;
        std::vector<TaskFacts> keptFacts;
        std::vector<std::pair<qint64, qint64>> keptOrder;
        indexOf.clear();
        for (size_t i = 0; i < tasks.size(); ++i) {
            if (!ofUnit.contains(tasks[i].id))
                continue;
            indexOf.insert(tasks[i].id, int(keptTasks.size()));
            keptTasks.push_back(std::move(tasks[i]));
            keptFacts.push_back(facts[i]);
            keptOrder.push_back(order[i]);
        }
        tasks = std::move(keptTasks);
        facts = std::move(keptFacts);
        order = std::move(keptOrder);
    }
    // Unmet milestones already past, for the candidates only.
    std::vector<std::vector<MilestoneFact>> milestones(tasks.size());
    if (sql::run(q, QStringLiteral("SELECT task_id, due_on FROM milestones WHERE done = 0 AND due_on < ?"),
                 {d}, nullptr)) {
        while (q.next()) {
            const int i = indexOf.value(q.value(0).toLongLong(), -1);
            if (i >= 0) {
                const qint32 jd = LedgerLoader::julianDay(q.value(1).toString());
                milestones[size_t(i)].push_back(MilestoneFact{QDate::fromJulianDay(jd), false});
            }
        }
    }
    if (sql::run(q,
                 QStringLiteral(
                     "SELECT task_id, min(response_due) FROM supervision_records WHERE response_due < ? "
                     "AND issued_on <= ? AND (responded_on IS NULL OR responded_on > ?) GROUP BY task_id"),
                 {d, d, d}, nullptr)) {
        while (q.next()) {
            const int i = indexOf.value(q.value(0).toLongLong(), -1);
            if (i >= 0)
                facts[size_t(i)].unansweredResponseDue =
                    QDate::fromJulianDay(LedgerLoader::julianDay(q.value(1).toString()));
        }
    }
    for (size_t i = 0; i < facts.size(); ++i) {
        std::sort(milestones[i].begin(), milestones[i].end(),
                  [](const MilestoneFact &a, const MilestoneFact &b) { return a.date < b.date; });
        facts[i].milestones = milestones[i];
    }
    const std::vector<StatusLight> lights = computeLights(facts, asOf, settings);
    std::vector<size_t> redRows;
    for (size_t i = 0; i < tasks.size(); ++i) {
        if (lights[i].light == Light::Red)
            redRows.push_back(i);
    }
    std::sort(redRows.begin(), redRows.end(), [&](size_t a, size_t b) {
        return order[a] != order[b] ? order[a] < order[b] : tasks[a].id < tasks[b].id;
    });
    std::vector<OverdueTask> red;
    red.reserve(redRows.size());
    for (size_t i : redRows) {
        tasks[i].light = lights[i];
        red.push_back(std::move(tasks[i]));
    }
    return red;
}

} // namespace duban::core
