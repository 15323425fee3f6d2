#include "LedgerModel.h"

#include "core/services/OpenLedger.h"

#include "core/rules/Schedule.h"
#include "core/rules/StatusRules.h"
#include "ui/views/LoopText.h"

#include <QDate>

namespace duban::ui {

using namespace duban::core;

LedgerModel::LedgerModel(core::OpenLedger *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(store, &core::OpenLedger::reset, this, &LedgerModel::refresh);
    connect(store, &core::OpenLedger::taskChanged, this, &LedgerModel::refresh);
    connect(store, &core::OpenLedger::taskAdded, this, &LedgerModel::refresh);
    connect(store, &core::OpenLedger::taskRemoved, this, &LedgerModel::refresh);
    connect(store, &core::OpenLedger::statusChanged, this, [this] {
        // Lights only change the light-dependent filter and sort; re-query when those are in use.
        if (m_filter.light || m_filter.schedule || m_sortColumn == Column::Light ||
            m_sortColumn == Column::Progress || m_sortColumn == Column::LastReport ||
            m_sortColumn == Column::Schedule)
            refresh();
        else if (!m_visible.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, TaskIndex::columnCount - 1));
    });
    refresh();
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : TaskIndex::columnCount;
}

QString LedgerModel::statusText(int status)
{
    return status == int(TaskStatus::Completed) ? tr("Completed") : tr("In progress");
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_visible.size()))
        return {};
    const int i = m_visible[size_t(index.row())];
    const TaskIndex &ix = m_store->index();
    const TaskRow &r = ix.row(i);
    if (role == TaskIdRole)
        return r.id;
    if (role == LightRole)
        return ix.light(i) ? int(*ix.light(i)) : -1;
    if (role == Qt::ToolTipRole && index.column() == int(Column::Title))
        return r.title;
    if (role == Qt::ToolTipRole && index.column() == int(Column::Light)) {
        const StatusLight &l = m_store->light(i);
        const QStringList reasons = reasonTexts(l);
        return reasons.isEmpty()
                   ? lightText(l.light)
                   : lightText(l.light) + QStringLiteral("：") + reasons.join(QStringLiteral("；"));
    }
    if (role == Qt::ToolTipRole && index.column() == int(Column::CoUnits))
        return r.coText;
    if (role == Qt::ToolTipRole && index.column() == int(Column::Progress) && ix.progress(i) >= 0)
        //: zh_CN: 最近一次报送：完成%1%
        return tr("Last reported: %1% done").arg(ix.progress(i));
    if (role == Qt::ToolTipRole && index.column() == int(Column::Lead))
        return r.leadText;
    if (role == Qt::ToolTipRole && r.deadlineOriginal && r.deadline &&
        (index.column() == int(Column::Deadline) || index.column() == int(Column::OriginalDeadline)))
        return LoopText::extended(QDate::fromJulianDay(r.deadlineOriginal), QDate::fromJulianDay(r.deadline));
    if (role == Qt::ToolTipRole && index.column() == int(Column::Schedule) && ix.schedule(i)) {
        const int p = ix.progress(i);
        //: percent done of the latest report, and 序时进度; zh_CN: 已完成%1%，序时进度%2%
        return tr("%1% done, schedule %2%")
            .arg(p < 0 ? 0 : p)
            .arg(percentPointsText(m_store->light(i).share));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Column::Code:
        return r.code;
    case Column::Section:
        return r.section;
    case Column::Title:
        return r.title;
    case Column::Lead:
        return r.leadText;
    case Column::CoUnits:
        return r.coText;
    case Column::Deadline:
        return r.deadline ? QDate::fromJulianDay(r.deadline).toString(Qt::ISODate) : QString();
    case Column::Status:
        return statusText(r.status);
    case Column::Light: {
        // The first reason, short ("逾期12天"); the tooltip has them all.
        const StatusLight &l = m_store->light(i);
        return l.reasons.isEmpty() ? lightText(l.light) : shortReasonText(l);
    }
    case Column::Progress: {
        // A closed task is done: the percent it last reported is history (its tooltip keeps it).
        const std::optional<Light> l = ix.light(i);
        if (l == Light::Completed || l == Light::CompletedLate)
            return QStringLiteral("100%");
        const int p = ix.progress(i);
        return p >= 0 ? QVariant(QStringLiteral("%1%").arg(p)) : QVariant();
    }
    case Column::LastReport: {
        const qint32 d = ix.lastReport(i);
        return d ? QVariant(QDate::fromJulianDay(d).toString(Qt::ISODate)) : QVariant();
    }
    case Column::Schedule:
        return ix.schedule(i) ? QVariant(judgementText(*ix.schedule(i))) : QVariant();
    case Column::Stage:
        return LoopText::stage(TaskStage(r.stage));
    case Column::OriginalDeadline:
        return r.deadlineOriginal ? QDate::fromJulianDay(r.deadlineOriginal).toString(Qt::ISODate)
                                  : QString();
    }
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Code:
        return tr("No.");
    case Column::Section:
        return tr("Section");
    case Column::Title:
        return tr("Task");
    case Column::Lead:
        return tr("Lead unit");
    case Column::CoUnits:
        return tr("Co-responsible units");
    case Column::Deadline:
        return tr("Deadline");
    case Column::Status:
        return tr("Status");
    case Column::Light:
        return tr("Light");
    case Column::Progress:
        return tr("Progress");
    case Column::LastReport:
        return tr("Last report");
    case Column::Schedule:
        return tr("Schedule");
    case Column::Stage:
        return tr("Stage");
    case Column::OriginalDeadline:
        //: the deadline before an approved extension; zh_CN: 原定时限
        return tr("Original deadline");
    }
    return {};
}

QString LedgerModel::columnKey(int column)
{
    switch (static_cast<Column>(column)) {
    case Column::Code:
        return QStringLiteral("code");
    case Column::Section:
        return QStringLiteral("section");
    case Column::Title:
        return QStringLiteral("title");
    case Column::Lead:
        return QStringLiteral("lead");
    case Column::CoUnits:
        return QStringLiteral("coUnits");
    case Column::Deadline:
        return QStringLiteral("deadline");
    case Column::Status:
        return QStringLiteral("status");
    case Column::Light:
        return QStringLiteral("light");
    case Column::Progress:
        return QStringLiteral("progress");
    case Column::LastReport:
        return QStringLiteral("lastReport");
    case Column::Schedule:
        return QStringLiteral("schedule");
    case Column::Stage:
        return QStringLiteral("stage");
    case Column::OriginalDeadline:
        return QStringLiteral("deadlineOriginal");
    }
    return QStringLiteral("column%1").arg(column);
}

void LedgerModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= TaskIndex::columnCount)
        return;
    m_sortColumn = static_cast<Column>(column);
    m_sortOrder = order;
    refresh();
}

void LedgerModel::setFilter(const TaskFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

qint64 LedgerModel::taskId(int row) const
{
    if (row < 0 || row >= int(m_visible.size()))
        return 0;
    return m_store->index().row(m_visible[size_t(row)]).id;
}

int LedgerModel::rowOf(qint64 taskId) const
{
    const int i = m_store->index().indexOf(taskId);
    if (i < 0)
        return -1;
    const auto it = std::find(m_visible.begin(), m_visible.end(), i);
    return it == m_visible.end() ? -1 : int(it - m_visible.begin());
}

void LedgerModel::refresh()
{
    beginResetModel();
    m_visible = m_store->index().query(m_filter, m_sortColumn, m_sortOrder == Qt::AscendingOrder);
    endResetModel();
}

} // namespace duban::ui
