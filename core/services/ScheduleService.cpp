#include "ScheduleService.h"

#include "core/rules/StatusRules.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/Transaction.h"

namespace duban::core {

namespace {

constexpr int kMaxTenDayDueDays = 9;

} // namespace

namespace {

/// The task, or nullopt with `error` saying why (NotFound when there is none).
std::optional<Task> loadTask(Database &database, qint64 taskId, StorageError *error)
{
    StorageError failure;
    std::optional<Task> task = TaskRepository(database).load(taskId, &failure);
    if (!task) {
        if (failure.message.isEmpty())
            sql::setError(error, StorageError::Code::NotFound,
                          ScheduleService::tr("The task no longer exists."));
        else if (error)
            *error = failure;
    }
    return task;
}

} // namespace

ScheduleService::ScheduleService(Database &database) : m_database(database) {}

bool ScheduleService::validate(const ReportingSchedule &s, StorageError *error)
{
    if (s.dueDay == 0)
        return true;
    if (s.cycle == ReportingCycle::Once || s.cycle == ReportingCycle::None) {
        sql::setError(error, StorageError::Code::Invalid,
                      tr("A task that reports once (by its deadline) or never has no due day."));
        return false;
    }
    if (s.cycle == ReportingCycle::TenDays && (s.dueDay < 1 || s.dueDay > kMaxTenDayDueDays)) {
        sql::setError(error, StorageError::Code::Invalid,
                      tr("A ten-day report is due 1 to %1 days after its ten days, not %2.")
                          .arg(kMaxTenDayDueDays)
                          .arg(s.dueDay));
        return false;
    }
    if (s.dueDay < 1 || s.dueDay > kMaxReportDueDay) {
        sql::setError(error, StorageError::Code::Invalid,
                      tr("The due day must be a day of the month from 1 to %1, not %2.")
                          .arg(kMaxReportDueDay)
                          .arg(s.dueDay));
        return false;
    }
    return true;
}

std::optional<ReportingSchedule> ScheduleService::parse(const QString &text, StorageError *error)
{
    const QString t = text.trimmed().toLower();
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    bool known = false;
    ReportingSchedule s;
    s.cycle = reportingCycleFromKey(colon < 0 ? t : t.left(colon), &known);
    if (!known) {
        sql::setError(
            error, StorageError::Code::Invalid,
            tr("Unknown reporting schedule “%1”: use monthly, ten-days, quarterly, half-yearly, once, "
               "none or default, with :DAY for the due day (monthly:10).")
                .arg(text));
        return std::nullopt;
    }
    if (colon >= 0) {
        bool ok = false;
        s.dueDay = t.mid(colon + 1).toInt(&ok);
        if (!ok || s.dueDay <= 0) {
            sql::setError(error, StorageError::Code::Invalid,
                          tr("The due day of “%1” is not a whole number from 1 to %2.")
                              .arg(text)
                              .arg(kMaxReportDueDay));
            return std::nullopt;
        }
    }
    if (!validate(s, error))
        return std::nullopt;
    return s;
}

QString ScheduleService::key(const ReportingSchedule &s)
{
    return s.dueDay > 0 ? QStringLiteral("%1:%2").arg(reportingCycleKey(s.cycle)).arg(s.dueDay)
                        : reportingCycleKey(s.cycle);
}

std::optional<ReportingSchedule> ScheduleService::planSchedule(qint64 planId, StorageError *error) const
{
    return PlanRepository(m_database).schedule(planId, error);
}

bool ScheduleService::setPlanSchedule(qint64 planId, const ReportingSchedule &schedule, StorageError *error)
{
    return validate(schedule, error) && PlanRepository(m_database).setSchedule(planId, schedule, error);
}

std::optional<ReportingSchedule> ScheduleService::taskSchedule(qint64 taskId, StorageError *error) const
{
    const std::optional<Task> task = loadTask(m_database, taskId, error);
    if (!task)
        return std::nullopt;
    return ReportingSchedule{task->reporting, task->reportDueDay};
}

bool ScheduleService::setTaskSchedule(qint64 taskId, const ReportingSchedule &schedule, Task *saved,
                                      StorageError *error)
{
    if (!validate(schedule, error))
        return false;
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return false;
    TaskRepository tasks(m_database);
    const std::optional<Task> before = loadTask(m_database, taskId, error);
    if (!before)
        return false;
    Task after = *before;
    after.reporting = schedule.cycle;
    after.reportDueDay = schedule.dueDay;
    if (!tasks.updateChanged(*before, after, error) || !tx.commit(error))
        return false;
    if (saved)
        *saved = after;
    return true;
}

std::optional<ReportingSchedule> ScheduleService::effectiveSchedule(qint64 taskId, StorageError *error) const
{
    const std::optional<Task> task = loadTask(m_database, taskId, error);
    if (!task)
        return std::nullopt;
    const std::optional<ReportingSchedule> plan = planSchedule(task->planId, error);
    if (!plan)
        return std::nullopt;
    const ReportingSchedule combined =
        combineSchedules(ReportingSchedule{task->reporting, task->reportDueDay}, *plan);
    return core::effectiveSchedule(combined, SettingsRepository(m_database).statusThresholds());
}

} // namespace duban::core
