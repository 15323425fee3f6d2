#pragma once

#include "core/domain/Unit.h"

#include <QAbstractTableModel>

namespace duban::core {
class OpenLedger;
class UndoStack;
} // namespace duban::core

namespace duban::ui {

/// The unit directory: name, kind, aliases and how many tasks each unit leads and co-handles.
/// Editing a name or the aliases pushes an undoable command.
class UnitTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitTableModel)
public:
    enum class Column
    {
        Name,
        Kind,
        Aliases,
        Leads,
        CoHandles
    };
    enum Role
    {
        UnitIdRole = Qt::UserRole + 1,
        SortRole
    };

    UnitTableModel(core::OpenLedger *store, core::UndoStack *undo, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    /// Splits "a、b, c；d" into aliases.
    static QStringList splitAliases(const QString &text);

    /// The unit of source row `row`, and how many tasks name it.
    core::Unit unitAt(int row) const { return m_units.at(row).unit; }
    int referencesAt(int row) const { return m_units.at(row).leads + m_units.at(row).coHandles; }

signals:
    void editFailed(const QString &message);

private:
    core::OpenLedger *m_store;
    core::UndoStack *m_undo;
    QList<core::UnitUsage> m_units;
};

} // namespace duban::ui
