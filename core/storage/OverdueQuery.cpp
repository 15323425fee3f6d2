#include "OverdueQuery.h"

#include "LedgerLoader.h"
#include "SqlHelpers.h"

#include "core/rules/StatusRules.h"

#include <QHash>

namespace duban::core {

OverdueQuery::OverdueQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::vector<OverdueTask> OverdueQuery::run(QDate asOf, const StatusSettings &settings, qint64 unitId) const
{
    const QString d = asOf.toString(Qt::ISODate);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Candidates: open as of the date, and past a deadline, an unmet milestone or an unanswered notice.
    QString sqlText = QStringLiteral(
        "SELECT t.id, t.code, t.title, t.deadline, t.status, t.completed_on, p.plan_year, u.name "
        "FROM tasks t JOIN plans p ON p.id = t.plan_id "
        "LEFT JOIN task_units tu ON tu.task_id = t.id AND tu.role = 0 "
        "LEFT JOIN units u ON u.id = tu.unit_id "
        "WHERE (t.status = 0 OR t.completed_on > ?) AND (t.deadline < ? "
        "OR EXISTS (SELECT 1 FROM milestones m WHERE m.task_id = t.id AND m.done = 0 AND m.due_on < ?) "
        "OR EXISTS (SELECT 1 FROM supervision_records r WHERE r.task_id = t.id AND r.response_due < ? "
        "AND r.issued_on <= ? AND (r.responded_on IS NULL OR r.responded_on > ?)))");
    QVariantList values{d, d, d, d, d, d};
    if (unitId) {
        sqlText += QStringLiteral(" AND EXISTS (SELECT 1 FROM task_units x WHERE x.task_id = t.id AND x.unit_id = ?)");
        values.append(unitId);
    }
    sqlText += QStringLiteral(" ORDER BY t.plan_id, t.position, t.id");
    if (!sql::run(q, sqlText, values, nullptr))
        return {};
    std::vector<OverdueTask> tasks;
    std::vector<TaskFacts> facts;
    QHash<qint64, int> indexOf;
    while (q.next()) {
        OverdueTask t;
        t.id = q.value(0).toLongLong();
        t.code = q.value(1).toString();
        t.title = q.value(2).toString();
        const qint32 deadline = LedgerLoader::julianDay(q.value(3).toString());
        t.deadline = deadline ? QDate::fromJulianDay(deadline) : QDate();
        t.lead = q.value(7).toString();
        TaskFacts f;
        f.deadline = t.deadline;
        f.status = q.value(4).toInt() == 1 ? TaskStatus::Completed : TaskStatus::Open;
        t.completed = f.status == TaskStatus::Completed;
        const qint32 completed = LedgerLoader::julianDay(q.value(5).toString());
        f.completedOn = completed ? QDate::fromJulianDay(completed) : QDate();
        const int year = q.value(6).toInt();
        if (year > 0 && f.deadline.isValid() && f.deadline.year() == year)
            f.periodStart = QDate(year, 1, 1);
        f.lastReport = asOf; // reports only matter for yellow; red is judged without them
        indexOf.insert(t.id, int(tasks.size()));
        tasks.push_back(std::move(t));
        facts.push_back(f);
    }
    // Unmet milestones already past, for the candidates only.
    std::vector<std::vector<MilestoneFact>> milestones(tasks.size());
    if (sql::run(q, QStringLiteral("SELECT task_id, due_on FROM milestones WHERE done = 0 AND due_on < ?"), {d},
                 nullptr)) {
        while (q.next()) {
            const int i = indexOf.value(q.value(0).toLongLong(), -1);
            if (i >= 0) {
                const qint32 jd = LedgerLoader::julianDay(q.value(1).toString());
                milestones[size_t(i)].push_back(MilestoneFact{QDate::fromJulianDay(jd), false});
            }
        }
    }
    if (sql::run(q,
                 QStringLiteral("SELECT task_id, min(response_due) FROM supervision_records WHERE response_due < ? "
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
    std::vector<OverdueTask> red;
    red.reserve(tasks.size());
    for (size_t i = 0; i < tasks.size(); ++i) {
        if (lights[i].light != Light::Red)
            continue;
        tasks[i].light = lights[i];
        red.push_back(std::move(tasks[i]));
    }
    return red;
}

} // namespace duban::core
