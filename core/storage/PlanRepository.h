#pragma once

#include "core/rules/ReportingPeriod.h"
#include "domain/PlanDocument.h"
#include "domain/Unit.h"
#include "StorageError.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace duban::core {

class Database;

/// Plans with their sections and plan-level targets; saves a whole decomposed document in one transaction.
class PlanRepository final
{
public:
    explicit PlanRepository(Database &database);

    QList<Plan> all(StorageError *error = nullptr) const;
    std::optional<Plan> byId(qint64 id) const;
    std::optional<Plan> findByNumber(const QString &number, StorageError *error = nullptr) const;
    QList<Section> sections(qint64 planId = 0, StorageError *error = nullptr) const;
    QList<Target> planTargets(qint64 planId) const;

    /// Saves the plan, its sections, tasks (with units, milestones, targets) and plan targets.
    /// Fills in the ids (keeps them when document.plan.id is set: a plan put back by redo). Returns the plan
    /// id, or 0 with nothing written.
    qint64 save(PlanDocument &document, StorageError *error);
    /// As save(), first registering `units` with their kinds (groups stay groups).
    qint64 save(PlanDocument &document, const QList<Unit> &units, StorageError *error);
    /// The parts of a re-import (ImportService::update holds the policy), inside the caller's transaction.
    bool updateHeader(const Plan &plan, StorageError *error);
    /// Reuses the plan's sections with the same code and title, adds the others, removes the unused;
    /// fills in ids and positions.
    bool syncSections(qint64 planId, QList<Section> &sections, StorageError *error);
    /// Replaces the targets of a task (taskId > 0) or the plan-level targets (taskId 0); fills in ids.
    bool replaceTargets(qint64 planId, qint64 taskId, QList<Target> &targets, StorageError *error);
    bool setSourceLine(qint64 taskId, int line, StorageError *error);
    /// Whether the task has progress reports or supervision records (nullopt: the query failed).
    std::optional<bool> hasHistory(qint64 taskId, StorageError *error) const;
    /// Whether any task of the plan has them.
    std::optional<bool> planHasHistory(qint64 planId, StorageError *error) const;
    bool removeTask(qint64 taskId, StorageError *error);
    /// The saved plan as a PlanDocument (for comparing with a re-import).
    std::optional<PlanDocument> loadDocument(qint64 planId) const;
    /// The plan's reporting schedule (plans.reporting, plans.report_due_day; Default / 0: the ledger's);
    /// nullopt when there is no such plan or the query failed.
    std::optional<ReportingSchedule> schedule(qint64 planId, StorageError *error = nullptr) const;
    /// Every plan's schedule, by plan id.
    QHash<qint64, ReportingSchedule> schedules(StorageError *error = nullptr) const;
    /// Stores the plan's schedule (no validation: ScheduleService holds the rules); NotFound without the
    /// plan.
    bool setSchedule(qint64 planId, const ReportingSchedule &schedule, StorageError *error);
    qint64 insertPlan(Plan &plan, StorageError *error);
    qint64 insertSection(Section &section, StorageError *error);
    bool remove(qint64 planId, StorageError *error);

private:
    Database *m_database;
    QSqlDatabase m_db; ///< m_database's connection
};

} // namespace duban::core
