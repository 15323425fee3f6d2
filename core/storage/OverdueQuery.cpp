#include "OverdueQuery.h"

#include "SqlHelpers.h"

#include "core/rules/StatusRules.h"

#include <QHash>
#include <QSqlError>

#include <algorithm>

namespace duban::core {

namespace {

// Dates come out of SQL as Julian day numbers (QDate's, counted from noon): no text on the way.
QString julianDay(const QString &column)
{
    return QStringLiteral("CAST(julianday(%1) + 0.5 AS INTEGER)").arg(column);
}

QDate dateOf(const QVariant &julianDay)
{
    const qint64 jd = julianDay.toLongLong();
    return jd > 0 ? QDate::fromJulianDay(jd) : QDate();
}

} // namespace

OverdueQuery::OverdueQuery(QSqlDatabase db) : m_db(std::move(db)) {}

std::vector<OverdueTask> OverdueQuery::run(QDate asOf, const StatusSettings &settings, qint64 unitId,
                                           StorageError *error) const
{
    const QString d = asOf.toString(Qt::ISODate);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);

    // Unit names (tens to hundreds of rows), as UTF-8.
    QHash<qint64, QByteArray> unitName;
    if (!sql::run(q, QStringLiteral("SELECT id, CAST(name AS BLOB) FROM units"), {}, error))
        return {};
    while (q.next())
        unitName.insert(q.value(0).toLongLong(), q.value(1).toByteArray());

    // Candidates in one pass over the covering index tasks_open: open as of the date and past the deadline,
    // or late only on a milestone or a notice. Tasks completed after the as-of date were still open on it
    // (tasks_completed finds those few). Red is judged without progress reports or the plan period, so
    // neither is read. Few columns, as SQL can shape them (a row's columns cost more than SQLite's work):
    // text as UTF-8 bytes (CAST AS BLOB), as it is stored and as the listing prints it; dates as day
    // numbers; the completion date standing for the status (0 open, -1 completed on an unknown date); plan
    // and position as one ledger-order key.
    const QString late =
        QStringLiteral("(SELECT task_id FROM milestones WHERE done = 0 AND due_on < ? UNION "
                       "SELECT task_id FROM supervision_records WHERE response_due < ? AND issued_on <= ? "
                       "AND (responded_on IS NULL OR responded_on > ?))");
    const QString ofUnit =
        unitId ? QStringLiteral(" AND id IN (SELECT task_id FROM task_units WHERE unit_id = %1)").arg(unitId)
               : QString();
    const QString columns =
        QStringLiteral("SELECT id, CAST(code AS BLOB), CAST(title AS BLOB), %1, CASE WHEN status = 1 THEN "
                       "coalesce(%2, -1) ELSE 0 END, plan_id * 4294967296 + position, lead_unit_id FROM tasks ")
            .arg(julianDay(QStringLiteral("deadline")), julianDay(QStringLiteral("completed_on")));
    const QString candidates =
        columns + QStringLiteral("WHERE status = 0 AND (+deadline < ? OR id IN ") + late +
        QStringLiteral(")") + ofUnit + QStringLiteral(" UNION ALL ") + columns +
        QStringLiteral("WHERE completed_on > ? AND +status = 1 AND (deadline < ? OR id IN ") + late +
        QStringLiteral(")") + ofUnit;
    if (!sql::run(q, candidates, QVariantList(candidates.count(u'?'), d), error))
        return {};

    std::vector<OverdueTask> tasks;
    std::vector<TaskFacts> facts;
    std::vector<qint64> order; // ledger order: plan, then position in it
    tasks.reserve(4096);
    facts.reserve(4096);
    order.reserve(4096);
    while (q.next()) {
        OverdueTask t;
        t.id = q.value(0).toLongLong();
        t.code = q.value(1).toByteArray();
        t.title = q.value(2).toByteArray();
        t.deadline = dateOf(q.value(3));
        const qint64 completedOn = q.value(4).toLongLong();
        t.completed = completedOn != 0;
        t.lead = unitName.value(q.value(6).toLongLong());
        TaskFacts f;
        f.deadline = t.deadline;
        if (t.completed) {
            f.status = TaskStatus::Completed;
            f.completedOn = completedOn > 0 ? QDate::fromJulianDay(completedOn) : QDate();
        }
        f.lastReport = asOf; // reports only matter for yellow; red is judged without them
        order.push_back(q.value(5).toLongLong());
        tasks.push_back(std::move(t));
        facts.push_back(f);
    }
    if (q.lastError().isValid())
        return sql::setError(error, StorageError::Code::Query, q.lastError().text()), std::vector<OverdueTask>{};

    // Candidate index by task id, for the milestones and notices below.
    std::vector<std::pair<qint64, int>> byId(tasks.size());
    for (size_t i = 0; i < tasks.size(); ++i)
        byId[i] = {tasks[i].id, int(i)};
    std::sort(byId.begin(), byId.end());
    auto indexOf = [&](qint64 id) {
        const auto it = std::lower_bound(byId.begin(), byId.end(), std::pair<qint64, int>(id, -1));
        return it != byId.end() && it->first == id ? it->second : -1;
    };

    // Unmet milestones already past, and the earliest unanswered notice, for the candidates only.
    std::vector<std::vector<MilestoneFact>> milestones(tasks.size());
    if (!sql::run(q,
                  QStringLiteral("SELECT task_id, %1 FROM milestones WHERE done = 0 AND due_on < ? "
                                 "ORDER BY due_on")
                      .arg(julianDay(QStringLiteral("due_on"))),
                  {d}, error))
        return {};
    while (q.next()) {
        const int i = indexOf(q.value(0).toLongLong());
        if (i >= 0)
            milestones[size_t(i)].push_back(MilestoneFact{dateOf(q.value(1)), false});
    }
    if (!sql::run(q,
                  QStringLiteral("SELECT task_id, %1 FROM supervision_records WHERE response_due < ? "
                                 "AND issued_on <= ? AND (responded_on IS NULL OR responded_on > ?) "
                                 "GROUP BY task_id")
                      .arg(julianDay(QStringLiteral("min(response_due)"))),
                  {d, d, d}, error))
        return {};
    while (q.next()) {
        const int i = indexOf(q.value(0).toLongLong());
        if (i >= 0)
            facts[size_t(i)].unansweredResponseDue = dateOf(q.value(1));
    }
    for (size_t i = 0; i < facts.size(); ++i)
        facts[i].milestones = milestones[i];

    const std::vector<StatusLight> lights = computeLights(facts, asOf, settings);
    // The red ones, in ledger order.
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
