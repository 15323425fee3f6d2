#include "IndicatorStore.h"

#include "LedgerStore.h"

#include <QSet>

#include <algorithm>

namespace duban::ui {

using namespace duban::core;

IndicatorStore::IndicatorStore(LedgerStore *ledger) : QObject(ledger), m_ledger(ledger)
{
    setObjectName(QStringLiteral("IndicatorStore"));
}

IndicatorStore *IndicatorStore::of(LedgerStore *ledger)
{
    if (auto *existing = ledger->findChild<IndicatorStore *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new IndicatorStore(ledger);
}

IndicatorRepository IndicatorStore::repository() const
{
    return IndicatorRepository(m_ledger->database());
}

bool IndicatorStore::saveTarget(const TargetEntry &entry, StorageError *error)
{
    // As LedgerStore does: a version in the unbroken run of this window's own writes expects the newest of
    // them (undo, redo); any other is taken as read, so another writer's change in between is a conflict.
    TargetEntry expected = entry;
    const auto run = m_written.constFind(entry.target.id);
    if (run != m_written.constEnd() && run->first <= entry.version && entry.version <= run->second)
        expected.version = run->second;
    const int before = expected.version;
    if (!repository().updateTarget(expected, error))
        return false;
    if (run != m_written.constEnd() && run->second == before)
        m_written[entry.target.id].second = expected.version;
    else
        m_written.insert(entry.target.id, {before, expected.version});
    emit targetsChanged();
    return true;
}

bool IndicatorStore::setObservation(Observation &observation, StorageError *error)
{
    QList<Observation> one{observation};
    if (!repository().replaceObservations({}, one, error))
        return false;
    observation = one.first();
    emit observationsChanged(observation.indicatorId);
    return true;
}

bool IndicatorStore::removeObservation(const Observation &observation, StorageError *error)
{
    if (!repository().removeObservation(observation.id, error))
        return false;
    emit observationsChanged(observation.indicatorId);
    return true;
}

bool IndicatorStore::replaceObservations(const QList<qint64> &remove, QList<Observation> &write,
                                         StorageError *error)
{
    if (!repository().replaceObservations(remove, write, error))
        return false;
    QSet<qint64> indicators;
    for (const Observation &o : std::as_const(write))
        indicators.insert(o.indicatorId);
    emit observationsChanged(indicators.size() == 1 ? *indicators.begin() : 0);
    return true;
}

} // namespace duban::ui
