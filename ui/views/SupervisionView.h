#pragma once

#include <QWidget>

class QLabel;
class QTreeView;
namespace duban::core {
class OpenLedger;
class UndoStack;
} // namespace duban::core

namespace duban::ui {

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

public slots:
    /// Opens the 催办/督办 dialog for the selection (a task, or every listed task of a unit).
    void issueForSelection();

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
};

} // namespace duban::ui
