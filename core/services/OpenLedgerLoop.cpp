// The open ledger's steps of the supervision loop (督办闭环): thin over LoopService, keeping the index, the
// lights and the views in step.
#include "OpenLedger.h"

#include "core/storage/FollowUpQuery.h"

namespace duban::core {

template <typename Result, typename Step>
Result OpenLedger::loopStep(qint64 taskId, StorageError *error, Step step)
{
    if (refuseWhileHeld(error))
        return Result{};
    StorageError local;
    StorageError &err = error ? *error : local;
    const std::optional<Task> before = task(taskId);
    const Result result = step(loop(), &err);
    if (!result) {
        if (err.code == StorageError::Code::NotFound || err.code == StorageError::Code::Conflict)
            refreshTask(taskId);
        return result;
    }
    // A step that wrote the task's row (approval, extension, 交办, and their undo) moved its version by
    // one: this window's own write, unless another writer's came in between.
    const std::optional<Task> after = task(taskId);
    if (before && after && after->version == before->version + 1)
        wrote(Row::Task, taskId, after->version);
    refreshRow(taskId);
    recomputeTask(taskId);
    emit taskChanged(taskId);
    emit historyChanged(taskId);
    return result;
}

bool OpenLedger::assign(qint64 taskId, const QDate &on, Task *saved, StorageError *error)
{
    return loopStep<bool>(taskId, error, [&](LoopService service, StorageError *e) {
        return service.assign(taskId, on, saved, e);
    });
}

bool OpenLedger::sign(qint64 taskId, const QString &unit, const QDate &on, StorageError *error)
{
    return loopStep<bool>(taskId, error, [&](LoopService service, StorageError *e) {
        return service.sign(taskId, unit, on, e);
    });
}

bool OpenLedger::unsign(qint64 taskId, const QString &unit, StorageError *error)
{
    return loopStep<bool>(
        taskId, error, [&](LoopService service, StorageError *e) { return service.unsign(taskId, unit, e); });
}

qint64 OpenLedger::requestCompletion(qint64 taskId, const QString &unit, const QDate &on,
                                     const QString &basis, const QList<AttachmentFile> &files,
                                     StorageError *error)
{
    return loopStep<qint64>(taskId, error, [&](LoopService service, StorageError *e) {
        return service.requestCompletion(taskId, unit, on, basis, files, e);
    });
}

qint64 OpenLedger::requestExtension(qint64 taskId, const QString &unit, const QDate &to,
                                    const QString &reason, const QDate &on,
                                    const QList<AttachmentFile> &files, StorageError *error)
{
    return loopStep<qint64>(taskId, error, [&](LoopService service, StorageError *e) {
        return service.requestExtension(taskId, unit, to, reason, on, files, e);
    });
}

bool OpenLedger::withdrawRequest(qint64 taskId, qint64 requestId, StorageError *error)
{
    return loopStep<bool>(taskId, error, [&](LoopService service, StorageError *e) {
        return service.withdrawRequest(requestId, e);
    });
}

bool OpenLedger::reviewCompletion(qint64 taskId, bool approve, const QDate &on, const QString &reason,
                                  LoopRequest *decided, StorageError *error)
{
    return loopStep<bool>(taskId, error, [&](LoopService service, StorageError *e) {
        return service.reviewCompletion(taskId, approve, on, reason, decided, e);
    });
}

bool OpenLedger::decideExtension(qint64 taskId, bool approve, const QDate &on, const QString &note,
                                 LoopRequest *decided, StorageError *error)
{
    return loopStep<bool>(taskId, error, [&](LoopService service, StorageError *e) {
        return service.decideExtension(taskId, approve, on, note, decided, e);
    });
}

bool OpenLedger::undoDecision(qint64 taskId, qint64 requestId, StorageError *error)
{
    return loopStep<bool>(taskId, error, [&](LoopService service, StorageError *e) {
        return service.undoDecision(requestId, e);
    });
}

qint64 OpenLedger::attach(qint64 taskId, Attachment::Owner owner, qint64 ownerId, const AttachmentFile &file,
                          StorageError *error)
{
    return loopStep<qint64>(taskId, error, [&](LoopService service, StorageError *e) {
        return service.attach(taskId, owner, ownerId, file, e);
    });
}

bool OpenLedger::setAttachmentRemoved(qint64 taskId, qint64 attachmentId, bool removed, StorageError *error)
{
    return loopStep<bool>(taskId, error, [&](LoopService service, StorageError *e) {
        return service.setAttachmentRemoved(attachmentId, removed, e);
    });
}

QHash<qint64, FollowUp> OpenLedger::followUps() const
{
    return FollowUpQuery(*m_database).run(m_asOf);
}

} // namespace duban::core
