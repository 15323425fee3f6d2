#include "ObservationTableModel.h"

#include "TargetTableModel.h"
#include "ui/charts/PeriodLabels.h"

#include "core/domain/FiniteNumber.h"
#include "core/domain/Period.h"

#include <algorithm>

namespace duban::ui {

using namespace duban::core;

ObservationTableModel::ObservationTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int ObservationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObservationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObservationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Observation &o = m_rows.at(index.row());
    if (role == ObservationIdRole)
        return o.id;
    if (role == Qt::TextAlignmentRole && index.column() == ValueColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case PeriodColumn:
        return role == Qt::EditRole ? o.period : PeriodLabels::period(o.period);
    case ValueColumn:
        return role == Qt::EditRole ? QVariant(o.value)
                                    : QVariant(TargetTableModel::number(o.value, m_measure));
    case SourceColumn:
        return o.source;
    case NoteColumn:
        return o.note;
    }
    return {};
}

QVariant ObservationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case ValueColumn:
        return tr("Value");
    case SourceColumn:
        return tr("Source");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags ObservationTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (m_editor && index.column() != PeriodColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ObservationTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_editor)
        return false;
    const Observation before = m_rows.at(index.row());
    Observation after = before;
    switch (index.column()) {
    case ValueColumn: {
        FiniteNumber::Problem problem = FiniteNumber::Problem::None;
        const auto v = FiniteNumber::parse(value.toString(), &problem);
        if (!v) {
            emit editRefused(problem == FiniteNumber::Problem::NotFinite
                                 ? tr("\"%1\" is not a finite number; infinite and not-a-number values "
                                      "cannot be recorded")
                                       .arg(value.toString())
                                 : tr("\"%1\" is not a number").arg(value.toString()));
            return false;
        }
        after.value = *v;
        break;
    }
    case SourceColumn:
        after.source = value.toString().trimmed();
        break;
    case NoteColumn:
        after.note = value.toString().trimmed();
        break;
    default:
        return false;
    }
    if (after == before)
        return false;
    return m_editor(before, after);
}

void ObservationTableModel::setObservations(qint64 indicatorId, QList<Observation> observations,
                                            const QString &measure)
{
    beginResetModel();
    m_measure = measure;
    m_indicatorId = indicatorId;
    m_rows = std::move(observations);
    auto endOf = [](const Observation &o) {
        const auto p = Period::parse(o.period);
        return p ? p->end() : QDate();
    };
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [&](const Observation &a, const Observation &b) { return endOf(a) < endOf(b); });
    endResetModel();
}

} // namespace duban::ui
