#include "ScoreLoader.h"

#include "Database.h"

#include "SqlHelpers.h"

#include "core/domain/Loop.h"

#include <QSqlQuery>

namespace duban::core {

ScoreLoader::ScoreLoader(Database &database) : m_db(database.connection()) {}

std::optional<ScoreInput> ScoreLoader::load(QDate asOf, StorageError *error, bool withReports) const
{
    ScoreInput in;
    QHash<qint64, int> indexOf;
    if (!readTasks(in, indexOf, error) || !readUnits(in, indexOf, error) ||
        (withReports && !readReports(in, indexOf, asOf, error)) || !readLoop(in, asOf, withReports, error))
        return std::nullopt;
    return in;
}

bool ScoreLoader::readTasks(ScoreInput &in, QHash<qint64, int> &indexOf, StorageError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::run(q,
                  QStringLiteral("SELECT t.id, t.code, t.deadline, t.status, t.completed_on, t.start_date, "
                                 "t.reporting, t.report_due_day, p.reporting, p.report_due_day, p.plan_year, "
                                 "p.issued_on FROM tasks t JOIN plans p ON p.id = t.plan_id ORDER BY t.id"),
                  {}, error))
        return false;
    while (q.next()) {
        ScoreTask t;
        t.id = q.value(0).toLongLong();
        t.code = q.value(1).toString();
        TaskFacts &f = t.facts;
        f.deadline = sql::toDate(q.value(2));
        f.status = q.value(3).toInt() == 1 ? TaskStatus::Completed : TaskStatus::Open;
        f.completedOn = sql::toDate(q.value(4));
        f.startDate = sql::toDate(q.value(5));
        const ReportingSchedule schedule = combineSchedules(
            ReportingSchedule{static_cast<ReportingCycle>(q.value(6).toInt()), q.value(7).toInt()},
            ReportingSchedule{static_cast<ReportingCycle>(q.value(8).toInt()), q.value(9).toInt()});
        f.cycle = schedule.cycle;
        f.reportDueDay = schedule.dueDay;
        f.periodStart = periodStartOf(q.value(10).toInt(), sql::toDate(q.value(11)), f.startDate);
        indexOf.insert(t.id, int(in.tasks.size()));
        in.tasks.push_back(std::move(t));
    }
    return true;
}

bool ScoreLoader::readUnits(ScoreInput &in, const QHash<qint64, int> &indexOf, StorageError *error) const
{
    // Leads (role 0) first, each role in its order: units() is leads + co-units.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::run(
            q,
            QStringLiteral("SELECT tu.task_id, u.name, tu.role FROM task_units tu JOIN units u ON u.id = "
                           "tu.unit_id ORDER BY tu.task_id, tu.role, tu.position"),
            {}, error))
        return false;
    while (q.next()) {
        const int i = indexOf.value(q.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        ScoreTask &t = in.tasks[size_t(i)];
        const QString name = q.value(1).toString();
        if (q.value(2).toInt() == 0)
            t.leads.append(name);
        if (!t.units.contains(name))
            t.units.append(name);
    }
    return true;
}

bool ScoreLoader::readReports(ScoreInput &in, const QHash<qint64, int> &indexOf, QDate asOf,
                              StorageError *error) const
{
    // Reports by a lead unit of their task, or by no unit: the ones a period owed counts (as the lights).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::run(
            q,
            QStringLiteral("SELECT DISTINCT r.task_id, r.reported_on FROM progress_reports r WHERE "
                           "r.reported_on <= ? AND (r.unit = '' OR EXISTS (SELECT 1 FROM task_units tu "
                           "JOIN units u ON u.id = tu.unit_id WHERE tu.task_id = r.task_id AND tu.role = 0 "
                           "AND u.name = r.unit)) ORDER BY r.task_id, r.reported_on"),
            {asOf.toString(Qt::ISODate)}, error))
        return false;
    while (q.next()) {
        const int i = indexOf.value(q.value(0).toLongLong(), -1);
        const QDate on = sql::toDate(q.value(1));
        if (i >= 0 && on.isValid())
            in.tasks[size_t(i)].reports.push_back(on);
    }
    return true;
}

bool ScoreLoader::readLoop(ScoreInput &in, QDate asOf, bool withReturns, StorageError *error) const
{
    const QString asOfText = asOf.toString(Qt::ISODate);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::run(q,
                  QStringLiteral("SELECT task_id, unit, signed_on FROM task_signoffs WHERE signed_on <= ?"),
                  {asOfText}, error))
        return false;
    while (q.next())
        in.signedOn[q.value(0).toLongLong()].insert(q.value(1).toString(), sql::toDate(q.value(2)));
    // Returned 办结申请 (kind 0, state Returned), oldest first.
    if (!withReturns)
        return true;
    if (!sql::run(
            q,
            QStringLiteral("SELECT task_id, unit, decided_on FROM task_requests WHERE kind = 0 AND state = "
                           "? AND decided_on <= ? ORDER BY decided_on, id"),
            {int(LoopRequest::State::Returned), asOfText}, error))
        return false;
    while (q.next())
        in.returns.append(
            ScoreReturn{q.value(0).toLongLong(), q.value(1).toString(), sql::toDate(q.value(2))});
    return true;
}

} // namespace duban::core
