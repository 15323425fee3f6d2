#include "IndicatorCommands.h"

#include "core/services/IndicatorService.h"

#include <QCoreApplication>

namespace duban::ui {

using namespace duban::core;

EditTargetCommand::EditTargetCommand(core::IndicatorService *store, TargetEntry before, TargetEntry after)
    : StoreCommand(store->ledger(),
                   QCoreApplication::translate("duban::ui::IndicatorCommands", "Edit target %1")
                       .arg(after.target.name)),
      m_indicators(store), m_before(std::move(before)), m_after(std::move(after))
{
}

bool EditTargetCommand::apply(StorageError *error)
{
    return m_indicators->saveTarget(m_after, error);
}

bool EditTargetCommand::revert(StorageError *error)
{
    return m_indicators->saveTarget(m_before, error);
}

SetObservationCommand::SetObservationCommand(core::IndicatorService *store, Observation observation)
    : StoreCommand(
          store->ledger(),
          QCoreApplication::translate("duban::ui::IndicatorCommands", "Record %1").arg(observation.period)),
      m_indicators(store), m_after(std::move(observation))
{
}

bool SetObservationCommand::apply(StorageError *error)
{
    if (!m_captured) {
        m_before = m_indicators->observation(m_after.indicatorId, m_after.period);
        if (m_before)
            m_after.id = m_before->id;
        m_captured = true;
    }
    return m_indicators->setObservation(m_after, error);
}

bool SetObservationCommand::revert(StorageError *error)
{
    if (m_before) {
        Observation before = *m_before;
        return m_indicators->setObservation(before, error);
    }
    return m_indicators->removeObservation(m_after, error);
}

DeleteObservationsCommand::DeleteObservationsCommand(core::IndicatorService *store,
                                                     QList<Observation> observations)
    : StoreCommand(store->ledger(),
                   observations.size() == 1
                       ? QCoreApplication::translate("duban::ui::IndicatorCommands", "Delete %1")
                             .arg(observations.first().period)
                       : QCoreApplication::translate("duban::ui::IndicatorCommands",
                                                     "Delete %n observation(s)", nullptr,
                                                     int(observations.size()))),
      m_indicators(store), m_observations(std::move(observations))
{
}

bool DeleteObservationsCommand::apply(StorageError *error)
{
    // One transaction for all of them: a failure deletes none.
    QList<qint64> ids;
    for (const Observation &o : std::as_const(m_observations))
        ids.append(o.id);
    QList<Observation> none;
    return m_indicators->replaceObservations(ids, none, error);
}

bool DeleteObservationsCommand::revert(StorageError *error)
{
    QList<Observation> restored = m_observations;
    return m_indicators->replaceObservations({}, restored, error);
}

ImportObservationsCommand::ImportObservationsCommand(core::IndicatorService *store,
                                                     QList<Observation> observations)
    : StoreCommand(store->ledger(),
                   QCoreApplication::translate("duban::ui::IndicatorCommands", "Record %n observation(s)",
                                               nullptr, int(observations.size()))),
      m_indicators(store), m_after(std::move(observations))
{
}

bool ImportObservationsCommand::apply(StorageError *error)
{
    if (!m_captured) {
        for (Observation &o : m_after) {
            if (auto existing = m_indicators->observation(o.indicatorId, o.period)) {
                m_before.append(*existing);
                o.id = existing->id;
            }
        }
    }
    if (!m_indicators->replaceObservations({}, m_after, error))
        return false;
    if (!m_captured) {
        for (const Observation &o : std::as_const(m_after)) {
            const bool existed = std::any_of(m_before.cbegin(), m_before.cend(),
                                             [&](const Observation &b) { return b.id == o.id; });
            if (!existed)
                m_added.append(o.id);
        }
        m_captured = true;
    }
    return true;
}

bool ImportObservationsCommand::revert(StorageError *error)
{
    QList<Observation> before = m_before;
    return m_indicators->replaceObservations(m_added, before, error);
}

} // namespace duban::ui
