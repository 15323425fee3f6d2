#pragma once

#include "core/domain/Unit.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
namespace duban::core {
class OpenLedger;
class UndoStack;
} // namespace duban::core

namespace duban::ui {

class UnitTableModel;

/// The unit directory (单位): every unit with its aliases and task counts; rename a unit, edit aliases.
class UnitDirectoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitDirectoryDialog)
public:
    UnitDirectoryDialog(core::OpenLedger *store, core::UndoStack *undo, QWidget *parent = nullptr);
    UnitTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    /// Tests answer the dialog's questions and choices themselves.
    void setQuestion(std::function<bool(const QString &, const QString &)> ask) { m_ask = std::move(ask); }
    void setTargetChooser(std::function<QString(const QString &from, const QStringList &choices)> choose)
    {
        m_chooseTarget = std::move(choose);
    }
    void mergeSelected();
    void deleteSelected();

protected:
    void done(int result) override;

private:
    std::optional<core::Unit> selectedUnit() const;
    void updateButtons();

private:
    core::OpenLedger *m_store;
    core::UndoStack *m_undo;
    UnitTableModel *m_model;
    QPushButton *m_mergeButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    std::function<bool(const QString &, const QString &)> m_ask;
    std::function<QString(const QString &, const QStringList &)> m_chooseTarget;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
};

} // namespace duban::ui
