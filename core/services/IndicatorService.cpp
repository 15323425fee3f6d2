#include "IndicatorService.h"

#include "core/indicators/ObservationCsv.h"
#include "core/storage/Database.h"
#include "core/storage/IndicatorRepository.h"
#include "OpenLedger.h"

#include <QSet>

namespace duban::core {

IndicatorService::IndicatorService(Database &database, OpenLedger *ledger, QObject *parent)
    : QObject(parent), m_database(database), m_ledger(ledger)
{
    setObjectName(QStringLiteral("IndicatorService"));
}

bool IndicatorService::refused(StorageError *error) const
{
    return m_ledger && m_ledger->refuseWhileHeld(error);
}

QList<Indicator> IndicatorService::indicators() const
{
    return IndicatorRepository(m_database).all();
}

QList<TargetEntry> IndicatorService::targets() const
{
    return IndicatorRepository(m_database).targets();
}

QHash<qint64, QList<Observation>> IndicatorService::allObservations() const
{
    return IndicatorRepository(m_database).allObservations();
}

std::optional<Observation> IndicatorService::observation(qint64 indicatorId, const QString &period) const
{
    return IndicatorRepository(m_database).observation(indicatorId, period);
}

TargetTolerances IndicatorService::tolerances() const
{
    return IndicatorRepository(m_database).tolerances();
}

IndicatorService::CsvObservations IndicatorService::readCsv(const QByteArray &bytes, int defaultYear) const
{
    const ObservationCsv::Result parsed = ObservationCsv::parse(bytes, defaultYear);
    CsvObservations result;
    result.error = parsed.error;
    if (!result.error.isEmpty())
        return result;
    result.problems = parsed.problems;
    result.good = ObservationCsv::resolve(parsed.rows, indicators(), &result.problems);
    return result;
}

bool IndicatorService::saveTarget(const TargetEntry &entry, StorageError *error)
{
    if (refused(error))
        return false;
    TargetEntry expected = entry;
    expected.version = m_written.expected({0, entry.target.id}, entry.version); // see OwnWrites
    if (!IndicatorRepository(m_database).updateTarget(expected, error))
        return false;
    m_written.wrote({0, entry.target.id}, expected.version);
    emit targetsChanged();
    return true;
}

bool IndicatorService::setObservation(Observation &observation, StorageError *error)
{
    QList<Observation> one{observation};
    if (!replaceObservations({}, one, error))
        return false;
    observation = one.first();
    return true;
}

bool IndicatorService::setObservations(QList<Observation> &observations, StorageError *error)
{
    if (refused(error) || !IndicatorRepository(m_database).setObservations(observations, error))
        return false;
    announce(observations);
    return true;
}

bool IndicatorService::removeObservation(const Observation &observation, StorageError *error)
{
    if (refused(error) || !IndicatorRepository(m_database).removeObservation(observation.id, error))
        return false;
    emit observationsChanged(observation.indicatorId);
    return true;
}

bool IndicatorService::replaceObservations(const QList<qint64> &remove, QList<Observation> &write,
                                           StorageError *error)
{
    if (refused(error) || !IndicatorRepository(m_database).replaceObservations(remove, write, error))
        return false;
    announce(write);
    return true;
}

void IndicatorService::announce(const QList<Observation> &written)
{
    QSet<qint64> indicators;
    for (const Observation &o : written)
        indicators.insert(o.indicatorId);
    emit observationsChanged(indicators.size() == 1 ? *indicators.begin() : 0);
}

} // namespace duban::core
