#include "StatusLoader.h"

#include "Database.h"

#include "SqlHelpers.h"
#include "TaskRowLoader.h"

namespace duban::core {

StatusLoader::StatusLoader(Database &database) : m_database(&database), m_db(database.connection()) {}

StatusSnapshot StatusLoader::load(QDate asOf, bool withReports) const
{
    return load(asOf, withReports, 0);
}

StatusSnapshot StatusLoader::loadTask(QDate asOf, qint64 taskId) const
{
    return load(asOf, true, taskId);
}

StatusSnapshot StatusLoader::load(QDate asOf, bool withReports, qint64 onlyTask) const
{
    StatusSnapshot s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    auto jd = [](const QVariant &v) {
        const qint32 d = TaskRowLoader::julianDay(v.toString());
        return d ? QDate::fromJulianDay(d) : QDate();
    };
    // One task (after an edit) or all of them: the same statements with an extra bound condition.
    const QVariantList task = onlyTask ? QVariantList{onlyTask} : QVariantList();
    const QString whereTask = onlyTask ? QStringLiteral(" WHERE t.id = ?") : QString();
    const QString andTask = onlyTask ? QStringLiteral(" AND task_id = ?") : QString();
    if (!sql::run(
            q,
            QStringLiteral("SELECT t.id, t.deadline, t.status, t.completed_on, t.reporting, p.plan_year "
                           "FROM tasks t JOIN plans p ON p.id = t.plan_id%1 ORDER BY t.id")
                .arg(whereTask),
            task, nullptr))
        return s;
    while (q.next()) {
        TaskFacts f;
        f.deadline = jd(q.value(1));
        f.status = q.value(2).toInt() == 1 ? TaskStatus::Completed : TaskStatus::Open;
        f.completedOn = jd(q.value(3));
        f.cycle = static_cast<ReportingCycle>(q.value(4).toInt());
        const int year = q.value(5).toInt();
        if (year > 0 && f.deadline.isValid() && f.deadline.year() == year)
            f.periodStart = QDate(year, 1, 1);
        s.indexOf.insert(q.value(0).toLongLong(), int(s.taskIds.size()));
        s.taskIds.push_back(q.value(0).toLongLong());
        s.facts.push_back(f);
    }

    // Milestones, grouped by task (tasks are in id order, so are the milestones).
    std::vector<std::pair<int, size_t>> ranges(s.facts.size(), {0, 0}); // start, count
    if (sql::run(q,
                 QStringLiteral("SELECT task_id, due_on, done FROM milestones%1 ORDER BY task_id, due_on")
                     .arg(onlyTask ? QStringLiteral(" WHERE task_id = ?") : QString()),
                 task, nullptr)) {
        while (q.next()) {
            const int i = s.indexOf.value(q.value(0).toLongLong(), -1);
            if (i < 0)
                continue;
            if (ranges[size_t(i)].second == 0)
                ranges[size_t(i)].first = int(s.milestones.size());
            ++ranges[size_t(i)].second;
            s.milestones.push_back(MilestoneFact{jd(q.value(1)), q.value(2).toBool()});
        }
    }
    for (size_t i = 0; i < s.facts.size(); ++i) {
        if (ranges[i].second)
            s.facts[i].milestones =
                std::span<const MilestoneFact>(s.milestones.data() + ranges[i].first, ranges[i].second);
    }

    const QString asOfText = asOf.toString(Qt::ISODate);
    const QString reportsQuery =
        onlyTask ? QStringLiteral("SELECT task_id, reported_on, percent FROM progress_reports "
                                  "WHERE reported_on <= ?%1 ORDER BY reported_on DESC, "
                                  "percent DESC LIMIT 1")
                       .arg(andTask)
                 : m_database->dialect().latestReportPerTaskQuery();
    if (withReports && sql::run(q, reportsQuery, QVariantList{asOfText} + task, nullptr)) {
        while (q.next()) {
            const int i = s.indexOf.value(q.value(0).toLongLong(), -1);
            if (i < 0)
                continue;
            s.facts[size_t(i)].lastReport = jd(q.value(1));
            s.facts[size_t(i)].lastPercent = q.value(2).toInt();
        }
    }
    if (sql::run(q,
                 QStringLiteral("SELECT task_id, min(response_due) FROM supervision_records "
                                "WHERE response_due IS NOT NULL AND issued_on <= ? "
                                "AND (responded_on IS NULL OR responded_on > ?)%1 GROUP BY task_id")
                     .arg(andTask),
                 QVariantList{asOfText, asOfText} + task, nullptr)) {
        while (q.next()) {
            const int i = s.indexOf.value(q.value(0).toLongLong(), -1);
            if (i >= 0)
                s.facts[size_t(i)].unansweredResponseDue = jd(q.value(1));
        }
    }
    return s;
}

} // namespace duban::core
