#include "OverdueQuery.h"

#include "Database.h"

#include "SqlHelpers.h"

#include "core/rules/StatusRules.h"

#include <QHash>
#include <QSqlError>

#include <algorithm>

namespace duban::core {

namespace {

QDate dateOf(qint64 julianDay)
{
    return julianDay > 0 ? QDate::fromJulianDay(julianDay) : QDate();
}

// (task id, day) pairs ordered by task id, then day: the late milestones or notices of the candidates.
using DaysByTask = std::vector<std::pair<qint64, qint64>>;

bool readDays(QSqlQuery &q, const QString &sql, const QVariantList &values, DaysByTask *out,
              StorageError *error)
{
    if (!sql::run(q, sql, values, error))
        return false;
    while (q.next())
        out->emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong());
    std::sort(out->begin(), out->end());
    return true;
}

std::pair<DaysByTask::const_iterator, DaysByTask::const_iterator> daysOf(const DaysByTask &days,
                                                                         qint64 taskId)
{
    const auto byTask = [](const std::pair<qint64, qint64> &a, const std::pair<qint64, qint64> &b) {
        return a.first < b.first;
    };
    return std::equal_range(days.begin(), days.end(), std::pair<qint64, qint64>(taskId, 0), byTask);
}

} // namespace

OverdueQuery::OverdueQuery(Database &database) : m_database(&database), m_db(database.connection()) {}

std::vector<OverdueTask> OverdueQuery::run(QDate asOf, const StatusThresholds &settings, qint64 unitId,
                                           StorageError *error) const
{
    std::vector<OverdueTask> red;
    if (!forEach(
            asOf, settings, unitId, [&](const OverdueTask &t) { red.push_back(t); }, error))
        return {};
    return red;
}

bool OverdueQuery::forEach(QDate asOf, const StatusThresholds &settings, qint64 unitId,
                           const std::function<void(const OverdueTask &)> &visit, StorageError *error) const
{
    const QString d = asOf.toString(Qt::ISODate);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Dates come out of SQL as Julian day numbers (QDate's, counted from noon): no text on the way.
    const SqlDialect &dialect = m_database->dialect();
    const auto julianDay = [&dialect](const QString &column) { return dialect.dayNumber(column); };

    // Unit names (tens to hundreds of rows), as UTF-8.
    QHash<qint64, QByteArray> unitName;
    if (!sql::run(q, QStringLiteral("SELECT id, %1 FROM units").arg(dialect.asBytes(QStringLiteral("name"))),
                  {}, error))
        return false;
    while (q.next())
        unitName.insert(q.value(0).toLongLong(), q.value(1).toByteArray());

    // The leads after the first of the tasks that have several ("A、B牵头"): few rows, from a partial index.
    QHash<qint64, std::vector<qint64>> otherLeads;
    if (!sql::run(q,
                  QStringLiteral("SELECT task_id, unit_id FROM task_units WHERE role = 0 AND position > 0 "
                                 "ORDER BY task_id, position"),
                  {}, error))
        return false;
    while (q.next())
        otherLeads[q.value(0).toLongLong()].push_back(q.value(1).toLongLong());

    // Unmet milestones already past, and the earliest response date of each unanswered notice (a few
    // thousand rows at most, from covering indexes).
    DaysByTask milestones, notices;
    if (!readDays(q,
                  QStringLiteral("SELECT task_id, %1 FROM milestones WHERE done = 0 AND due_on < ?")
                      .arg(julianDay(QStringLiteral("due_on"))),
                  {d}, &milestones, error) ||
        !readDays(q,
                  QStringLiteral("SELECT task_id, %1 FROM supervision_records WHERE response_due < ? "
                                 "AND issued_on <= ? AND (responded_on IS NULL OR responded_on > ?) "
                                 "GROUP BY task_id")
                      .arg(julianDay(QStringLiteral("min(response_due)"))),
                  {d, d, d}, &notices, error))
        return false;

    // Candidates in one pass over the covering index tasks_open: open as of the date and past the deadline,
    // or late only on a milestone or a notice. Tasks completed after the as-of date were still open on it
    // (tasks_completed finds those few). Red is judged without progress reports or the plan period, so
    // neither is read. SQLite sorts the candidates into ledger order, so that each row can be judged and
    // handed on as it comes, none held here. A row's columns cost more than SQLite's work, so there are
    // few: text as UTF-8 bytes (SqlDialect::asBytes), as it is stored and as the listing prints it; dates as
    // day numbers; the completion date standing for the status (0 open, -1 completed on an unknown date);
    // plan and position as one ledger-order key, plan_id × 2³² + position (exact for plan ids below 2³¹ and
    // positions below 2³²; a compound query sorts only by its result columns, and two more cost 3 ms).
    const QString late =
        QStringLiteral("(SELECT task_id FROM milestones WHERE done = 0 AND due_on < ? UNION "
                       "SELECT task_id FROM supervision_records WHERE response_due < ? AND issued_on <= ? "
                       "AND (responded_on IS NULL OR responded_on > ?))");
    const QString ofUnit =
        unitId ? QStringLiteral(" AND id IN (SELECT task_id FROM task_units WHERE unit_id = %1)").arg(unitId)
               : QString();
    const QString columns =
        QStringLiteral("SELECT id, %1, %2, %3, CASE WHEN status = 1 THEN "
                       "coalesce(%4, -1) ELSE 0 END, plan_id * 4294967296 + position, lead_unit_id, stage, "
                       "%5 FROM tasks ")
            .arg(dialect.asBytes(QStringLiteral("code")), dialect.asBytes(QStringLiteral("title")),
                 julianDay(QStringLiteral("deadline")), julianDay(QStringLiteral("completed_on")),
                 julianDay(QStringLiteral("deadline_original")));
    const QString candidates =
        columns + QStringLiteral("WHERE status = 0 AND (+deadline < ? OR id IN ") + late +
        QStringLiteral(")") + ofUnit + QStringLiteral(" UNION ALL ") + columns +
        QStringLiteral("WHERE completed_on > ? AND +status = 1 AND (deadline < ? OR id IN ") + late +
        QStringLiteral(")") + ofUnit + QStringLiteral(" ORDER BY 6, 1");
    if (!sql::run(q, candidates, QVariantList(candidates.count(u'?'), d), error))
        return false;

    const LightEvaluator evaluate(asOf, settings);
    std::vector<MilestoneFact> lateMilestones;
    OverdueTask t;
    while (q.next()) {
        t.id = q.value(0).toLongLong();
        TaskFacts f;
        f.deadline = dateOf(q.value(3).toLongLong());
        const qint64 completedOn = q.value(4).toLongLong();
        if (completedOn != 0) {
            f.status = TaskStatus::Completed;
            f.completedOn = dateOf(completedOn);
        }
        f.reportsRead = false; // reports only matter for yellow; red is judged without them
        lateMilestones.clear();
        const auto [mFirst, mLast] = daysOf(milestones, t.id);
        for (auto it = mFirst; it != mLast; ++it)
            lateMilestones.push_back(MilestoneFact{dateOf(it->second), false});
        f.milestones = lateMilestones;
        const auto [nFirst, nLast] = daysOf(notices, t.id);
        if (nFirst != nLast)
            f.unansweredResponseDue = dateOf(nFirst->second);
        t.light = evaluate(f);
        if (t.light.light != Light::Red)
            continue;
        t.code = q.value(1).toByteArray();
        t.title = q.value(2).toByteArray();
        t.deadline = f.deadline;
        t.deadlineOriginal = dateOf(q.value(8).toLongLong());
        t.stage = quint8(q.value(7).toInt());
        t.completed = f.status == TaskStatus::Completed;
        t.completedOn = f.completedOn;
        t.lead = unitName.value(q.value(6).toLongLong());
        t.otherLeads.clear();
        if (!otherLeads.isEmpty())
            for (qint64 unit : otherLeads.value(t.id))
                t.otherLeads.push_back(unitName.value(unit));
        visit(t);
    }
    if (q.lastError().isValid())
        return sql::setError(error, StorageError::Code::Query, q.lastError().text()), false;
    return true;
}

} // namespace duban::core
