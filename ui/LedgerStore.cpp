#include "LedgerStore.h"

#include "core/rules/StatusRules.h"
#include "core/storage/LedgerLoader.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/StatusLoader.h"
#include "core/storage/Transaction.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/UnitRepository.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

namespace duban::ui {

using namespace duban::core;

LedgerStore::LedgerStore(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_settings(SettingsRepository(m_db).statusSettings())
{
}

const StatusLight &LedgerStore::light(int row) const
{
    static const StatusLight none;
    return row >= 0 && row < int(m_lights.size()) ? m_lights[size_t(row)] : none;
}

void LedgerStore::recomputeStatus()
{
    const StatusSnapshot snapshot = StatusLoader(m_db).load(m_asOf);
    const std::vector<StatusLight> byId = computeLights(snapshot.facts, m_asOf, m_settings);
    const int n = m_index.size();
    m_lights.assign(size_t(n), StatusLight{});
    std::vector<qint8> lights(size_t(n), -1);
    std::vector<qint8> percent(size_t(n), -1);
    std::vector<qint32> lastReport(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        const int k = snapshot.indexOf.value(m_index.row(i).id, -1);
        if (k < 0)
            continue;
        m_lights[size_t(i)] = byId[size_t(k)];
        lights[size_t(i)] = qint8(byId[size_t(k)].light);
        const TaskFacts &f = snapshot.facts[size_t(k)];
        if (f.lastReport.isValid()) {
            percent[size_t(i)] = qint8(f.lastPercent);
            lastReport[size_t(i)] = qint32(f.lastReport.toJulianDay());
        }
    }
    m_index.setLights(std::move(lights));
    m_index.setProgress(std::move(percent), std::move(lastReport));
    emit statusChanged();
}

bool LedgerStore::setStatusSettings(const StatusSettings &settings, StorageError *error)
{
    if (!SettingsRepository(m_db).setStatusSettings(settings, error))
        return false;
    m_settings = settings;
    recomputeStatus();
    return true;
}

LedgerStatistics LedgerStore::statistics() const
{
    QHash<QString, int> openNotices;
    QSqlQuery q(m_db);
    const QString asOf = m_asOf.toString(Qt::ISODate);
    if (sql::run(q,
                 QStringLiteral("SELECT unit, count(*) FROM supervision_records WHERE issued_on <= ? AND "
                                "(responded_on IS NULL OR responded_on > ?) GROUP BY unit"),
                 {asOf, asOf}, nullptr)) {
        while (q.next())
            openNotices.insert(q.value(0).toString(), q.value(1).toInt());
    }
    std::vector<Light> lights(size_t(m_index.size()), Light::Green);
    for (int i = 0; i < m_index.size(); ++i)
        lights[size_t(i)] = light(i).light;
    return LedgerStatistics::compute(m_index.rows(), lights, openNotices);
}

QList<ProgressReport> LedgerStore::reports(qint64 taskId) const
{
    return ProgressRepository(m_db).reports(taskId);
}

QList<SupervisionRecord> LedgerStore::records(qint64 taskId) const
{
    return ProgressRepository(m_db).records(taskId);
}

qint64 LedgerStore::addReport(ProgressReport report, StorageError *error)
{
    const qint64 id = ProgressRepository(m_db).insertReport(report, error);
    if (id) {
        recomputeStatus();
        emit historyChanged(report.taskId);
    }
    return id;
}

bool LedgerStore::updateReport(const ProgressReport &report, StorageError *error)
{
    if (!ProgressRepository(m_db).updateReport(report, error))
        return false;
    recomputeStatus();
    emit historyChanged(report.taskId);
    return true;
}

bool LedgerStore::removeReport(qint64 id, StorageError *error)
{
    const auto old = ProgressRepository(m_db).report(id);
    if (!ProgressRepository(m_db).removeReport(id, error))
        return false;
    recomputeStatus();
    emit historyChanged(old ? old->taskId : 0);
    return true;
}

qint64 LedgerStore::addRecord(SupervisionRecord record, StorageError *error)
{
    const qint64 id = ProgressRepository(m_db).insertRecord(record, error);
    if (id) {
        recomputeStatus();
        emit historyChanged(record.taskId);
    }
    return id;
}

bool LedgerStore::addRecords(QList<SupervisionRecord> &records, StorageError *error)
{
    {
        Transaction tx(m_db);
        ProgressRepository progress(m_db);
        for (SupervisionRecord &r : records) {
            if (progress.insertRecord(r, error) == 0)
                return false;
        }
        if (!tx.commit()) {
            sql::setError(error, StorageError::Code::Query, m_db.lastError().text());
            return false;
        }
    }
    recomputeStatus();
    for (const SupervisionRecord &r : std::as_const(records))
        emit historyChanged(r.taskId);
    return true;
}

bool LedgerStore::removeRecords(const QList<SupervisionRecord> &records, StorageError *error)
{
    {
        Transaction tx(m_db);
        ProgressRepository progress(m_db);
        for (const SupervisionRecord &r : records) {
            if (!progress.removeRecord(r.id, error))
                return false;
        }
        if (!tx.commit()) {
            sql::setError(error, StorageError::Code::Query, m_db.lastError().text());
            return false;
        }
    }
    recomputeStatus();
    for (const SupervisionRecord &r : records)
        emit historyChanged(r.taskId);
    return true;
}

bool LedgerStore::updateRecord(const SupervisionRecord &record, StorageError *error)
{
    if (!ProgressRepository(m_db).updateRecord(record, error))
        return false;
    recomputeStatus();
    emit historyChanged(record.taskId);
    return true;
}

bool LedgerStore::removeRecord(qint64 id, StorageError *error)
{
    const auto old = ProgressRepository(m_db).record(id);
    if (!ProgressRepository(m_db).removeRecord(id, error))
        return false;
    recomputeStatus();
    emit historyChanged(old ? old->taskId : 0);
    return true;
}

bool LedgerStore::restoreTask(const Task &task, const QList<ProgressReport> &reports,
                              const QList<SupervisionRecord> &records, StorageError *error)
{
    {
        Transaction tx(m_db);
        Task copy = task;
        if (TaskRepository(m_db).insertNoTx(copy, error) == 0)
            return false;
        ProgressRepository progress(m_db);
        for (ProgressReport r : reports) {
            if (progress.insertReport(r, error) == 0)
                return false;
        }
        for (SupervisionRecord r : records) {
            if (progress.insertRecord(r, error) == 0)
                return false;
        }
        if (!tx.commit()) {
            sql::setError(error, StorageError::Code::Query, m_db.lastError().text());
            return false;
        }
    }
    refreshRow(task.id);
    recomputeStatus();
    emit taskAdded(task.id);
    return true;
}

void LedgerStore::setAsOf(const QDate &date)
{
    if (!date.isValid() || date == m_asOf)
        return;
    m_asOf = date;
    recomputeStatus();
    emit asOfChanged(date);
}

void LedgerStore::reload()
{
    setRows(LedgerLoader(m_db).loadAll());
}

void LedgerStore::setRows(std::vector<LedgerRow> rows)
{
    m_index = LedgerIndex(std::move(rows));
    recomputeStatus();
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
    recomputeStatus();
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
    recomputeStatus();
    emit taskAdded(id);
    return id;
}

bool LedgerStore::removeTask(qint64 id, StorageError *error)
{
    if (!TaskRepository(m_db).remove(id, error))
        return false;
    m_index.remove(id);
    recomputeStatus();
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
