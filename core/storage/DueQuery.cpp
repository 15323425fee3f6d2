#include "DueQuery.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include <QHash>

namespace duban::core {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/// Tasks open as of the first bound date: not completed, or completed after it.
const QString kOpenAsOf =
    QStringLiteral("(t.status = 0 OR (t.completed_on IS NOT NULL AND t.completed_on > ?))");

ReportingCycle cycleOf(int value)
{
    return value >= 0 && value <= int(ReportingCycle::None) ? static_cast<ReportingCycle>(value)
                                                            : ReportingCycle::Default;
}

} // namespace

DueQuery::DueQuery(Database &database) : m_database(&database), m_db(database.connection()) {}

bool DueQuery::read(QDate from, QDate to, DueFacts &facts, StorageError *error) const
{
    facts = DueFacts{};
    // One snapshot: a writer committing meanwhile is wholly in the list or not at all.
    Transaction snapshot(m_db, Transaction::Mode::Read);
    return snapshot.started(error) && readTasks(from, facts, error) && readLeads(facts, error) &&
           readLastReports(from, facts, error) && readMilestones(from, to, facts, error) &&
           readRecords(from, to, facts, error);
}

bool DueQuery::readTasks(QDate from, DueFacts &facts, StorageError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::run(
            q,
            QStringLiteral("SELECT t.id, t.code, t.title, t.deadline, t.start_date, t.reporting, "
                           "p.reporting, t.report_due_day, p.report_due_day FROM tasks t JOIN plans p ON "
                           "p.id = t.plan_id WHERE %1 ORDER BY t.plan_id, t.position, t.id")
                .arg(kOpenAsOf),
            {iso(from)}, error))
        return false;
    while (q.next()) {
        DueTaskRow t;
        t.id = q.value(0).toLongLong();
        t.rank = int(facts.tasks.size());
        t.code = q.value(1).toString();
        t.title = q.value(2).toString();
        t.deadline = sql::toDate(q.value(3));
        t.startDate = sql::toDate(q.value(4));
        t.schedule = combineSchedules(ReportingSchedule{cycleOf(q.value(5).toInt()), q.value(7).toInt()},
                                      ReportingSchedule{cycleOf(q.value(6).toInt()), q.value(8).toInt()});
        facts.tasks.push_back(std::move(t));
    }
    return true;
}

bool DueQuery::readLeads(DueFacts &facts, StorageError *error) const
{
    QHash<qint64, size_t> at;
    for (size_t i = 0; i < facts.tasks.size(); ++i)
        at.insert(facts.tasks[i].id, i);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::run(q,
                  QStringLiteral("SELECT tu.task_id, u.name FROM task_units tu JOIN units u ON u.id = "
                                 "tu.unit_id WHERE tu.role = 0 ORDER BY tu.task_id, tu.position"),
                  {}, error))
        return false;
    while (q.next()) {
        const auto it = at.constFind(q.value(0).toLongLong());
        if (it != at.constEnd())
            facts.tasks[*it].leads.append(q.value(1).toString());
    }
    return true;
}

bool DueQuery::readLastReports(QDate from, DueFacts &facts, StorageError *error) const
{
    QHash<qint64, size_t> at;
    for (size_t i = 0; i < facts.tasks.size(); ++i)
        at.insert(facts.tasks[i].id, i);
    // A report counts for a period owed when a lead unit (or no unit: the office) made it, as the rules say.
    // Only a report dated on or after the first day of a period due from `from` on can count: no period
    // (a half-year due by the 31st of the month after it at the latest) begins more than 400 days before.
    // So the reports of those days are read, by the index on their date, not the whole table; and the lead
    // is checked here, against the leads already read, not per report in SQL.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::run(q,
                  // A plain aggregate (any SQL), not SQLite's bare-column max (SqlDialect::latestReports).
                  QStringLiteral("SELECT r.task_id, r.unit, max(r.reported_on) FROM progress_reports r WHERE "
                                 "r.reported_on >= ? AND r.reported_on <= ? GROUP BY r.task_id, r.unit"),
                  {iso(from.addDays(-400)), iso(from)}, error))
        return false;
    while (q.next()) {
        const auto it = at.constFind(q.value(0).toLongLong());
        if (it == at.constEnd())
            continue;
        DueTaskRow &t = facts.tasks[*it];
        const QString unit = q.value(1).toString();
        if (!unit.isEmpty() && !t.leads.contains(unit))
            continue;
        const QDate on = sql::toDate(q.value(2));
        if (!t.lastLeadReport.isValid() || on > t.lastLeadReport)
            t.lastLeadReport = on;
    }
    return true;
}

bool DueQuery::readMilestones(QDate from, QDate to, DueFacts &facts, StorageError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::run(
            q,
            QStringLiteral("SELECT m.task_id, m.due_on, m.text FROM milestones m JOIN tasks t ON t.id = "
                           "m.task_id WHERE m.done = 0 AND m.due_on >= ? AND m.due_on <= ? AND %1 "
                           "ORDER BY m.due_on, m.task_id, m.id")
                .arg(kOpenAsOf),
            {iso(from), iso(to), iso(from)}, error))
        return false;
    while (q.next())
        facts.milestones.append(
            DueMilestoneRow{q.value(0).toLongLong(), sql::toDate(q.value(1)), q.value(2).toString()});
    return true;
}

bool DueQuery::readRecords(QDate from, QDate to, DueFacts &facts, StorageError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::run(
            q,
            QStringLiteral("SELECT r.id, r.task_id, r.kind, r.issued_on, r.unit, r.text, r.response_due, "
                           "r.notice_id, r.version FROM supervision_records r JOIN tasks t ON t.id = "
                           "r.task_id WHERE r.response_due >= ? AND r.response_due <= ? AND r.issued_on "
                           "<= ? AND (r.responded_on IS NULL OR r.responded_on > ?) AND %1 ORDER BY "
                           "r.response_due, r.id")
                .arg(kOpenAsOf),
            {iso(from), iso(to), iso(from), iso(from), iso(from)}, error))
        return false;
    while (q.next()) {
        SupervisionRecord r;
        r.id = q.value(0).toLongLong();
        r.taskId = q.value(1).toLongLong();
        r.kind =
            q.value(2).toInt() == 1 ? SupervisionRecord::Kind::Notice : SupervisionRecord::Kind::Reminder;
        r.date = sql::toDate(q.value(3));
        r.unit = q.value(4).toString();
        r.text = q.value(5).toString();
        r.responseDue = sql::toDate(q.value(6));
        r.noticeId = q.value(7).toLongLong();
        r.version = q.value(8).toInt();
        facts.records.append(r);
    }
    return true;
}

} // namespace duban::core
