#include "UnitTableModel.h"

#include "core/services/OpenLedger.h"
#include "ui/commands/TaskCommands.h"

#include "core/services/UndoStack.h"
#include <QRegularExpression>

namespace duban::ui {

using namespace duban::core;

UnitTableModel::UnitTableModel(core::OpenLedger *store, core::UndoStack *undo, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_undo(undo)
{
    connect(store, &core::OpenLedger::unitsChanged, this, &UnitTableModel::reload);
    connect(store, &core::OpenLedger::reset, this, &UnitTableModel::reload);
    reload();
}

void UnitTableModel::reload()
{
    beginResetModel();
    m_units = m_store->lookup().unitUsage();
    endResetModel();
}

int UnitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int UnitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 5;
}

QStringList UnitTableModel::splitAliases(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[、,，;；\\n]"));
    QStringList result;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty() && !result.contains(t))
            result.append(t);
    }
    return result;
}

QVariant UnitTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_units.size())
        return {};
    const UnitUsage &u = m_units.at(index.row());
    if (role == UnitIdRole)
        return u.unit.id;
    const auto column = static_cast<Column>(index.column());
    if (role == SortRole) {
        switch (column) {
        case Column::Leads:
            return u.leads;
        case Column::CoHandles:
            return u.coHandles;
        case Column::Name: // the rows come in the order of unit lists (pinyin, groups last)
            return index.row();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && (column == Column::Leads || column == Column::CoHandles))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case Column::Name:
        return u.unit.name;
    case Column::Kind:
        return u.unit.kind == Unit::Kind::Group ? tr("Group") : tr("Unit");
    case Column::Aliases:
        return u.unit.aliases.join(QStringLiteral("、"));
    case Column::Leads:
        return u.leads;
    case Column::CoHandles:
        return u.coHandles;
    }
    return {};
}

bool UnitTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_units.size())
        return false;
    const Unit unit = m_units.at(index.row()).unit;
    StorageError error;
    bool ok = true;
    switch (static_cast<Column>(index.column())) {
    case Column::Name: {
        const QString name = value.toString().trimmed();
        if (name == unit.name)
            return false;
        ok = StoreCommand::push(new RenameUnitCommand(m_store, unit.id, unit.name, name), &error);
        break;
    }
    case Column::Aliases: {
        const QStringList aliases = splitAliases(value.toString());
        if (aliases == unit.aliases)
            return false;
        ok = StoreCommand::push(new SetAliasesCommand(m_store, unit.id, unit.aliases, aliases), &error);
        break;
    }
    default:
        return false;
    }
    if (!ok)
        emit editFailed(error.message);
    return ok;
}

Qt::ItemFlags UnitTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const auto column = static_cast<Column>(index.column());
    if (column == Column::Name || column == Column::Aliases)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant UnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Unit");
    case Column::Kind:
        return tr("Kind");
    case Column::Aliases:
        return tr("Aliases");
    case Column::Leads:
        return tr("Leads");
    case Column::CoHandles:
        return tr("Co-handles");
    }
    return {};
}

} // namespace duban::ui
