#include "DuePanel.h"

#include "core/services/CalendarService.h"
#include "core/services/OpenLedger.h"
#include "core/services/UnitOrder.h"
#include "core/storage/Database.h"
#include "ui/commands/TaskCommands.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace duban::ui {

using namespace duban::core;

namespace {

enum Column
{
    DateColumn,
    KindColumn,
    TaskColumn,
    TextColumn,
};

constexpr int kUnitRole = Qt::UserRole + 1;
constexpr int kTaskIdRole = Qt::UserRole + 2;

} // namespace

DuePanel::DuePanel(OpenLedger *ledger, QWidget *parent)
    : QWidget(parent), m_ledger(ledger), m_refresh(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QHBoxLayout();
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    bar->addWidget(m_summary, 1);
    //: the spin box's label: how many working days ahead the list looks; zh_CN: 提前工作日：
    bar->addWidget(new QLabel(tr("Working days ahead:"), this));
    m_workdays = new QSpinBox(this);
    m_workdays->setRange(0, DueService::kMaxWorkdays);
    m_workdays->setValue(ledger->due().remindWorkdays());
    bar->addWidget(m_workdays);
    layout->addLayout(bar);

    m_tree = new QTreeWidget(this);
    //: column headers of the due-soon panel; zh_CN: 单位/日期, 类别, 任务, 到期事项
    m_tree->setHeaderLabels({tr("Unit / date"), tr("Kind"), tr("Task"), tr("What is due")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setColumnWidth(DateColumn, 220);
    m_tree->setColumnWidth(KindColumn, 70);
    m_tree->setColumnWidth(TaskColumn, 300);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);

    auto *actions = new QHBoxLayout();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    actions->addWidget(m_status, 1);
    //: zh_CN: 催办该单位全部事项
    m_remind = new QPushButton(tr("Remind the unit of all its items"), this);
    m_remind->setToolTip(
        tr("Record one reminder (催办) for each listed task of the selected unit, in one step "
           "that can be undone"));
    actions->addWidget(m_remind);
    layout->addLayout(actions);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &DuePanel::refreshInBackground);
    connect(m_workdays, &QSpinBox::valueChanged, this, &DuePanel::scheduleRefresh);
    connect(m_remind, &QPushButton::clicked, this, &DuePanel::remindSelectedUnit);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DuePanel::updateButtons);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(DateColumn, kTaskIdRole).toLongLong())
            emit taskActivated(id);
    });
    for (auto signal : {&OpenLedger::reset, &OpenLedger::statusChanged, &OpenLedger::unitsChanged})
        connect(ledger, signal, this, &DuePanel::scheduleRefresh);
    connect(ledger, &OpenLedger::asOfChanged, this, &DuePanel::scheduleRefresh);
    for (auto signal : {&OpenLedger::taskChanged, &OpenLedger::taskAdded, &OpenLedger::taskRemoved,
                        &OpenLedger::historyChanged})
        connect(ledger, signal, this, &DuePanel::scheduleRefresh);
    // Nothing is read until the panel is shown (showEvent).
}

int DuePanel::workdays() const
{
    return m_workdays->value();
}

void DuePanel::setWorkdays(int workdays)
{
    m_workdays->setValue(workdays);
    refresh();
}

void DuePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshInBackground();
}

void DuePanel::scheduleRefresh()
{
    // Hidden, the panel reads nothing until it is shown; several changes in a row are read once.
    m_stale = true;
    if (isVisible())
        m_refresh->start();
}

void DuePanel::refresh()
{
    m_refresh->stop();
    m_stale = false;
    ++m_generation;
    StorageError error;
    QList<DueItem> items = m_ledger->due().dueSoon(m_ledger->asOf(), workdays(), &error);
    const QDate end =
        DueService::windowEnd(CalendarService(m_ledger->database()).calendar(), m_ledger->asOf(), workdays());
    showItems(std::move(items), end, error);
}

void DuePanel::refreshInBackground()
{
    m_refresh->stop();
    m_stale = false;
    const int generation = ++m_generation;
    const QDate asOf = m_ledger->asOf();
    const int days = workdays();
    //: zh_CN: 正在读取临近到期事项…
    m_summary->setText(tr("Reading what comes due…"));
    m_ledger->readInBackground(this, [this, generation, asOf, days](Database *session) {
        auto items = std::make_shared<QList<DueItem>>();
        auto error = std::make_shared<StorageError>();
        QDate end;
        if (!session) {
            error->code = StorageError::Code::Query;
            //: zh_CN: 无法再次打开数据库
            error->message = tr("The database could not be opened again.");
        } else {
            *items = DueService(*session).dueSoon(asOf, days, error.get());
            end = DueService::windowEnd(CalendarService(*session).calendar(), asOf, days);
        }
        // Runs on the window's thread, only while the panel exists.
        return std::function<void()>([this, generation, items, error, end] {
            if (generation == m_generation)
                showItems(std::move(*items), end, *error);
        });
    });
}

void DuePanel::showItems(QList<DueItem> items, QDate end, const StorageError &error)
{
    m_items = std::move(items);
    if (error.isError())
        //: zh_CN: 无法读取临近到期事项：%1
        m_summary->setText(tr("The items coming due could not be read: %1").arg(error.message));
    else
        //: zh_CN: %1至%2（%n个工作日内）到期事项%3项。
        m_summary->setText(
            tr("Due from %1 to %2 (within %n working day(s)): %3 item(s).", nullptr, workdays())
                .arg(m_ledger->asOf().toString(Qt::ISODate), end.toString(Qt::ISODate))
                .arg(m_items.size()));
    fill();
    emit refreshed();
}

void DuePanel::fill()
{
    const QString selected = selectedUnit();
    m_tree->clear();
    QStringList units;
    QSet<QString> seen;
    for (const DueItem &item : std::as_const(m_items))
        if (!seen.contains(item.unit)) {
            seen.insert(item.unit);
            units.append(item.unit);
        }
    const UnitOrder order;
    std::stable_sort(units.begin(), units.end(),
                     [&](const QString &a, const QString &b) { return order.before(a, b); });
    for (const QString &unit : std::as_const(units)) {
        auto *group = new QTreeWidgetItem(m_tree);
        group->setFirstColumnSpanned(true);
        group->setData(DateColumn, kUnitRole, unit);
        QFont bold = group->font(DateColumn);
        bold.setBold(true);
        group->setFont(DateColumn, bold);
        int count = 0;
        for (const DueItem &item : std::as_const(m_items)) {
            if (item.unit != unit)
                continue;
            auto *row = new QTreeWidgetItem(group);
            row->setText(DateColumn, item.date.toString(Qt::ISODate));
            row->setText(KindColumn, dueKindText(item.kind));
            row->setText(TaskColumn, item.taskCode + QLatin1Char(' ') + item.taskTitle);
            row->setText(TextColumn, item.text);
            row->setToolTip(TextColumn, item.text);
            row->setData(DateColumn, kUnitRole, unit);
            row->setData(DateColumn, kTaskIdRole, item.taskId);
            ++count;
        }
        //: a unit's row: its name and how many items it has; zh_CN: %1（%n项）
        group->setText(DateColumn, tr("%1 (%n item(s))", nullptr, count)
                                       //: a row without a unit; zh_CN: （无单位）
                                       .arg(unit.isEmpty() ? tr("(no unit)") : unit));
        group->setExpanded(true);
    }
    if (!selected.isEmpty())
        selectUnit(selected);
    updateButtons();
}

QString DuePanel::selectedUnit() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(DateColumn, kUnitRole).toString() : QString();
}

bool DuePanel::selectUnit(const QString &unit)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        if (group->data(DateColumn, kUnitRole).toString() == unit) {
            m_tree->setCurrentItem(group);
            return true;
        }
    }
    return false;
}

void DuePanel::updateButtons()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_remind->setEnabled(item && !selectedUnit().isEmpty());
}

void DuePanel::remindSelectedUnit()
{
    const QString unit = selectedUnit();
    if (unit.isEmpty()) {
        m_status->setText(tr("Select a unit first."));
        return;
    }
    QList<SupervisionRecord> records = DueService::reminders(m_items, unit, m_ledger->asOf());
    if (records.isEmpty())
        return;
    const int n = int(records.size());
    StorageError error;
    if (!StoreCommand::push(history::addRecords(m_ledger, std::move(records)), &error)) {
        //: zh_CN: 未能催办：%1
        m_status->setText(tr("Not recorded: %1").arg(error.message));
        return;
    }
    //: zh_CN: 已向%1催办%n项任务（可撤销）。
    m_status->setText(tr("Reminded %1 of %n task(s) (can be undone).", nullptr, n).arg(unit));
}

} // namespace duban::ui
