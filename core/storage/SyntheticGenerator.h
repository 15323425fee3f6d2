#pragma once

#include "StorageError.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

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
    Database *m_database;
    QSqlDatabase m_db; ///< m_database's connection
};

} // namespace duban::core
