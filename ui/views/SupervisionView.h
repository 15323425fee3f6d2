#pragma once

#include <QWidget>

#include <vector>

class QLabel;
class QTabWidget;
class QTimer;
class QTreeView;
namespace duban::core {
class OpenLedger;
class UndoStack;
} // namespace duban::core

namespace duban::ui {

class DuePanel;
class RollCallPanel;
class SupervisionModel;

/// The supervision screen (督查督办): what is red or yellow, grouped by lead unit, sorted by days overdue;
/// send a 催办 or 督办 for a task or for all of a unit's listed tasks in one step.
class SupervisionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionView)
public:
    SupervisionView(core::OpenLedger *store, core::UndoStack *undo, QWidget *parent = nullptr);
    SupervisionModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    /// The pages: the red and yellow tasks, the due-soon panel, the roll call.
    QTabWidget *pages() const { return m_pages; }
    DuePanel *duePanel() const { return m_due; }
    RollCallPanel *rollCall() const { return m_rollCall; }
    /// The unit of the selected row of the red and yellow page (a unit or one of its tasks), or empty.
    QString selectedUnit() const;
    /// The tasks of the red and yellow list, in its order (for printing).
    std::vector<qint64> listedTaskIds() const;

public slots:
    /// Opens the 催办/督办 dialog for the selection (a task, or every listed task of a unit).
    void issueForSelection();
    /// Opens the numbered notice dialog (督办通知单 / 催办单) for the selected unit.
    void issueNotice();

signals:
    void taskActivated(qint64 taskId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateSummary();
    void expandGroups();

    core::OpenLedger *m_store;
    core::UndoStack *m_undo;
    SupervisionModel *m_model;
    QTreeView *m_tree;
    QLabel *m_summary;
    QTabWidget *m_pages;
    DuePanel *m_due;
    RollCallPanel *m_rollCall;
    QTimer *m_rollCallTimer;
    bool m_rollCallStale = true;
};

} // namespace duban::ui
