#include "LedgerBatchActions.h"

#include "core/services/OpenLedger.h"
#include "ui/commands/LoopCommands.h"
#include "ui/commands/TaskCommands.h"
#include "ui/dialogs/BatchDialogs.h"
#include "ui/models/LedgerModel.h"

#include <QAction>
#include <QMessageBox>
#include <QTableView>

#include <algorithm>

namespace duban::ui {

using namespace duban::core;

LedgerBatchActions::LedgerBatchActions(core::OpenLedger *store, QTableView *table, LedgerModel *model,
                                       QWidget *owner)
    : QObject(owner), m_store(store), m_table(table), m_model(model), m_owner(owner)
{
    m_ask = [owner](const QString &title, const QString &text) {
        return QMessageBox::question(owner, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    m_run = [](QDialog &dialog) { return dialog.exec(); };
    m_tell = [owner](const QString &title, const QString &text) {
        QMessageBox::information(owner, title, text);
    };
    m_remind = new QAction(tr("&Remind (催办) about the selected tasks…"), this);
    m_remind->setToolTip(tr("One reminder or notice per selected task, to its lead unit, in one step"));
    m_lead = new QAction(tr("Change the &lead unit of the selected tasks…"), this);
    m_deadline = new QAction(tr("Change the &deadline of the selected tasks…"), this);
    m_approve = new QAction(tr("&Approve the completion requests of the selected tasks…"), this);
    m_approve->setToolTip(tr("Approve (销号) every completion request waiting among the selected tasks"));
    connect(m_remind, &QAction::triggered, this, &LedgerBatchActions::remind);
    connect(m_lead, &QAction::triggered, this, &LedgerBatchActions::changeLead);
    connect(m_deadline, &QAction::triggered, this, &LedgerBatchActions::changeDeadline);
    connect(m_approve, &QAction::triggered, this, &LedgerBatchActions::approveRequests);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LedgerBatchActions::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &LedgerBatchActions::updateActions);
    updateActions();
}

QList<qint64> LedgerBatchActions::selectedTaskIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : std::as_const(rows))
        if (const qint64 id = m_model->taskId(row))
            ids.append(id);
    return ids;
}

void LedgerBatchActions::updateActions()
{
    const bool any = m_table->selectionModel()->hasSelection();
    for (QAction *a : actions())
        a->setEnabled(any);
}

bool LedgerBatchActions::push(StoreCommand *command, const QString &title)
{
    StorageError error;
    if (StoreCommand::push(command, &error))
        return true;
    m_tell(title, tr("Nothing was changed: %1").arg(error.message));
    return false;
}

void LedgerBatchActions::remind()
{
    const QList<qint64> ids = selectedTaskIds();
    if (ids.isEmpty())
        return;
    BatchReminderDialog dialog(int(ids.size()), std::min(m_store->asOf(), QDate::currentDate()), m_owner);
    if (m_run(dialog) != QDialog::Accepted)
        return;
    QList<SupervisionRecord> records;
    int withoutLead = 0;
    for (qint64 id : ids) {
        const int i = m_store->index().indexOf(id);
        const QString lead = i >= 0 ? m_store->index().row(i).lead : QString();
        if (lead.isEmpty()) {
            ++withoutLead;
            continue;
        }
        SupervisionRecord r = dialog.record();
        r.taskId = id;
        r.unit = lead;
        records.append(r);
    }
    const bool notice = dialog.record().kind == SupervisionRecord::Kind::Notice;
    const QString title = notice ? tr("Supervision notice (督办)") : tr("Reminder (催办)");
    if (records.isEmpty()) {
        m_tell(title, tr("None of the selected tasks has a lead unit to remind."));
        return;
    }
    const int n = int(records.size());
    QString question =
        notice ? tr("Send a supervision notice (督办) about %n task(s), each to its lead unit?", nullptr, n)
               : tr("Send a reminder (催办) about %n task(s), each to its lead unit?", nullptr, n);
    if (withoutLead > 0)
        question += QLatin1Char('\n') +
                    tr("%n selected task(s) without a lead unit are left out.", nullptr, withoutLead);
    if (!m_ask(title, question))
        return;
    if (push(history::addRecords(m_store, records), title))
        emit statusMessage(tr("Recorded for %n task(s). Undo with Ctrl+Z.", nullptr, n));
}

void LedgerBatchActions::changeLead()
{
    const QList<qint64> ids = selectedTaskIds();
    if (ids.isEmpty())
        return;
    QStringList units;
    for (const Unit &u : m_store->lookup().units())
        units.append(u.name);
    const QString title = tr("Change the lead unit");
    BatchValueDialog dialog(title, tr("New &lead unit"), units, m_owner);
    if (m_run(dialog) != QDialog::Accepted || dialog.unit().isEmpty())
        return;
    const QString unit = dialog.unit();
    if (!units.contains(unit)) {
        m_tell(
            title,
            tr("“%1” is not in the unit directory. Add it there first (View ▸ Unit directory).").arg(unit));
        return;
    }
    auto *macro = new MacroCommand(m_store, QString());
    for (qint64 id : ids) {
        const std::optional<Task> before = m_store->task(id);
        if (!before || before->lead() == unit)
            continue;
        macro->add(new EditTaskCommand(m_store, *before, withFirstLead(*before, unit), title));
    }
    const int n = macro->count();
    if (n == 0) {
        delete macro;
        m_tell(title, tr("%1 already leads the selected tasks.").arg(unit));
        return;
    }
    macro->setText(tr("Change the lead unit of %n task(s)", nullptr, n));
    if (!m_ask(title, tr("Make %1 the lead unit of %n task(s)?", nullptr, n).arg(unit))) {
        delete macro;
        return;
    }
    push(macro, title);
}

void LedgerBatchActions::changeDeadline()
{
    const QList<qint64> ids = selectedTaskIds();
    if (ids.isEmpty())
        return;
    const QString title = tr("Change the deadline");
    const std::optional<Task> first = m_store->task(ids.first());
    BatchValueDialog dialog(title, tr("New &deadline"),
                            first && first->deadline.isValid() ? first->deadline : QDate::currentDate(), {},
                            m_owner);
    if (m_run(dialog) != QDialog::Accepted)
        return;
    const QDate deadline = dialog.date();
    auto *macro = new MacroCommand(m_store, QString());
    for (qint64 id : ids) {
        const std::optional<Task> before = m_store->task(id);
        if (!before || before->deadline == deadline)
            continue;
        Task after = *before;
        after.deadline = deadline;
        macro->add(new EditTaskCommand(m_store, *before, after, title));
    }
    const int n = macro->count();
    if (n == 0) {
        delete macro;
        return;
    }
    macro->setText(tr("Change the deadline of %n task(s)", nullptr, n));
    if (!m_ask(title,
               tr("Set the deadline of %n task(s) to %1?", nullptr, n).arg(deadline.toString(Qt::ISODate)))) {
        delete macro;
        return;
    }
    push(macro, title);
}

void LedgerBatchActions::approveRequests()
{
    const QList<qint64> ids = selectedTaskIds();
    if (ids.isEmpty())
        return;
    const QString title = tr("Approve completion requests");
    QList<qint64> waiting;
    QDate latestRequest;
    for (qint64 id : ids) {
        if (const auto r = m_store->loop().pending(id, LoopRequest::Kind::Completion)) {
            waiting.append(id);
            latestRequest = std::max(latestRequest, r->date);
        }
    }
    if (waiting.isEmpty()) {
        m_tell(title, tr("None of the %n selected task(s) has a completion request waiting for review.",
                         nullptr, int(ids.size())));
        return;
    }
    const QDate day = std::max(latestRequest, std::min(m_store->asOf(), QDate::currentDate()));
    BatchValueDialog dialog(title, tr("Approved &on"), day, tr("&Note"), m_owner);
    if (m_run(dialog) != QDialog::Accepted)
        return;
    const int n = int(waiting.size());
    auto *macro = new MacroCommand(m_store, tr("Approve %n completion request(s)", nullptr, n));
    for (qint64 id : std::as_const(waiting))
        macro->add(loop::reviewCompletion(m_store, id, true, dialog.date(), dialog.note()));
    QString question =
        tr("Approve the completion requests of %n task(s) and close them (销号) on %1?", nullptr, n)
            .arg(dialog.date().toString(Qt::ISODate));
    if (const int others = int(ids.size()) - n; others > 0)
        question += QLatin1Char('\n') +
                    tr("%n selected task(s) have no completion request waiting and stay as they are.",
                       nullptr, others);
    if (!m_ask(title, question)) {
        delete macro;
        return;
    }
    if (push(macro, title))
        emit statusMessage(tr("%n task(s) closed (销号). Undo with Ctrl+Z.", nullptr, n));
}

} // namespace duban::ui
