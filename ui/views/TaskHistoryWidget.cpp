#include "TaskHistoryWidget.h"

#include "core/services/OpenLedger.h"
#include "ui/commands/TaskCommands.h"
#include "ui/delegates/LightDelegate.h"
#include "ui/dialogs/ProgressReportDialog.h"
#include "ui/dialogs/SupervisionDialog.h"

#include "core/rules/StatusRules.h"

#include "core/services/UndoStack.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

namespace {
enum ItemKind
{
    ReportItem = 1,
    RecordItem = 2
};
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kIndexRole = Qt::UserRole + 2;
} // namespace

TaskHistoryWidget::TaskHistoryWidget(core::OpenLedger *store, core::UndoStack *undo, QWidget *parent)
    : QWidget(parent), m_store(store), m_undo(undo)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Date"), tr("Entry"), tr("Unit"), tr("Details")});
    m_tree->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_tree->setColumnWidth(0, 92);
    m_tree->setColumnWidth(1, 110);
    m_tree->setColumnWidth(2, 120);
    m_tree->setMinimumHeight(120);
    m_tree->setAlternatingRowColors(true);
    layout->addWidget(m_tree);
    auto *buttons = new QHBoxLayout();
    m_add = new QPushButton(tr("Add progress…"), this);
    m_issue = new QPushButton(tr("催办/督办…"), this);
    m_issue->setToolTip(tr("Send a reminder (催办) or a formal supervision notice (督办) to a unit"));
    m_respond = new QPushButton(tr("Response…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    // Two short rows, so the pane never needs to be wider than the ledger leaves it.
    for (QPushButton *b : {m_add, m_issue, m_respond})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *more = new QHBoxLayout();
    for (QPushButton *b : {m_edit, m_delete})
        more->addWidget(b);
    more->addStretch();
    layout->addLayout(more);

    connect(m_add, &QPushButton::clicked, this, &TaskHistoryWidget::addReport);
    connect(m_issue, &QPushButton::clicked, this, &TaskHistoryWidget::issueRecord);
    connect(m_respond, &QPushButton::clicked, this, &TaskHistoryWidget::respond);
    connect(m_edit, &QPushButton::clicked, this, &TaskHistoryWidget::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &TaskHistoryWidget::deleteSelected);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &TaskHistoryWidget::editSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &TaskHistoryWidget::updateButtons);
    connect(store, &core::OpenLedger::historyChanged, this, [this](qint64 id) {
        if (id == m_taskId)
            reload();
    });
    connect(store, &core::OpenLedger::asOfChanged, this, &TaskHistoryWidget::reload);
    updateButtons();
}

void TaskHistoryWidget::setTask(qint64 taskId, const QStringList &units)
{
    m_taskId = taskId;
    m_units = units;
    reload();
}

void TaskHistoryWidget::reload()
{
    m_tree->clear();
    m_reports = m_taskId ? m_store->reports(m_taskId) : QList<ProgressReport>();
    m_records = m_taskId ? m_store->records(m_taskId) : QList<SupervisionRecord>();
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < m_reports.size(); ++i) {
        const ProgressReport &r = m_reports.at(i);
        QString details = QStringLiteral("%1% · %2").arg(r.percent).arg(r.text);
        if (!r.problems.isEmpty())
            details += QStringLiteral(" · ") + tr("Problems: %1").arg(r.problems);
        auto *item = new QTreeWidgetItem({r.date.toString(Qt::ISODate), tr("Progress"), r.unit, details});
        item->setData(0, kKindRole, ReportItem);
        item->setData(0, kIndexRole, i);
        item->setToolTip(3, QStringList{r.text, r.problems, r.nextSteps}.join(QLatin1Char('\n')).trimmed());
        items.append(item);
    }
    for (int i = 0; i < m_records.size(); ++i) {
        const SupervisionRecord &r = m_records.at(i);
        const StatusLight light = recordLight(r, m_store->asOf());
        QString state;
        if (r.respondedOn.isValid() && r.respondedOn <= m_store->asOf())
            state = tr("answered %1: %2").arg(r.respondedOn.toString(Qt::ISODate), r.response);
        else if (r.responseDue.isValid())
            state = tr("response due %1").arg(r.responseDue.toString(Qt::ISODate));
        const QStringList reasons = reasonTexts(light);
        if (!reasons.isEmpty())
            state += QStringLiteral(" · ") + reasons.join(QStringLiteral("；"));
        auto *item = new QTreeWidgetItem(
            {r.date.toString(Qt::ISODate),
             r.kind == SupervisionRecord::Kind::Notice ? tr("Notice (督办)") : tr("Reminder (催办)"), r.unit,
             r.text + (state.isEmpty() ? QString() : QStringLiteral(" — ") + state)});
        item->setData(0, kKindRole, RecordItem);
        item->setData(0, kIndexRole, i);
        item->setForeground(1, LightDelegate::color(light.light));
        items.append(item);
    }
    std::stable_sort(items.begin(), items.end(),
                     [](QTreeWidgetItem *a, QTreeWidgetItem *b) { return a->text(0) > b->text(0); });
    m_tree->addTopLevelItems(items);
    updateButtons();
}

void TaskHistoryWidget::updateButtons()
{
    const bool task = m_taskId != 0;
    m_add->setEnabled(task);
    m_issue->setEnabled(task);
    QTreeWidgetItem *item = m_tree->currentItem();
    const bool selected = task && item && item->isSelected();
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_respond->setEnabled(selected && item->data(0, kKindRole).toInt() == RecordItem);
}

bool TaskHistoryWidget::push(StoreCommand *command)
{
    StorageError error;
    if (!StoreCommand::push(command, &error)) {
        QMessageBox::warning(this, tr("Not saved"), error.message);
        return false;
    }
    return true;
}

void TaskHistoryWidget::addReport()
{
    if (!m_taskId)
        return;
    ProgressReport r;
    r.taskId = m_taskId;
    r.date = m_store->asOf();
    if (!m_reports.isEmpty())
        r.percent = m_reports.first().percent;
    ProgressReportDialog dialog(r, m_units, this);
    if (dialog.exec() == QDialog::Accepted)
        push(history::addReport(m_store, dialog.report()));
}

void TaskHistoryWidget::issueRecord()
{
    if (!m_taskId)
        return;
    SupervisionRecord r;
    r.taskId = m_taskId;
    r.date = m_store->asOf();
    r.responseDue = r.date.addDays(7);
    SupervisionDialog dialog(r, m_units, SupervisionDialog::Mode::Issue, this);
    if (dialog.exec() == QDialog::Accepted)
        push(history::addRecord(m_store, dialog.record()));
}

void TaskHistoryWidget::respond()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->data(0, kKindRole).toInt() != RecordItem)
        return;
    const SupervisionRecord before = m_records.value(item->data(0, kIndexRole).toInt());
    SupervisionRecord start = before;
    if (!start.respondedOn.isValid())
        start.respondedOn = m_store->asOf();
    SupervisionDialog dialog(start, m_units, SupervisionDialog::Mode::Respond, this);
    if (dialog.exec() == QDialog::Accepted)
        push(history::editRecord(m_store, before, dialog.record()));
}

void TaskHistoryWidget::editSelected()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    const int index = item->data(0, kIndexRole).toInt();
    if (item->data(0, kKindRole).toInt() == ReportItem) {
        const ProgressReport before = m_reports.value(index);
        ProgressReportDialog dialog(before, m_units, this);
        if (dialog.exec() == QDialog::Accepted && !(dialog.report() == before))
            push(history::editReport(m_store, before, dialog.report()));
    } else {
        const SupervisionRecord before = m_records.value(index);
        SupervisionDialog dialog(before, m_units, SupervisionDialog::Mode::Issue, this);
        if (dialog.exec() == QDialog::Accepted && !(dialog.record() == before))
            push(history::editRecord(m_store, before, dialog.record()));
    }
}

void TaskHistoryWidget::deleteSelected()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    const int index = item->data(0, kIndexRole).toInt();
    if (item->data(0, kKindRole).toInt() == ReportItem)
        push(history::deleteReport(m_store, m_reports.value(index)));
    else
        push(history::deleteRecord(m_store, m_records.value(index)));
}

} // namespace duban::ui
