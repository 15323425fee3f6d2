#pragma once

#include "core/rules/Statistics.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace duban::core {
class OpenLedger;
} // namespace duban::core

namespace duban::ui {

/// 点名: the lead units whose tasks have not reported for the period each owes as of the ledger's date,
/// each with those tasks, the period and the day it was due by (TaskStatistics::rollCall). For the
/// supervision view; not placed in a window yet.
class RollCallPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RollCallPanel)
public:
    enum Column
    {
        Name,   ///< the unit, or under it the task's number and title
        Period, ///< the period owed
        Due,    ///< the day its report was due by
    };

    explicit RollCallPanel(core::OpenLedger *store, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    /// Shows `entries` (from the ledger's statistics or elsewhere).
    void setEntries(const QList<core::RollCallEntry> &entries);

public slots:
    /// Reads the roll call from the ledger's statistics as of its date.
    void refresh();

signals:
    void taskActivated(qint64 taskId);

private:
    core::OpenLedger *m_store;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace duban::ui
