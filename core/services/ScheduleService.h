#pragma once

#include "core/domain/Task.h"
#include "core/rules/ReportingPeriod.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace duban::core {

class Database;

/// Reporting schedules (报送周期): a plan's, and a task's own over it (effectiveSchedule(): the task's, else
/// the plan's, else the ledger's default of the status thresholds). Refusals of bad input are
/// StorageError::Code::Invalid. The window writes a task's schedule as any edit of the task (OpenLedger),
/// the command line through setTaskSchedule(); both leave an "edit" of the field "reporting" in its history.
class ScheduleService final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::ScheduleService)
public:
    explicit ScheduleService(Database &database);

    /// Why a schedule cannot be stored: a due day outside 1–31 (a 旬: 1–9 days after it), or a due day
    /// for a task that reports once or never. True when it can.
    static bool validate(const ReportingSchedule &schedule, StorageError *error);
    /// A schedule typed as people name it: "monthly", "monthly:10" (by the 10th of the next month),
    /// "ten-days:3", "quarterly:15", "half-yearly", "once", "none", "default" (the next level's); nullopt
    /// with `error` (Invalid) otherwise. validate() applies.
    static std::optional<ReportingSchedule> parse(const QString &text, StorageError *error);
    /// The form parse() reads: "quarterly:15", "monthly", "default".
    static QString key(const ReportingSchedule &schedule);

    std::optional<ReportingSchedule> planSchedule(qint64 planId, StorageError *error = nullptr) const;
    bool setPlanSchedule(qint64 planId, const ReportingSchedule &schedule, StorageError *error);

    /// The task's own schedule (Default / 0: its plan's).
    std::optional<ReportingSchedule> taskSchedule(qint64 taskId, StorageError *error = nullptr) const;
    /// Stores the task's own schedule (a versioned edit with its history entry); `saved` gets the task as
    /// written.
    bool setTaskSchedule(qint64 taskId, const ReportingSchedule &schedule, Task *saved, StorageError *error);

    /// The schedule in force for the task: its own over its plan's over the ledger's (cycle never Default).
    std::optional<ReportingSchedule> effectiveSchedule(qint64 taskId, StorageError *error = nullptr) const;

private:
    Database &m_database;
};

} // namespace duban::core
