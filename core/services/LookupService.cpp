#include "LookupService.h"

#include "UnitOrder.h"

#include "core/indicators/IndicatorMatch.h"
#include "core/storage/Database.h"
#include "core/storage/IndicatorRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/UnitRepository.h"

#include <QDate>
#include <QHash>

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

NameMatch<Plan> LookupService::matchPlan(const QString &text) const
{
    return matchName(
        plans(), text,
        [](const Plan &p, const QString &wanted) { return p.number == wanted || p.title == wanted; },
        &LookupService::planLabel);
}

QString LookupService::planLabel(const Plan &plan)
{
    return plan.number.isEmpty() ? plan.title : plan.number;
}

QString LookupService::planProblem(const NameMatch<Plan> &match, const QString &text)
{
    return match.candidates.isEmpty() ? QStringLiteral("no plan numbered \"%1\"").arg(text.trimmed())
                                      : QStringLiteral("\"%1\" matches several plans: %2")
                                            .arg(text.trimmed(), match.candidates.join(QStringLiteral(", ")));
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

NameMatch<Task> LookupService::matchTask(const QString &code, qint64 planId) const
{
    // Codes are stored as the importer writes them (full-width brackets); people type either.
    const QString typed = code.trimmed();
    QString fullWidth = typed;
    fullWidth.replace(u'(', u'（').replace(u')', u'）');
    QString halfWidth = typed;
    halfWidth.replace(u'（', u'(').replace(u'）', u')');
    QStringList codes{typed};
    for (const QString &other : {fullWidth, halfWidth})
        if (!codes.contains(other))
            codes.append(other);
    NameMatch<Task> match;
    if (typed.isEmpty())
        return match;
    TaskRepository tasks(m_database);
    const QList<std::pair<qint64, qint64>> found = tasks.withCode(codes, planId);
    if (found.size() == 1) {
        match.found = tasks.load(found.first().first);
        return match;
    }
    QHash<qint64, QString> labels;
    for (const Plan &p : plans())
        labels.insert(p.id, planLabel(p));
    for (const auto &[task, plan] : found) {
        const QString label = labels.value(plan);
        if (!match.candidates.contains(label))
            match.candidates.append(label);
    }
    return match;
}

QString LookupService::taskProblem(const NameMatch<Task> &match, const QString &code, const QString &plan)
{
    const QString typed = code.trimmed();
    if (match.candidates.size() > 1)
        return QStringLiteral("task %1 is in several plans: %2")
            .arg(typed, match.candidates.join(QStringLiteral(", ")));
    if (match.candidates.size() == 1)
        return QStringLiteral("several tasks of plan %1 are numbered %2")
            .arg(match.candidates.first(), typed);
    return plan.isEmpty() ? QStringLiteral("no task %1").arg(typed)
                          : QStringLiteral("no task %1 in plan %2").arg(typed, plan);
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
