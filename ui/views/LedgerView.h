#pragma once

#include "core/rules/StatusLight.h"

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QSplitter;
class QTableView;
class QToolButton;
class QVBoxLayout;
namespace duban::core {
class OpenLedger;
class UndoStack;
} // namespace duban::core

namespace duban::ui {

class LedgerBatchActions;
class LedgerModel;
class TaskDetailPane;

/// The task ledger screen (任务台账): filter bar, sortable table, detail pane.
class LedgerView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerView)
public:
    LedgerView(core::OpenLedger *store, core::UndoStack *undo, QWidget *parent = nullptr);

    LedgerModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    TaskDetailPane *detail() const { return m_detail; }
    /// What the ledger does to several selected tasks at once (also in the table's context menu).
    LedgerBatchActions *batch() const { return m_batch; }
    /// How the view and its detail pane ask yes/no questions (delete, new unit, conflict); tests answer.
    using Question = std::function<bool(const QString &title, const QString &text)>;
    void setQuestion(Question ask);
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *unitFilter() const { return m_unit; }

    /// Narrows the ledger to one unit (as lead or co-unit) and/or one light; 0 / -1 clear them.
    void showUnit(qint64 unitId);
    void showLight(core::Light light);

    qint64 currentTaskId() const;
    void selectTask(qint64 taskId);

    /// The columns (order, widths, hidden ones, by column key), the sort and the detail pane's share, in
    /// the user's preferences.
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

    /// The header's context menu: a checkable entry per column (the last one shown cannot be unticked).
    QMenu *createColumnMenu(QWidget *parent);
    void setColumnShown(int column, bool shown);
    /// Shows or collapses the detail pane (checkable; also the splitter's handle can collapse it).
    QAction *detailPaneAction() const { return m_detailAction; }
    bool isDetailPaneShown() const;
    QToolButton *clearFiltersButton() const { return m_clearFilters; }
    /// The task ids the ledger shows (its filters), in its order.
    std::vector<qint64> shownTaskIds() const;
    /// Copies the selected rows to the clipboard as tab-separated text with a header line (it pastes into
    /// Excel as rows): the exported ledger's columns (Ctrl+C in the table).
    QAction *copyRowsAction() const { return m_copyRows; }

public slots:
    void copySelectedRows();
    void newTask();
    void deleteCurrentTask();
    void focusSearch();
    void reloadFilterChoices();
    /// Back to every task: no text, unit, section, light or status filter.
    void clearFilters();
    void setDetailPaneShown(bool shown);

signals:
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFilterBar(QVBoxLayout *layout);
    void buildTable();
    void connectFilters();
    void applyDefaultColumns();
    void restoreColumns(const QStringList &columns, const QStringList &hidden);
    void restoreSort(const QString &sort);
    void applyFilter();
    void updateCount();
    void saveColumnPreferences() const;

    core::OpenLedger *m_store;
    core::UndoStack *m_undo;
    LedgerModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_unit;
    QComboBox *m_role;
    QComboBox *m_section;
    QComboBox *m_light;
    QComboBox *m_status;
    QComboBox *m_schedule; ///< 序时进度: not started, behind, on schedule, ahead, completed
    QLabel *m_count;
    QTableView *m_table;
    QAction *m_copyRows = nullptr;
    TaskDetailPane *m_detail;
    LedgerBatchActions *m_batch;
    Question m_ask;
    QSplitter *m_splitter;
    QToolButton *m_clearFilters = nullptr;
    QAction *m_detailAction = nullptr;
    QList<int> m_openSizes; ///< the splitter's sizes before the detail pane was collapsed
};

} // namespace duban::ui
