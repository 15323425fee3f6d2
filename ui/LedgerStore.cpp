#include "LedgerStore.h"

#include "core/storage/LedgerLoader.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/UnitRepository.h"

#include <QDate>

namespace duban::ui {

using namespace duban::core;

LedgerStore::LedgerStore(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
}

void LedgerStore::setAsOf(const QDate &date)
{
    if (!date.isValid() || date == m_asOf)
        return;
    m_asOf = date;
    emit asOfChanged(date);
}

void LedgerStore::reload()
{
    setRows(LedgerLoader(m_db).loadAll());
}

void LedgerStore::setRows(std::vector<LedgerRow> rows)
{
    m_index = LedgerIndex(std::move(rows));
    emit reset();
}

std::optional<Task> LedgerStore::task(qint64 id) const
{
    return TaskRepository(m_db).load(id);
}

void LedgerStore::refreshRow(qint64 id)
{
    if (auto row = LedgerLoader(m_db).loadOne(id))
        m_index.upsert(std::move(*row));
}

bool LedgerStore::saveTask(const Task &task, StorageError *error)
{
    if (!TaskRepository(m_db).update(task, error))
        return false;
    refreshRow(task.id);
    emit taskChanged(task.id);
    return true;
}

qint64 LedgerStore::addTask(Task task, StorageError *error)
{
    if (task.planId <= 0)
        task.planId = defaultPlanId(error);
    if (task.planId <= 0)
        return 0;
    const qint64 id = TaskRepository(m_db).insert(task, error);
    if (id == 0)
        return 0;
    refreshRow(id);
    emit taskAdded(id);
    return id;
}

bool LedgerStore::removeTask(qint64 id, StorageError *error)
{
    if (!TaskRepository(m_db).remove(id, error))
        return false;
    m_index.remove(id);
    emit taskRemoved(id);
    return true;
}

qint64 LedgerStore::defaultPlanId(StorageError *error)
{
    PlanRepository plans(m_db);
    const QList<Plan> all = plans.all();
    if (!all.isEmpty())
        return all.first().id;
    Plan plan;
    plan.title = tr("Tasks entered by hand");
    plan.year = QDate::currentDate().year();
    return plans.insertPlan(plan, error);
}

qint64 LedgerStore::importPlan(PlanDocument document, const QList<Unit> &units, StorageError *error)
{
    const qint64 id = PlanRepository(m_db).save(document, units, error);
    if (id)
        reload();
    return id;
}

bool LedgerStore::updatePlan(qint64 planId, PlanDocument document, const QList<Unit> &units, QStringList *kept,
                             StorageError *error)
{
    if (!PlanRepository(m_db).update(planId, document, units, kept, error))
        return false;
    reload();
    return true;
}

bool LedgerStore::removePlan(qint64 planId, StorageError *error)
{
    if (!PlanRepository(m_db).remove(planId, error))
        return false;
    reload();
    return true;
}

bool LedgerStore::renameUnit(qint64 unitId, const QString &name, StorageError *error)
{
    if (!UnitRepository(m_db).rename(unitId, name, error))
        return false;
    reload();
    emit unitsChanged();
    return true;
}

bool LedgerStore::setUnitAliases(qint64 unitId, const QStringList &aliases, StorageError *error)
{
    if (!UnitRepository(m_db).setAliases(unitId, aliases, error))
        return false;
    emit unitsChanged();
    return true;
}

} // namespace duban::ui
