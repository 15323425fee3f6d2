#include "IndicatorStore.h"

#include "LedgerStore.h"

#include <QSet>

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
    TargetEntry expected = entry;
    expected.version = m_written.expected({0, entry.target.id}, entry.version); // see OwnWrites
    if (!repository().updateTarget(expected, error))
        return false;
    m_written.wrote({0, entry.target.id}, expected.version);
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
