#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QDialog;
class QTableView;
class QWidget;
namespace duban::core {
class OpenLedger;
} // namespace duban::core

namespace duban::ui {

class LedgerModel;
class StoreCommand;

/// What the ledger does to several selected tasks at once: a 催办 or 督办 to each task's lead unit, a new
/// lead unit, a new deadline, the approval (销号) of the completion requests waiting. Each is one undo step,
/// taken after a question that says how many tasks it touches.
class LedgerBatchActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerBatchActions)
public:
    LedgerBatchActions(core::OpenLedger *store, QTableView *table, LedgerModel *model, QWidget *owner);

    QList<QAction *> actions() const { return {m_remind, m_lead, m_deadline, m_approve}; }
    QAction *remindAction() const { return m_remind; }
    QAction *leadAction() const { return m_lead; }
    QAction *deadlineAction() const { return m_deadline; }
    QAction *approveAction() const { return m_approve; }
    /// The selected tasks, in the order the ledger shows them.
    QList<qint64> selectedTaskIds() const;

    using Question = std::function<bool(const QString &title, const QString &text)>;
    void setQuestion(Question ask) { m_ask = std::move(ask); }
    /// How a dialog is run: QDialog::Accepted or Rejected (tests fill it in themselves).
    using DialogRunner = std::function<int(QDialog &)>;
    void setDialogRunner(DialogRunner run) { m_run = std::move(run); }
    /// How the user is told an action was refused or had nothing to do (tests read it).
    using Message = std::function<void(const QString &title, const QString &text)>;
    void setMessage(Message tell) { m_tell = std::move(tell); }

public slots:
    /// Enables the actions while tasks are selected.
    void updateActions();
    void remind();
    void changeLead();
    void changeDeadline();
    void approveRequests();

signals:
    void statusMessage(const QString &text);

private:
    bool push(StoreCommand *command, const QString &title);

    core::OpenLedger *m_store;
    QTableView *m_table;
    LedgerModel *m_model;
    QWidget *m_owner;
    Question m_ask;
    DialogRunner m_run;
    Message m_tell;
    QAction *m_remind;
    QAction *m_lead;
    QAction *m_deadline;
    QAction *m_approve;
};

} // namespace duban::ui
