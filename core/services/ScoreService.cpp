#include "ScoreService.h"

#include "core/services/CalendarService.h"
#include "core/services/LookupService.h"
#include "core/storage/Database.h"
#include "core/storage/ScoreLoader.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/Transaction.h"

#include <algorithm>
#include <cstdlib>

namespace duban::core {

ScoreService::ScoreService(Database &database) : m_database(database) {}

ScorePoints ScoreService::points() const
{
    return SettingsRepository(m_database).scorePoints();
}

bool ScoreService::validate(const ScorePoints &points, StorageError *error)
{
    if (std::abs(points.base) > ScorePoints::kMaxBase) {
        sql::setError(error, StorageError::Code::Invalid,
                      tr("The base score must lie between -%1 and %1.").arg(ScorePoints::kMaxBase));
        return false;
    }
    for (int k = 0; k < kScoreKindCount; ++k) {
        const auto kind = static_cast<ScoreKind>(k);
        if (std::abs(points.of(kind)) > ScorePoints::kMaxPoints) {
            sql::setError(error, StorageError::Code::Invalid,
                          tr("The points for “%1” must lie between -%2 and %2.")
                              .arg(scoreKindText(kind))
                              .arg(ScorePoints::kMaxPoints));
            return false;
        }
    }
    return true;
}

bool ScoreService::setPoints(const ScorePoints &points, StorageError *error)
{
    return validate(points, error) && SettingsRepository(m_database).setScorePoints(points, error);
}

std::optional<ScoreInput> ScoreService::input(const QDate &asOf, bool withReports, StorageError *error) const
{
    if (!asOf.isValid()) {
        sql::setError(error, StorageError::Code::Invalid, tr("The date is not valid."));
        return std::nullopt;
    }
    // One read snapshot: a writer committing meanwhile is wholly in it or not at all.
    Transaction read(m_database.connection(), Transaction::Mode::Read);
    if (!read.started(error))
        return std::nullopt;
    std::optional<ScoreInput> in = ScoreLoader(m_database).load(asOf, error, withReports);
    if (!in)
        return std::nullopt;
    // 签收 is due N working days after 交办 (the task's start; none without one), as the lights count it.
    const int workdays = SettingsRepository(m_database).statusThresholds().signWorkdays;
    const WorkCalendar calendar = CalendarService(m_database).calendar();
    QHash<qint64, QDate> dueOf; // by start day: a ledger has few distinct 交办 dates
    for (ScoreTask &t : in->tasks) {
        const QDate start = t.facts.startDate;
        if (!start.isValid())
            continue;
        auto it = dueOf.constFind(start.toJulianDay());
        if (it == dueOf.constEnd())
            it = dueOf.insert(start.toJulianDay(), calendar.addWorkdays(start, workdays));
        t.signDue = *it;
    }
    return in;
}

std::optional<ScoreRanking> ScoreService::scores(const QDate &asOf, StorageError *error) const
{
    const std::optional<ScoreInput> in = input(asOf, true, error);
    if (!in)
        return std::nullopt;
    const StatusThresholds thresholds = SettingsRepository(m_database).statusThresholds();
    ScoreRanking ranking;
    ranking.asOf = asOf;
    ranking.points = points();
    // Every unit that answers for a task, in the order of unit lists (named units by pinyin, groups last).
    QHash<QString, int> position;
    for (const Unit &u : LookupService(m_database).units())
        position.insert(u.name, int(position.size()));
    QStringList units;
    QSet<QString> seen;
    for (const ScoreTask &t : in->tasks)
        for (const QString &u : t.units)
            if (!seen.contains(u)) {
                seen.insert(u);
                units.append(u);
            }
    ranking.units = scoreUnits(scoreItems(*in, asOf, thresholds), units, ranking.points);
    const int last = int(position.size());
    std::stable_sort(ranking.units.begin(), ranking.units.end(), [&](const UnitScore &a, const UnitScore &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const int pa = position.value(a.unit, last), pb = position.value(b.unit, last);
        return pa != pb ? pa < pb : a.unit < b.unit;
    });
    assignRanks(ranking.units);
    return ranking;
}

QHash<QString, SignCounts> ScoreService::signCounts(const QDate &asOf, StorageError *error) const
{
    // What signCountsByUnit() counts over every task, tallied by SQL per unit and 交办 date: the dashboard
    // asks for it on every change, and reading each task took a second on 100,000 tasks.
    QHash<QString, SignCounts> out;
    if (!asOf.isValid())
        return out;
    const std::optional<QList<ScoreLoader::SignTally>> tallies =
        ScoreLoader(m_database).signTallies(asOf, error);
    if (!tallies)
        return out;
    const int workdays = SettingsRepository(m_database).statusThresholds().signWorkdays;
    const WorkCalendar calendar = CalendarService(m_database).calendar();
    QHash<qint64, QDate> dueOf; // by start day
    for (const ScoreLoader::SignTally &t : *tallies) {
        auto it = dueOf.constFind(t.start.toJulianDay());
        if (it == dueOf.constEnd())
            it = dueOf.insert(t.start.toJulianDay(), calendar.addWorkdays(t.start, workdays));
        if (!it->isValid() || asOf <= *it)
            continue; // not due yet
        SignCounts &c = out[t.unit];
        c.required += t.tasks;
        c.signedOff += t.signedOff;
    }
    return out;
}

QList<UnitPeriodReport> ScoreService::reportHistory(const QString &unit, const QDate &from, const QDate &to,
                                                    StorageError *error) const
{
    const std::optional<ScoreInput> in = input(to, true, error);
    if (!in)
        return {};
    return unitReportHistory(*in, unit, from, to, SettingsRepository(m_database).statusThresholds());
}

} // namespace duban::core
