#pragma once

#include "BriefingService.h"
#include "core/domain/FollowUp.h"
#include "core/domain/Loop.h"
#include "core/domain/PlanDocument.h"
#include "core/domain/ProgressReport.h"
#include "core/domain/SupervisionRecord.h"
#include "core/domain/Task.h"
#include "core/domain/Unit.h"
#include "core/ledger/TaskIndex.h"
#include "core/rules/Statistics.h"
#include "core/rules/StatusLight.h"
#include "core/rules/StatusThresholds.h"
#include "core/storage/OwnWrites.h"
#include "core/storage/StorageError.h"
#include "DueService.h"
#include "ImportService.h"
#include "ListingService.h"
#include "LookupService.h"
#include "LoopService.h"
#include "NoticeService.h"
#include "ProgressService.h"
#include "UndoStack.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

class QTimer;

namespace duban::core {

class Database;
class IndicatorService;

/// The open ledger (Tiled's Document, Zanshin's presentation layer): owns the database session, the
/// in-memory index with its lights, the as-of date, the status settings and the undo stack; writes
/// through the services and keeps the index in step, telling the views what changed. The window's views,
/// dialogs and undo commands go through it and its services, never around them.
class OpenLedger final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenLedger)
public:
    explicit OpenLedger(std::shared_ptr<Database> database, QObject *parent = nullptr);
    /// Over a session the caller keeps open for longer than the ledger (tests, benchmarks).
    explicit OpenLedger(Database &database, QObject *parent = nullptr)
        : OpenLedger(std::shared_ptr<Database>(std::shared_ptr<Database>(), &database), parent)
    {
    }
    ~OpenLedger() override;

    /// The session (for the services; nothing outside core builds repositories on it).
    Database &database() const { return *m_database; }
    /// The database file.
    QString path() const;
    /// The undo history of this ledger's edits.
    UndoStack *undoStack() const { return m_undo; }

    /// The services over this ledger's session. Writes that change tasks go through the ledger's own
    /// methods below, which keep the index and the lights in step.
    LookupService lookup() const { return LookupService(*m_database); }
    ImportService imports() const { return ImportService(m_database.get()); }
    BriefingService briefings() const { return BriefingService(*m_database); }
    ProgressService progress() const { return ProgressService(*m_database); }
    IndicatorService *indicators() const { return m_indicators; }
    /// The due-soon list and the numbered notices (read-only here: notices are written below).
    DueService due() const { return DueService(*m_database); }
    NoticeService notices() const { return NoticeService(*m_database); }

    /// Runs the integrity check that opening deferred, in a worker thread; writes are held meanwhile.
    /// integrityChecked() tells the result (ok, or the findings for the user).
    void checkIntegrityInBackground();

    /// The statistics date (统计截止日期) every view computes with; today unless the user picks another.
    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &date);
    const TaskIndex &index() const { return m_index; }

    /// Reloads every row from the database (in the background above backgroundThreshold).
    void reload();
    /// While the integrity check of a large file runs, edits are refused with writesHeldMessage().
    bool writesHeld() const { return m_writesHeld; }
    void setWritesHeld(bool held) { m_writesHeld = held; }
    static QString writesHeldMessage();
    /// True (with `error` set) while writes are held: every write method of the store starts with it.
    bool refuseWhileHeld(StorageError *error) const;
    /// How often the store looks for another writer's commits (SqlDialect::dataVersion).
    static constexpr int pollInterval = 1000;
    /// Reloads when another connection committed since the last look; true if it did. Called by a timer.
    bool checkOutsideChanges();
    /// Loads rows, lights and sort orders in a worker thread with its own connection (for big ledgers);
    /// loadProgress() reports, reset() fires when the rows are in. Edits wait until then.
    void reloadInBackground();
    /// Runs `work` in a worker thread on a read snapshot of a session of its own (null when the file could
    /// not be opened again: `work` says so), then the function it returns on the window's thread — unless
    /// `context` is gone by then or the store is going away. For reads that take long on a big ledger (the
    /// due-soon list, the scores): the window does not stall.
    void readInBackground(QObject *context, std::function<std::function<void()>(Database *)> work);
    bool isLoading() const { return m_loading; }
    /// Ledgers above this many tasks are loaded (and re-judged on a date change) in the background.
    static constexpr int backgroundThreshold = 20000;

    std::optional<Task> task(qint64 id) const;
    /// Saves the fields that differ between `before` (as shown, with its row version) and `after`; on success
    /// after.version is the new version. When another writer changed the task since `before` was read,
    /// nothing is written and `error` is Conflict (NotFound when it was deleted); the row is refreshed.
    bool saveTask(const Task &before, Task &after, StorageError *error);
    /// Inserts a task (keeping task.id if set, as undo of a deletion does). Returns the id or 0.
    qint64 addTask(Task task, StorageError *error);
    /// Deletes the task if it still has task.version.
    /// `reports` and `records`, when given, receive what is deleted with it (read in the same transaction).
    bool removeTask(const Task &task, StorageError *error, QList<ProgressReport> *reports = nullptr,
                    QList<SupervisionRecord> *records = nullptr);
    /// The plan new tasks go into: the first plan, created ("Tasks entered by hand") if there is none.
    qint64 defaultPlanId(StorageError *error);

    /// Saves a decomposed plan (ImportService::saveNew) and reloads; returns the plan id or 0. The
    /// document's ids are filled in (kept when set: redo puts the plan back as it was).
    qint64 importPlan(PlanDocument &document, const QList<Unit> &units, StorageError *error);
    /// Updates the saved plan `planId` from a re-imported document (ImportService::update) and reloads;
    /// `kept` lists tasks kept for their history.
    bool updatePlan(qint64 planId, PlanDocument document, const QList<Unit> &units, QStringList *kept,
                    StorageError *error);
    /// Removes a plan unless a task of it has progress or supervision records (undo of an import).
    bool removePlan(qint64 planId, StorageError *error);

    /// The light of index row `row` as of asOf(), with its reasons.
    const StatusLight &light(int row) const { return m_index.status(row); }
    StatusThresholds statusThresholds() const { return m_settings; }
    bool setStatusThresholds(const StatusThresholds &settings, StorageError *error);
    /// Stores a plan's reporting schedule (ScheduleService) and re-judges every light.
    bool setPlanSchedule(qint64 planId, const ReportingSchedule &schedule, StorageError *error);
    /// Counts by light and the per-unit table (with the 签收率 and the 点名) as of asOf().
    TaskStatistics statistics() const;
    /// Recomputes every light as of asOf() (after progress, completion or settings changed).
    void recomputeStatus();
    /// Recomputes one task's light (after an edit of it, its reports or its records).
    void recomputeTask(qint64 taskId);

    /// Progress reports and supervision records; each write recomputes the lights.
    QList<ProgressReport> reports(qint64 taskId) const;
    QList<SupervisionRecord> records(qint64 taskId) const;
    qint64 addReport(ProgressReport &report, StorageError *error);
    /// Versioned: writes only if the row still has report.version, then increments it (Conflict otherwise).
    bool updateReport(ProgressReport &report, StorageError *error);
    bool removeReport(const ProgressReport &report, StorageError *error);
    qint64 addRecord(SupervisionRecord &record, StorageError *error);
    /// Records several reminders/notices in one transaction (one per task of a unit); fills in their ids.
    bool addRecords(QList<SupervisionRecord> &records, StorageError *error);
    bool removeRecords(const QList<SupervisionRecord> &records, StorageError *error);
    bool updateRecord(SupervisionRecord &record, StorageError *error);
    bool removeRecord(const SupervisionRecord &record, StorageError *error);
    /// Issues a prepared notice with one record per task (NoticeService::issue; put back when it has an id
    /// and number), keeping the lights in step; `records` receives what was written.
    bool issueNotice(Notice &notice, QList<SupervisionRecord> &records, StorageError *error);
    /// Removes an issued notice and its records (at the versions given): undo of issueNotice().
    bool removeNotice(const Notice &notice, const QList<SupervisionRecord> &records, StorageError *error);
    /// Puts a deleted task back with its reports and records, in one transaction.
    /// The rows come back with their ids and versions one above those they had, so that commands still
    /// holding the old versions meet no conflict with the window's own undo.
    bool restoreTask(Task &task, QList<ProgressReport> &reports, QList<SupervisionRecord> &records,
                     StorageError *error);

    /// Unit directory writes; reload the affected rows.
    bool renameUnit(qint64 unitId, const QString &name, StorageError *error,
                    const QString &expectedName = {});
    bool setUnitAliases(qint64 unitId, const QStringList &aliases, StorageError *error);
    /// Merges one unit into another (every reference moves, the old name becomes an alias); undo with
    /// unmergeUnits(). Reloads the ledger.
    std::optional<UnitMerge> mergeUnits(qint64 fromId, qint64 intoId, StorageError *error);
    bool unmergeUnits(const UnitMerge &merge, StorageError *error);
    /// Deletes a unit nothing refers to; restoreUnit() puts it back with its id and aliases.
    bool removeUnit(qint64 unitId, StorageError *error);
    bool restoreUnit(const Unit &unit, StorageError *error);

    /// The supervision loop (督办闭环) over this ledger's session, for reading. Its steps go through the
    /// methods below: each is refused while writes are held, and afterwards the task's row (its stage, and
    /// its deadline or completion when the step moved them), its light and the views follow
    /// (taskChanged, historyChanged). A step that writes the task's row counts as this window's own write
    /// (saveTask() of an older copy meets no conflict).
    LoopService loop() const { return LoopService(*m_database); }
    bool assign(qint64 taskId, const QDate &on, Task *saved, StorageError *error);
    bool sign(qint64 taskId, const QString &unit, const QDate &on, StorageError *error);
    bool unsign(qint64 taskId, const QString &unit, StorageError *error);
    qint64 requestCompletion(qint64 taskId, const QString &unit, const QDate &on, const QString &basis,
                             const QList<AttachmentFile> &files, StorageError *error);
    qint64 requestExtension(qint64 taskId, const QString &unit, const QDate &to, const QString &reason,
                            const QDate &on, const QList<AttachmentFile> &files, StorageError *error);
    bool withdrawRequest(qint64 taskId, qint64 requestId, StorageError *error);
    bool reviewCompletion(qint64 taskId, bool approve, const QDate &on, const QString &reason,
                          LoopRequest *decided, StorageError *error);
    bool decideExtension(qint64 taskId, bool approve, const QDate &on, const QString &note,
                         LoopRequest *decided, StorageError *error);
    bool undoDecision(qint64 taskId, qint64 requestId, StorageError *error);
    qint64 attach(qint64 taskId, Attachment::Owner owner, qint64 ownerId, const AttachmentFile &file,
                  StorageError *error);
    bool setAttachmentRemoved(qint64 taskId, qint64 attachmentId, bool removed, StorageError *error);
    /// What was already done about each task as of asOf() (催办/督办, answers owed, 签收), by task id.
    QHash<qint64, FollowUp> followUps() const;

signals:
    void reset();
    void taskChanged(qint64 id);
    void taskAdded(qint64 id);
    void taskRemoved(qint64 id);
    void unitsChanged();
    void asOfChanged(const QDate &date);
    /// The lights were recomputed (the ledger's light column and the dashboards follow).
    void statusChanged();
    /// A task's reports or records changed.
    void historyChanged(qint64 taskId);
    /// Background loading: done of total steps; loadingChanged(false) when finished.
    void loadProgress(qint64 done, qint64 total);
    void loadingChanged(bool loading);
    /// A write failed during undo/redo; the message is for the user.
    void storageFailed(const QString &message);
    /// Another writer changed the database; the index is being reloaded (the open task must be re-read).
    void outsideChange();
    /// The deferred integrity check finished: `ok`, or damaged with `message` for the user.
    void integrityChecked(bool ok, const QString &message);

public:
    /// Re-reads one task after another writer changed or deleted it: its row, its light, and
    /// taskChanged() or taskRemoved().
    void refreshTask(qint64 id);

private:
    void refreshRow(qint64 id);
    void applyStatus(RowStatus status);
    /// Runs one step of the loop on a task and brings the index, the lights and the views in step.
    template <typename Result, typename Step> Result loopStep(qint64 taskId, StorageError *error, Step step);

    /// The rows versions are kept for. A write expects the version its caller read, unless that version lies
    /// in the unbroken run of this window's own writes to the row: then the newest of them. So undo and
    /// redo through commands holding older copies are no conflict, while a version another writer made
    /// breaks the run and any older copy meets a conflict.
    enum class Row
    {
        Task,
        Report,
        Record
    };
    int expectedVersion(Row row, qint64 id, int callerVersion) const;
    void wrote(Row row, qint64 id, int version);

    qint64 dataVersion() const;
    void joinFinishedWorkers();
    /// Removes a task from the index and its light, if it is there.
    void dropRow(qint64 id);

    /// Background loads: joined when finished or when the store goes.
    struct Worker
    {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> done;
    };
    std::vector<Worker> m_workers;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);

    std::shared_ptr<Database> m_database;
    QSqlDatabase m_db; ///< m_database's connection
    UndoStack *m_undo;
    IndicatorService *m_indicators;
    std::thread m_checker; ///< the deferred integrity check, joined before the session goes
    QTimer *m_poll = nullptr;
    qint64 m_dataVersion = -1;
    OwnWrites m_written; ///< versions this window's own writes made, by (Row, id)
    TaskIndex m_index;
    QDate m_asOf = QDate::currentDate();
    StatusThresholds m_settings;
    bool m_loading = false;
    bool m_writesHeld = false;
    QSet<qint64> m_dirtyWhileLoading; ///< tasks this window changed while a background load ran
    int m_generation = 0;             ///< discards results of superseded background loads
    int m_checkGeneration = 0;        ///< discards the result of a check this ledger no longer waits for
};

} // namespace duban::core
