#include "LedgerStore.h"

#include "core/rules/StatusRules.h"
#include "core/storage/Database.h"
#include "core/storage/LedgerLoader.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/StatusLoader.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UnitRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <QSqlError>
#include <QSqlQuery>
#include <thread>
#include <utility>

namespace duban::ui {

using namespace duban::core;

/// Lights and progress for every index row, computed together (also in a worker thread).
struct StatusArrays
{
    std::vector<StatusLight> lights;
    std::vector<qint8> light;
    std::vector<qint8> percent;
    std::vector<qint32> lastReport;
};

namespace {

StatusArrays computeArrays(QSqlDatabase db, const LedgerIndex &index, QDate asOf,
                           const StatusSettings &settings)
{
    const StatusSnapshot snapshot = StatusLoader(db).load(asOf);
    const std::vector<StatusLight> byId = computeLights(snapshot.facts, asOf, settings);
    const int n = index.size();
    StatusArrays a;
    a.lights.assign(size_t(n), StatusLight{});
    a.light.assign(size_t(n), -1);
    a.percent.assign(size_t(n), -1);
    a.lastReport.assign(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        const int k = snapshot.indexOf.value(index.row(i).id, -1);
        if (k < 0)
            continue;
        a.lights[size_t(i)] = byId[size_t(k)];
        a.light[size_t(i)] = qint8(byId[size_t(k)].light);
        const TaskFacts &f = snapshot.facts[size_t(k)];
        if (f.lastReport.isValid()) {
            a.percent[size_t(i)] = qint8(f.lastPercent);
            a.lastReport[size_t(i)] = qint32(f.lastReport.toJulianDay());
        }
    }
    return a;
}

} // namespace

LedgerStore::LedgerStore(QSqlDatabase db, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_settings(SettingsRepository(m_db).statusSettings())
{
    m_dataVersion = dataVersion();
    m_poll = new QTimer(this);
    m_poll->setInterval(pollInterval);
    connect(m_poll, &QTimer::timeout, this, &LedgerStore::checkOutsideChanges);
    m_poll->start();
}

bool LedgerStore::refuseWhileHeld(StorageError *error) const
{
    if (!m_writesHeld)
        return false;
    if (error)
        *error = StorageError{StorageError::Code::Locked, writesHeldMessage()};
    return true;
}

QString LedgerStore::writesHeldMessage()
{
    return tr("Duban is checking the database file (it is large and changed since its last check); edits "
              "wait until the check has passed. Nothing was changed.");
}

LedgerStore::~LedgerStore()
{
    // A load still running stops at its next progress step; wait for it, so no thread outlives the store
    // and its connection (nor the application, at exit).
    *m_stop = true;
    for (Worker &w : m_workers)
        if (w.thread.joinable())
            w.thread.join();
}

void LedgerStore::joinFinishedWorkers()
{
    for (auto it = m_workers.begin(); it != m_workers.end();) {
        if (*it->done) {
            it->thread.join();
            it = m_workers.erase(it);
        } else {
            ++it;
        }
    }
}

qint64 LedgerStore::dataVersion() const
{
    // Changes whenever another connection (another window, a command in a shell) commits to the file;
    // never for this connection's own writes. Costs microseconds: no file is read.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

bool LedgerStore::checkOutsideChanges()
{
    if (m_loading)
        return false; // the load under way reads the newest state; look again on the next tick
    const qint64 now = dataVersion();
    if (now == m_dataVersion)
        return false;
    m_dataVersion = now;
    m_settings = SettingsRepository(m_db).statusSettings();
    reload();
    emit outsideChange();
    return true;
}

int LedgerStore::expectedVersion(Row row, qint64 id, int callerVersion) const
{
    return m_written.expected({int(row), id}, callerVersion);
}

void LedgerStore::wrote(Row row, qint64 id, int version)
{
    m_written.wrote({int(row), id}, version);
}

void LedgerStore::dropRow(qint64 id)
{
    const int at = m_index.indexOf(id);
    if (at < 0)
        return;
    m_index.remove(id);
    if (size_t(at) < m_lights.size())
        m_lights.erase(m_lights.begin() + at);
}

const StatusLight &LedgerStore::light(int row) const
{
    static const StatusLight none;
    return row >= 0 && row < int(m_lights.size()) ? m_lights[size_t(row)] : none;
}

void LedgerStore::applyStatus(const StatusArrays &a)
{
    m_lights = a.lights;
    m_index.setLights(a.light);
    m_index.setProgress(a.percent, a.lastReport);
}

void LedgerStore::recomputeStatus()
{
    if (m_index.size() > backgroundThreshold && !m_loading) {
        // Big ledgers are re-judged in the background, like the first load.
        reloadInBackground();
        return;
    }
    applyStatus(computeArrays(m_db, m_index, m_asOf, m_settings));
    emit statusChanged();
}

void LedgerStore::recomputeTask(qint64 taskId)
{
    const int row = m_index.indexOf(taskId);
    if (row < 0 || m_lights.size() != size_t(m_index.size())) {
        recomputeStatus();
        return;
    }
    const StatusSnapshot snapshot = StatusLoader(m_db).loadTask(m_asOf, taskId);
    if (snapshot.facts.empty())
        return;
    const StatusLight light = computeLights(snapshot.facts, m_asOf, m_settings).front();
    const TaskFacts &f = snapshot.facts.front();
    m_lights[size_t(row)] = light;
    m_index.setRowStatus(row, qint8(light.light), f.lastReport.isValid() ? qint8(f.lastPercent) : qint8(-1),
                         f.lastReport.isValid() ? qint32(f.lastReport.toJulianDay()) : 0);
    emit statusChanged();
}

void LedgerStore::reloadInBackground()
{
    const int generation = ++m_generation;
    m_loading = true;
    emit loadingChanged(true);
    const QString path = m_db.databaseName();
    const QDate asOf = m_asOf;
    const StatusSettings settings = m_settings;
    QPointer<LedgerStore> self(this);
    joinFinishedWorkers();
    auto stop = m_stop;
    auto done = std::make_shared<std::atomic<bool>>(false);
    std::thread worker([self, path, asOf, settings, generation, stop, done] {
        const QString name = QStringLiteral("duban-loader-%1").arg(quintptr(QThread::currentThreadId()));
        auto result = std::make_shared<std::pair<LedgerIndex, StatusArrays>>();
        {
            QSqlDatabase db = Database::openConnection(name, path, nullptr);
            if (db.isOpen()) {
                Transaction snapshot(db, Transaction::Mode::Read);
                auto progress = [self, stop](qint64 count, qint64 total) {
                    if (*stop)
                        return false; // the store is going away: stop reading
                    QMetaObject::invokeMethod(
                        qApp,
                        [self, count, total] {
                            if (self)
                                emit self->loadProgress(count, total);
                        },
                        Qt::QueuedConnection);
                    return true;
                };
                result->first = LedgerIndex(LedgerLoader(db).loadAll(progress));
                if (!*stop)
                    result->second = computeArrays(db, result->first, asOf, settings);
                result->first.setLights(result->second.light);
                result->first.setProgress(result->second.percent, result->second.lastReport);
                result->first.buildAllOrders();
                snapshot.commit();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        if (*stop) {
            *done = true;
            return;
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, result, generation] {
                if (!self || generation != self->m_generation)
                    return;
                self->m_index = std::move(result->first);
                self->m_lights = std::move(result->second.lights);
                self->m_loading = false;
                // The snapshot may predate this window's own edits made while it loaded: re-read those rows.
                const QSet<qint64> dirty = std::exchange(self->m_dirtyWhileLoading, {});
                for (qint64 id : dirty) {
                    if (auto row = LedgerLoader(self->m_db).loadOne(id))
                        self->m_index.upsert(std::move(*row));
                    else
                        self->dropRow(id);
                }
                for (qint64 id : dirty)
                    if (self->m_index.indexOf(id) >= 0 &&
                        self->m_lights.size() == size_t(self->m_index.size()))
                        self->recomputeTask(id);
                emit self->loadingChanged(false);
                emit self->reset();
                emit self->statusChanged();
            },
            Qt::QueuedConnection);
        *done = true;
    });
    m_workers.push_back({std::move(worker), done});
}

bool LedgerStore::setStatusSettings(const StatusSettings &settings, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
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

qint64 LedgerStore::addReport(ProgressReport &report, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    if (report.id > 0)
        report.version = expectedVersion(Row::Report, report.id, report.version);
    const qint64 id = ProgressRepository(m_db).insertReport(report, error);
    if (id) {
        wrote(Row::Report, id, report.version);
        recomputeTask(report.taskId);
        emit historyChanged(report.taskId);
    }
    return id;
}

bool LedgerStore::updateReport(ProgressReport &report, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    report.version = expectedVersion(Row::Report, report.id, report.version);
    if (!ProgressRepository(m_db).updateReport(report, error))
        return false;
    wrote(Row::Report, report.id, report.version);
    recomputeTask(report.taskId);
    emit historyChanged(report.taskId);
    return true;
}

bool LedgerStore::removeReport(const ProgressReport &report, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    ProgressReport expected = report;
    expected.version = expectedVersion(Row::Report, report.id, report.version);
    if (!ProgressRepository(m_db).removeReport(expected, error))
        return false;
    recomputeTask(report.taskId);
    emit historyChanged(report.taskId);
    return true;
}

qint64 LedgerStore::addRecord(SupervisionRecord &record, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    if (record.id > 0)
        record.version = expectedVersion(Row::Record, record.id, record.version);
    const qint64 id = ProgressRepository(m_db).insertRecord(record, error);
    if (id) {
        wrote(Row::Record, id, record.version);
        recomputeTask(record.taskId);
        emit historyChanged(record.taskId);
    }
    return id;
}

bool LedgerStore::addRecords(QList<SupervisionRecord> &records, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    {
        Transaction tx(m_db);
        if (!tx.started(error))
            return {};
        ProgressRepository progress(m_db);
        for (SupervisionRecord &r : records) {
            if (r.id > 0)
                r.version = expectedVersion(Row::Record, r.id, r.version);
            if (progress.insertRecord(r, error) == 0)
                return false;
        }
        if (!tx.commit(error))
            return false;
    }
    for (const SupervisionRecord &r : std::as_const(records))
        wrote(Row::Record, r.id, r.version);
    for (const SupervisionRecord &r : std::as_const(records))
        recomputeTask(r.taskId);
    for (const SupervisionRecord &r : std::as_const(records))
        emit historyChanged(r.taskId);
    return true;
}

bool LedgerStore::removeRecords(const QList<SupervisionRecord> &records, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    {
        Transaction tx(m_db);
        if (!tx.started(error))
            return {};
        ProgressRepository progress(m_db);
        for (const SupervisionRecord &r : records) {
            SupervisionRecord expected = r;
            expected.version = expectedVersion(Row::Record, r.id, r.version);
            if (!progress.removeRecord(expected, error))
                return false;
        }
        if (!tx.commit(error))
            return false;
    }
    for (const SupervisionRecord &r : records)
        recomputeTask(r.taskId);
    for (const SupervisionRecord &r : records)
        emit historyChanged(r.taskId);
    return true;
}

bool LedgerStore::updateRecord(SupervisionRecord &record, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    record.version = expectedVersion(Row::Record, record.id, record.version);
    if (!ProgressRepository(m_db).updateRecord(record, error))
        return false;
    wrote(Row::Record, record.id, record.version);
    recomputeTask(record.taskId);
    emit historyChanged(record.taskId);
    return true;
}

bool LedgerStore::removeRecord(const SupervisionRecord &record, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    SupervisionRecord expected = record;
    expected.version = expectedVersion(Row::Record, record.id, record.version);
    if (!ProgressRepository(m_db).removeRecord(expected, error))
        return false;
    recomputeTask(record.taskId);
    emit historyChanged(record.taskId);
    return true;
}

bool LedgerStore::restoreTask(Task &task, QList<ProgressReport> &reports, QList<SupervisionRecord> &records,
                              StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    {
        Transaction tx(m_db);
        if (!tx.started(error))
            return false;
        Task copy = task;
        copy.version = expectedVersion(Row::Task, task.id, task.version);
        QList<ProgressReport> reportCopies = reports;
        QList<SupervisionRecord> recordCopies = records;
        if (TaskRepository(m_db).insertNoTx(copy, error) == 0)
            return false;
        ProgressRepository progress(m_db);
        for (ProgressReport &r : reportCopies) {
            r.version = expectedVersion(Row::Report, r.id, r.version);
            if (progress.insertReport(r, error) == 0)
                return false;
        }
        for (SupervisionRecord &r : recordCopies) {
            r.version = expectedVersion(Row::Record, r.id, r.version);
            if (progress.insertRecord(r, error) == 0)
                return false;
        }
        if (!tx.commit(error))
            return false;
        task = copy;
        reports = reportCopies;
        records = recordCopies;
    }
    wrote(Row::Task, task.id, task.version);
    for (const ProgressReport &r : std::as_const(reports))
        wrote(Row::Report, r.id, r.version);
    for (const SupervisionRecord &r : std::as_const(records))
        wrote(Row::Record, r.id, r.version);
    refreshRow(task.id);
    recomputeTask(task.id);
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
    if (TaskRepository(m_db).count() > backgroundThreshold) {
        reloadInBackground();
        return;
    }
    // This load supersedes any background load still running: its older snapshot must not land after it.
    ++m_generation;
    if (m_loading) {
        m_loading = false;
        m_dirtyWhileLoading.clear();
        emit loadingChanged(false);
    }
    {
        // Rows and lights from one snapshot: a writer committing in between is wholly in it or not at all.
        Transaction snapshot(m_db, Transaction::Mode::Read);
        m_index = LedgerIndex(LedgerLoader(m_db).loadAll());
        applyStatus(computeArrays(m_db, m_index, m_asOf, m_settings));
    }
    emit reset();
    emit statusChanged();
}

void LedgerStore::setRows(std::vector<LedgerRow> rows)
{
    m_index = LedgerIndex(std::move(rows));
    applyStatus(computeArrays(m_db, m_index, m_asOf, m_settings));
    emit reset();
    emit statusChanged();
}

std::optional<Task> LedgerStore::task(qint64 id) const
{
    return TaskRepository(m_db).load(id);
}

void LedgerStore::refreshRow(qint64 id)
{
    if (m_loading)
        m_dirtyWhileLoading.insert(id);
    if (auto row = LedgerLoader(m_db).loadOne(id))
        m_index.upsert(std::move(*row));
}

bool LedgerStore::saveTask(const Task &before, Task &after, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    StorageError local;
    StorageError &err = error ? *error : local;
    Task expected = before;
    expected.version = expectedVersion(Row::Task, before.id, before.version);
    if (!TaskRepository(m_db).updateChanged(expected, after, &err)) {
        if (err.code == StorageError::Code::Conflict || err.code == StorageError::Code::NotFound)
            refreshTask(after.id);
        return false;
    }
    wrote(Row::Task, after.id, after.version);
    refreshRow(after.id);
    recomputeTask(after.id);
    emit taskChanged(after.id);
    return true;
}

void LedgerStore::refreshTask(qint64 id)
{
    if (m_loading)
        m_dirtyWhileLoading.insert(id);
    if (auto row = LedgerLoader(m_db).loadOne(id)) {
        m_index.upsert(std::move(*row));
        recomputeTask(id);
        emit taskChanged(id);
        return;
    }
    if (m_index.indexOf(id) < 0)
        return;
    dropRow(id);
    emit taskRemoved(id);
}

qint64 LedgerStore::addTask(Task task, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    if (task.planId <= 0)
        task.planId = defaultPlanId(error);
    if (task.id > 0) // put back by redo: over the version this window last saw of it
        task.version = expectedVersion(Row::Task, task.id, task.version);
    if (task.planId <= 0)
        return 0;
    const qint64 id = TaskRepository(m_db).insert(task, error);
    if (id == 0)
        return 0;
    wrote(Row::Task, id, task.version);
    refreshRow(id);
    recomputeTask(id);
    emit taskAdded(id);
    return id;
}

bool LedgerStore::removeTask(const Task &task, StorageError *error, QList<ProgressReport> *reports,
                             QList<SupervisionRecord> *records)
{
    if (refuseWhileHeld(error))
        return {};
    StorageError local;
    StorageError &err = error ? *error : local;
    Task expected = task;
    expected.version = expectedVersion(Row::Task, task.id, task.version);
    bool removed = false;
    {
        // What goes with the task is read in the same transaction as the delete: a report another writer
        // adds in between is either kept for undo or not deleted.
        Transaction tx(m_db);
        if (!tx.started(&err))
            return false;
        if (reports)
            *reports = ProgressRepository(m_db).reports(task.id);
        if (records)
            *records = ProgressRepository(m_db).records(task.id);
        removed = TaskRepository(m_db).remove(expected, &err) && tx.commit(&err);
    }
    if (!removed) {
        if (err.code == StorageError::Code::Conflict || err.code == StorageError::Code::NotFound)
            refreshTask(task.id);
        return false;
    }
    refreshTask(task.id);
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
    if (refuseWhileHeld(error))
        return {};
    const qint64 id = PlanRepository(m_db).save(document, units, error);
    if (id)
        reload();
    return id;
}

bool LedgerStore::updatePlan(qint64 planId, PlanDocument document, const QList<Unit> &units,
                             QStringList *kept, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    if (!PlanRepository(m_db).update(planId, document, units, kept, error))
        return false;
    reload();
    return true;
}

bool LedgerStore::removePlan(qint64 planId, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    if (!PlanRepository(m_db).remove(planId, error))
        return false;
    reload();
    return true;
}

bool LedgerStore::renameUnit(qint64 unitId, const QString &name, StorageError *error,
                             const QString &expectedName)
{
    if (refuseWhileHeld(error))
        return {};
    if (!UnitRepository(m_db).rename(unitId, name, error, expectedName))
        return false;
    reload();
    emit unitsChanged();
    return true;
}

bool LedgerStore::setUnitAliases(qint64 unitId, const QStringList &aliases, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    if (!UnitRepository(m_db).setAliases(unitId, aliases, error))
        return false;
    emit unitsChanged();
    return true;
}

std::optional<UnitMerge> LedgerStore::mergeUnits(qint64 fromId, qint64 intoId, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    auto merge = UnitRepository(m_db).merge(fromId, intoId, error);
    if (!merge)
        return std::nullopt;
    reload();
    emit unitsChanged();
    return merge;
}

bool LedgerStore::unmergeUnits(const UnitMerge &merge, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    if (!UnitRepository(m_db).unmerge(merge, error))
        return false;
    reload();
    emit unitsChanged();
    return true;
}

bool LedgerStore::removeUnit(qint64 unitId, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    if (!UnitRepository(m_db).removeUnused(unitId, error))
        return false;
    emit unitsChanged();
    return true;
}

bool LedgerStore::restoreUnit(const Unit &unit, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    Unit copy = unit;
    ++copy.version;
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    if (UnitRepository(m_db).insert(copy, error) == 0 || !tx.commit(error))
        return false;
    emit unitsChanged();
    return true;
}

} // namespace duban::ui
