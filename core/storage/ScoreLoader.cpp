#include "ScoreLoader.h"

#include "Database.h"

#include "SqlHelpers.h"

#include "core/domain/Loop.h"

#include <QSqlQuery>

#include <algorithm>

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

std::optional<QList<ScoreLoader::SignTally>> ScoreLoader::signTallies(QDate asOf, StorageError *error) const
{
    const QString day = asOf.toString(Qt::ISODate);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::run(
            q,
            QStringLiteral(
                "SELECT u.name, t.start_date, count(*), sum(CASE WHEN EXISTS (SELECT 1 FROM task_signoffs so "
                "WHERE so.task_id = tu.task_id AND so.unit = u.name AND so.signed_on <= ?) THEN 1 ELSE 0 "
                "END) FROM (SELECT DISTINCT task_id, unit_id FROM task_units) tu JOIN tasks t ON t.id = "
                "tu.task_id JOIN units u ON u.id = tu.unit_id WHERE t.start_date IS NOT NULL AND "
                "t.start_date < ? AND (t.status <> 1 OR (t.completed_on IS NOT NULL AND t.completed_on > "
                "?)) GROUP BY tu.unit_id, t.start_date"),
            {day, day, day}, error))
        return std::nullopt;
    QList<SignTally> out;
    while (q.next())
        out.append(SignTally{q.value(0).toString(), sql::toDate(q.value(1)), q.value(2).toInt(),
                             q.value(3).toInt()});
    return out;
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
    // The directory's names once (a few dozen), then the task units by id: no join per row, and each name
    // is one shared string.
    QHash<qint64, QString> names;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::run(q, QStringLiteral("SELECT id, name FROM units"), {}, error))
        return false;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    // Leads (role 0) first, each role in its order: units() is leads + co-units.
    if (!sql::run(
            q,
            QStringLiteral("SELECT task_id, unit_id, role FROM task_units ORDER BY task_id, role, position"),
            {}, error))
        return false;
    while (q.next()) {
        const int i = indexOf.value(q.value(0).toLongLong(), -1);
        const auto name = names.constFind(q.value(1).toLongLong());
        if (i < 0 || name == names.constEnd())
            continue;
        ScoreTask &t = in.tasks[size_t(i)];
        if (q.value(2).toInt() == 0)
            t.leads.append(*name);
        if (!t.units.contains(*name))
            t.units.append(*name);
    }
    return true;
}

bool ScoreLoader::readReports(ScoreInput &in, const QHash<qint64, int> &indexOf, QDate asOf,
                              StorageError *error) const
{
    // Reports by a lead unit of their task, or by no unit: the ones a period owed counts (as the lights).
    // One pass over the covering index on the report's date; the lead is checked here, against the leads
    // readUnits() read, not per report in SQL.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::run(
            q,
            QStringLiteral("SELECT task_id, unit, reported_on FROM progress_reports WHERE reported_on <= ?"),
            {asOf.toString(Qt::ISODate)}, error))
        return false;
    while (q.next()) {
        const int i = indexOf.value(q.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        ScoreTask &t = in.tasks[size_t(i)];
        const QString unit = q.value(1).toString();
        const QDate on = sql::toDate(q.value(2));
        if (on.isValid() && (unit.isEmpty() || t.leads.contains(unit)))
            t.reports.push_back(on);
    }
    // Each task's dates in order, once each (two leads reporting the same day count once).
    for (ScoreTask &t : in.tasks) {
        std::sort(t.reports.begin(), t.reports.end());
        t.reports.erase(std::unique(t.reports.begin(), t.reports.end()), t.reports.end());
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
