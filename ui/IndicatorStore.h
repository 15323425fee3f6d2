#pragma once

#include "core/domain/Observation.h"
#include "core/domain/TargetEntry.h"
#include "core/storage/IndicatorRepository.h"
#include "core/storage/OwnWrites.h"
#include "core/storage/StorageError.h"

#include <QHash>
#include <QObject>
#include <QPair>

namespace duban::ui {

class LedgerStore;

/// The indicator side of the open ledger: writes targets and observations through IndicatorRepository
/// and tells the views what changed. Lives as a child of the LedgerStore (one per ledger, see of()).
class IndicatorStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorStore)
public:
    /// The ledger's indicator store, created on first use.
    static IndicatorStore *of(LedgerStore *ledger);

    LedgerStore *ledger() const { return m_ledger; }
    core::IndicatorRepository repository() const;

    bool saveTarget(const core::TargetEntry &entry, core::StorageError *error);
    /// Inserts or replaces the value of (indicator, period); fills in the id.
    bool setObservation(core::Observation &observation, core::StorageError *error);
    bool removeObservation(const core::Observation &observation, core::StorageError *error);
    /// Removes `remove` and writes `write` (upserts) in one transaction; fills in ids.
    bool replaceObservations(const QList<qint64> &remove, QList<core::Observation> &write,
                             core::StorageError *error);

signals:
    void targetsChanged();
    /// Observations of the indicator changed (0: of several indicators).
    void observationsChanged(qint64 indicatorId);

private:
    explicit IndicatorStore(LedgerStore *ledger);

    LedgerStore *m_ledger;
    core::OwnWrites m_written; ///< versions this window's own writes gave each target, by (0, id)
};

} // namespace duban::ui
