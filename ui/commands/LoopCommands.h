#pragma once

#include "core/domain/Loop.h"
#include "core/domain/Task.h"
#include "StoreCommand.h"

#include <QDate>
#include <QList>

#include <memory>
#include <vector>

namespace duban::ui {

/// Several commands as one undo step (one action on several tasks of the ledger): applied in order,
/// reverted in reverse. When a part fails, the parts already done are taken back, so the step happens
/// wholly or not at all.
class MacroCommand final : public StoreCommand
{
public:
    MacroCommand(core::OpenLedger *store, const QString &text);
    /// Takes ownership of `command`.
    void add(StoreCommand *command);
    int count() const { return int(m_parts.size()); }

private:
    bool apply(core::StorageError *error) override;
    bool revert(core::StorageError *error) override;

    std::vector<std::unique_ptr<StoreCommand>> m_parts;
};

/// `task` with `lead` as its first lead unit, as the detail pane's lead field changes it: a unit that was
/// a co-unit or a later lead swaps places with the old first lead, so no unit is dropped and each keeps
/// its role.
core::Task withFirstLead(core::Task task, const QString &lead);

/// Undoable steps of the supervision loop (督办闭环). Undo takes a step back through the service (its
/// history keeps a "withdrawn" entry); redo takes it again (a request again gets a new id).
namespace loop {
/// 签收 by `unit`; undo: the 签收 is taken back.
StoreCommand *sign(core::OpenLedger *store, qint64 taskId, const QString &unit, const QDate &on);
/// 办结申请 with its basis and files; undo withdraws it.
StoreCommand *requestCompletion(core::OpenLedger *store, qint64 taskId, const QString &unit, const QDate &on,
                                const QString &basis, const QList<core::AttachmentFile> &files);
/// 延期申请 to `to`; undo withdraws it.
StoreCommand *requestExtension(core::OpenLedger *store, qint64 taskId, const QString &unit, const QDate &to,
                               const QString &reason, const QDate &on,
                               const QList<core::AttachmentFile> &files);
/// 审核 of the pending 办结申请: 销号 or 退回; undo takes the decision back (the request waits again).
StoreCommand *reviewCompletion(core::OpenLedger *store, qint64 taskId, bool approve, const QDate &on,
                               const QString &reason);
/// The decision on the pending 延期申请; undo takes it back (and the deadline with it).
StoreCommand *decideExtension(core::OpenLedger *store, qint64 taskId, bool approve, const QDate &on,
                              const QString &note);
/// Removes an attachment; undo puts it back.
StoreCommand *removeAttachment(core::OpenLedger *store, const core::Attachment &attachment);
} // namespace loop

} // namespace duban::ui
