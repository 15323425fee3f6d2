#pragma once

#include "core/services/DueService.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace duban::core {
class OpenLedger;
} // namespace duban::core

namespace duban::ui {

/// The due-soon panel (临近到期): what open tasks owe within the next working days as of the ledger's date
/// (DueService: deadlines, milestones, report due days, responses to 催办/督办), grouped by unit. One button
/// records a 催办 for every listed task of the selected unit in one undoable step.
class DuePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuePanel)
public:
    explicit DuePanel(core::OpenLedger *ledger, QWidget *parent = nullptr);

    /// The items listed now (as of the ledger's date, within workdays()).
    const QList<core::DueItem> &items() const { return m_items; }
    int workdays() const;
    void setWorkdays(int workdays);
    QTreeWidget *tree() const { return m_tree; }
    /// The unit of the selected row (a unit's row or one of its items), or empty.
    QString selectedUnit() const;
    /// Selects the row of `unit`; false if it has no items listed.
    bool selectUnit(const QString &unit);

public slots:
    /// Reads the list again, now (the window waits).
    void refresh();
    /// Reads the list again in a worker thread; refreshed() when it is shown. What the panel does by itself
    /// when the ledger, its date or the number of days change: a big ledger does not stall the window.
    void refreshInBackground();
    /// Records one 催办 for each listed task of the selected unit, dated the ledger's date, as one undo
    /// step; says in the panel what it did or why it could not.
    void remindSelectedUnit();

signals:
    /// A row of a task was double-clicked.
    void taskActivated(qint64 taskId);
    /// The list was read again and is shown.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void showItems(QList<core::DueItem> items, QDate end, const core::StorageError &error);
    void fill();
    void updateButtons();

    core::OpenLedger *m_ledger;
    QList<core::DueItem> m_items;
    QLabel *m_summary;
    QSpinBox *m_workdays;
    QTreeWidget *m_tree;
    QPushButton *m_remind;
    QLabel *m_status;
    QTimer *m_refresh;
    bool m_stale = true;
    int m_generation = 0; ///< of the latest read asked for: an older one's result is dropped
};

} // namespace duban::ui
