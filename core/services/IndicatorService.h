#pragma once

#include "core/domain/Indicator.h"
#include "core/domain/Observation.h"
#include "core/domain/TargetEntry.h"
#include "core/indicators/RowProblem.h"
#include "core/rules/TargetTolerances.h"
#include "core/storage/OwnWrites.h"
#include "core/storage/StorageError.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace duban::core {

class Database;
class OpenLedger;

/// Indicators, their targets and observations (single, from CSV, pasted): reads and writes, telling the
/// views what changed. The window's is a child of its OpenLedger (OpenLedger::indicators()); the command
/// line makes one over its database.
class IndicatorService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorService)
public:
    /// `ledger`, when given, holds the writes while its integrity check runs.
    explicit IndicatorService(Database &database, OpenLedger *ledger = nullptr, QObject *parent = nullptr);

    /// The window's ledger this service belongs to (null on the command line).
    OpenLedger *ledger() const { return m_ledger; }

    QList<Indicator> indicators() const;
    QList<TargetEntry> targets() const;
    QHash<qint64, QList<Observation>> allObservations() const;
    std::optional<Observation> observation(qint64 indicatorId, const QString &period) const;
    TargetTolerances tolerances() const;

    /// Observations read from a CSV file (indicator,period,value[,source,note]): the rows whose indicator
    /// is known, the rows that are not (with their line), or why the file as a whole cannot be read.
    /// Periods written without a year (1-6月) belong to `defaultYear`. Nothing is written.
    struct CsvObservations
    {
        QList<Observation> good;
        QList<RowProblem> problems;
        QString error;
    };
    CsvObservations readCsv(const QByteArray &bytes, int defaultYear) const;

    /// Versioned: writes only over the version read (or the newest of this service's own writes).
    bool saveTarget(const TargetEntry &entry, StorageError *error);
    /// Inserts or replaces the value of (indicator, period); fills in the id.
    bool setObservation(Observation &observation, StorageError *error);
    /// Inserts or replaces several values in one transaction (all or nothing); fills in ids.
    bool setObservations(QList<Observation> &observations, StorageError *error);
    bool removeObservation(const Observation &observation, StorageError *error);
    /// Removes `remove` and writes `write` (upserts) in one transaction; fills in ids.
    bool replaceObservations(const QList<qint64> &remove, QList<Observation> &write, StorageError *error);

signals:
    void targetsChanged();
    /// Observations of the indicator changed (0: of several indicators).
    void observationsChanged(qint64 indicatorId);

private:
    bool refused(StorageError *error) const;
    void announce(const QList<Observation> &written);

    Database &m_database;
    OpenLedger *m_ledger;
    OwnWrites m_written; ///< versions this service's own writes gave each target, by (0, id)
};

} // namespace duban::core
