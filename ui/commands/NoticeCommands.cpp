#include "NoticeCommands.h"

#include "TaskCommands.h"

#include "core/services/OpenLedger.h"

#include <QCoreApplication>

namespace duban::ui {

using namespace duban::core;

StoreCommand *issueNotice(OpenLedger *store, std::shared_ptr<IssuedNotice> state)
{
    const Notice &n = state->notice;
    const QString text =
        n.kind == Notice::Kind::Notice
            //: undo text; zh_CN: 向%1发出督办通知单
            ? QCoreApplication::translate("duban::ui::NoticeCommands", "Issue a supervision notice to %1")
                  .arg(n.unit)
            //: undo text; zh_CN: 向%1发出催办单
            : QCoreApplication::translate("duban::ui::NoticeCommands", "Issue a reminder notice to %1")
                  .arg(n.unit);
    return new FunctionCommand(
        store, text,
        [store, state](StorageError *e) {
            if (!store->issueNotice(state->notice, state->records, e))
                return false;
            state->issued = true;
            return true;
        },
        [store, state](StorageError *e) {
            if (!store->removeNotice(state->notice, state->records, e))
                return false;
            state->issued = false;
            return true;
        });
}

} // namespace duban::ui
