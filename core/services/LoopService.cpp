#include "LoopService.h"

#include "core/storage/Database.h"
#include "core/storage/LedgerSettingKeys.h"
#include "core/storage/LoopRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace duban::core {

namespace {

QString taskLabel(const Task &task)
{
    return task.code.isEmpty() ? QStringLiteral("“%1”").arg(task.title) : task.code;
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

bool invalid(StorageError *error, const QString &message)
{
    sql::setError(error, StorageError::Code::Invalid, message);
    return false;
}

// The task as committed, inside the caller's transaction.
std::optional<Task> loadTask(Database &database, qint64 taskId, StorageError *error)
{
    StorageError failure;
    std::optional<Task> task = TaskRepository(database).load(taskId, &failure);
    if (!task && error)
        *error = failure.isError() ? failure
                                   : StorageError{StorageError::Code::NotFound,
                                                  LoopService::tr("The task no longer exists.")};
    return task;
}

// A step's date: valid and not in the future.
bool validDate(const QDate &on, StorageError *error)
{
    if (!on.isValid())
        return invalid(error, LoopService::tr("A step needs a date."));
    if (on > QDate::currentDate())
        return invalid(
            error,
            LoopService::tr("%1 is in the future: a step is recorded on the day it was taken.").arg(iso(on)));
    return true;
}

bool openTask(const Task &task, StorageError *error)
{
    if (task.status == TaskStatus::Completed)
        return invalid(error, LoopService::tr("Task %1 is closed (销号 on %2); reopen it first.")
                                  .arg(taskLabel(task), iso(task.completedOn)));
    return true;
}

bool unitOfTask(const Task &task, const QString &unit, StorageError *error)
{
    if (unit.isEmpty())
        return invalid(error, LoopService::tr("Name the unit the step is taken for."));
    if (task.units().contains(unit))
        return true;
    return invalid(error,
                   task.units().isEmpty()
                       ? LoopService::tr("%1 is neither a lead nor a co-unit of task %2, which has no units.")
                             .arg(unit, taskLabel(task))
                       : LoopService::tr("%1 is neither a lead nor a co-unit of task %2; its units are %3.")
                             .arg(unit, taskLabel(task), task.units().join(QStringLiteral("、"))));
}

std::optional<LoopRequest> pendingOf(const QList<LoopRequest> &requests, LoopRequest::Kind kind)
{
    for (const LoopRequest &r : requests)
        if (r.kind == kind && r.state == LoopRequest::State::Pending)
            return r;
    return std::nullopt;
}

std::optional<LoopRequest> lastOf(const QList<LoopRequest> &requests, LoopRequest::Kind kind)
{
    for (auto it = requests.crbegin(); it != requests.crend(); ++it)
        if (it->kind == kind)
            return *it;
    return std::nullopt;
}

HistoryEntry entry(qint64 taskId, const QString &kind, const QDate &on, const QString &unit,
                   const QString &text, qint64 refId = 0)
{
    HistoryEntry e;
    e.taskId = taskId;
    e.kind = kind;
    e.date = on;
    e.unit = unit;
    e.text = text;
    e.refId = refId;
    return e;
}

bool validFile(const AttachmentFile &file, StorageError *error)
{
    if (file.name.trimmed().isEmpty())
        return invalid(error, LoopService::tr("An attachment needs a file name."));
    if (file.content.isEmpty())
        return invalid(error, LoopService::tr("%1 is empty; there is nothing to attach.").arg(file.name));
    if (file.content.size() > Attachment::kMaxBytes)
        return invalid(error, LoopService::tr("%1 is %2 MB; an attachment can be at most %3 MB.")
                                  .arg(file.name)
                                  .arg(double(file.content.size()) / (1024 * 1024), 0, 'f', 1)
                                  .arg(Attachment::kMaxBytes / (1024 * 1024)));
    return true;
}

// Stores the files of one request, report or record, each with its history entry.
bool storeFiles(LoopRepository &loop, qint64 taskId, Attachment::Owner owner, qint64 ownerId,
                const QList<AttachmentFile> &files, const QDate &on, const QString &unit, StorageError *error)
{
    for (const AttachmentFile &f : files) {
        Attachment a;
        a.taskId = taskId;
        a.owner = owner;
        a.ownerId = ownerId;
        a.name = QFileInfo(f.name).fileName();
        if (loop.insertAttachment(a, f.content, error) == 0)
            return false;
        HistoryEntry e = entry(taskId, historyKind::attachmentAdded(), on, unit, a.name, a.id);
        e.newValue = QString::number(a.size);
        if (!loop.append(e, error))
            return false;
    }
    return true;
}

// Sets deadline (and the original one) of a task over its version, without an edit entry: the caller
// records the step.
bool writeDeadline(Database &database, const Task &task, const QDate &deadline, const QDate &original,
                   StorageError *error)
{
    QSqlQuery q(database.connection());
    if (!sql::run(
            q,
            QStringLiteral("UPDATE tasks SET deadline = ?, deadline_original = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"),
            {sql::dateValue(deadline), sql::dateValue(original), task.id, task.version}, error))
        return false;
    return sql::versioned(database.connection(), q, QStringLiteral("tasks"), task.id,
                          LoopService::tr("Task %1").arg(taskLabel(task)), error);
}

} // namespace

LoopService::LoopService(Database &database) : m_database(database) {}

CompletionDateRule LoopService::completionDateRule() const
{
    return SettingsRepository(m_database).value(ledgerkeys::completionDate()) == QLatin1String("request")
               ? CompletionDateRule::Request
               : CompletionDateRule::Approval;
}

bool LoopService::setCompletionDateRule(CompletionDateRule rule, StorageError *error)
{
    return SettingsRepository(m_database)
        .setValue(ledgerkeys::completionDate(),
                  rule == CompletionDateRule::Request ? QStringLiteral("request")
                                                      : QStringLiteral("approval"),
                  error);
}

bool LoopService::assign(qint64 taskId, const QDate &on, Task *saved, StorageError *error)
{
    if (!validDate(on, error))
        return false;
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return false;
    std::optional<Task> task = loadTask(m_database, taskId, error);
    if (!task || !openTask(*task, error))
        return false;
    if (task->deadline.isValid() && on > task->deadline)
        return invalid(error, tr("Task %1 is due on %2; it cannot be assigned after its deadline.")
                                  .arg(taskLabel(*task), iso(task->deadline)));
    QSqlQuery q(m_database.connection());
    if (!sql::run(q,
                  QStringLiteral("UPDATE tasks SET start_date = ?, version = version + 1 WHERE id = ? AND "
                                 "version = ?"),
                  {sql::dateValue(on), task->id, task->version}, error) ||
        !sql::versioned(m_database.connection(), q, QStringLiteral("tasks"), task->id,
                        tr("Task %1").arg(taskLabel(*task)), error))
        return false;
    HistoryEntry e = entry(taskId, historyKind::assigned(), on, task->lead(), task->title);
    e.field = QStringLiteral("start_date");
    e.oldValue = iso(task->startDate);
    e.newValue = iso(on);
    if (!LoopRepository(m_database).append(e, error) || !tx.commit(error))
        return false;
    if (saved) {
        *saved = *task;
        saved->startDate = on;
        ++saved->version;
    }
    return true;
}

bool LoopService::sign(qint64 taskId, const QString &unit, const QDate &on, StorageError *error)
{
    if (!validDate(on, error))
        return false;
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return false;
    const std::optional<Task> task = loadTask(m_database, taskId, error);
    if (!task || !openTask(*task, error) || !unitOfTask(*task, unit, error))
        return false;
    if (task->startDate.isValid() && on < task->startDate)
        return invalid(error, tr("Task %1 was assigned (交办) on %2; it cannot be acknowledged before.")
                                  .arg(taskLabel(*task), iso(task->startDate)));
    LoopRepository loop(m_database);
    for (const SignOff &s : loop.signOffs(taskId))
        if (s.unit == unit)
            return invalid(
                error, tr("%1 already acknowledged task %2 on %3.").arg(unit, taskLabel(*task), iso(s.date)));
    HistoryEntry e = entry(taskId, historyKind::signedOff(), on, unit, {});
    return loop.insertSignOff({taskId, unit, on, m_database.actor()}, error) && loop.append(e, error) &&
           loop.restage(taskId, error) && tx.commit(error);
}

bool LoopService::unsign(qint64 taskId, const QString &unit, StorageError *error)
{
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return false;
    LoopRepository loop(m_database);
    HistoryEntry e = entry(taskId, historyKind::withdrawn(), QDate::currentDate(), unit, {});
    e.field = historyKind::signedOff();
    return loop.removeSignOff(taskId, unit, error) && loop.append(e, error) && loop.restage(taskId, error) &&
           tx.commit(error);
}

qint64 LoopService::requestCompletion(qint64 taskId, const QString &unit, const QDate &on,
                                      const QString &basis, const QList<AttachmentFile> &files,
                                      StorageError *error)
{
    if (!validDate(on, error))
        return 0;
    if (basis.trimmed().isEmpty()) {
        invalid(error,
                tr("A completion request needs its basis (办结依据): what was done and how it shows."));
        return 0;
    }
    for (const AttachmentFile &f : files)
        if (!validFile(f, error))
            return 0;
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return 0;
    const std::optional<Task> task = loadTask(m_database, taskId, error);
    if (!task || !openTask(*task, error) || !unitOfTask(*task, unit, error))
        return 0;
    LoopRepository loop(m_database);
    const QList<LoopRequest> requests = loop.requests(taskId);
    if (const auto waiting = pendingOf(requests, LoopRequest::Kind::Completion)) {
        invalid(error, tr("Task %1 already has a completion request of %2 (%3) waiting for review.")
                           .arg(taskLabel(*task), waiting->unit, iso(waiting->date)));
        return 0;
    }
    LoopRequest r;
    r.taskId = taskId;
    r.kind = LoopRequest::Kind::Completion;
    r.unit = unit;
    r.date = on;
    r.text = basis.trimmed();
    if (loop.insertRequest(r, error) == 0)
        return 0;
    HistoryEntry e = entry(taskId, historyKind::completionRequested(), on, unit, r.text, r.id);
    if (!loop.append(e, error) ||
        !storeFiles(loop, taskId, Attachment::Owner::Request, r.id, files, on, unit, error) ||
        !loop.restage(taskId, error) || !tx.commit(error))
        return 0;
    return r.id;
}

qint64 LoopService::requestExtension(qint64 taskId, const QString &unitName, const QDate &to,
                                     const QString &reason, const QDate &on,
                                     const QList<AttachmentFile> &files, StorageError *error)
{
    if (!validDate(on, error))
        return 0;
    if (!to.isValid()) {
        invalid(error, tr("An extension request needs the new deadline it asks for."));
        return 0;
    }
    if (reason.trimmed().isEmpty()) {
        invalid(error, tr("An extension request needs its reason."));
        return 0;
    }
    for (const AttachmentFile &f : files)
        if (!validFile(f, error))
            return 0;
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return 0;
    const std::optional<Task> task = loadTask(m_database, taskId, error);
    if (!task || !openTask(*task, error))
        return 0;
    const QString unit = unitName.isEmpty() ? task->lead() : unitName;
    if (!unitOfTask(*task, unit, error))
        return 0;
    if (task->deadline.isValid() && to <= task->deadline) {
        invalid(error, tr("Task %1 is due on %2; an extension must ask for a later date than that, not %3.")
                           .arg(taskLabel(*task), iso(task->deadline), iso(to)));
        return 0;
    }
    if (to < on) {
        invalid(error, tr("The new deadline %1 is before the request's date %2.").arg(iso(to), iso(on)));
        return 0;
    }
    LoopRepository loop(m_database);
    if (const auto waiting = pendingOf(loop.requests(taskId), LoopRequest::Kind::Extension)) {
        invalid(error, tr("Task %1 already has an extension request to %2 waiting for a decision.")
                           .arg(taskLabel(*task), iso(waiting->newDeadline)));
        return 0;
    }
    LoopRequest r;
    r.taskId = taskId;
    r.kind = LoopRequest::Kind::Extension;
    r.unit = unit;
    r.date = on;
    r.text = reason.trimmed();
    r.newDeadline = to;
    r.oldDeadline = task->deadline;
    if (loop.insertRequest(r, error) == 0)
        return 0;
    HistoryEntry e = entry(taskId, historyKind::extensionRequested(), on, unit, r.text, r.id);
    e.field = QStringLiteral("deadline");
    e.oldValue = iso(task->deadline);
    e.newValue = iso(to);
    if (!loop.append(e, error) ||
        !storeFiles(loop, taskId, Attachment::Owner::Request, r.id, files, on, unit, error) ||
        !tx.commit(error))
        return 0;
    return r.id;
}

bool LoopService::withdrawRequest(qint64 requestId, StorageError *error)
{
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return false;
    LoopRepository loop(m_database);
    const std::optional<LoopRequest> r = loop.request(requestId, error);
    if (!r) {
        sql::setError(error, StorageError::Code::NotFound, tr("The request no longer exists."));
        return false;
    }
    if (r->state != LoopRequest::State::Pending)
        return invalid(
            error, tr("The request was decided on %1; take the decision back first.").arg(iso(r->decidedOn)));
    for (const Attachment &a : loop.attachmentsOf(Attachment::Owner::Request, requestId))
        if (!a.removed && !loop.setAttachmentRemoved(a.id, true, error))
            return false;
    HistoryEntry e =
        entry(r->taskId, historyKind::withdrawn(), QDate::currentDate(), r->unit, r->text, r->id);
    e.field = r->kind == LoopRequest::Kind::Completion ? historyKind::completionRequested()
                                                       : historyKind::extensionRequested();
    return loop.removeRequest(*r, error) && loop.append(e, error) && loop.restage(r->taskId, error) &&
           tx.commit(error);
}

bool LoopService::reviewCompletion(qint64 taskId, bool approve, const QDate &on, const QString &reason,
                                   LoopRequest *decided, StorageError *error)
{
    if (!validDate(on, error))
        return false;
    if (!approve && reason.trimmed().isEmpty())
        return invalid(error, tr("A returned completion request needs the reason it is returned for."));
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return false;
    const std::optional<Task> task = loadTask(m_database, taskId, error);
    if (!task)
        return false;
    LoopRepository loop(m_database);
    const QList<LoopRequest> requests = loop.requests(taskId);
    std::optional<LoopRequest> r = pendingOf(requests, LoopRequest::Kind::Completion);
    if (!r) {
        const auto last = lastOf(requests, LoopRequest::Kind::Completion);
        return invalid(
            error,
            last ? tr("Task %1 has no completion request waiting for review: the last one (%2) was "
                      "already %3 on %4.")
                       .arg(taskLabel(*task), iso(last->date),
                            last->state == LoopRequest::State::Approved ? tr("approved") : tr("returned"),
                            iso(last->decidedOn))
                 : tr("Task %1 has no completion request (办结申请) to review; the office closes a task "
                      "without one with “complete”.")
                       .arg(taskLabel(*task)));
    }
    if (!openTask(*task, error))
        return false;
    if (on < r->date)
        return invalid(error, tr("The request is dated %1; it cannot be reviewed on %2, before it was made.")
                                  .arg(iso(r->date), iso(on)));
    r->state = approve ? LoopRequest::State::Approved : LoopRequest::State::Returned;
    r->decidedOn = on;
    r->decision = reason.trimmed();
    r->decidedBy = m_database.actor();
    if (!loop.updateRequest(*r, error))
        return false;
    if (approve) {
        Task after = *task;
        after.status = TaskStatus::Completed;
        after.completedOn = completionDateRule() == CompletionDateRule::Request ? r->date : on;
        TaskRepository tasks(m_database);
        tasks.setCompletionHistory(false);
        if (!tasks.updateChanged(*task, after, error))
            return false;
    }
    HistoryEntry e =
        entry(taskId, approve ? historyKind::completionApproved() : historyKind::completionReturned(), on,
              r->unit, r->decision, r->id);
    if (!loop.append(e, error) || !loop.restage(taskId, error) || !tx.commit(error))
        return false;
    if (decided)
        *decided = *r;
    return true;
}

bool LoopService::decideExtension(qint64 taskId, bool approve, const QDate &on, const QString &note,
                                  LoopRequest *decided, StorageError *error)
{
    if (!validDate(on, error))
        return false;
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return false;
    const std::optional<Task> task = loadTask(m_database, taskId, error);
    if (!task)
        return false;
    LoopRepository loop(m_database);
    const QList<LoopRequest> requests = loop.requests(taskId);
    std::optional<LoopRequest> r = pendingOf(requests, LoopRequest::Kind::Extension);
    if (!r) {
        const auto last = lastOf(requests, LoopRequest::Kind::Extension);
        return invalid(
            error,
            last ? tr("Task %1 has no extension request waiting: the last one (to %2) was already "
                      "%3 on %4.")
                       .arg(taskLabel(*task), iso(last->newDeadline),
                            last->state == LoopRequest::State::Approved ? tr("approved") : tr("refused"),
                            iso(last->decidedOn))
                 : tr("Task %1 has no extension request (延期申请) to decide.").arg(taskLabel(*task)));
    }
    if (!openTask(*task, error))
        return false;
    if (on < r->date)
        return invalid(error, tr("The request is dated %1; it cannot be decided on %2, before it was made.")
                                  .arg(iso(r->date), iso(on)));
    r->state = approve ? LoopRequest::State::Approved : LoopRequest::State::Refused;
    r->decidedOn = on;
    r->decision = note.trimmed();
    r->decidedBy = m_database.actor();
    if (!loop.updateRequest(*r, error))
        return false;
    if (approve) {
        const QDate original = task->deadlineOriginal.isValid() ? task->deadlineOriginal : task->deadline;
        if (!writeDeadline(m_database, *task, r->newDeadline, original, error))
            return false;
    }
    HistoryEntry e =
        entry(taskId, approve ? historyKind::extensionApproved() : historyKind::extensionRefused(), on,
              r->unit, r->decision, r->id);
    e.field = QStringLiteral("deadline");
    e.oldValue = iso(task->deadline);
    e.newValue = iso(r->newDeadline);
    if (!loop.append(e, error) || !tx.commit(error))
        return false;
    if (decided)
        *decided = *r;
    return true;
}

bool LoopService::undoDecision(qint64 requestId, StorageError *error)
{
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return false;
    LoopRepository loop(m_database);
    std::optional<LoopRequest> r = loop.request(requestId, error);
    if (!r) {
        sql::setError(error, StorageError::Code::NotFound, tr("The request no longer exists."));
        return false;
    }
    if (r->state == LoopRequest::State::Pending)
        return invalid(error, tr("The request has not been decided."));
    const std::optional<Task> task = loadTask(m_database, r->taskId, error);
    if (!task)
        return false;
    const LoopRequest was = *r;
    if (r->state == LoopRequest::State::Approved) {
        if (r->kind == LoopRequest::Kind::Completion) {
            Task after = *task;
            after.status = TaskStatus::Open;
            after.completedOn = QDate();
            TaskRepository tasks(m_database);
            tasks.setCompletionHistory(false);
            if (!tasks.updateChanged(*task, after, error))
                return false;
        } else {
            // Back to the deadline the request was made against; the original stays only if it was older.
            const QDate original =
                task->deadlineOriginal == r->oldDeadline ? QDate() : task->deadlineOriginal;
            if (!writeDeadline(m_database, *task, r->oldDeadline, original, error))
                return false;
        }
    }
    r->state = LoopRequest::State::Pending;
    r->decidedOn = QDate();
    r->decision.clear();
    r->decidedBy.clear();
    if (!loop.updateRequest(*r, error))
        return false;
    QString kind;
    if (was.kind == LoopRequest::Kind::Completion)
        kind = was.state == LoopRequest::State::Approved ? historyKind::completionApproved()
                                                         : historyKind::completionReturned();
    else
        kind = was.state == LoopRequest::State::Approved ? historyKind::extensionApproved()
                                                         : historyKind::extensionRefused();
    HistoryEntry e =
        entry(was.taskId, historyKind::withdrawn(), QDate::currentDate(), was.unit, was.decision, was.id);
    e.field = kind;
    return loop.append(e, error) && loop.restage(was.taskId, error) && tx.commit(error);
}

qint64 LoopService::attach(qint64 taskId, Attachment::Owner owner, qint64 ownerId, const AttachmentFile &file,
                           StorageError *error)
{
    if (!validFile(file, error))
        return 0;
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return 0;
    if (!loadTask(m_database, taskId, error))
        return 0;
    LoopRepository loop(m_database);
    if (!storeFiles(loop, taskId, owner, ownerId, {file}, QDate::currentDate(), {}, error))
        return 0;
    const QList<Attachment> all = loop.attachmentsOf(owner, ownerId);
    if (!tx.commit(error) || all.isEmpty())
        return 0;
    return all.constLast().id;
}

bool LoopService::setAttachmentRemoved(qint64 attachmentId, bool removed, StorageError *error)
{
    Transaction tx(m_database.connection());
    if (!tx.started(error))
        return false;
    LoopRepository loop(m_database);
    const std::optional<Attachment> a = loop.attachment(attachmentId, error);
    if (!a) {
        sql::setError(error, StorageError::Code::NotFound, tr("The attachment no longer exists."));
        return false;
    }
    HistoryEntry e =
        entry(a->taskId, removed ? historyKind::attachmentRemoved() : historyKind::attachmentAdded(),
              QDate::currentDate(), {}, a->name, a->id);
    return loop.setAttachmentRemoved(attachmentId, removed, error) && loop.append(e, error) &&
           tx.commit(error);
}

std::optional<QByteArray> LoopService::attachmentContent(qint64 attachmentId, StorageError *error) const
{
    return LoopRepository(m_database).attachmentContent(attachmentId, error);
}

std::optional<AttachmentFile> LoopService::readFile(const QString &path, StorageError *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        invalid(error, tr("There is no file at %1.").arg(path));
        return std::nullopt;
    }
    if (!info.isFile()) {
        invalid(error, tr("%1 is not a file.").arg(path));
        return std::nullopt;
    }
    if (info.size() > Attachment::kMaxBytes) {
        invalid(error, tr("%1 is %2 MB; an attachment can be at most %3 MB.")
                           .arg(info.fileName())
                           .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                           .arg(Attachment::kMaxBytes / (1024 * 1024)));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        invalid(error, tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    AttachmentFile out{info.fileName(), file.readAll()};
    if (!validFile(out, error))
        return std::nullopt;
    return out;
}

QList<HistoryEntry> LoopService::history(qint64 taskId, StorageError *error) const
{
    return LoopRepository(m_database).history(taskId, error);
}

QList<SignOff> LoopService::signOffs(qint64 taskId, StorageError *error) const
{
    return LoopRepository(m_database).signOffs(taskId, error);
}

QList<LoopRequest> LoopService::requests(qint64 taskId, StorageError *error) const
{
    return LoopRepository(m_database).requests(taskId, error);
}

QList<Attachment> LoopService::attachments(qint64 taskId, StorageError *error) const
{
    return LoopRepository(m_database).attachments(taskId, error);
}

std::optional<LoopRequest> LoopService::pending(qint64 taskId, LoopRequest::Kind kind,
                                                StorageError *error) const
{
    return pendingOf(LoopRepository(m_database).requests(taskId, error), kind);
}

} // namespace duban::core
