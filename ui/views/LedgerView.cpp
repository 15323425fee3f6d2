#include "LedgerView.h"

#include "core/services/OpenLedger.h"
#include "TaskDetailPane.h"
#include "ui/commands/TaskCommands.h"
#include "ui/delegates/LightDelegate.h"
#include "ui/models/LedgerModel.h"

#include "core/rules/StatusRules.h"

#include "core/services/UndoStack.h"
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

LedgerView::LedgerView(core::OpenLedger *store, core::UndoStack *undo, QWidget *parent)
    : QWidget(parent), m_store(store), m_undo(undo), m_model(new LedgerModel(store, this))
{
    m_ask = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

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
    m_status = new QComboBox(this);
    m_status->addItem(tr("Any status"), -1);
    m_status->addItem(LedgerModel::statusText(int(TaskStatus::Open)), int(TaskStatus::Open));
    m_status->addItem(LedgerModel::statusText(int(TaskStatus::Completed)), int(TaskStatus::Completed));
    bar->addWidget(m_status);
    m_count = new QLabel(this);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(m_splitter);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(LedgerModel::Column::Code), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setColumnWidth(int(LedgerModel::Column::Code), 60);
    m_table->setColumnWidth(int(LedgerModel::Column::Section), 170);
    m_table->setColumnWidth(int(LedgerModel::Column::Title), 260);
    m_table->setColumnWidth(int(LedgerModel::Column::Lead), 170);
    m_table->setColumnWidth(int(LedgerModel::Column::CoUnits), 220);
    m_table->setColumnWidth(int(LedgerModel::Column::Deadline), 95);
    m_table->setColumnWidth(int(LedgerModel::Column::Status), 80);
    m_table->setColumnWidth(int(LedgerModel::Column::Light), 190);
    m_table->setColumnWidth(int(LedgerModel::Column::Progress), 60);
    m_table->setColumnWidth(int(LedgerModel::Column::LastReport), 95);
    m_table->setItemDelegateForColumn(int(LedgerModel::Column::Light),
                                      new LightDelegate(LedgerModel::LightRole, m_table));
    // Light first after the number: it is what supervisors scan for.
    m_table->horizontalHeader()->moveSection(int(LedgerModel::Column::Light), 1);
    m_detail = new TaskDetailPane(store, undo, m_splitter);
    m_detail->setMinimumWidth(320);
    connect(m_detail, &TaskDetailPane::message, this, &LedgerView::statusMessage);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({900, 480});
    layout->addWidget(m_splitter, 1);

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
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_detail->showTask(m_model->taskId(current.row())); });

    // Keep the selected task selected across refreshes of the model.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { setProperty("keepTask", currentTaskId() ? currentTaskId() : m_detail->taskId()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 keep = property("keepTask").toLongLong();
        const int row = keep ? m_model->rowOf(keep) : -1;
        if (row >= 0) {
            QSignalBlocker block(m_table->selectionModel());
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
        }
        updateCount();
    });
    connect(store, &core::OpenLedger::reset, this, &LedgerView::reloadFilterChoices);
    connect(store, &core::OpenLedger::unitsChanged, this, &LedgerView::reloadFilterChoices);
    connect(store, &core::OpenLedger::taskAdded, this, &LedgerView::selectTask);

    reloadFilterChoices();
    updateCount();
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
    m_model->setFilter(f);
    updateCount();
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

QByteArray LedgerView::saveLayout() const
{
    return m_splitter->saveState();
}

QByteArray LedgerView::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void LedgerView::restoreLayout(const QByteArray &splitter, const QByteArray &header)
{
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
}

} // namespace duban::ui
