#include "TaskDetailPane.h"

#include "core/services/OpenLedger.h"
#include "ui/commands/LoopCommands.h"
#include "ui/commands/TaskCommands.h"
#include "ui/delegates/LightDelegate.h"
#include "ui/views/LoopPanel.h"
#include "ui/views/TaskHistoryWidget.h"
#include "ui/views/TimelineWidget.h"

#include "core/domain/TaskChanges.h"
#include "core/import/UnitResolver.h"
#include "core/rules/StatusRules.h"

#include "core/services/UndoStack.h"
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStringListModel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

namespace {

// Commits a QPlainTextEdit when it loses focus.
class FocusOutFilter final : public QObject
{
public:
    FocusOutFilter(QObject *parent, std::function<void()> onFocusOut)
        : QObject(parent), m_onFocusOut(std::move(onFocusOut))
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_onFocusOut();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onFocusOut;
};

// Wheel events over an editor that does not have the focus scroll the pane instead of changing the value:
// scrolling past the lead unit or a date must never edit the task.
class WheelGuard final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel) {
            auto *w = qobject_cast<QWidget *>(watched);
            if (w && !w->hasFocus()) {
                event->ignore(); // goes on to the parent, and so to the scroll area
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

QDateEdit *makeDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31));
    return edit;
}

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(false);
    return b;
}

} // namespace

TaskDetailPane::TaskDetailPane(core::OpenLedger *store, core::UndoStack *undo, QWidget *parent)
    : QWidget(parent), m_store(store), m_undo(undo)
{
    m_ask = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::Yes) == QMessageBox::Yes;
    };
    // The widgets are made in tab order: header, task fields, units, schedule, the loop, milestones,
    // reports and records, the timeline.
    QVBoxLayout *layout = buildScrollBody();
    QWidget *body = layout->parentWidget();
    buildHeader(body, layout);
    auto *form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    buildTaskFields(body, form);
    buildUnits(body, form);
    buildSchedule(body, form);
    m_loop = new LoopPanel(store, body);
    connect(m_loop, &LoopPanel::message, this, &TaskDetailPane::message);
    form->addRow(tr("Loop"), m_loop);
    buildMilestones(body, form);
    m_history = new TaskHistoryWidget(store, undo, body);
    form->addRow(tr("&Records"), m_history);
    m_timeline = new TimelineWidget(store, body);
    form->addRow(tr("Timeline"), m_timeline);
    guardWheels();

    connectTaskFields();
    connectUnits();
    connectSchedule();
    connectStore();

    reloadChoices();
    showTask(0);
}

// The pane scrolls vertically; returns the layout of the scrolled body.
QVBoxLayout *TaskDetailPane::buildScrollBody()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fields shrink to the pane instead
    outer->addWidget(scroll);
    auto *body = new QWidget(scroll);
    scroll->setWidget(body);
    return new QVBoxLayout(body);
}

void TaskDetailPane::buildHeader(QWidget *body, QVBoxLayout *layout)
{
    m_header = new QLabel(body);
    m_header->setWordWrap(true);
    QFont hf = m_header->font();
    hf.setBold(true);
    hf.setPointSizeF(hf.pointSizeF() * 1.15);
    m_header->setFont(hf);
    layout->addWidget(m_header);
    m_light = new QLabel(body);
    m_light->setWordWrap(true);
    m_light->setTextFormat(Qt::RichText);
    layout->addWidget(m_light);
}

// Number, title, section and text.
void TaskDetailPane::buildTaskFields(QWidget *body, QFormLayout *form)
{
    m_code = new QLineEdit(body);
    m_code->setMaximumWidth(120);
    form->addRow(tr("&No."), m_code);
    m_title = new QLineEdit(body);
    form->addRow(tr("&Title"), m_title);
    m_section = new QComboBox(body);
    // Long names do not widen the pane beyond the ledger's share: the combo boxes shrink, their lists do not.
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_section->setMinimumContentsLength(12);
    form->addRow(tr("&Section"), m_section);
    m_text = new QPlainTextEdit(body);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(90);
    m_text->setMaximumHeight(200);
    form->addRow(tr("Te&xt"), m_text);
    m_editors += {m_code, m_title, m_section, m_text};
}

// The lead unit, and the other units with their buttons.
void TaskDetailPane::buildUnits(QWidget *body, QFormLayout *form)
{
    m_lead = new QComboBox(body);
    m_lead->setEditable(true);
    m_lead->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_lead->setMinimumContentsLength(12);
    m_lead->setInsertPolicy(QComboBox::NoInsert);
    m_lead->completer()->setFilterMode(Qt::MatchContains);
    m_lead->completer()->setCompletionMode(QCompleter::PopupCompletion);
    form->addRow(tr("&Lead unit"), m_lead);

    auto *coBox = new QWidget(body);
    auto *coLayout = new QVBoxLayout(coBox);
    coLayout->setContentsMargins(0, 0, 0, 0);
    m_coList = new QListWidget(coBox);
    // Every unit after the first lead, in order; a ticked one leads too (A、B牵头).
    m_coList->setToolTip(tr("Tick a unit that leads the task too (several lead units)"));
    m_coList->setMinimumHeight(80);
    m_coList->setMaximumHeight(140);
    coLayout->addWidget(m_coList);
    auto *leadHint = new QLabel(tr("Ticked: leads the task too"), coBox);
    leadHint->setStyleSheet(QStringLiteral("color: gray"));
    coLayout->addWidget(leadHint);
    auto *coButtons = new QHBoxLayout();
    m_coInput = new QLineEdit(coBox);
    m_coInput->setPlaceholderText(tr("Unit to add…"));
    auto *coCompleter = new QCompleter(this);
    coCompleter->setFilterMode(Qt::MatchContains);
    coCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_coInput->setCompleter(coCompleter);
    coButtons->addWidget(m_coInput, 1);
    auto *add = toolButton(tr("Add"), tr("Add the unit to the co-responsible units"), coBox);
    auto *remove = toolButton(tr("Remove"), tr("Remove the selected unit"), coBox);
    auto *up = toolButton(QStringLiteral("↑"), tr("Move up"), coBox);
    auto *down = toolButton(QStringLiteral("↓"), tr("Move down"), coBox);
    for (QToolButton *b : {add, remove, up, down})
        coButtons->addWidget(b);
    coLayout->addLayout(coButtons);
    form->addRow(tr("&Co-responsible"), coBox);
    m_editors += {m_lead, m_coList, m_coInput, add, remove, up, down};
    connect(add, &QToolButton::clicked, this, &TaskDetailPane::addCoUnit);
    connect(remove, &QToolButton::clicked, this, &TaskDetailPane::removeCoUnit);
    connect(up, &QToolButton::clicked, this, [this] { moveCoUnit(-1); });
    connect(down, &QToolButton::clicked, this, [this] { moveCoUnit(1); });
}

// Deadline and completion.
void TaskDetailPane::buildSchedule(QWidget *body, QFormLayout *form)
{
    m_deadline = makeDateEdit(body);
    form->addRow(tr("&Deadline"), m_deadline);

    auto *doneRow = new QHBoxLayout();
    m_completed = new QCheckBox(tr("Completed on"), body);
    m_completed->setObjectName(QStringLiteral("completed"));
    m_completedOn = makeDateEdit(body);
    doneRow->addWidget(m_completed);
    doneRow->addWidget(m_completedOn);
    doneRow->addStretch();
    form->addRow(tr("Status"), doneRow);
    m_editors += {m_deadline, m_completed, m_completedOn};
}

void TaskDetailPane::buildMilestones(QWidget *body, QFormLayout *form)
{
    auto *msBox = new QWidget(body);
    auto *msLayout = new QVBoxLayout(msBox);
    msLayout->setContentsMargins(0, 0, 0, 0);
    m_milestones = new QTableWidget(0, 3, msBox);
    m_milestones->setHorizontalHeaderLabels({tr("Date"), tr("Milestone"), tr("Met")});
    m_milestones->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_milestones->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
    m_milestones->setColumnWidth(
        0, m_milestones->fontMetrics().horizontalAdvance(QStringLiteral("2023-03-31")) + 48);
    m_milestones->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_milestones->verticalHeader()->hide();
    m_milestones->setMinimumHeight(90);
    m_milestones->setMaximumHeight(170);
    msLayout->addWidget(m_milestones);
    auto *msButtons = new QHBoxLayout();
    auto *msAdd = toolButton(tr("Add milestone"), tr("Add a dated milestone"), msBox);
    auto *msRemove = toolButton(tr("Remove milestone"), tr("Remove the selected milestone"), msBox);
    msButtons->addWidget(msAdd);
    msButtons->addWidget(msRemove);
    msButtons->addStretch();
    msLayout->addLayout(msButtons);
    form->addRow(tr("&Milestones"), msBox);
    m_editors += {m_milestones, msAdd, msRemove};
    connect(msAdd, &QToolButton::clicked, this, &TaskDetailPane::addMilestone);
    connect(msRemove, &QToolButton::clicked, this, &TaskDetailPane::removeMilestone);
}

void TaskDetailPane::guardWheels()
{
    m_wheelGuard = new WheelGuard(this);
    for (QWidget *w : {static_cast<QWidget *>(m_section), static_cast<QWidget *>(m_lead),
                       static_cast<QWidget *>(m_deadline), static_cast<QWidget *>(m_completedOn)})
        guardWheel(w);
}

// Edits → commands.
void TaskDetailPane::connectTaskFields()
{
    connect(m_code, &QLineEdit::editingFinished, this, [this] {
        if (m_filling || !m_task || m_code->text().trimmed() == m_task->code)
            return;
        Task t = current();
        t.code = m_code->text().trimmed();
        commit(t, tr("Change number"));
    });
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (m_filling || !m_task || m_title->text().trimmed() == m_task->title)
            return;
        Task t = current();
        t.title = m_title->text().trimmed();
        commit(t, tr("Change title"));
    });
    connect(m_section, &QComboBox::activated, this, [this] {
        if (m_filling || !m_task)
            return;
        const qint64 id = m_section->currentData().toLongLong();
        if (id == m_task->sectionId)
            return;
        Task t = current();
        t.sectionId = id;
        commit(t, tr("Change section"));
    });
    m_text->installEventFilter(new FocusOutFilter(m_text, [this] {
        if (m_filling || !m_task || m_text->toPlainText() == m_task->text)
            return;
        Task t = current();
        t.text = m_text->toPlainText();
        commit(t, tr("Change text"));
    }));
}

void TaskDetailPane::connectUnits()
{
    connect(m_lead, &QComboBox::activated, this, &TaskDetailPane::commitLead);
    connect(m_lead->lineEdit(), &QLineEdit::editingFinished, this, &TaskDetailPane::commitLead);
    connect(m_coList, &QListWidget::itemChanged, this, &TaskDetailPane::toggleLead);
    connect(m_coInput, &QLineEdit::returnPressed, this, &TaskDetailPane::addCoUnit);
}

void TaskDetailPane::commitLead()
{
    if (m_filling || !m_task)
        return;
    const QString lead = m_lead->currentText().trimmed();
    if (lead == m_task->lead())
        return;
    // A typed name not in the directory is confirmed first; the question runs an event loop in which the
    // task may be refreshed, so the edit is built on the task as it is after it.
    if (!m_task->units().contains(lead) && !confirmNewUnit(lead)) {
        m_lead->setEditText(m_task->lead());
        return;
    }
    if (!m_task)
        return;
    Task t = current();
    // A unit that becomes the first lead swaps places with the old first lead (withFirstLead).
    t = withFirstLead(t, lead);
    commit(t, tr("Change lead unit"));
}

void TaskDetailPane::connectSchedule()
{
    connect(m_deadline, &QDateEdit::editingFinished, this, [this] {
        if (m_filling || !m_task || m_deadline->date() == m_task->deadline)
            return;
        Task t = current();
        t.deadline = m_deadline->date();
        commit(t, tr("Change deadline"));
    });
    connect(m_completed, &QCheckBox::toggled, this, [this](bool on) {
        if (m_filling || !m_task)
            return;
        Task t = current();
        t.status = on ? TaskStatus::Completed : TaskStatus::Open;
        t.completedOn = on ? m_completedOn->date() : QDate();
        commit(t, on ? tr("Mark completed") : tr("Reopen task"));
    });
    connect(m_completedOn, &QDateEdit::editingFinished, this, [this] {
        if (m_filling || !m_task || m_task->status != TaskStatus::Completed ||
            m_completedOn->date() == m_task->completedOn)
            return;
        Task t = current();
        t.completedOn = m_completedOn->date();
        commit(t, tr("Change completion date"));
    });
    connect(m_milestones, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            commitMilestones();
    });
}

// Store → pane.
void TaskDetailPane::connectStore()
{
    connect(m_store, &core::OpenLedger::taskChanged, this, [this](qint64 id) {
        if (m_task && id == m_task->id)
            showTask(id);
    });
    connect(m_store, &core::OpenLedger::taskRemoved, this, [this](qint64 id) {
        if (m_task && id == m_task->id)
            showTask(0);
    });
    connect(m_store, &core::OpenLedger::unitsChanged, this, [this] {
        reloadChoices();
        if (m_task)
            showTask(m_task->id);
    });
    connect(m_store, &core::OpenLedger::reset, this, &TaskDetailPane::reloadChoices);
    connect(m_store, &core::OpenLedger::outsideChange, this, [this] {
        if (!m_task)
            return;
        const auto fresh = m_store->task(m_task->id);
        if (!fresh) {
            const QString code = m_task->code;
            showTask(0);
            emit message(tr("Task %1 was deleted by another user or program.").arg(code));
        } else if (fresh->version != m_task->version) {
            showTask(fresh->id);
            emit message(tr("Task %1 was changed by another user or program; the pane shows the new state.")
                             .arg(fresh->code));
        }
    });
    connect(m_store, &core::OpenLedger::statusChanged, this, [this] {
        if (m_task)
            fill();
    });
}

void TaskDetailPane::reloadChoices()
{
    m_filling = true;
    QStringList names;
    const QList<Unit> units = m_store->lookup().units();
    for (const Unit &u : units)
        names.append(u.name);
    m_unitNames = names;
    const QString lead = m_lead->currentText();
    m_lead->clear();
    m_lead->addItems(names);
    m_lead->setEditText(lead);
    m_coInput->completer()->setModel(new QStringListModel(names, m_coInput->completer()));

    m_section->clear();
    m_section->addItem(tr("(none)"), qint64(0));
    const QList<Section> sections = m_store->lookup().sections();
    for (const Section &s : sections)
        m_section->addItem(s.label(), s.id);
    m_filling = false;
    if (m_task)
        fill();
}

void TaskDetailPane::showTask(qint64 taskId)
{
    // A unit half typed for one task is not offered to the next one.
    if (taskId != this->taskId())
        m_coInput->setText(QString());
    m_task = taskId ? m_store->task(taskId) : std::nullopt;
    fill();
}

void TaskDetailPane::setEditorsEnabled(bool on)
{
    for (QWidget *w : std::as_const(m_editors))
        w->setEnabled(on);
}

void TaskDetailPane::fill()
{
    m_filling = true;
    setEditorsEnabled(bool(m_task));
    if (!m_task) {
        m_header->setText(tr("No task selected"));
        m_code->clear();
        m_title->clear();
        m_text->clear();
        m_lead->setEditText({});
        m_coList->clear();
        m_milestones->setRowCount(0);
        m_completed->setChecked(false);
        m_light->clear();
        m_history->setTask(0, {});
        m_loop->setTask(0);
        m_timeline->setTask(0);
        m_filling = false;
        return;
    }
    const Task &t = *m_task;
    m_header->setText(t.code.isEmpty() ? t.title : tr("Task %1: %2").arg(t.code, t.title));
    m_code->setText(t.code);
    m_title->setText(t.title);
    m_title->setCursorPosition(0);
    m_section->setCurrentIndex(qMax(0, m_section->findData(t.sectionId)));
    if (m_text->toPlainText() != t.text)
        m_text->setPlainText(t.text);
    m_lead->setEditText(t.lead());
    m_coList->clear();
    for (const QString &name : t.leads.mid(1) + t.co) {
        auto *item = new QListWidgetItem(name, m_coList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_coList->count() <= t.leads.size() - 1 ? Qt::Checked : Qt::Unchecked);
    }
    m_deadline->setDate(t.deadline.isValid() ? t.deadline : QDate::currentDate());
    m_completed->setChecked(t.status == TaskStatus::Completed);
    // An open task's completion date, should it be ticked: the day the ledger is looked at as of when that
    // is in the past (reviewing the ledger as it stood), today otherwise.
    m_completedOn->setDate(t.completedOn.isValid() ? t.completedOn
                                                   : std::min(m_store->asOf(), QDate::currentDate()));
    {
        const int row = m_store->index().indexOf(t.id);
        const StatusLight &light = m_store->light(row);
        const QStringList reasons = reasonTexts(light);
        m_light->setText(QStringLiteral("<span style=\"color:%1; font-size:large\">●</span> <b>%2</b> %3 "
                                        "<span style=\"color:gray\">(%4)</span>")
                             .arg(LightDelegate::color(light.light).name(), lightText(light.light),
                                  reasons.join(QStringLiteral("；")).toHtmlEscaped(),
                                  tr("as of %1").arg(m_store->asOf().toString(Qt::ISODate))));
        QStringList units = t.units();
        units.removeAll(QString());
        m_history->setTask(t.id, units);
        m_loop->setTask(t.id);
        m_timeline->setTask(t.id);
    }
    m_milestones->setRowCount(int(t.milestones.size()));
    for (int i = 0; i < t.milestones.size(); ++i) {
        const Milestone &m = t.milestones.at(i);
        auto *dateEdit = makeDateEdit(m_milestones);
        guardWheel(dateEdit);
        dateEdit->setDate(m.date);
        dateEdit->setFrame(false);
        connect(dateEdit, &QDateEdit::editingFinished, this, [this] {
            if (!m_filling)
                commitMilestones();
        });
        m_milestones->setCellWidget(i, 0, dateEdit);
        m_milestones->setItem(i, 0, new QTableWidgetItem());
        m_milestones->setItem(i, 1, new QTableWidgetItem(m.text));
        auto *met = new QTableWidgetItem();
        met->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        met->setCheckState(m.done ? Qt::Checked : Qt::Unchecked);
        met->setToolTip(
            tr("Tick when the milestone has been met; an unmet milestone past its date turns the task red."));
        m_milestones->setItem(i, 2, met);
    }
    m_filling = false;
}

void TaskDetailPane::guardWheel(QWidget *editor)
{
    editor->setFocusPolicy(Qt::StrongFocus); // no focus by wheel: the wheel scrolls the pane
    editor->installEventFilter(m_wheelGuard);
}

bool TaskDetailPane::confirmNewUnit(const QString &name)
{
    const QStringList known = m_unitNames;
    if (name.isEmpty() || known.contains(name))
        return true;
    const QStringList close = UnitResolver::closestNames(name, known, 3);
    QString text = tr("“%1” is not in the unit directory. Add it as a new unit?").arg(name);
    if (!close.isEmpty())
        text += QLatin1Char('\n') + tr("Closest existing names: %1").arg(close.join(QStringLiteral("、")));
    return m_ask(tr("New unit"), text);
}

void TaskDetailPane::commit(const Task &after, const QString &what)
{
    if (!m_task)
        return;
    const Task before = *m_task;
    m_task = after; // show the edit while it is saved; a failure reloads
    StorageError error;
    if (StoreCommand::push(new EditTaskCommand(m_store, before, after, what), &error))
        return;
    if (error.code == StorageError::Code::Conflict) {
        const auto fresh = m_store->task(before.id);
        if (fresh && fresh->version != before.version) {
            resolveConflict(before, after, what);
            return;
        }
    }
    if (error.code == StorageError::Code::NotFound) {
        showTask(0);
        emit message(error.message);
        QMessageBox::warning(this, tr("Could not save"), error.message);
        return;
    }
    emit m_store->storageFailed(error.message);
    showTask(before.id);
}

void TaskDetailPane::resolveConflict(const Task &before, const Task &after, const QString &what)
{
    const auto fresh = m_store->task(before.id);
    if (!fresh) {
        showTask(0);
        return;
    }
    // What the other writer changed, and what the user meant to change.
    QStringList theirs;
    for (TaskField f : changedFields(before, *fresh))
        theirs.append(tr("%1: %2 → %3").arg(fieldName(f), fieldValue(before, f), fieldValue(*fresh, f)));
    const QList<TaskField> mine = changedFields(before, after);
    QString text = tr("Task %1 was changed by another user or program while you edited it. Your change "
                      "(%2) was not saved.")
                       .arg(fresh->code, what);
    if (!theirs.isEmpty())
        text += QStringLiteral("\n\n") + tr("Changed meanwhile:") + QLatin1Char('\n') +
                theirs.join(QLatin1Char('\n'));
    text += QStringLiteral("\n\n") + tr("Apply your change to the new state?");
    m_task = fresh;
    fill();
    if (!m_ask(tr("Task changed elsewhere"), text))
        return;
    // The question ran an event loop: the task may have changed again meanwhile. Build on its state now.
    const auto now = m_store->task(before.id);
    if (!now) {
        showTask(0);
        return;
    }
    m_task = now;
    commit(withFields(*now, after, mine), what);
}

void TaskDetailPane::commitMilestones()
{
    if (!m_task)
        return;
    Task t = current();
    t.milestones.clear();
    for (int i = 0; i < m_milestones->rowCount(); ++i) {
        auto *dateEdit = qobject_cast<QDateEdit *>(m_milestones->cellWidget(i, 0));
        const QTableWidgetItem *text = m_milestones->item(i, 1);
        Milestone m;
        m.date = dateEdit ? dateEdit->date() : QDate();
        m.text = text ? text->text() : QString();
        const QTableWidgetItem *met = m_milestones->item(i, 2);
        m.done = met ? met->checkState() == Qt::Checked
                     : (i < m_task->milestones.size() && m_task->milestones.at(i).done);
        t.milestones.append(m);
    }
    auto comparable = [](QList<Milestone> list) {
        for (auto &m : list)
            m.id = 0;
        return list;
    };
    if (comparable(t.milestones) == comparable(m_task->milestones))
        return;
    commit(t, tr("Change milestones"));
}

void TaskDetailPane::addCoUnit()
{
    if (!m_task)
        return;
    const QString name = m_coInput->text().trimmed();
    if (name.isEmpty() || m_task->units().contains(name))
        return;
    if (!confirmNewUnit(name) || !m_task || m_task->units().contains(name))
        return;
    Task t = current();
    t.co.append(name);
    // setText, not clear(): it also forgets the field's typing, so that Ctrl+Z undoes the added unit.
    m_coInput->setText(QString());
    commit(t, tr("Add co-responsible unit"));
}

QList<TaskDetailPane::OtherUnit> TaskDetailPane::otherUnits(const Task &t)
{
    QList<OtherUnit> others;
    for (const QString &name : t.leads.mid(1))
        others.append({name, true});
    for (const QString &name : t.co)
        others.append({name, false});
    return others;
}

void TaskDetailPane::setOtherUnits(Task &t, const QList<OtherUnit> &others)
{
    const QString first = t.lead();
    t.leads = first.isEmpty() ? QStringList() : QStringList{first};
    t.co.clear();
    for (const OtherUnit &u : others)
        (u.leads && !first.isEmpty() ? t.leads : t.co).append(u.name);
}

void TaskDetailPane::toggleLead(QListWidgetItem *item)
{
    if (m_filling || !m_task || !item)
        return;
    const int row = m_coList->row(item);
    QList<OtherUnit> others = otherUnits(*m_task);
    const bool leads = item->checkState() == Qt::Checked;
    if (row < 0 || row >= others.size() || others.at(row).leads == leads)
        return;
    others[row].leads = leads;
    Task t = current();
    setOtherUnits(t, others);
    commit(t,
           leads ? tr("Make %1 a lead unit").arg(item->text()) : tr("Make %1 a co-unit").arg(item->text()));
}

void TaskDetailPane::removeCoUnit()
{
    if (!m_task)
        return;
    const int row = m_coList->currentRow();
    QList<OtherUnit> others = otherUnits(*m_task);
    if (row < 0 || row >= others.size())
        return;
    Task t = current();
    others.removeAt(row);
    setOtherUnits(t, others);
    commit(t, tr("Remove co-responsible unit"));
}

void TaskDetailPane::moveCoUnit(int delta)
{
    if (!m_task)
        return;
    const int row = m_coList->currentRow();
    const int to = row + delta;
    QList<OtherUnit> others = otherUnits(*m_task);
    // Leads stay before the co-units: a unit moves within its own group.
    if (row < 0 || to < 0 || to >= others.size() || others.at(row).leads != others.at(to).leads)
        return;
    Task t = current();
    others.move(row, to);
    setOtherUnits(t, others);
    commit(t, tr("Reorder co-responsible units"));
    m_coList->setCurrentRow(to);
}

void TaskDetailPane::addMilestone()
{
    if (!m_task)
        return;
    Task t = current();
    QDate date = t.deadline.isValid() ? t.deadline : QDate::currentDate();
    if (date.month() > 6)
        date = QDate(date.year(), 6, 30);
    t.milestones.append(Milestone{0, date, tr("New milestone"), false});
    commit(t, tr("Add milestone"));
}

void TaskDetailPane::removeMilestone()
{
    if (!m_task)
        return;
    const int row = m_milestones->currentRow();
    if (row < 0 || row >= m_task->milestones.size())
        return;
    Task t = current();
    t.milestones.removeAt(row);
    commit(t, tr("Remove milestone"));
}

} // namespace duban::ui
