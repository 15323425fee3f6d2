#pragma once

#include "core/domain/Loop.h"
#include "core/domain/Task.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace duban::core {

class Database;

/// When an approved 办结申请 completes its task: on the day of the approval, or on the day the request
/// states (a ledger setting, loop.completionDate).
enum class CompletionDateRule : quint8
{
    Approval,
    Request,
};

/// The steps of the supervision loop (督办闭环), each an action by a named actor (the session's actor) for a
/// unit: 交办, 签收, 办结申请 and its 审核 (销号 or 退回), 延期申请 and its decision, attachments. Each step
/// is validated against the task as committed, re-read inside the step's transaction, and written there with
/// its history entry and the task's new stage; an invalid step is StorageError::Code::Invalid and writes
/// nothing. The undo methods take a step back the same way, leaving a "withdrawn" entry in the history.
class LoopService final
{
    Q_DECLARE_TR_FUNCTIONS(duban::core::LoopService)
public:
    explicit LoopService(Database &database);

    CompletionDateRule completionDateRule() const;
    bool setCompletionDateRule(CompletionDateRule rule, StorageError *error);

    /// 交办 on `on`: the task's start date (from which reports are owed and 签收 is counted). `saved` gets
    /// the task as written.
    bool assign(qint64 taskId, const QDate &on, Task *saved, StorageError *error);

    /// 签收 by `unit` (a lead or co-unit of the task, not yet signed) on `on`, in any open state.
    bool sign(qint64 taskId, const QString &unit, const QDate &on, StorageError *error);
    /// Takes a 签收 back (undo).
    bool unsign(qint64 taskId, const QString &unit, StorageError *error);

    /// 办结申请 by `unit` with its basis (办结依据) and evidence; refused while another waits. The request's
    /// id.
    qint64 requestCompletion(qint64 taskId, const QString &unit, const QDate &on, const QString &basis,
                             const QList<AttachmentFile> &files, StorageError *error);
    /// 延期申请 by `unit` (the lead unit when empty) for the deadline `to`, later than the current one.
    qint64 requestExtension(qint64 taskId, const QString &unit, const QDate &to, const QString &reason,
                            const QDate &on, const QList<AttachmentFile> &files, StorageError *error);
    /// Takes a pending request back (undo of the request): the row goes, its history stays.
    bool withdrawRequest(qint64 requestId, StorageError *error);

    /// 审核 of the pending 办结申请: approved (销号: the task is completed on the approval date or the
    /// request's, completionDateRule()) or returned with a reason. `decided` gets the request as written.
    bool reviewCompletion(qint64 taskId, bool approve, const QDate &on, const QString &reason,
                          LoopRequest *decided, StorageError *error);
    /// The office's decision on the pending 延期申请: approved (the deadline moves; the first deadline is
    /// kept as the original) or refused.
    bool decideExtension(qint64 taskId, bool approve, const QDate &on, const QString &note,
                         LoopRequest *decided, StorageError *error);
    /// Takes a decision back (undo): the request is pending again, and the task's completion or deadline
    /// as it was before the decision.
    bool undoDecision(qint64 requestId, StorageError *error);

    /// Attaches a file to a report, request or record of the task (Invalid above Attachment::kMaxBytes or
    /// when empty). The attachment's id.
    qint64 attach(qint64 taskId, Attachment::Owner owner, qint64 ownerId, const AttachmentFile &file,
                  StorageError *error);
    /// Removes an attachment (kept in the file, hidden; `removed` false puts it back: undo).
    bool setAttachmentRemoved(qint64 attachmentId, bool removed, StorageError *error);
    std::optional<QByteArray> attachmentContent(qint64 attachmentId, StorageError *error) const;

    /// Reads a file to attach: its name and bytes, or Invalid (missing, unreadable, empty, too large).
    static std::optional<AttachmentFile> readFile(const QString &path, StorageError *error);

    QList<HistoryEntry> history(qint64 taskId, StorageError *error = nullptr) const;
    QList<SignOff> signOffs(qint64 taskId, StorageError *error = nullptr) const;
    QList<LoopRequest> requests(qint64 taskId, StorageError *error = nullptr) const;
    QList<Attachment> attachments(qint64 taskId, StorageError *error = nullptr) const;
    /// The request of `kind` waiting for a decision, if any.
    std::optional<LoopRequest> pending(qint64 taskId, LoopRequest::Kind kind,
                                       StorageError *error = nullptr) const;

private:
    Database &m_database;
};

} // namespace duban::core
