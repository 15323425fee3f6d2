#include "SupervisionModel.h"

#include "core/services/OpenLedger.h"

#include "core/rules/StatusRules.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QHash>

#include <algorithm>

namespace duban::ui {

using namespace duban::core;

namespace {
// Internal ids: 0 for a unit row; group index + 1 for a task row (its parent group).
quintptr taskTag(int group)
{
    return quintptr(group) + 1;
}
} // namespace

SupervisionModel::SupervisionModel(core::OpenLedger *store, QObject *parent)
    : QAbstractItemModel(parent), m_store(store)
{
    // Every edit re-judges lights; regrouping a big ledger on each is wasted while nobody looks at it.
    connect(store, &core::OpenLedger::statusChanged, this, &SupervisionModel::changed);
    connect(store, &core::OpenLedger::reset, this, &SupervisionModel::changed);
    connect(store, &core::OpenLedger::historyChanged, this, &SupervisionModel::changed);
    refresh();
}

void SupervisionModel::changed()
{
    if (m_active)
        refresh();
    else
        m_stale = true;
}

void SupervisionModel::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        refresh();
}

void SupervisionModel::refresh()
{
    m_stale = false;
    beginResetModel();
    m_groups.clear();
    m_followUps = m_store->followUps();
    const TaskIndex &ix = m_store->index();
    QHash<qint64, int> groupOf;
    for (int i = 0; i < ix.size(); ++i) {
        const Light light = m_store->light(i).light;
        if (light != Light::Red && light != Light::Yellow)
            continue;
        const TaskRow &r = ix.row(i);
        auto it = groupOf.constFind(r.leadUnit);
        if (it == groupOf.constEnd()) {
            it = groupOf.insert(r.leadUnit, int(m_groups.size()));
            Group g;
            g.unitId = r.leadUnit;
            g.name = r.lead.isEmpty() ? tr("(no lead unit)") : r.lead;
            m_groups.push_back(std::move(g));
        }
        Group &g = m_groups[size_t(*it)];
        g.rows.push_back(i);
        (light == Light::Red ? g.red : g.yellow) += 1;
    }
    auto urgency = [this](int row) {
        const StatusLight &l = m_store->light(row);
        return std::pair(l.light == Light::Red ? 1 : 0, l.daysOverdue());
    };
    for (Group &g : m_groups) {
        std::stable_sort(g.rows.begin(), g.rows.end(), [&](int a, int b) { return urgency(a) > urgency(b); });
    }
    std::stable_sort(m_groups.begin(), m_groups.end(), [&](const Group &a, const Group &b) {
        const auto ua = urgency(a.rows.front());
        const auto ub = urgency(b.rows.front());
        if (ua != ub)
            return ua > ub;
        if (a.red != b.red)
            return a.red > b.red;
        return a.name < b.name;
    });
    endResetModel();
}

QModelIndex SupervisionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= kColumns)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return {};
    const int group = parent.row();
    if (group >= int(m_groups.size()) || row >= int(m_groups[size_t(group)].rows.size()))
        return {};
    return createIndex(row, column, taskTag(group));
}

QModelIndex SupervisionModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SupervisionModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return parent.row() < int(m_groups.size()) ? int(m_groups[size_t(parent.row())].rows.size()) : 0;
}

int SupervisionModel::columnCount(const QModelIndex &) const
{
    return kColumns;
}

QVariant SupervisionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto column = static_cast<Column>(index.column());
    if (index.internalId() == 0) {
        const Group &g = m_groups[size_t(index.row())];
        if (role == UnitIdRole)
            return g.unitId;
        if (role == LightRole)
            return int(g.red ? Light::Red : Light::Yellow);
        if (role == Qt::DisplayRole) {
            switch (column) {
            case Column::Item:
                return g.name;
            case Column::Light:
                return tr("%1 red, %2 yellow").arg(g.red).arg(g.yellow);
            case Column::DaysOverdue: {
                const int d = m_store->light(g.rows.front()).daysOverdue();
                return d > 0 ? QVariant(d) : QVariant();
            }
            case Column::FollowUps: {
                int sent = 0;
                for (int row : g.rows)
                    sent += m_followUps.value(m_store->index().row(row).id).sent();
                return sent > 0 ? QVariant(tr("%n in all", nullptr, sent)) : QVariant();
            }
            default:
                return {};
            }
        }
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    const Group &g = m_groups[size_t(index.internalId() - 1)];
    return taskData(g, g.rows[size_t(index.row())], column, role);
}

QVariant SupervisionModel::taskData(const Group &g, int row, Column column, int role) const
{
    const TaskRow &r = m_store->index().row(row);
    const StatusLight &light = m_store->light(row);
    if (role == TaskIdRole)
        return r.id;
    if (role == UnitIdRole)
        return g.unitId;
    if (role == LightRole)
        return int(light.light);
    if (role == Qt::ToolTipRole && column == Column::FollowUps) {
        const FollowUp f = m_followUps.value(r.id);
        return tr("%1 reminder(s) (催办), %2 notice(s) (督办)").arg(f.reminders).arg(f.notices);
    }
    if (role == Qt::ToolTipRole)
        return QString(r.title + QLatin1Char('\n') + reasonTexts(light).join(QLatin1Char('\n')));
    if (role == Qt::TextAlignmentRole && column == Column::DaysOverdue)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == Column::Response) {
        const FollowUp f = m_followUps.value(r.id);
        if (f.responseDue.isValid() && f.responseDue < m_store->asOf())
            return QColor(Qt::red);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Item:
        return QStringLiteral("%1  %2").arg(r.code, r.title);
    case Column::Light:
        return shortReasonText(light); // every reason in words is the tooltip
    case Column::DaysOverdue: {
        const int d = light.daysOverdue();
        return d > 0 ? QVariant(d) : QVariant();
    }
    case Column::Deadline:
        return r.deadline ? QDate::fromJulianDay(r.deadline).toString(Qt::ISODate) : QString();
    case Column::LastRecord: {
        const qint32 d = m_store->index().lastReport(row);
        return d ? QVariant(QDate::fromJulianDay(d).toString(Qt::ISODate)) : QVariant(tr("none"));
    }
    case Column::FollowUps:
    case Column::Response:
    case Column::SignOff:
        return followUpText(r.id, (r.leadUnit ? 1 : 0) + int(r.otherLeads.size() + r.coUnits.size()), column);
    case Column::Report:
        if (!light.judgedReports)
            return {};
        switch (light.report) {
        case ReportState::NotOwed:
            return tr("not due");
        case ReportState::OnTime:
            return tr("reported");
        case ReportState::Late:
            return tr("late");
        case ReportState::Missing:
            return tr("missing");
        }
        return {};
    }
    return {};
}

QVariant SupervisionModel::followUpText(qint64 taskId, int unitCount, Column column) const
{
    const FollowUp f = m_followUps.value(taskId);
    switch (column) {
    case Column::FollowUps:
        if (f.sent() == 0)
            return tr("none");
        //: how many 催办/督办 were sent, and the day of the last; zh_CN: %n次，最近%1
        return tr("%n time(s), last %1", nullptr, f.sent()).arg(f.lastSent.toString(Qt::ISODate));
    case Column::Response: {
        if (!f.responseDue.isValid())
            return {};
        const qint64 late = f.responseDue.daysTo(m_store->asOf());
        return late > 0 ? tr("overdue %n day(s)", nullptr, int(late))
                        : tr("due %1").arg(f.responseDue.toString(Qt::ISODate));
    }
    case Column::SignOff:
        if (unitCount == 0)
            return {};
        //: zh_CN: %1/%2 已签收
        return tr("%1/%2 signed").arg(std::min(f.signedUnits, unitCount)).arg(unitCount);
    default:
        return {};
    }
}

QVariant SupervisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Item:
        return tr("Lead unit / task");
    case Column::Light:
        return tr("Why");
    case Column::DaysOverdue:
        return tr("Days overdue");
    case Column::Deadline:
        return tr("Deadline");
    case Column::LastRecord:
        return tr("Last report");
    case Column::FollowUps:
        return tr("Reminders");
    case Column::Response:
        return tr("Answer");
    case Column::SignOff:
        return tr("Sign-off");
    case Column::Report:
        return tr("Period report");
    }
    return {};
}

QList<qint64> SupervisionModel::taskIdsOfUnit(int row) const
{
    QList<qint64> ids;
    if (row < 0 || row >= int(m_groups.size()))
        return ids;
    for (int i : m_groups[size_t(row)].rows)
        ids.append(m_store->index().row(i).id);
    return ids;
}

int SupervisionModel::redCount() const
{
    // From the store's lights, so the figure is right even while the grouping is stale.
    int n = 0;
    for (int i = 0; i < m_store->index().size(); ++i)
        n += m_store->light(i).light == Light::Red;
    return n;
}

int SupervisionModel::yellowCount() const
{
    int n = 0;
    for (int i = 0; i < m_store->index().size(); ++i)
        n += m_store->light(i).light == Light::Yellow;
    return n;
}

} // namespace duban::ui
