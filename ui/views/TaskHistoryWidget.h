#pragma once

#include "core/domain/ProgressReport.h"
#include "core/domain/SupervisionRecord.h"

#include <QWidget>

class QTreeWidget;
class QPushButton;
namespace duban::core {
class OpenLedger;
class UndoStack;
} // namespace duban::core

namespace duban::ui {

/// A task's history: progress reports and 催办/督办 records, newest first, with undoable add, edit,
/// delete and "record the response".
class TaskHistoryWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskHistoryWidget)
public:
    TaskHistoryWidget(core::OpenLedger *store, core::UndoStack *undo, QWidget *parent = nullptr);

    /// Shows the history of `taskId`; `units` (lead first) are offered as reporting / notified units.
    void setTask(qint64 taskId, const QStringList &units);
    QTreeWidget *tree() const { return m_tree; }

public slots:
    void addReport();
    void issueRecord();
    void respond();
    void editSelected();
    void deleteSelected();

private:
    void reload();
    void updateButtons();
    bool push(class StoreCommand *command);

    core::OpenLedger *m_store;
    core::UndoStack *m_undo;
    qint64 m_taskId = 0;
    QStringList m_units;
    QList<core::ProgressReport> m_reports;
    QList<core::SupervisionRecord> m_records;
    QTreeWidget *m_tree;
    QPushButton *m_add;
    QPushButton *m_issue;
    QPushButton *m_respond;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace duban::ui
