#pragma once

#include "StorageError.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

class QDate;

namespace duban::core {

class Database;

/// What `duban generate` writes.
struct SyntheticSpec
{
    qint64 tasks = 1000;
    qint64 reports = 10000;
    quint64 seed = 1;
    int firstYear = 2022; ///< plans span firstYear .. firstYear + years - 1
    int years = 5;
    int tasksPerPlan = 400;
};

/// How many rows of each kind a generation wrote.
struct SyntheticCounts
{
    qint64 plans = 0;
    qint64 sections = 0;
    qint64 units = 0;
    qint64 tasks = 0;
    qint64 taskUnits = 0;
    qint64 milestones = 0;
    qint64 reports = 0;
    qint64 records = 0;
    qint64 targets = 0;
    qint64 observations = 0;
};

/// Writes a realistic synthetic ledger — plans over several years (titled as synthetic), sections, about 60
/// units with groups, a lead and 0–6 co-units per task, deadlines and milestones, progress reports,
/// supervision records, targets with monthly observations — deterministically for a seed, in one
/// transaction. For benchmarks and trying Duban at scale.
class SyntheticGenerator final
{
public:
    explicit SyntheticGenerator(Database &database);

    /// `progress(done, total)` may be null. Returns false (nothing written) on failure.
    bool generate(const SyntheticSpec &spec, SyntheticCounts *counts, StorageError *error,
                  const std::function<void(qint64, qint64)> &progress = {});

private:
    struct Run; ///< the state of one generate() call: the spec, the random draws, the ids written so far

    bool insertUnits(Run &run);
    bool insertIndicators(Run &run);
    bool prepareTaskStatements(Run &run);
    bool insertPlan(Run &run, qint64 index, qint64 plans, qint64 &made);
    bool insertSections(Run &run, qint64 planId, std::vector<qint64> &sections);
    bool insertPlanTargets(Run &run, qint64 planId, int year);
    bool insertTask(Run &run, qint64 planId, qint64 sectionId, int year, qint64 position);
    bool insertTaskUnits(Run &run, qint64 taskId, int lead);
    bool insertMilestones(Run &run, qint64 taskId, int year, const QDate &deadline, bool completed);
    bool insertReports(Run &run);
    bool insertRecords(Run &run);

    Database *m_database;
    QSqlDatabase m_db; ///< m_database's connection
};

} // namespace duban::core
