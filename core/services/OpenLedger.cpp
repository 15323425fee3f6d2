#include "OpenLedger.h"

#include "IndicatorService.h"
#include "ScheduleService.h"
#include "ScoreService.h"

#include "core/rules/StatusRules.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/StatusLoader.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/TaskRowLoader.h"
#include "core/storage/Transaction.h"
#include "core/storage/UnitRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>
#include <QSqlError>
#include <QSqlQuery>
#include <thread>
#include <utility>

namespace duban::core {

OpenLedger::OpenLedger(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_db(m_database->connection()),
      m_undo(new UndoStack(this)), m_indicators(new IndicatorService(*m_database, this, this)),
      m_settings(SettingsRepository(*m_database).statusThresholds())
{
    connect(m_undo, &UndoStack::failed, this, &OpenLedger::storageFailed);
    m_dataVersion = dataVersion();
    m_poll = new QTimer(this);
    m_poll->setInterval(pollInterval);
    connect(m_poll, &QTimer::timeout, this, &OpenLedger::checkOutsideChanges);
    m_poll->start();
}

bool OpenLedger::refuseWhileHeld(StorageError *error) const
{
    if (!m_writesHeld)
        return false;
    if (error)
        *error = StorageError{StorageError::Code::Locked, writesHeldMessage()};
    return true;
}

QString OpenLedger::writesHeldMessage()
{
    return tr("Duban is checking the database file (it is large and changed since its last check); edits "
              "wait until the check has passed. Nothing was changed.");
}

OpenLedger::~OpenLedger()
{
    // A load still running stops at its next progress step; wait for it, so no thread outlives the store
    // and its connection (nor the application, at exit). A check still running finishes first.
    *m_stop = true;
    if (m_checker.joinable())
        m_checker.join();
    for (Worker &w : m_workers)
        if (w.thread.joinable())
            w.thread.join();
}

void OpenLedger::joinFinishedWorkers()
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

qint64 OpenLedger::dataVersion() const
{
    // Changes whenever another connection (another window, a command in a shell) commits to the file;
    // never for this connection's own writes. Costs microseconds: no file is read.
    QSqlDatabase db = m_db;
    return m_database->dialect().dataVersion(db);
}

bool OpenLedger::checkOutsideChanges()
{
    if (m_loading)
        return false; // the load under way reads the newest state; look again on the next tick
    const qint64 now = dataVersion();
    if (now == m_dataVersion)
        return false;
    m_dataVersion = now;
    m_settings = SettingsRepository(*m_database).statusThresholds();
    reload();
    emit outsideChange();
    return true;
}

int OpenLedger::expectedVersion(Row row, qint64 id, int callerVersion) const
{
    return m_written.expected({int(row), id}, callerVersion);
}

void OpenLedger::wrote(Row row, qint64 id, int version)
{
    m_written.wrote({int(row), id}, version);
}

void OpenLedger::dropRow(qint64 id)
{
    const int at = m_index.indexOf(id);
    if (at < 0)
        return;
    m_index.remove(id);
}

QString OpenLedger::path() const
{
    return m_database->path();
}

void OpenLedger::applyStatus(RowStatus status)
{
    m_index.setStatus(std::move(status.lights), std::move(status.percent), std::move(status.lastReport));
}

void OpenLedger::recomputeStatus()
{
    if (m_index.size() > backgroundThreshold && !m_loading) {
        // Big ledgers are re-judged in the background, like the first load.
        reloadInBackground();
        return;
    }
    applyStatus(ListingService(*m_database).statusOf(m_index.rows(), m_asOf, m_settings));
    emit statusChanged();
}

void OpenLedger::recomputeTask(qint64 taskId)
{
    const int row = m_index.indexOf(taskId);
    if (row < 0 || !m_index.hasStatus()) {
        recomputeStatus();
        return;
    }
    const StatusSnapshot snapshot = StatusLoader(*m_database).loadTask(m_asOf, m_settings, taskId);
    if (snapshot.facts.empty())
        return;
    const StatusLight light = computeLights(snapshot.facts, m_asOf, m_settings).front();
    const TaskFacts &f = snapshot.facts.front();
    m_index.setRowStatus(row, light, f.lastReport.isValid() ? qint8(f.lastPercent) : qint8(-1),
                         f.lastReport.isValid() ? qint32(f.lastReport.toJulianDay()) : 0);
    emit statusChanged();
}

void OpenLedger::reloadInBackground()
{
    const int generation = ++m_generation;
    m_loading = true;
    emit loadingChanged(true);
    const QString path = m_db.databaseName();
    const QDate asOf = m_asOf;
    const StatusThresholds settings = m_settings;
    QPointer<OpenLedger> self(this);
    joinFinishedWorkers();
    auto stop = m_stop;
    auto done = std::make_shared<std::atomic<bool>>(false);
    std::thread worker([self, path, asOf, settings, generation, stop, done] {
        auto result = std::make_shared<TaskIndex>();
        {
            const std::unique_ptr<Database> session = Database::openSession(path, nullptr);
            if (session) {
                Transaction snapshot(session->connection(), Transaction::Mode::Read);
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
                *result = TaskIndex(TaskRowLoader(*session).loadAll(progress));
                if (!*stop) {
                    RowStatus status = ListingService(*session).statusOf(result->rows(), asOf, settings);
                    result->setStatus(std::move(status.lights), std::move(status.percent),
                                      std::move(status.lastReport));
                    result->buildAllOrders();
                }
                snapshot.commit();
            }
        }
        if (*stop) {
            *done = true;
            return;
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, result, generation] {
                if (!self || generation != self->m_generation)
                    return;
                self->m_index = std::move(*result);
                self->m_loading = false;
                // The snapshot may predate this window's own edits made while it loaded: re-read those rows.
                const QSet<qint64> dirty = std::exchange(self->m_dirtyWhileLoading, {});
                for (qint64 id : dirty) {
                    if (auto row = TaskRowLoader(*self->m_database).loadOne(id))
                        self->m_index.upsert(std::move(*row));
                    else
                        self->dropRow(id);
                }
                for (qint64 id : dirty)
                    if (self->m_index.indexOf(id) >= 0 && self->m_index.hasStatus())
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

void OpenLedger::readInBackground(QObject *context, std::function<std::function<void()>(Database *)> work)
{
    const QString path = m_db.databaseName();
    joinFinishedWorkers();
    auto stop = m_stop;
    auto done = std::make_shared<std::atomic<bool>>(false);
    QPointer<QObject> target(context);
    std::thread worker([path, stop, done, target, work = std::move(work)] {
        std::function<void()> finish;
        if (!*stop) {
            if (const std::unique_ptr<Database> session = Database::openSession(path, nullptr)) {
                Transaction snapshot(session->connection(), Transaction::Mode::Read);
                finish = work(session.get());
                snapshot.commit();
            } else {
                finish = work(nullptr);
            }
        }
        if (!*stop && finish)
            QMetaObject::invokeMethod(
                qApp,
                [target, finish = std::move(finish)] {
                    if (target)
                        finish();
                },
                Qt::QueuedConnection);
        *done = true;
    });
    m_workers.push_back({std::move(worker), done});
}

bool OpenLedger::setStatusThresholds(const StatusThresholds &settings, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    if (!SettingsRepository(*m_database).setStatusThresholds(settings, error))
        return false;
    m_settings = settings;
    recomputeStatus();
    return true;
}

bool OpenLedger::setPlanSchedule(qint64 planId, const ReportingSchedule &schedule, StorageError *error)
{
    if (refuseWhileHeld(error))
        return false;
    if (!ScheduleService(*m_database).setPlanSchedule(planId, schedule, error))
        return false;
    recomputeStatus();
    return true;
}

TaskStatistics OpenLedger::statistics() const
{
    const QHash<QString, int> openNotices = progress().openNoticesByUnit(m_asOf);
    QHash<qint64, QString> names;
    for (const Unit &u : lookup().units())
        names.insert(u.id, u.name);
    const QHash<QString, SignCounts> signs = ScoreService(*m_database).signCounts(m_asOf);
    return TaskStatistics::compute(m_index.rows(), m_index.statuses(), openNotices, names, signs);
}

QList<ProgressReport> OpenLedger::reports(qint64 taskId) const
{
    return progress().reports(taskId);
}

QList<SupervisionRecord> OpenLedger::records(qint64 taskId) const
{
    return progress().records(taskId);
}

qint64 OpenLedger::addReport(ProgressReport &report, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    if (report.id > 0)
        report.version = expectedVersion(Row::Report, report.id, report.version);
    // A new report names one of the task's own units, as on the command line (a report put back by redo
    // was checked when it was first made).
    const bool checkUnit = report.id == 0 && !report.unit.isEmpty();
    const qint64 id =
        checkUnit ? progress().addUnitReport(report, error) : progress().addReport(report, error);
    if (id) {
        wrote(Row::Report, id, report.version);
        recomputeTask(report.taskId);
        emit historyChanged(report.taskId);
    }
    return id;
}

bool OpenLedger::updateReport(ProgressReport &report, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    report.version = expectedVersion(Row::Report, report.id, report.version);
    if (!progress().updateReport(report, error))
        return false;
    wrote(Row::Report, report.id, report.version);
    recomputeTask(report.taskId);
    emit historyChanged(report.taskId);
    return true;
}

bool OpenLedger::removeReport(const ProgressReport &report, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    ProgressReport expected = report;
    expected.version = expectedVersion(Row::Report, report.id, report.version);
    if (!progress().removeReport(expected, error))
        return false;
    recomputeTask(report.taskId);
    emit historyChanged(report.taskId);
    return true;
}

qint64 OpenLedger::addRecord(SupervisionRecord &record, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    if (record.id > 0)
        record.version = expectedVersion(Row::Record, record.id, record.version);
    const qint64 id = progress().addRecord(record, error);
    if (id) {
        wrote(Row::Record, id, record.version);
        recomputeTask(record.taskId);
        emit historyChanged(record.taskId);
    }
    return id;
}

bool OpenLedger::addRecords(QList<SupervisionRecord> &records, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    for (SupervisionRecord &r : records)
        if (r.id > 0)
            r.version = expectedVersion(Row::Record, r.id, r.version);
    if (!progress().addRecords(records, error))
        return false;
    for (const SupervisionRecord &r : std::as_const(records))
        wrote(Row::Record, r.id, r.version);
    for (const SupervisionRecord &r : std::as_const(records))
        recomputeTask(r.taskId);
    for (const SupervisionRecord &r : std::as_const(records))
        emit historyChanged(r.taskId);
    return true;
}

bool OpenLedger::removeRecords(const QList<SupervisionRecord> &records, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    QList<SupervisionRecord> expected = records;
    for (SupervisionRecord &r : expected)
        r.version = expectedVersion(Row::Record, r.id, r.version);
    if (!progress().removeRecords(expected, error))
        return false;
    for (const SupervisionRecord &r : records)
        recomputeTask(r.taskId);
    for (const SupervisionRecord &r : records)
        emit historyChanged(r.taskId);
    return true;
}

bool OpenLedger::updateRecord(SupervisionRecord &record, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    record.version = expectedVersion(Row::Record, record.id, record.version);
    if (!progress().updateRecord(record, error))
        return false;
    wrote(Row::Record, record.id, record.version);
    recomputeTask(record.taskId);
    emit historyChanged(record.taskId);
    return true;
}

bool OpenLedger::removeRecord(const SupervisionRecord &record, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    SupervisionRecord expected = record;
    expected.version = expectedVersion(Row::Record, record.id, record.version);
    if (!progress().removeRecord(expected, error))
        return false;
    recomputeTask(record.taskId);
    emit historyChanged(record.taskId);
    return true;
}

bool OpenLedger::issueNotice(Notice &notice, QList<SupervisionRecord> &records, StorageError *error)
{
    if (refuseWhileHeld(error))
        return false;
    for (SupervisionRecord &r : records)
        if (r.id > 0)
            r.version = expectedVersion(Row::Record, r.id, r.version);
    if (!notices().issue(notice, records, error))
        return false;
    for (const SupervisionRecord &r : std::as_const(records))
        wrote(Row::Record, r.id, r.version);
    for (const SupervisionRecord &r : std::as_const(records))
        recomputeTask(r.taskId);
    for (const SupervisionRecord &r : std::as_const(records))
        emit historyChanged(r.taskId);
    return true;
}

bool OpenLedger::removeNotice(const Notice &notice, const QList<SupervisionRecord> &records,
                              StorageError *error)
{
    if (refuseWhileHeld(error))
        return false;
    QList<SupervisionRecord> expected = records;
    for (SupervisionRecord &r : expected)
        r.version = expectedVersion(Row::Record, r.id, r.version);
    if (!notices().remove(notice, expected, error))
        return false;
    for (const SupervisionRecord &r : records)
        recomputeTask(r.taskId);
    for (const SupervisionRecord &r : records)
        emit historyChanged(r.taskId);
    return true;
}

bool OpenLedger::restoreTask(Task &task, QList<ProgressReport> &reports, QList<SupervisionRecord> &records,
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
        if (TaskRepository(*m_database).insert(copy, error) == 0)
            return false;
        ProgressService progress = this->progress();
        for (ProgressReport &r : reportCopies) {
            r.version = expectedVersion(Row::Report, r.id, r.version);
            if (progress.addReport(r, error) == 0)
                return false;
        }
        for (SupervisionRecord &r : recordCopies) {
            r.version = expectedVersion(Row::Record, r.id, r.version);
            if (progress.addRecord(r, error) == 0)
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

void OpenLedger::checkIntegrityInBackground()
{
    setWritesHeld(true);
    const QString path = m_database->path();
    QPointer<OpenLedger> self(this);
    const int generation = ++m_checkGeneration;
    if (m_checker.joinable())
        m_checker.join();
    m_checker = std::thread([self, path, generation] {
        auto result = std::make_shared<StorageError>();
        bool ok = false;
        {
            StorageError failure;
            const std::unique_ptr<Database> session = Database::openSession(path, &failure);
            if (session)
                ok = session->checkIntegrity(false, result.get());
            else
                *result = StorageError{StorageError::Code::Corrupt, failure.message};
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, ok, result] {
                if (!self || self->m_checkGeneration != generation)
                    return;
                if (ok) {
                    self->m_database->markChecked();
                    self->setWritesHeld(false);
                }
                emit self->integrityChecked(ok, result->message);
            },
            Qt::QueuedConnection);
    });
}

void OpenLedger::setAsOf(const QDate &date)
{
    if (!date.isValid() || date == m_asOf)
        return;
    m_asOf = date;
    recomputeStatus();
    emit asOfChanged(date);
}

void OpenLedger::reload()
{
    if (TaskRepository(*m_database).count() > backgroundThreshold) {
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
        m_index = TaskIndex(TaskRowLoader(*m_database).loadAll());
        applyStatus(ListingService(*m_database).statusOf(m_index.rows(), m_asOf, m_settings));
    }
    emit reset();
    emit statusChanged();
}

std::optional<Task> OpenLedger::task(qint64 id) const
{
    return TaskRepository(*m_database).load(id);
}

void OpenLedger::refreshRow(qint64 id)
{
    if (m_loading)
        m_dirtyWhileLoading.insert(id);
    if (auto row = TaskRowLoader(*m_database).loadOne(id))
        m_index.upsert(std::move(*row));
}

bool OpenLedger::saveTask(const Task &before, Task &after, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    StorageError local;
    StorageError &err = error ? *error : local;
    Task expected = before;
    expected.version = expectedVersion(Row::Task, before.id, before.version);
    if (!TaskRepository(*m_database).updateChanged(expected, after, &err)) {
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

void OpenLedger::refreshTask(qint64 id)
{
    if (m_loading)
        m_dirtyWhileLoading.insert(id);
    if (auto row = TaskRowLoader(*m_database).loadOne(id)) {
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

qint64 OpenLedger::addTask(Task task, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    if (task.planId <= 0)
        task.planId = defaultPlanId(error);
    if (!task.startDate.isValid()) // entered by hand: assigned on the day it is entered
        task.startDate = QDate::currentDate();
    if (task.id > 0) // put back by redo: over the version this window last saw of it
        task.version = expectedVersion(Row::Task, task.id, task.version);
    if (task.planId <= 0)
        return 0;
    const qint64 id = TaskRepository(*m_database).insert(task, error);
    if (id == 0)
        return 0;
    wrote(Row::Task, id, task.version);
    refreshRow(id);
    recomputeTask(id);
    emit taskAdded(id);
    return id;
}

bool OpenLedger::removeTask(const Task &task, StorageError *error, QList<ProgressReport> *reports,
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
            *reports = progress().reports(task.id);
        if (records)
            *records = progress().records(task.id);
        removed = TaskRepository(*m_database).remove(expected, &err) && tx.commit(&err);
    }
    if (!removed) {
        if (err.code == StorageError::Code::Conflict || err.code == StorageError::Code::NotFound)
            refreshTask(task.id);
        return false;
    }
    refreshTask(task.id);
    return true;
}

qint64 OpenLedger::defaultPlanId(StorageError *error)
{
    PlanRepository plans(*m_database);
    const QList<Plan> all = plans.all();
    if (!all.isEmpty())
        return all.first().id;
    Plan plan;
    plan.title = tr("Tasks entered by hand");
    plan.year = QDate::currentDate().year();
    return plans.insertPlan(plan, error);
}

qint64 OpenLedger::importPlan(PlanDocument &document, const QList<Unit> &units, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    const qint64 id = imports().saveNew(document, units, error);
    if (id) {
        for (const Task &t : std::as_const(document.tasks))
            wrote(Row::Task, t.id, t.version);
        reload();
    }
    return id;
}

bool OpenLedger::updatePlan(qint64 planId, PlanDocument document, const QList<Unit> &units, QStringList *kept,
                            StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    if (!imports().update(planId, document, units, kept, error))
        return false;
    for (const Task &t : std::as_const(document.tasks))
        wrote(Row::Task, t.id, t.version);
    reload();
    return true;
}

bool OpenLedger::removePlan(qint64 planId, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    if (!imports().remove(planId, true, error))
        return false;
    reload();
    return true;
}

bool OpenLedger::renameUnit(qint64 unitId, const QString &name, StorageError *error,
                            const QString &expectedName)
{
    if (refuseWhileHeld(error))
        return {};
    if (!UnitRepository(*m_database).rename(unitId, name, error, expectedName))
        return false;
    reload();
    emit unitsChanged();
    return true;
}

bool OpenLedger::setUnitAliases(qint64 unitId, const QStringList &aliases, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    if (!UnitRepository(*m_database).setAliases(unitId, aliases, error))
        return false;
    emit unitsChanged();
    return true;
}

std::optional<UnitMerge> OpenLedger::mergeUnits(qint64 fromId, qint64 intoId, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    auto merge = UnitRepository(*m_database).merge(fromId, intoId, error);
    if (!merge)
        return std::nullopt;
    reload();
    emit unitsChanged();
    return merge;
}

bool OpenLedger::unmergeUnits(const UnitMerge &merge, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    if (!UnitRepository(*m_database).unmerge(merge, error))
        return false;
    reload();
    emit unitsChanged();
    return true;
}

bool OpenLedger::removeUnit(qint64 unitId, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    if (!UnitRepository(*m_database).removeUnused(unitId, error))
        return false;
    emit unitsChanged();
    return true;
}

bool OpenLedger::restoreUnit(const Unit &unit, StorageError *error)
{
    if (refuseWhileHeld(error))
        return {};
    Unit copy = unit;
    ++copy.version;
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    if (UnitRepository(*m_database).insert(copy, error) == 0 || !tx.commit(error))
        return false;
    emit unitsChanged();
    return true;
}

} // namespace duban::core
