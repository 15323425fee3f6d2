#include "SupervisionView.h"

#include "core/services/OpenLedger.h"
#include "ui/commands/TaskCommands.h"
#include "ui/delegates/LightDelegate.h"
#include "ui/dialogs/NoticeDialog.h"
#include "ui/dialogs/SupervisionDialog.h"
#include "ui/models/SupervisionModel.h"
#include "ui/views/DuePanel.h"
#include "ui/views/RollCallPanel.h"

#include "core/services/UndoStack.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

SupervisionView::SupervisionView(core::OpenLedger *store, core::UndoStack *undo, QWidget *parent)
    : QWidget(parent), m_store(store), m_undo(undo), m_model(new SupervisionModel(store, this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // Three pages: the red and yellow tasks by unit; what comes due soon (临近到期); who has not reported
    // this period (点名).
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    outer->addWidget(m_pages);
    auto *lights = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(lights);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QHBoxLayout();
    m_summary = new QLabel(this);
    bar->addWidget(m_summary, 1);
    auto *issue = new QPushButton(tr("催办/督办…"), lights);
    issue->setToolTip(
        tr("Send a reminder or notice about the selected task, or about every listed task of the "
           "selected unit"));
    issue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    bar->addWidget(issue);
    auto *notice = new QPushButton(tr("&Notice…"), lights);
    notice->setToolTip(tr("Issue a numbered 督办通知单 or 催办单 to the selected unit, as a PDF to print"));
    bar->addWidget(notice);
    auto *open = new QPushButton(tr("Open in ledger"), lights);
    bar->addWidget(open);
    layout->addLayout(bar);

    m_tree = new QTreeView(lights);
    m_tree->setModel(m_model);
    m_model->setActive(false); // grouped when the view is shown (see showEvent)
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegateForColumn(int(SupervisionModel::Column::Light),
                                     new LightDelegate(SupervisionModel::LightRole, m_tree));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(int(SupervisionModel::Column::Light), QHeaderView::Stretch);
    m_tree->setColumnWidth(int(SupervisionModel::Column::Item), 360);
    m_tree->setColumnWidth(int(SupervisionModel::Column::Light), 250);
    m_tree->setColumnWidth(int(SupervisionModel::Column::DaysOverdue), 80);
    m_tree->setColumnWidth(int(SupervisionModel::Column::Deadline), 96);
    m_tree->setColumnWidth(int(SupervisionModel::Column::LastRecord), 96);
    // What was already done about each task: nobody chases twice.
    m_tree->setColumnWidth(int(SupervisionModel::Column::FollowUps), 180);
    m_tree->setColumnWidth(int(SupervisionModel::Column::Response), 110);
    m_tree->setColumnWidth(int(SupervisionModel::Column::SignOff), 90);
    m_tree->setColumnWidth(int(SupervisionModel::Column::Report), 80);
    layout->addWidget(m_tree, 1);
    m_pages->addTab(lights, tr("Red and yellow"));
    m_due = new DuePanel(store, m_pages);
    m_pages->addTab(m_due, tr("Due soon"));
    m_rollCall = new RollCallPanel(store, m_pages);
    m_pages->addTab(m_rollCall, tr("Roll call (点名)"));
    connect(m_due, &DuePanel::taskActivated, this, &SupervisionView::taskActivated);
    connect(m_rollCall, &RollCallPanel::taskActivated, this, &SupervisionView::taskActivated);
    // The roll call follows the ledger while it is the page shown (its statistics read the whole ledger).
    m_rollCallTimer = new QTimer(this);
    m_rollCallTimer->setSingleShot(true);
    m_rollCallTimer->setInterval(0);
    connect(m_rollCallTimer, &QTimer::timeout, m_rollCall, &RollCallPanel::refresh);
    auto refreshRollCall = [this] {
        m_rollCallStale = true;
        if (m_rollCall->isVisible()) {
            m_rollCallStale = false;
            m_rollCallTimer->start();
        }
    };
    connect(store, &core::OpenLedger::statusChanged, this, refreshRollCall);
    connect(store, &core::OpenLedger::asOfChanged, this, refreshRollCall);
    connect(store, &core::OpenLedger::reset, this, refreshRollCall);
    connect(store, &core::OpenLedger::historyChanged, this, refreshRollCall);
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        if (m_pages->currentWidget() == m_rollCall && m_rollCallStale) {
            m_rollCallStale = false;
            m_rollCallTimer->start();
        }
    });
    connect(notice, &QPushButton::clicked, this, &SupervisionView::issueNotice);

    connect(issue, &QPushButton::clicked, this, &SupervisionView::issueForSelection);
    auto activate = [this](const QModelIndex &index) {
        const qint64 id = index.data(SupervisionModel::TaskIdRole).toLongLong();
        if (id)
            emit taskActivated(id);
    };
    connect(open, &QPushButton::clicked, this, [this, activate] { activate(m_tree->currentIndex()); });
    connect(m_tree, &QTreeView::doubleClicked, this, activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SupervisionView::expandGroups);
    connect(store, &core::OpenLedger::asOfChanged, this, &SupervisionView::updateSummary);
    expandGroups();
}

void SupervisionView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setActive(true);
    if (m_pages->currentWidget() == m_rollCall && m_rollCallStale) {
        m_rollCallStale = false;
        m_rollCallTimer->start();
    }
}

void SupervisionView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setActive(false);
}

void SupervisionView::expandGroups()
{
    // Expanding every group of a ledger with hundreds of thousands of late tasks would stall the window:
    // open the most urgent groups up to a few thousand rows; the rest open on a click.
    int shown = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        const int children = m_model->rowCount(group);
        if (row > 0 && shown + children > 3000)
            break;
        m_tree->expand(group);
        shown += children;
    }
    updateSummary();
}

void SupervisionView::updateSummary()
{
    m_summary->setText(tr("As of %1: %2 red and %3 yellow tasks in %4 lead units.")
                           .arg(m_store->asOf().toString(Qt::ISODate))
                           .arg(m_model->redCount())
                           .arg(m_model->yellowCount())
                           .arg(m_model->rowCount()));
}

QString SupervisionView::selectedUnit() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return {};
    const QModelIndex first = current.sibling(current.row(), 0);
    return first.parent().isValid() ? first.parent().data().toString() : first.data().toString();
}

std::vector<qint64> SupervisionView::listedTaskIds() const
{
    std::vector<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        for (qint64 id : m_model->taskIdsOfUnit(row))
            ids.push_back(id);
    return ids;
}

void SupervisionView::issueNotice()
{
    QString unit = selectedUnit();
    if (m_pages->currentWidget() == m_due && !m_due->selectedUnit().isEmpty())
        unit = m_due->selectedUnit();
    NoticeDialog dialog(m_store, unit, this);
    dialog.exec();
}

void SupervisionView::issueForSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        QMessageBox::information(this, tr("催办/督办"), tr("Select a task or a unit first."));
        return;
    }
    const QModelIndex first = current.sibling(current.row(), 0);
    QList<qint64> taskIds;
    QString unit;
    if (!first.parent().isValid()) {
        taskIds = m_model->taskIdsOfUnit(first.row());
        unit = first.data().toString();
    } else {
        taskIds = {first.data(SupervisionModel::TaskIdRole).toLongLong()};
        unit = first.parent().data().toString();
    }
    SupervisionRecord r;
    r.date = m_store->asOf();
    r.responseDue = r.date.addDays(7);
    r.unit = unit;
    r.kind = current.data(SupervisionModel::LightRole).toInt() == int(Light::Red)
                 ? SupervisionRecord::Kind::Notice
                 : SupervisionRecord::Kind::Reminder;
    SupervisionDialog dialog(r, {unit}, SupervisionDialog::Mode::Issue, this);
    if (taskIds.size() > 1)
        dialog.setWindowTitle(tr("Send a reminder or notice about %n task(s)", nullptr, int(taskIds.size())));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<SupervisionRecord> records;
    for (qint64 id : std::as_const(taskIds)) {
        SupervisionRecord one = dialog.record();
        one.taskId = id;
        records.append(one);
    }
    StorageError error;
    StoreCommand *command = records.size() == 1 ? history::addRecord(m_store, records.first())
                                                : history::addRecords(m_store, records);
    if (!StoreCommand::push(command, &error))
        QMessageBox::warning(this, tr("Not saved"), error.message);
}

} // namespace duban::ui
