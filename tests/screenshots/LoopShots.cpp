#include "LoopShots.h"

#include "core/services/OpenLedger.h"
#include "core/services/UndoStack.h"
#include "core/storage/Database.h"
#include "ui/commands/LoopCommands.h"
#include "ui/dialogs/BatchDialogs.h"
#include "ui/dialogs/LoopDialogs.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/MainWindow.h"
#include "ui/views/LedgerBatchActions.h"
#include "ui/views/LedgerView.h"
#include "ui/views/LoopPanel.h"
#include "ui/views/SupervisionView.h"
#include "ui/views/TaskDetailPane.h"
#include "ui/views/TimelineWidget.h"

#include <QAction>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTabWidget>

#include <cstdio>

using namespace duban;

namespace {

void step(ui::StoreCommand *command)
{
    core::StorageError error;
    if (!ui::StoreCommand::push(command, &error))
        std::fprintf(stderr, "step refused: %s\n", qPrintable(error.message));
}

// Scrolls the detail pane so that `widget` is in view.
void reveal(ui::TaskDetailPane *pane, QWidget *widget)
{
    if (auto *scroll = pane->findChild<QScrollArea *>())
        scroll->ensureWidgetVisible(widget, 0, 40);
}

// The seed's walk-through, as the office records it: 交办 2023-03-22, 签收 by two units, one never signs;
// task 1 requested, returned, requested again (waiting); task 3's deadline extended.
void walkThrough(ui::MainWindow &window, const core::PlanDocument &doc)
{
    core::OpenLedger *store = window.store();
    const core::Task &one = doc.tasks.at(0);
    step(ui::loop::sign(store, one.id, one.lead(), QDate(2023, 3, 24)));
    if (one.co.size() > 0)
        step(ui::loop::sign(store, one.id, one.co.at(0), QDate(2023, 3, 27)));
    const QList<core::AttachmentFile> evidence{
        {QStringLiteral("合作项目清单.xlsx"), QByteArray(23 * 1024, 'x')},
        {QStringLiteral("发布会照片.jpg"), QByteArray(412 * 1024, 'y')}};
    step(ui::loop::requestCompletion(store, one.id, one.lead(), QDate(2023, 6, 25),
                                     QStringLiteral("已分三批发布合作项目清单，共计126个项目。"), evidence));
    step(ui::loop::reviewCompletion(store, one.id, false, QDate(2023, 6, 28),
                                    QStringLiteral("第三批清单未附发布文件，请补充。")));
    step(ui::loop::requestCompletion(
        store, one.id, one.lead(), QDate(2023, 6, 30), QStringLiteral("已补充第三批清单发布文件。"),
        {{QStringLiteral("第三批清单发布通知.pdf"), QByteArray(88 * 1024, 'z')}}));
    const core::Task &three = doc.tasks.at(2);
    step(ui::loop::sign(store, three.id, three.lead(), QDate(2023, 3, 23)));
    step(ui::loop::requestExtension(store, three.id, three.lead(), QDate(2024, 3, 31),
                                    QStringLiteral("专项债发行批次调整，需顺延至次年一季度。"),
                                    QDate(2023, 6, 20), {}));
    step(ui::loop::decideExtension(store, three.id, true, QDate(2023, 6, 26), QStringLiteral("同意延期。")));
}

} // namespace

void loopShots(ui::MainWindow &window, const core::PlanDocument &doc, const QString &out, const QString &lang,
               const std::function<void(QWidget *, const QString &)> &save)
{
    window.setActorName(QStringLiteral("督查室 张三"));
    window.store()->setAsOf(QDate(2023, 7, 1));
    window.tabs()->setCurrentWidget(window.ledger());
    walkThrough(window, doc);
    ui::TaskDetailPane *pane = window.ledger()->detail();
    window.ledger()->selectTask(doc.tasks.at(0).id);
    reveal(pane, pane->loop());
    save(&window, out + QStringLiteral("/loop-pane-%1.png").arg(lang));
    if (auto *scroll = pane->findChild<QScrollArea *>()) // the timeline is the pane's last part
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    save(&window, out + QStringLiteral("/loop-timeline-%1.png").arg(lang));
    window.ledger()->selectTask(doc.tasks.at(2).id);
    reveal(pane, pane->loop());
    save(&window, out + QStringLiteral("/loop-extended-%1.png").arg(lang));

    // The dialogs of the steps.
    const core::Task &one = doc.tasks.at(0);
    {
        ui::SignOffDialog dialog(one.co.mid(1), QDate(2023, 3, 28), &window);
        save(&dialog, out + QStringLiteral("/loop-sign-dialog-%1.png").arg(lang));
    }
    {
        ui::LoopRequestDialog dialog(core::LoopRequest::Kind::Extension, one.units(), QDate(2023, 7, 1),
                                     one.deadline, &window);
        save(&dialog, out + QStringLiteral("/loop-extension-dialog-%1.png").arg(lang));
    }
    if (const auto pending = window.store()->loop().pending(one.id, core::LoopRequest::Kind::Completion)) {
        ui::LoopDecisionDialog dialog(*pending, QDate(2023, 7, 1), &window);
        save(&dialog, out + QStringLiteral("/loop-review-dialog-%1.png").arg(lang));
    }
    {
        ui::PreferencesDialog dialog(QStringLiteral("督查室 张三"), QStringLiteral("office"), &window);
        save(&dialog, out + QStringLiteral("/preferences-%1.png").arg(lang));
    }

    // Twelve rows at once: the reminder dialog, then the confirmation that says how many.
    QTableView *table = window.ledger()->table();
    table->clearSelection();
    QItemSelection twelve;
    twelve.select(table->model()->index(0, 0), table->model()->index(11, 0));
    table->selectionModel()->select(twelve, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ui::LedgerBatchActions *batch = window.ledger()->batch();
    save(&window, out + QStringLiteral("/ledger-multiselect-%1.png").arg(lang));
    batch->setDialogRunner([&](QDialog &dialog) {
        save(&dialog, out + QStringLiteral("/batch-reminder-dialog-%1.png").arg(lang));
        return int(QDialog::Accepted);
    });
    window.ledger()->setQuestion([&](const QString &title, const QString &text) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, &window);
        save(&box, out + QStringLiteral("/batch-confirm-%1.png").arg(lang));
        return true;
    });
    batch->remindAction()->trigger();
    window.tabs()->setCurrentWidget(window.supervision());
    save(&window, out + QStringLiteral("/supervision-loop-%1.png").arg(lang));

    // A small window: the pane narrow, the loop panel's buttons still whole.
    window.tabs()->setCurrentWidget(window.ledger());
    window.resize(1024, 640);
    window.ledger()->selectTask(doc.tasks.at(0).id);
    reveal(pane, pane->loop());
    save(&window, out + QStringLiteral("/loop-pane-small-%1.png").arg(lang));
    window.resize(1500, 900);
}
