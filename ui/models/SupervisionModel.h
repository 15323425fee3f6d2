#pragma once

#include "core/domain/FollowUp.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace duban::core {
class OpenLedger;
} // namespace duban::core

namespace duban::ui {

/// The red and yellow tasks as of the store's date, grouped by lead unit: units ordered by their worst
/// task (most days overdue, red before yellow), tasks within a unit likewise; with what was already done
/// about each (催办/督办 sent and the last one's day, the answer due or overdue, 签收, the period's report),
/// so that nobody chases twice or forgets.
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
        LastRecord,
        FollowUps, ///< 催办/督办: how many, the last one's day
        Response,  ///< the answer owed: due on, or overdue
        SignOff,   ///< 签收: "2/3 signed"
        Report     ///< 报送 of the period owed: on time, late, missing
    };
    static constexpr int kColumns = 9;
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
    QVariant taskData(const Group &group, int row, Column column, int role) const;
    QVariant followUpText(qint64 taskId, int unitCount, Column column) const;

    core::OpenLedger *m_store;
    std::vector<Group> m_groups;
    QHash<qint64, core::FollowUp> m_followUps; ///< by task id, as of the store's date
    bool m_active = true;
    bool m_stale = false;
};

} // namespace duban::ui
