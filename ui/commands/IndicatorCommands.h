#pragma once

#include "core/domain/Observation.h"
#include "core/domain/TargetEntry.h"
#include "StoreCommand.h"

#include <optional>

namespace duban::core {
class IndicatorService;
} // namespace duban::core

namespace duban::ui {

/// Replaces a target's indicator, value, measure, comparator, stretch, period and unit, and back.
class EditTargetCommand final : public StoreCommand
{
public:
    EditTargetCommand(core::IndicatorService *store, core::TargetEntry before, core::TargetEntry after);

private:
    bool apply(core::StorageError *error) override;
    bool revert(core::StorageError *error) override;

    core::IndicatorService *m_indicators;
    core::TargetEntry m_before;
    core::TargetEntry m_after;
};

/// Records an observation (a new period, or a new value for a period already recorded); undo restores
/// the previous value or removes it.
class SetObservationCommand final : public StoreCommand
{
public:
    SetObservationCommand(core::IndicatorService *store, core::Observation observation);

private:
    bool apply(core::StorageError *error) override;
    bool revert(core::StorageError *error) override;

    core::IndicatorService *m_indicators;
    core::Observation m_after;
    std::optional<core::Observation> m_before;
    bool m_captured = false;
};

/// Deletes an observation; the command keeps it to put it back with the same id.
class DeleteObservationsCommand final : public StoreCommand
{
public:
    DeleteObservationsCommand(core::IndicatorService *store, QList<core::Observation> observations);

private:
    bool apply(core::StorageError *error) override;
    bool revert(core::StorageError *error) override;

    core::IndicatorService *m_indicators;
    QList<core::Observation> m_observations;
};

/// Records many observations at once (paste, CSV import) in one transaction; undo restores what they
/// replaced.
class ImportObservationsCommand final : public StoreCommand
{
public:
    ImportObservationsCommand(core::IndicatorService *store, QList<core::Observation> observations);

private:
    bool apply(core::StorageError *error) override;
    bool revert(core::StorageError *error) override;

    core::IndicatorService *m_indicators;
    QList<core::Observation> m_after;
    QList<core::Observation> m_before; ///< values that were replaced
    QList<qint64> m_added;             ///< ids of observations that did not exist before
    bool m_captured = false;
};

} // namespace duban::ui
