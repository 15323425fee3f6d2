#include "StatusLoader.h"

#include "Database.h"

#include "CalendarRepository.h"
#include "core/domain/Loop.h"
#include "core/rules/StatusRules.h"
#include "core/rules/WorkCalendar.h"
#include "SqlHelpers.h"
#include "TaskRowLoader.h"

#include <algorithm>

namespace duban::core {

namespace {

QDate dateOf(const QVariant &v)
{
    const qint32 d = TaskRowLoader::julianDay(v.toString());
    return d ? QDate::fromJulianDay(d) : QDate();
}

/// The bound values that keep a statement to one task, or none.
QVariantList taskValue(qint64 onlyTask)
{
    return onlyTask ? QVariantList{onlyTask} : QVariantList();
}

QString andTask(qint64 onlyTask, const QString &column = QStringLiteral("task_id"))
{
    return onlyTask ? QStringLiteral(" AND %1 = ?").arg(column) : QString();
}

/// Whether a report counts for the period owed: by a lead unit of its task, or by no unit.
const QString kByLead = QStringLiteral("(r.unit = '' OR EXISTS (SELECT 1 FROM task_units tu JOIN units u ON "
                                       "u.id = tu.unit_id WHERE tu.task_id = "
                                       "r.task_id AND tu.role = 0 AND u.name = r.unit))");

/// TaskFacts::firstOwedReport of the tasks owing a periodic report: the first report of a lead unit since
/// the first day `firsts[column[i]]` of task i's period, one column per first day.
void readFirstReportsSince(const QSqlDatabase &db, StatusSnapshot &s, const QList<QDate> &firsts,
                           const std::vector<int> &column, QDate asOf, qint64 onlyTask)
{
    QStringList columns;
    QVariantList values;
    for (const QDate &first : firsts) {
        columns.append(QStringLiteral("min(CASE WHEN r.reported_on >= ? THEN r.reported_on END)"));
        values.append(first.toString(Qt::ISODate));
    }
    values.append(std::ranges::min(firsts).toString(Qt::ISODate));
    values.append(asOf.toString(Qt::ISODate));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString query =
        QStringLiteral("SELECT r.task_id, %1 FROM progress_reports r WHERE r.reported_on >= ? "
                       "AND r.reported_on <= ?%2 AND %3 GROUP BY r.task_id")
            .arg(columns.join(QStringLiteral(", ")), andTask(onlyTask, QStringLiteral("r.task_id")), kByLead);
    if (!sql::run(q, query, values + taskValue(onlyTask), nullptr))
        return;
    while (q.next()) {
        const int i = s.indexOf.value(q.value(0).toLongLong(), -1);
        if (i >= 0 && column[size_t(i)] >= 0)
            s.facts[size_t(i)].firstOwedReport = dateOf(q.value(1 + column[size_t(i)]));
    }
}

/// TaskFacts::firstOwedReport of the tasks that report once (and owe it): their lead units' reports in
/// date order, the first on or after the task's start.
void readOnceReports(const QSqlDatabase &db, StatusSnapshot &s, const std::vector<ReportingPeriod> &owed,
                     QDate asOf, const StatusThresholds &thresholds, qint64 onlyTask)
{
    // The cycle in force, as the facts combine it (the task's, else the plan's; Default: the ledger's).
    QString cycles = QString::number(int(ReportingCycle::Once));
    if (effectiveCycle(ReportingCycle::Default, thresholds) == ReportingCycle::Once)
        cycles += QStringLiteral(", %1").arg(int(ReportingCycle::Default));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString query =
        QStringLiteral("SELECT r.task_id, r.reported_on FROM progress_reports r JOIN tasks t ON t.id = "
                       "r.task_id JOIN plans p ON p.id = t.plan_id WHERE r.reported_on <= ? AND (CASE WHEN "
                       "t.reporting <> 0 THEN t.reporting ELSE p.reporting END) IN (%1)%2 AND %3 ORDER BY "
                       "r.task_id, r.reported_on")
            .arg(cycles, andTask(onlyTask, QStringLiteral("r.task_id")), kByLead);
    if (!sql::run(q, query, QVariantList{asOf.toString(Qt::ISODate)} + taskValue(onlyTask), nullptr))
        return;
    while (q.next()) {
        const int i = s.indexOf.value(q.value(0).toLongLong(), -1);
        if (i < 0 || owed[size_t(i)].cycle != ReportingCycle::Once)
            continue;
        TaskFacts &f = s.facts[size_t(i)];
        const QDate on = dateOf(q.value(1));
        if (!f.firstOwedReport.isValid() && on >= owed[size_t(i)].first)
            f.firstOwedReport = on;
    }
}

} // namespace

StatusLoader::StatusLoader(Database &database) : m_database(&database), m_db(database.connection()) {}

StatusSnapshot StatusLoader::load(QDate asOf, const StatusThresholds &thresholds, bool withReports) const
{
    return load(asOf, thresholds, withReports, 0);
}

StatusSnapshot StatusLoader::loadTask(QDate asOf, const StatusThresholds &thresholds, qint64 taskId) const
{
    return load(asOf, thresholds, true, taskId);
}

StatusSnapshot StatusLoader::load(QDate asOf, const StatusThresholds &thresholds, bool withReports,
                                  qint64 onlyTask) const
{
    StatusSnapshot s;
    readTasks(s, onlyTask);
    if (s.facts.empty())
        return s;
    readMilestones(s, onlyTask);
    readDeadlinesInForce(s, asOf, onlyTask);
    if (withReports) {
        readLatestReports(s, asOf, onlyTask);
        readOwedReports(s, asOf, thresholds, onlyTask);
        readRequests(s, asOf, onlyTask);
        readSignOffs(s, asOf, thresholds, onlyTask);
    } else {
        for (TaskFacts &f : s.facts)
            f.reportsRead = false;
    }
    readNotices(s, asOf, onlyTask);
    return s;
}

void StatusLoader::readTasks(StatusSnapshot &s, qint64 onlyTask) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::run(
            q,
            QStringLiteral("SELECT t.id, t.deadline, t.status, t.completed_on, t.reporting, p.plan_year, "
                           "p.issued_on, t.start_date, t.report_due_day, p.reporting, p.report_due_day "
                           "FROM tasks t JOIN plans p ON p.id = t.plan_id%1 ORDER BY t.id")
                .arg(onlyTask ? QStringLiteral(" WHERE t.id = ?") : QString()),
            taskValue(onlyTask), nullptr))
        return;
    while (q.next()) {
        TaskFacts f;
        f.deadline = dateOf(q.value(1));
        f.status = q.value(2).toInt() == 1 ? TaskStatus::Completed : TaskStatus::Open;
        f.completedOn = dateOf(q.value(3));
        // The task's schedule over its plan's; the ledger's default fills in what neither says.
        const ReportingSchedule schedule = combineSchedules(
            ReportingSchedule{static_cast<ReportingCycle>(q.value(4).toInt()), q.value(8).toInt()},
            ReportingSchedule{static_cast<ReportingCycle>(q.value(9).toInt()), q.value(10).toInt()});
        f.cycle = schedule.cycle;
        f.reportDueDay = schedule.dueDay;
        f.startDate = dateOf(q.value(7));
        f.periodStart = periodStartOf(q.value(5).toInt(), dateOf(q.value(6)), f.startDate);
        s.indexOf.insert(q.value(0).toLongLong(), int(s.taskIds.size()));
        s.taskIds.push_back(q.value(0).toLongLong());
        s.facts.push_back(f);
    }
}

void StatusLoader::readMilestones(StatusSnapshot &s, qint64 onlyTask) const
{
    // Grouped by task (tasks are in id order, so are the milestones).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    std::vector<std::pair<int, size_t>> ranges(s.facts.size(), {0, 0}); // start, count
    if (sql::run(q,
                 QStringLiteral("SELECT task_id, due_on, done FROM milestones%1 ORDER BY task_id, due_on")
                     .arg(onlyTask ? QStringLiteral(" WHERE task_id = ?") : QString()),
                 taskValue(onlyTask), nullptr)) {
        while (q.next()) {
            const int i = s.indexOf.value(q.value(0).toLongLong(), -1);
            if (i < 0)
                continue;
            if (ranges[size_t(i)].second == 0)
                ranges[size_t(i)].first = int(s.milestones.size());
            ++ranges[size_t(i)].second;
            s.milestones.push_back(MilestoneFact{dateOf(q.value(1)), q.value(2).toBool()});
        }
    }
    for (size_t i = 0; i < s.facts.size(); ++i) {
        if (ranges[i].second)
            s.facts[i].milestones =
                std::span<const MilestoneFact>(s.milestones.data() + ranges[i].first, ranges[i].second);
    }
}

void StatusLoader::readLatestReports(StatusSnapshot &s, QDate asOf, qint64 onlyTask) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString reportsQuery =
        onlyTask ? QStringLiteral("SELECT task_id, reported_on, percent FROM progress_reports "
                                  "WHERE reported_on <= ?%1 ORDER BY reported_on DESC, "
                                  "percent DESC LIMIT 1")
                       .arg(andTask(onlyTask))
                 : m_database->dialect().latestReportPerTaskQuery();
    if (!sql::run(q, reportsQuery, QVariantList{asOf.toString(Qt::ISODate)} + taskValue(onlyTask), nullptr))
        return;
    while (q.next()) {
        const int i = s.indexOf.value(q.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        s.facts[size_t(i)].lastReport = dateOf(q.value(1));
        s.facts[size_t(i)].lastPercent = q.value(2).toInt();
    }
}

void StatusLoader::readOwedReports(StatusSnapshot &s, QDate asOf, const StatusThresholds &thresholds,
                                   qint64 onlyTask) const
{
    // Each task's period owed under its schedule. The periodic ones share a few first days (a month, a 旬,
    // a quarter, a half-year per due day): one column each in one grouped query. A task that reports once
    // owes from its own start: read apart.
    std::vector<ReportingPeriod> owed(s.facts.size());
    std::vector<int> column(s.facts.size(), -1);
    QList<QDate> firsts;
    bool anyOnce = false;
    for (size_t i = 0; i < s.facts.size(); ++i) {
        owed[i] = owedPeriod(s.facts[i], asOf, thresholds);
        if (!owed[i].isValid())
            continue;
        if (owed[i].cycle == ReportingCycle::Once) {
            anyOnce = true;
            continue;
        }
        qsizetype c = firsts.indexOf(owed[i].first);
        if (c < 0) {
            c = firsts.size();
            firsts.append(owed[i].first);
        }
        column[i] = int(c);
    }
    if (!firsts.isEmpty())
        readFirstReportsSince(m_db, s, firsts, column, asOf, onlyTask);
    if (anyOnce)
        readOnceReports(m_db, s, owed, asOf, thresholds, onlyTask);
}

void StatusLoader::readDeadlinesInForce(StatusSnapshot &s, QDate asOf, qint64 onlyTask) const
{
    // An approved extension moves the deadline from the day it was approved: as of an earlier date the task
    // was judged against the deadline it had then, the old deadline of the first extension approved after
    // that date (extensions are chained, each one's old deadline the previous one's new).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::run(q,
                  QStringLiteral(
                      "SELECT task_id, old_deadline FROM task_requests WHERE kind = 1 AND state = %1 "
                      "AND decided_on > ? AND old_deadline IS NOT NULL%2 ORDER BY task_id, decided_on, id")
                      .arg(int(LoopRequest::State::Approved))
                      .arg(andTask(onlyTask)),
                  QVariantList{asOf.toString(Qt::ISODate)} + taskValue(onlyTask), nullptr))
        return;
    qint64 last = 0;
    while (q.next()) {
        const qint64 task = q.value(0).toLongLong();
        if (task == last)
            continue; // the first one after asOf holds the deadline in force then
        last = task;
        const int i = s.indexOf.value(task, -1);
        const QDate old = dateOf(q.value(1));
        if (i >= 0 && old.isValid())
            s.facts[size_t(i)].deadline = old;
    }
}

void StatusLoader::readRequests(StatusSnapshot &s, QDate asOf, qint64 onlyTask) const
{
    // Requests are few (a handful per task at most): read them all, oldest first, and keep per task the
    // state as of asOf of its latest completion request and its pending extension.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString asOfText = asOf.toString(Qt::ISODate);
    if (!sql::run(
            q,
            QStringLiteral("SELECT task_id, kind, state, requested_on, decided_on, decision, new_deadline "
                           "FROM task_requests WHERE requested_on <= ?%1 ORDER BY id")
                .arg(andTask(onlyTask)),
            QVariantList{asOfText} + taskValue(onlyTask), nullptr))
        return;
    while (q.next()) {
        const int i = s.indexOf.value(q.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        TaskFacts &f = s.facts[size_t(i)];
        const QDate decided = dateOf(q.value(4));
        // A decision after asOf had not been taken yet as of asOf.
        const bool decidedAsOf = decided.isValid() && decided <= asOf;
        const auto state = static_cast<LoopRequest::State>(q.value(2).toInt());
        if (q.value(1).toInt() == 0) { // completion: the latest one decides
            if (decidedAsOf && state == LoopRequest::State::Returned) {
                f.returnedOn = decided;
                f.returnReason = q.value(5).toString();
            } else {
                f.returnedOn = QDate();
                f.returnReason.clear();
            }
        } else if (!decidedAsOf) {
            f.extensionAsked = dateOf(q.value(3));
            f.extensionTo = dateOf(q.value(6));
        } else {
            f.extensionAsked = QDate();
            f.extensionTo = QDate();
        }
    }
}

void StatusLoader::readSignOffs(StatusSnapshot &s, QDate asOf, const StatusThresholds &thresholds,
                                qint64 onlyTask) const
{
    // The units of each open task that had not signed as of asOf. Tasks whose 签收 is not due yet (or that
    // have no 交办 date) owe nothing; their units are skipped in the loop below, not in SQL, so the query
    // stays one scan of task_units.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString asOfText = asOf.toString(Qt::ISODate);
    if (!sql::run(
            q,
            QStringLiteral("SELECT tu.task_id, u.name FROM task_units tu JOIN units u ON u.id = tu.unit_id "
                           "JOIN tasks t ON t.id = tu.task_id WHERE t.status = 0 AND t.start_date IS NOT "
                           "NULL AND t.start_date < ?%1 AND NOT EXISTS (SELECT 1 FROM task_signoffs so "
                           "WHERE so.task_id = tu.task_id AND so.unit = u.name AND so.signed_on <= ?) "
                           "ORDER BY tu.task_id, tu.role, tu.position")
                .arg(andTask(onlyTask, QStringLiteral("tu.task_id"))),
            QVariantList{asOfText} + taskValue(onlyTask) + QVariantList{asOfText}, nullptr))
        return;
    const WorkCalendar calendar = CalendarRepository(*m_database).calendar(nullptr);
    QHash<qint32, QDate> dueOf; // by start day: a ledger has few distinct 交办 dates
    while (q.next()) {
        const int i = s.indexOf.value(q.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        TaskFacts &f = s.facts[size_t(i)];
        if (!f.startDate.isValid())
            continue;
        if (!f.signDue.isValid()) {
            const qint32 key = qint32(f.startDate.toJulianDay());
            auto it = dueOf.constFind(key);
            if (it == dueOf.constEnd())
                it = dueOf.insert(key, calendar.addWorkdays(f.startDate, thresholds.signWorkdays));
            f.signDue = *it;
        }
        if (asOf <= f.signDue)
            continue;
        ++f.unsignedUnits;
        const QString name = q.value(1).toString();
        f.unsignedNames = f.unsignedNames.isEmpty() ? name : f.unsignedNames + QStringLiteral("、") + name;
    }
}

void StatusLoader::readNotices(StatusSnapshot &s, QDate asOf, qint64 onlyTask) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString asOfText = asOf.toString(Qt::ISODate);
    if (!sql::run(q,
                  QStringLiteral("SELECT task_id, min(response_due) FROM supervision_records "
                                 "WHERE response_due IS NOT NULL AND issued_on <= ? "
                                 "AND (responded_on IS NULL OR responded_on > ?)%1 GROUP BY task_id")
                      .arg(andTask(onlyTask)),
                  QVariantList{asOfText, asOfText} + taskValue(onlyTask), nullptr))
        return;
    while (q.next()) {
        const int i = s.indexOf.value(q.value(0).toLongLong(), -1);
        if (i >= 0)
            s.facts[size_t(i)].unansweredResponseDue = dateOf(q.value(1));
    }
}

} // namespace duban::core
