#pragma once

#include "core/ledger/TaskIndex.h"

#include <QAbstractTableModel>

#include <vector>

namespace duban::core {
class OpenLedger;
} // namespace duban::core

namespace duban::ui {

/// The task ledger table: maps view rows onto the store's in-memory index; filtering and sorting
/// happen in core::TaskIndex, not in a proxy.
class LedgerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerModel)
public:
    using Column = core::TaskIndex::Column;
    enum Role
    {
        TaskIdRole = Qt::UserRole + 1,
        LightRole
    };

    explicit LedgerModel(core::OpenLedger *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const core::TaskFilter &filter);
    const core::TaskFilter &filter() const { return m_filter; }
    qint64 taskId(int row) const;
    /// The view row showing `taskId`, or -1 when it is filtered out.
    int rowOf(qint64 taskId) const;
    /// Recomputes the visible rows (after the index changed).
    void refresh();

    static QString statusText(int status);
    /// A name for each column that stays when columns are added or reordered ("deadline"): what the
    /// user's preferences remember a column by.
    static QString columnKey(int column);

private:
    core::OpenLedger *m_store;
    core::TaskFilter m_filter;
    Column m_sortColumn = Column::Code;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_visible;
};

} // namespace duban::ui
