#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace duban::ui {

class LedgerStore;
class UnitTableModel;

/// The unit directory (单位): every unit with its aliases and task counts; rename a unit, edit aliases.
class UnitDirectoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitDirectoryDialog)
public:
    UnitDirectoryDialog(LedgerStore *store, QUndoStack *undo, QWidget *parent = nullptr);
    UnitTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

protected:
    void done(int result) override;

private:
    UnitTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
};

} // namespace duban::ui
