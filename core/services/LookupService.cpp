#include "LookupService.h"

#include "UnitOrder.h"

#include "core/indicators/IndicatorMatch.h"
#include "core/storage/Database.h"
#include "core/storage/IndicatorRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/UnitRepository.h"

#include <QDate>

#include <algorithm>

namespace duban::core {

LookupService::LookupService(Database &database) : m_database(database) {}

QList<Unit> LookupService::units() const
{
    QList<Unit> units = UnitRepository(m_database).all();
    UnitOrder().sort(units);
    return units;
}

QList<UnitUsage> LookupService::unitUsage() const
{
    QList<UnitUsage> units = UnitRepository(m_database).usage();
    UnitOrder().sort(units);
    return units;
}

std::optional<Unit> LookupService::unit(const QString &name) const
{
    return UnitRepository(m_database).find(name.trimmed());
}

NameMatch<Unit> LookupService::matchUnit(const QString &text) const
{
    UnitRepository units(m_database);
    if (auto exact = units.find(text.trimmed())) // a name or an alias
        return NameMatch<Unit>{exact, {}};
    return matchName(
        units.all(), text, [](const Unit &u, const QString &wanted) { return u.name == wanted; },
        [](const Unit &u) { return u.name; });
}

QString LookupService::unitProblem(const NameMatch<Unit> &match, const QString &text)
{
    return match.candidates.isEmpty() ? QStringLiteral("no unit called \"%1\"").arg(text.trimmed())
                                      : QStringLiteral("\"%1\" matches several units: %2")
                                            .arg(text.trimmed(), match.candidates.join(QStringLiteral("、")));
}

QList<Plan> LookupService::plans() const
{
    return PlanRepository(m_database).all();
}

std::optional<Plan> LookupService::planByNumber(const QString &number) const
{
    return PlanRepository(m_database).findByNumber(number);
}

int LookupService::defaultYear() const
{
    int year = 0;
    for (const Plan &p : plans())
        year = std::max(year, p.year);
    return year > 0 ? year : QDate::currentDate().year();
}

QList<Section> LookupService::sections(qint64 planId) const
{
    return PlanRepository(m_database).sections(planId);
}

qint64 LookupService::taskCount() const
{
    return TaskRepository(m_database).count();
}

QList<Indicator> LookupService::indicators() const
{
    return IndicatorRepository(m_database).all();
}

NameMatch<Indicator> LookupService::matchIndicator(const QString &text) const
{
    const IndicatorMatch match = IndicatorMatch::find(indicators(), text);
    return NameMatch<Indicator>{match.indicator, match.candidates};
}

QString LookupService::indicatorProblem(const NameMatch<Indicator> &match, const QString &text)
{
    return IndicatorMatch{match.found, match.candidates}.problem(text);
}

} // namespace duban::core
