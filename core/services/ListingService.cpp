#include "ListingService.h"

#include "core/domain/Task.h"
#include "core/rules/StatusRules.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/StatusLoader.h"
#include "core/storage/TaskRowLoader.h"
#include "core/storage/UnitRepository.h"

#include <algorithm>

namespace duban::core {

ListingService::ListingService(Database &database) : m_database(&database) {}

StatusThresholds ListingService::statusThresholds() const
{
    return SettingsRepository(*m_database).statusThresholds();
}

RowStatus ListingService::statusOf(const std::vector<TaskRow> &rows, QDate asOf,
                                   const StatusThresholds &settings) const
{
    const StatusSnapshot snapshot = StatusLoader(*m_database).load(asOf, settings);
    const std::vector<StatusLight> byId = computeLights(snapshot.facts, asOf, settings);
    const size_t n = rows.size();
    RowStatus s;
    s.lights.assign(n, StatusLight{});
    s.percent.assign(n, -1);
    s.lastReport.assign(n, 0);
    for (size_t i = 0; i < n; ++i) {
        const int k = snapshot.indexOf.value(rows[i].id, -1);
        if (k < 0)
            continue;
        s.lights[i] = byId[size_t(k)];
        const TaskFacts &f = snapshot.facts[size_t(k)];
        if (f.lastReport.isValid()) {
            s.percent[i] = qint8(f.lastPercent);
            s.lastReport[i] = qint32(f.lastReport.toJulianDay());
        }
    }
    return s;
}

bool ListingService::forEachOverdue(QDate asOf, const StatusThresholds &settings, qint64 unitId,
                                    const std::function<void(const OverdueTask &)> &visit,
                                    StorageError *error) const
{
    // Red never depends on progress reports: the overdue query finds the red tasks in SQL and hands them
    // on one by one, in ledger order.
    return OverdueQuery(*m_database).forEach(asOf, settings, unitId, visit, error);
}

bool ListingService::forEachTask(QDate asOf, const StatusThresholds &settings, qint64 unitId,
                                 const std::function<void(const OverdueTask &)> &visit, StorageError *) const
{
    TaskRowLoader loader(*m_database);
    loader.setSearchKeys(false);
    const std::vector<TaskRow> rows = loader.loadAll();
    const StatusSnapshot snapshot = StatusLoader(*m_database).load(asOf, settings);
    const std::vector<StatusLight> lights = computeLights(snapshot.facts, asOf, settings);
    // The leads after the first by id (a joined name list cannot be split back: a name may contain 、).
    QHash<qint64, QByteArray> unitNames;
    for (const Unit &u : UnitRepository(*m_database).all())
        unitNames.insert(u.id, u.name.toUtf8());
    OverdueTask t;
    for (const TaskRow &r : rows) {
        if (unitId && !r.isLead(unitId) && !r.isCoUnit(unitId))
            continue;
        const int i = snapshot.indexOf.value(r.id, -1);
        t.id = r.id;
        t.code = r.code.toUtf8();
        t.title = r.title.toUtf8();
        t.lead = r.lead.toUtf8();
        t.otherLeads.clear();
        for (qint64 other : r.otherLeads)
            t.otherLeads.push_back(unitNames.value(other));
        t.deadline = r.deadline ? QDate::fromJulianDay(r.deadline) : QDate();
        t.deadlineOriginal = r.deadlineOriginal ? QDate::fromJulianDay(r.deadlineOriginal) : QDate();
        t.stage = r.stage;
        t.completed = r.status == quint8(TaskStatus::Completed);
        t.completedOn = r.completedOn ? QDate::fromJulianDay(r.completedOn) : QDate();
        t.light = i >= 0 ? lights[size_t(i)] : StatusLight{};
        t.percent = i >= 0 && snapshot.facts[size_t(i)].lastReport.isValid()
                        ? snapshot.facts[size_t(i)].lastPercent
                        : -1;
        visit(t);
    }
    return true;
}

} // namespace duban::core
