#include "LoopCommands.h"

#include "core/services/OpenLedger.h"
#include "TaskCommands.h"

#include <QCoreApplication>

namespace duban::ui {

using namespace duban::core;

MacroCommand::MacroCommand(core::OpenLedger *store, const QString &text) : StoreCommand(store, text) {}

void MacroCommand::add(StoreCommand *command)
{
    m_parts.emplace_back(command);
}

bool MacroCommand::apply(StorageError *error)
{
    for (size_t i = 0; i < m_parts.size(); ++i) {
        if (m_parts[i]->apply(error))
            continue;
        for (size_t j = i; j-- > 0;)
            m_parts[j]->revert(nullptr);
        return false;
    }
    return true;
}

bool MacroCommand::revert(StorageError *error)
{
    for (size_t i = m_parts.size(); i-- > 0;) {
        if (m_parts[i]->revert(error))
            continue;
        for (size_t j = i + 1; j < m_parts.size(); ++j)
            m_parts[j]->apply(nullptr);
        return false;
    }
    return true;
}

Task withFirstLead(Task t, const QString &lead)
{
    const QString old = t.lead();
    if (const int co = int(t.co.indexOf(lead)); co >= 0) {
        if (old.isEmpty())
            t.co.removeAt(co);
        else
            t.co[co] = old;
    } else if (const int other = int(t.leads.indexOf(lead)); other > 0) {
        t.leads.removeAt(other);
        if (!old.isEmpty())
            t.leads.insert(other, old);
    }
    if (t.leads.isEmpty())
        t.leads.append(lead);
    else
        t.leads[0] = lead;
    return t;
}

namespace loop {

namespace {
QString text(const char *source)
{
    return QCoreApplication::translate("duban::ui::LoopCommands", source);
}

/// A request made by a command: its id once made (a new one after each redo).
struct Made
{
    qint64 id = 0;
};
} // namespace

StoreCommand *sign(core::OpenLedger *store, qint64 taskId, const QString &unit, const QDate &on)
{
    return new FunctionCommand(
        store, text(QT_TRANSLATE_NOOP("duban::ui::LoopCommands", "Sign-off (签收) by %1")).arg(unit),
        [store, taskId, unit, on](StorageError *e) { return store->sign(taskId, unit, on, e); },
        [store, taskId, unit](StorageError *e) { return store->unsign(taskId, unit, e); });
}

StoreCommand *requestCompletion(core::OpenLedger *store, qint64 taskId, const QString &unit, const QDate &on,
                                const QString &basis, const QList<AttachmentFile> &files)
{
    auto made = std::make_shared<Made>();
    return new FunctionCommand(
        store,
        text(QT_TRANSLATE_NOOP("duban::ui::LoopCommands", "Completion request (办结申请) of %1")).arg(unit),
        [=](StorageError *e) {
            made->id = store->requestCompletion(taskId, unit, on, basis, files, e);
            return made->id != 0;
        },
        [=](StorageError *e) { return store->withdrawRequest(taskId, made->id, e); });
}

StoreCommand *requestExtension(core::OpenLedger *store, qint64 taskId, const QString &unit, const QDate &to,
                               const QString &reason, const QDate &on, const QList<AttachmentFile> &files)
{
    auto made = std::make_shared<Made>();
    return new FunctionCommand(
        store,
        text(QT_TRANSLATE_NOOP("duban::ui::LoopCommands", "Extension request (延期申请) to %1"))
            .arg(to.toString(Qt::ISODate)),
        [=](StorageError *e) {
            made->id = store->requestExtension(taskId, unit, to, reason, on, files, e);
            return made->id != 0;
        },
        [=](StorageError *e) { return store->withdrawRequest(taskId, made->id, e); });
}

StoreCommand *reviewCompletion(core::OpenLedger *store, qint64 taskId, bool approve, const QDate &on,
                               const QString &reason)
{
    auto decided = std::make_shared<LoopRequest>();
    return new FunctionCommand(
        store,
        approve ? text(QT_TRANSLATE_NOOP("duban::ui::LoopCommands", "Approve completion (销号)"))
                : text(QT_TRANSLATE_NOOP("duban::ui::LoopCommands", "Return completion request (退回)")),
        [=](StorageError *e) {
            return store->reviewCompletion(taskId, approve, on, reason, decided.get(), e);
        },
        [=](StorageError *e) { return store->undoDecision(taskId, decided->id, e); });
}

StoreCommand *decideExtension(core::OpenLedger *store, qint64 taskId, bool approve, const QDate &on,
                              const QString &note)
{
    auto decided = std::make_shared<LoopRequest>();
    return new FunctionCommand(
        store,
        approve ? text(QT_TRANSLATE_NOOP("duban::ui::LoopCommands", "Approve extension (批准延期)"))
                : text(QT_TRANSLATE_NOOP("duban::ui::LoopCommands", "Refuse extension (不予延期)")),
        [=](StorageError *e) { return store->decideExtension(taskId, approve, on, note, decided.get(), e); },
        [=](StorageError *e) { return store->undoDecision(taskId, decided->id, e); });
}

StoreCommand *removeAttachment(core::OpenLedger *store, const Attachment &attachment)
{
    const qint64 taskId = attachment.taskId;
    const qint64 id = attachment.id;
    return new FunctionCommand(
        store,
        text(QT_TRANSLATE_NOOP("duban::ui::LoopCommands", "Remove attachment %1")).arg(attachment.name),
        [=](StorageError *e) { return store->setAttachmentRemoved(taskId, id, true, e); },
        [=](StorageError *e) { return store->setAttachmentRemoved(taskId, id, false, e); });
}

} // namespace loop

} // namespace duban::ui
