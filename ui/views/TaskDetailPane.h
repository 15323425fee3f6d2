#pragma once

#include "core/domain/Task.h"

#include <QWidget>

#include <functional>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QFormLayout;
class QVBoxLayout;
namespace duban::core {
class OpenLedger;
class UndoStack;
} // namespace duban::core

namespace duban::ui {

class LoopPanel;
class TaskHistoryWidget;
class TimelineWidget;

/// Edits everything about the selected task; every change becomes one undoable command, saved at once.
class TaskDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDetailPane)
public:
    TaskDetailPane(core::OpenLedger *store, core::UndoStack *undo, QWidget *parent = nullptr);

    void showTask(qint64 taskId);
    qint64 taskId() const { return m_task ? m_task->id : 0; }
    /// Refills the unit and section choices (after an import or a unit rename).
    void reloadChoices();

    // For tests and keyboard users: the editors.
    QComboBox *leadEditor() const { return m_lead; }
    QLineEdit *titleEditor() const { return m_title; }
    QListWidget *coUnitList() const { return m_coList; }
    QLineEdit *coUnitInput() const { return m_coInput; }
    QDateEdit *deadlineEditor() const { return m_deadline; }
    TaskHistoryWidget *history() const { return m_history; }
    LoopPanel *loop() const { return m_loop; }
    TimelineWidget *timeline() const { return m_timeline; }

    /// How the pane asks the user a yes/no question (a new unit, a conflict); tests answer it themselves.
    using Question = std::function<bool(const QString &title, const QString &text)>;
    void setQuestion(Question ask) { m_ask = std::move(ask); }

signals:
    /// A short message for the status bar.
    void message(const QString &text);

public slots:
    void addCoUnit();
    void removeCoUnit();
    void moveCoUnit(int delta);
    void addMilestone();
    void removeMilestone();

private:
    QVBoxLayout *buildScrollBody();
    void buildHeader(QWidget *body, QVBoxLayout *layout);
    void buildTaskFields(QWidget *body, QFormLayout *form);
    void buildUnits(QWidget *body, QFormLayout *form);
    void buildSchedule(QWidget *body, QFormLayout *form);
    void buildMilestones(QWidget *body, QFormLayout *form);
    void guardWheels();
    void connectTaskFields();
    void connectUnits();
    void connectSchedule();
    void connectStore();
    void commitLead();

    void fill();
    void commit(const core::Task &after, const QString &what);
    void commitMilestones();
    core::Task current() const { return *m_task; }
    void setEditorsEnabled(bool on);
    void guardWheel(QWidget *editor);
    /// True when `name` is a known unit, or the user agrees to add it (the closest names are shown).
    bool confirmNewUnit(const QString &name);
    /// Another writer changed the task under the edit: show what changed, offer to apply the edit again.
    void resolveConflict(const core::Task &before, const core::Task &after, const QString &what);

    core::OpenLedger *m_store;
    core::UndoStack *m_undo;
    std::optional<core::Task> m_task;
    bool m_filling = false;
    Question m_ask;
    QStringList m_unitNames;
    QObject *m_wheelGuard = nullptr;

    QLabel *m_header = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_section = nullptr;
    QPlainTextEdit *m_text = nullptr;
    /// The units after the first lead as the list shows them: the other leads, then the co-units.
    struct OtherUnit
    {
        QString name;
        bool leads = false;
    };
    static QList<OtherUnit> otherUnits(const core::Task &task);
    static void setOtherUnits(core::Task &task, const QList<OtherUnit> &others);
    void toggleLead(QListWidgetItem *item);

    QComboBox *m_lead = nullptr;
    QListWidget *m_coList = nullptr;
    QLineEdit *m_coInput = nullptr;
    QDateEdit *m_deadline = nullptr;
    QCheckBox *m_completed = nullptr;
    QDateEdit *m_completedOn = nullptr;
    QTableWidget *m_milestones = nullptr;
    QLabel *m_light = nullptr;
    TaskHistoryWidget *m_history = nullptr;
    LoopPanel *m_loop = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QList<QWidget *> m_editors;
};

} // namespace duban::ui
