#pragma once

#include "core/domain/Indicator.h"
#include "core/domain/Observation.h"
#include "core/domain/TargetEntry.h"
#include "core/rules/TargetTolerances.h"
#include "StorageError.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace duban::core {

class Database;

/// Indicators, the targets on them and their observations (实绩). Multi-row writes are one transaction.
class IndicatorRepository final
{
public:
    explicit IndicatorRepository(Database &database);

    QList<Indicator> all(StorageError *error = nullptr) const;
    std::optional<Indicator> byId(qint64 id) const;
    std::optional<Indicator> byName(const QString &name) const;

    /// Every target: plan-level ones first, then by task order.
    QList<TargetEntry> targets(StorageError *error = nullptr) const;
    std::optional<TargetEntry> target(qint64 id) const;
    /// Saves indicator name, value, measure, comparator, stretch, period and unit of a stored target. A new
    /// indicator name links the target to that indicator, creating it if needed. One transaction.
    /// Writes the target if it still has entry.version (then increments it); Conflict when another writer
    /// changed it meanwhile.
    bool updateTarget(TargetEntry &entry, StorageError *error);

    /// The indicator's observations, sorted by period key.
    QList<Observation> observations(qint64 indicatorId) const;
    /// Every observation, by indicator id.
    QHash<qint64, QList<Observation>> allObservations(StorageError *error = nullptr) const;
    std::optional<Observation> observation(qint64 indicatorId, const QString &period) const;
    /// Inserts or replaces the value for (indicator, period); keeps observation.id when inserting one that
    /// has an id (undo of a deletion). Fills in the id. No transaction of its own.
    bool setObservation(Observation &observation, StorageError *error);
    bool removeObservation(qint64 id, StorageError *error);
    /// setObservation for each, in one transaction: all or nothing.
    bool setObservations(QList<Observation> &observations, StorageError *error);
    /// Removes the given observations and restores `restore` in one transaction (undo of an import).
    bool replaceObservations(const QList<qint64> &remove, QList<Observation> &restore, StorageError *error);

    /// Tolerances of the evaluation, from the ledger's settings table (defaults when unset).
    TargetTolerances tolerances() const;
    bool setTolerances(const TargetTolerances &tolerances, StorageError *error);

private:
    qint64 ensureIndicator(const QString &name, const QString &measure, StorageError *error);

    Database *m_database;
    QSqlDatabase m_db; ///< m_database's connection
};

} // namespace duban::core
