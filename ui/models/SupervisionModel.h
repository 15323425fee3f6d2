#pragma once

#include <QAbstractItemModel>

#include <vector>

namespace duban::core {
class OpenLedger;
} // namespace duban::core

namespace duban::ui {

/// The red and yellow tasks as of the store's date, grouped by lead unit: units ordered by their worst
/// task (most days overdue, red before yellow), tasks within a unit likewise.
class SupervisionModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionModel)
public:
    enum class Column
    {
        Item,
        Light,
        DaysOverdue,
        Deadline,
        LastRecord
    };
    enum Role
    {
        TaskIdRole = Qt::UserRole + 1,
        UnitIdRole,
        LightRole
    };

    explicit SupervisionModel(core::OpenLedger *store, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh();
    /// While inactive (its view hidden), changes only mark the model stale; activating refreshes it once.
    /// Active by default.
    void setActive(bool active);
    /// Task ids of the unit group at `row` (all its listed tasks).
    QList<qint64> taskIdsOfUnit(int row) const;
    int redCount() const;
    int yellowCount() const;

private:
    struct Group
    {
        qint64 unitId = 0;
        QString name;
        std::vector<int> rows; ///< index rows
        int red = 0;
        int yellow = 0;
    };

    void changed();

    core::OpenLedger *m_store;
    std::vector<Group> m_groups;
    bool m_active = true;
    bool m_stale = false;
};

} // namespace duban::ui
