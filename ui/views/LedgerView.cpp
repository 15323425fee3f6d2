#include "LedgerView.h"

#include "core/rules/Schedule.h"
#include "core/services/OpenLedger.h"
#include "LedgerBatchActions.h"
#include "TaskDetailPane.h"
#include "ui/commands/TaskCommands.h"
#include "ui/delegates/LightDelegate.h"
#include "ui/models/LedgerModel.h"

#include "core/rules/StatusRules.h"

#include "core/services/UndoStack.h"
#include "ui/AppSettings.h"

#include "core/services/LedgerExportService.h"
#include "core/storage/Database.h"
#include "ui/export/LedgerWorkbook.h"
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

namespace {

/// The first layout of the columns, in the order shown, with their widths: at the default window size
/// (1400 × 860, the detail pane open) number, light, task, lead, deadline, progress and 序时进度 are in view;
/// the loop's stage and an extended task's original deadline follow.
/// A column not listed (added later) keeps its place after these and the header's default width.
struct ColumnDefault
{
    LedgerModel::Column column;
    int width;
};
constexpr ColumnDefault kDefaultColumns[] = {
    {LedgerModel::Column::Code, 56},
    {LedgerModel::Column::Light, 150},
    {LedgerModel::Column::Title, 236},
    {LedgerModel::Column::Lead, 156},
    {LedgerModel::Column::Deadline, 92},
    {LedgerModel::Column::Progress, 50},
    {LedgerModel::Column::Schedule, 104},
    {LedgerModel::Column::Stage, 84},
    {LedgerModel::Column::OriginalDeadline, 92},
    {LedgerModel::Column::Section, 170},
    {LedgerModel::Column::CoUnits, 220},
    {LedgerModel::Column::Status, 72},
    {LedgerModel::Column::LastReport, 92},
};

int columnOfKey(const QAbstractItemModel *model, const QString &key)
{
    for (int c = 0; c < model->columnCount(); ++c) {
        if (LedgerModel::columnKey(c) == key)
            return c;
    }
    return -1;
}

} // namespace

LedgerView::LedgerView(core::OpenLedger *store, core::UndoStack *undo, QWidget *parent)
    : QWidget(parent), m_store(store), m_undo(undo), m_model(new LedgerModel(store, this))
{
    m_ask = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    buildFilterBar(layout);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    buildTable();
    m_detail = new TaskDetailPane(store, undo, m_splitter);
    m_detail->setMinimumWidth(320);
    connect(m_detail, &TaskDetailPane::message, this, &LedgerView::statusMessage);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, true); // dragging the handle to the right edge hides the pane
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({900, 480});
    layout->addWidget(m_splitter, 1);

    m_detailAction = new QAction(tr("&Detail pane"), this);
    m_detailAction->setIconText(tr("Detail pane")); // on the filter bar's button, without the mnemonic
    m_detailAction->setCheckable(true);
    m_detailAction->setChecked(true);
    m_detailAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_detailAction->setToolTip(tr("Show or hide the detail pane (Ctrl+Shift+D)"));
    connect(m_detailAction, &QAction::toggled, this, &LedgerView::setDetailPaneShown);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        const QSignalBlocker block(m_detailAction);
        m_detailAction->setChecked(isDetailPaneShown());
    });
    auto *paneButton = new QToolButton(this);
    paneButton->setDefaultAction(m_detailAction);
    paneButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    static_cast<QHBoxLayout *>(layout->itemAt(0)->layout())->addWidget(paneButton);

    m_batch = new LedgerBatchActions(store, m_table, m_model, this);
    connect(m_batch, &LedgerBatchActions::statusMessage, this, &LedgerView::statusMessage);
    //: zh_CN: 复制所选行(&C)
    m_copyRows = new QAction(tr("&Copy rows"), this);
    m_copyRows->setShortcut(QKeySequence::Copy);
    m_copyRows->setShortcutContext(Qt::WidgetShortcut);
    //: zh_CN: 把所选任务以制表符分隔的文本复制到剪贴板，可直接粘贴到 Excel
    m_copyRows->setToolTip(tr("Copy the selected tasks as tab-separated text, to paste into Excel as rows"));
    m_table->addAction(m_copyRows);
    // The table copies its current cell on Ctrl+C by itself: the rows are copied instead.
    m_table->installEventFilter(this);
    connect(m_copyRows, &QAction::triggered, this, &LedgerView::copySelectedRows);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &at) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(m_copyRows);
        menu->addSeparator();
        menu->addActions(m_batch->actions());
        menu->popup(m_table->viewport()->mapToGlobal(at));
    });

    connectFilters();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_detail->showTask(m_model->taskId(current.row())); });

    // Keep the selected tasks selected (and the current one current) across refreshes of the model.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        setProperty("keepTask", currentTaskId() ? currentTaskId() : m_detail->taskId());
        QVariantList selected;
        for (qint64 id : m_batch->selectedTaskIds())
            selected.append(id);
        setProperty("keepSelection", selected);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 keep = property("keepTask").toLongLong();
        const int row = keep ? m_model->rowOf(keep) : -1;
        {
            QSignalBlocker block(m_table->selectionModel());
            QItemSelection selection;
            for (const QVariant &id : property("keepSelection").toList()) {
                const int r = m_model->rowOf(id.toLongLong());
                if (r >= 0)
                    selection.select(m_model->index(r, 0), m_model->index(r, m_model->columnCount() - 1));
            }
            if (row >= 0) {
                m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                           QItemSelectionModel::NoUpdate);
                selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
                m_table->scrollTo(m_model->index(row, 0));
            }
            m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        }
        m_table->viewport()->update();
        m_batch->updateActions();
        updateCount();
    });
    connect(store, &core::OpenLedger::reset, this, &LedgerView::reloadFilterChoices);
    connect(store, &core::OpenLedger::unitsChanged, this, &LedgerView::reloadFilterChoices);
    connect(store, &core::OpenLedger::taskAdded, this, &LedgerView::selectTask);

    reloadFilterChoices();
    updateCount();
}

// Text, unit (and its role), section, light and status; the count; clear; the detail pane's toggle.
void LedgerView::buildFilterBar(QVBoxLayout *layout)
{
    auto *bar = new QHBoxLayout();
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search title and text (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    bar->addWidget(m_search, 2);
    m_unit = new QComboBox(this);
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->completer()->setFilterMode(Qt::MatchContains);
    m_unit->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unit->setMinimumContentsLength(16);
    m_unit->setToolTip(tr("Show the tasks of one unit"));
    bar->addWidget(m_unit, 2);
    m_role = new QComboBox(this);
    m_role->addItem(tr("as lead or co-unit"), int(TaskFilter::UnitRole::Any));
    m_role->addItem(tr("as lead unit"), int(TaskFilter::UnitRole::Lead));
    m_role->addItem(tr("as co-unit"), int(TaskFilter::UnitRole::Co));
    bar->addWidget(m_role);
    m_section = new QComboBox(this);
    m_section->setMinimumContentsLength(14);
    m_section->setToolTip(tr("Show the tasks of one section"));
    bar->addWidget(m_section, 1);
    m_light = new QComboBox(this);
    m_light->addItem(tr("All lights"), -1);
    for (Light l : {Light::Red, Light::Yellow, Light::Green, Light::Completed, Light::CompletedLate})
        m_light->addItem(lightText(l), int(l));
    m_light->setToolTip(tr("Show the tasks with one light"));
    bar->addWidget(m_light);
    m_schedule = new QComboBox(this);
    m_schedule->addItem(tr("Any schedule"), -1);
    for (ScheduleJudgement j :
         {ScheduleJudgement::NotStarted, ScheduleJudgement::Behind, ScheduleJudgement::OnSchedule,
          ScheduleJudgement::Ahead, ScheduleJudgement::Completed})
        m_schedule->addItem(judgementText(j), int(j));
    m_schedule->setToolTip(tr("Show the tasks with one standing against the time-elapsed schedule"));
    bar->addWidget(m_schedule);
    m_status = new QComboBox(this);
    m_status->addItem(tr("Any status"), -1);
    m_status->addItem(LedgerModel::statusText(int(TaskStatus::Open)), int(TaskStatus::Open));
    m_status->addItem(LedgerModel::statusText(int(TaskStatus::Completed)), int(TaskStatus::Completed));
    bar->addWidget(m_status);
    m_clearFilters = new QToolButton(this);
    m_clearFilters->setText(tr("Clear filters"));
    m_clearFilters->setToolTip(
        tr("Show every task again: no text, unit, section, light, schedule or status filter"));
    m_clearFilters->setEnabled(false);
    connect(m_clearFilters, &QToolButton::clicked, this, &LedgerView::clearFilters);
    bar->addWidget(m_clearFilters);
    m_count = new QLabel(this);
    bar->addWidget(m_count);
    layout->addLayout(bar);
}

void LedgerView::buildTable()
{
    m_table = new QTableView(m_splitter);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(LedgerModel::Column::Code), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once for one action (催办, a new lead or deadline, 审核): LedgerBatchActions.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &at) {
        QMenu *menu = createColumnMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->mapToGlobal(at));
    });
    m_table->setItemDelegateForColumn(int(LedgerModel::Column::Light),
                                      new LightDelegate(LedgerModel::LightRole, m_table));
    applyDefaultColumns();
}

void LedgerView::connectFilters()
{
    connect(m_search, &QLineEdit::textChanged, this, &LedgerView::applyFilter);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &LedgerView::applyFilter);
    connect(m_unit->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_unit->currentText().trimmed().isEmpty())
            m_unit->setCurrentIndex(0);
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, &LedgerView::applyFilter);
    connect(m_section, &QComboBox::currentIndexChanged, this, &LedgerView::applyFilter);
    connect(m_light, &QComboBox::currentIndexChanged, this, &LedgerView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &LedgerView::applyFilter);
    connect(m_schedule, &QComboBox::currentIndexChanged, this, &LedgerView::applyFilter);
}

void LedgerView::reloadFilterChoices()
{
    const qint64 unit = m_unit->currentData().toLongLong();
    const qint64 section = m_section->currentData().toLongLong();
    {
        QSignalBlocker b1(m_unit);
        QSignalBlocker b2(m_section);
        m_unit->clear();
        m_unit->addItem(tr("All units"), qint64(0));
        const QList<Unit> units = m_store->lookup().units();
        for (const Unit &u : units)
            m_unit->addItem(u.name, u.id);
        m_unit->setCurrentIndex(qMax(0, m_unit->findData(unit)));
        m_section->clear();
        m_section->addItem(tr("All sections"), qint64(0));
        const QList<Section> sections = m_store->lookup().sections();
        for (const Section &s : sections)
            m_section->addItem(s.label(), s.id);
        m_section->setCurrentIndex(qMax(0, m_section->findData(section)));
    }
    applyFilter();
}

void LedgerView::applyFilter()
{
    TaskFilter f = m_model->filter();
    f.text = m_search->text();
    f.unitId = m_unit->currentData().toLongLong();
    f.unitRole = static_cast<TaskFilter::UnitRole>(m_role->currentData().toInt());
    f.sectionId = m_section->currentData().toLongLong();
    const int light = m_light->currentData().toInt();
    f.light = light >= 0 ? std::optional<Light>(Light(light)) : std::nullopt;
    f.status = m_status->currentData().toInt();
    const int schedule = m_schedule->currentData().toInt();
    f.schedule = schedule >= 0 ? std::optional(ScheduleJudgement(schedule)) : std::nullopt;
    m_model->setFilter(f);
    m_clearFilters->setEnabled(!f.text.isEmpty() || f.unitId || f.sectionId || f.status >= 0 || f.light ||
                               f.schedule || m_role->currentIndex() != 0);
    // The pane shows a listed task or none: a filter that leaves the task out (or lists nothing) clears it.
    if (m_detail->taskId() && m_model->rowOf(m_detail->taskId()) < 0)
        m_detail->showTask(0);
    updateCount();
}

void LedgerView::clearFilters()
{
    {
        const QSignalBlocker b1(m_search), b2(m_unit), b3(m_role), b4(m_section), b5(m_light), b6(m_status),
            b7(m_schedule);
        m_search->clear();
        m_unit->setCurrentIndex(0);
        m_role->setCurrentIndex(0);
        m_section->setCurrentIndex(0);
        m_light->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_schedule->setCurrentIndex(0);
    }
    applyFilter();
}

void LedgerView::updateCount()
{
    m_count->setText(tr("%1 of %2 tasks").arg(m_model->rowCount()).arg(m_store->index().size()));
}

qint64 LedgerView::currentTaskId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->taskId(current.row()) : 0;
}

void LedgerView::selectTask(qint64 taskId)
{
    const int row = m_model->rowOf(taskId);
    if (row < 0) {
        m_detail->showTask(taskId);
        return;
    }
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, int(LedgerModel::Column::Title)));
    m_table->scrollTo(m_model->index(row, 0));
    m_detail->showTask(taskId);
}

bool LedgerView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            if (event->type() == QEvent::KeyPress)
                copySelectedRows();
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

std::vector<qint64> LedgerView::shownTaskIds() const
{
    std::vector<qint64> ids;
    const int rows = m_model->rowCount();
    ids.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row)
        if (const qint64 id = m_model->taskId(row))
            ids.push_back(id);
    return ids;
}

void LedgerView::copySelectedRows()
{
    const QList<qint64> selected = m_batch->selectedTaskIds();
    if (selected.isEmpty())
        return;
    core::LedgerExportScope scope;
    scope.taskIds.assign(selected.cbegin(), selected.cend());
    core::StorageError error;
    const std::optional<core::LedgerSheet> sheet =
        core::LedgerExportService(m_store->database()).build(scope, m_store->asOf(), &error);
    if (!sheet) {
        emit statusMessage(error.message);
        return;
    }
    QGuiApplication::clipboard()->setText(LedgerWorkbook::tabSeparated(*sheet));
    //: zh_CN: 已复制%n行，可粘贴到 Excel。
    emit statusMessage(tr("Copied %n row(s); paste them into Excel.", nullptr, int(sheet->rows.size())));
}

void LedgerView::newTask()
{
    Task t;
    t.title = tr("New task");
    t.deadline = QDate(QDate::currentDate().year(), 12, 31);
    t.sectionId = m_section->currentData().toLongLong();
    if (const qint64 current = currentTaskId()) {
        if (auto c = m_store->task(current)) {
            t.planId = c->planId;
            t.sectionId = t.sectionId ? t.sectionId : c->sectionId;
        }
    }
    StorageError error;
    auto *cmd = new AddTaskCommand(m_store, t);
    if (!StoreCommand::push(cmd, &error)) {
        QMessageBox::warning(this, tr("New task"), tr("The task could not be added: %1").arg(error.message));
        return;
    }
    m_detail->titleEditor()->setFocus();
    m_detail->titleEditor()->selectAll();
}

void LedgerView::setQuestion(Question ask)
{
    m_ask = ask;
    m_batch->setQuestion(ask);
    m_detail->setQuestion(std::move(ask));
}

void LedgerView::deleteCurrentTask()
{
    const qint64 id = currentTaskId();
    if (!id)
        return;
    const auto task = m_store->task(id);
    if (!task)
        return;
    const int reports = int(m_store->reports(id).size());
    const int records = int(m_store->records(id).size());
    QString text = tr("Delete task %1 “%2”?").arg(task->code, task->title);
    if (reports + records > 0)
        text += QLatin1Char('\n') + tr("Its progress reports (%1) and reminders or notices (%2) go with it.")
                                        .arg(reports)
                                        .arg(records);
    text += QLatin1Char('\n') + tr("You can undo this with Ctrl+Z until Duban closes.");
    if (!m_ask(tr("Delete task"), text))
        return;
    StorageError error;
    if (!StoreCommand::push(new DeleteTaskCommand(m_store, *task), &error))
        QMessageBox::warning(this, tr("Delete task"),
                             tr("The task could not be deleted: %1").arg(error.message));
    else
        emit statusMessage(tr("Task %1 deleted. Undo with Ctrl+Z.").arg(task->code));
}

void LedgerView::showUnit(qint64 unitId)
{
    m_role->setCurrentIndex(0);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(unitId)));
}

void LedgerView::showLight(Light light)
{
    m_light->setCurrentIndex(qMax(0, m_light->findData(int(light))));
}

void LedgerView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void LedgerView::applyDefaultColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    int visual = 0;
    for (const ColumnDefault &d : kDefaultColumns) {
        const int column = int(d.column);
        if (column >= m_model->columnCount())
            continue;
        header->moveSection(header->visualIndex(column), visual++);
        m_table->setColumnWidth(column, d.width);
    }
}

bool LedgerView::isDetailPaneShown() const
{
    const QList<int> sizes = m_splitter->sizes();
    return sizes.size() > 1 && sizes.at(1) > 0;
}

void LedgerView::setDetailPaneShown(bool shown)
{
    if (shown == isDetailPaneShown())
        return;
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (shown) {
        const bool remembered = m_openSizes.size() == 2 && m_openSizes.at(1) > 0;
        m_splitter->setSizes(remembered ? m_openSizes : QList<int>{total * 3 / 5, total * 2 / 5});
        m_detail->setFocus();
    } else {
        m_openSizes = sizes;
        m_splitter->setSizes({total, 0});
    }
    const QSignalBlocker block(m_detailAction);
    m_detailAction->setChecked(isDetailPaneShown());
}

QMenu *LedgerView::createColumnMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    QHeaderView *header = m_table->horizontalHeader();
    const int count = m_model->columnCount();
    const int shown = count - header->hiddenSectionCount();
    for (int visual = 0; visual < count; ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *a = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(column));
        a->setEnabled(header->isSectionHidden(column) || shown > 1); // one column stays
        a->setData(LedgerModel::columnKey(column));
        connect(a, &QAction::toggled, this, [this, column](bool on) { setColumnShown(column, on); });
    }
    return menu;
}

void LedgerView::setColumnShown(int column, bool shown)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (column < 0 || column >= m_model->columnCount() || shown == !header->isSectionHidden(column))
        return;
    if (!shown && header->count() - header->hiddenSectionCount() <= 1)
        return;
    header->setSectionHidden(column, !shown);
    if (shown && header->sectionSize(column) < 20)
        header->resizeSection(column, header->defaultSectionSize());
    saveColumnPreferences(); // at once: remembered even if Duban does not close normally
}

void LedgerView::saveColumnPreferences() const
{
    QSettings s;
    saveLayout(s);
}

void LedgerView::saveLayout(QSettings &s) const
{
    QHeaderView *header = m_table->horizontalHeader();
    QStringList columns;
    QStringList hidden;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        const QString key = LedgerModel::columnKey(column);
        columns.append(QStringLiteral("%1=%2").arg(key).arg(header->sectionSize(column)));
        if (header->isSectionHidden(column))
            hidden.append(key);
    }
    settings::ledgerColumns.set(s, columns);
    settings::ledgerHiddenColumns.set(s, hidden);
    const int sortColumn = header->sortIndicatorSection();
    if (sortColumn >= 0 && sortColumn < m_model->columnCount())
        settings::ledgerSort.set(s, LedgerModel::columnKey(sortColumn) +
                                        (header->sortIndicatorOrder() == Qt::AscendingOrder
                                             ? QStringLiteral(":asc")
                                             : QStringLiteral(":desc")));
    settings::ledgerSplitter.set(s, m_splitter->saveState());
}

void LedgerView::restoreLayout(const QSettings &s)
{
    const QByteArray splitter = settings::ledgerSplitter.get(s);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QSignalBlocker block(m_detailAction);
    m_detailAction->setChecked(isDetailPaneShown());
    restoreColumns(settings::ledgerColumns.get(s), settings::ledgerHiddenColumns.get(s));
    restoreSort(settings::ledgerSort.get(s));
}

// Columns by key: the saved ones in their saved order and widths; the others (new) where they are.
void LedgerView::restoreColumns(const QStringList &columns, const QStringList &hidden)
{
    QHeaderView *header = m_table->horizontalHeader();
    const QSignalBlocker block(header);
    int visual = 0;
    for (const QString &entry : columns) {
        const QString key = entry.section(u'=', 0, 0);
        const int column = columnOfKey(m_model, key);
        if (column < 0)
            continue; // a column this version does not have
        header->moveSection(header->visualIndex(column), visual++);
        bool ok = false;
        const int width = entry.section(u'=', 1, 1).toInt(&ok);
        if (ok && width >= 20)
            header->resizeSection(column, width);
    }
    int shown = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const bool hide = hidden.contains(LedgerModel::columnKey(column));
        header->setSectionHidden(column, hide);
        shown += hide ? 0 : 1;
    }
    if (shown == 0)
        header->setSectionHidden(int(LedgerModel::Column::Code), false);
}

void LedgerView::restoreSort(const QString &sort)
{
    const int column = columnOfKey(m_model, sort.section(u':', 0, 0));
    if (column < 0)
        return;
    m_table->sortByColumn(column,
                          sort.endsWith(QStringLiteral(":desc")) ? Qt::DescendingOrder : Qt::AscendingOrder);
}

} // namespace duban::ui
