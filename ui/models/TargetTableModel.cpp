#include "TargetTableModel.h"

#include "ui/charts/ChartDataBuilder.h"
#include "ui/charts/PeriodLabels.h"

#include "core/domain/FiniteNumber.h"
#include "core/domain/Period.h"

#include <QBrush>
#include <QColor>

#include <cmath>

namespace duban::ui {

using namespace duban::core;

TargetTableModel::TargetTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TargetTableModel::number(double value)
{
    return QString::number(std::round(value * 100.0) / 100.0, 'g', 12);
}

QString TargetTableModel::number(double value, const QString &measure)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    if (TargetRules::isRate(measure) && std::abs(rounded * 10.0 - std::round(rounded * 10.0)) < 1e-9)
        return QString::number(rounded, 'f', 1);
    return number(value);
}

std::optional<Comparator> TargetTableModel::parseComparator(const QString &text)
{
    const QString t = text.trimmed();
    if (auto c = comparatorFromSymbol(t))
        return c;
    struct Word
    {
        const char16_t *text;
        Comparator comparator;
    };
    static const Word words[] = {
        {u"≥", Comparator::AtLeast},    {u"以上", Comparator::AtLeast}, {u"不少于", Comparator::AtLeast},
        {u"突破", Comparator::AtLeast}, {u"≤", Comparator::AtMost},     {u"以内", Comparator::AtMost},
        {u"以下", Comparator::AtMost},  {u"≈", Comparator::About},      {u"左右", Comparator::About},
        {u"=", Comparator::Equal},      {u">", Comparator::Greater},    {u"正增长", Comparator::Greater}};
    for (const Word &w : words)
        if (t == QString::fromUtf16(w.text))
            return w.comparator;
    return std::nullopt;
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const Target &g = r.entry.target;
    const TargetEvaluation &ev = r.evaluation;
    switch (role) {
    case TargetIdRole:
        return g.id;
    case IndicatorIdRole:
        return r.entry.indicatorId;
    case StateRole:
        return int(ev.state);
    case Qt::EditRole:
        switch (index.column()) {
        case TargetColumn:
            return g.value;
        case StretchColumn:
            return g.stretch ? QVariant(*g.stretch) : QVariant(QString());
        case ComparatorColumn:
            return ChartDataBuilder::comparatorText(g.comparator);
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndicatorColumn:
            return g.name;
        case TaskColumn:
            return r.entry.taskCode.isEmpty() ? tr("Plan") : r.entry.taskCode;
        case PeriodColumn:
            return role == Qt::EditRole ? g.period : PeriodLabels::period(g.period);
        case ComparatorColumn:
            return ChartDataBuilder::comparatorText(g.comparator);
        case TargetColumn:
            return number(g.value, g.measure);
        case StretchColumn:
            return g.stretch ? number(*g.stretch, g.measure) : QString();
        case MeasureColumn:
            return g.measure;
        case LatestColumn:
            if (!ev.basis)
                return QString();
            return tr("%1 (%2)").arg(number(ev.basis->value, g.measure),
                                     PeriodLabels::period(ev.basis->period));
        case EvaluationColumn:
            if (ev.stretchReached && *ev.stretchReached)
                return tr("%1, stretch reached").arg(targetStateText(ev.state));
            return targetStateText(ev.state);
        case ProjectionColumn:
            return ev.projection ? number(*ev.projection, g.measure) : QString();
        case UnitColumn:
            return r.entry.unitName;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == EvaluationColumn || index.column() == LatestColumn) {
            if (!ev.basis)
                return tr("No observation of this indicator for the period yet.");
            QString text = tr("Judged on %1: %2 against %3 (gap %4 %5).")
                               .arg(PeriodLabels::period(ev.basis->period), number(ev.basis->value),
                                    number(ev.benchmark), number(ev.gap), g.measure);
            if (ev.projection)
                text += QLatin1Char('\n') +
                        tr("Projected at the end of the period: %1 (gap %2).")
                            .arg(number(*ev.projection), number(ev.projectedGap.value_or(0.0)));
            return text;
        }
        if (index.column() == IndicatorColumn)
            return g.source;
        return {};
    case Qt::BackgroundRole:
        if (index.column() != EvaluationColumn)
            return {};
        switch (ev.state) {
        case TargetState::Met:
        case TargetState::OnTrack:
            return QBrush(QColor(0xd5, 0xf0, 0xdc));
        case TargetState::Behind:
            return QBrush(QColor(0xfd, 0xeb, 0xc8));
        case TargetState::NotMet:
            return QBrush(QColor(0xf8, 0xd0, 0xcc));
        case TargetState::NoData:
            return {};
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == EvaluationColumn && ev.state != TargetState::NoData)
            return QBrush(QColor(0x20, 0x20, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TargetColumn || index.column() == StretchColumn ||
            index.column() == ProjectionColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndicatorColumn:
        return tr("Indicator");
    case TaskColumn:
        return tr("Task");
    case PeriodColumn:
        return tr("Period");
    case ComparatorColumn:
        return tr("Comparator");
    case TargetColumn:
        return tr("Target");
    case StretchColumn:
        return tr("Stretch");
    case MeasureColumn:
        return tr("Measure");
    case LatestColumn:
        return tr("Latest value");
    case EvaluationColumn:
        return tr("Evaluation");
    case ProjectionColumn:
        return tr("Projection");
    case UnitColumn:
        return tr("Responsible unit");
    }
    return {};
}

Qt::ItemFlags TargetTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    switch (index.column()) {
    case IndicatorColumn:
    case PeriodColumn:
    case ComparatorColumn:
    case TargetColumn:
    case StretchColumn:
    case MeasureColumn:
    case UnitColumn:
        if (m_editor)
            f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

bool TargetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_editor)
        return false;
    const TargetEntry before = m_rows.at(index.row()).entry;
    TargetEntry after = before;
    Target &g = after.target;
    const QString text = value.toString().trimmed();
    bool ok = true;
    switch (index.column()) {
    case IndicatorColumn:
        if (text.isEmpty())
            return false;
        g.name = text;
        break;
    case PeriodColumn: {
        const auto p = core::Period::parse(
            text, core::Period::parse(g.period) ? core::Period::parse(g.period)->year : 0);
        if (!p || p->kind == core::Period::Kind::Day)
            return false;
        g.period = p->key();
        break;
    }
    case ComparatorColumn: {
        const auto c = parseComparator(text);
        if (!c)
            return false;
        g.comparator = *c;
        break;
    }
    case TargetColumn: {
        const auto v = numberIn(text);
        if (!v)
            return false;
        g.value = *v;
        break;
    }
    case StretchColumn:
        if (text.isEmpty()) {
            g.stretch.reset();
        } else {
            const auto v = numberIn(text);
            if (!v)
                return false;
            g.stretch = *v;
        }
        break;
    case MeasureColumn:
        g.measure = text;
        break;
    case UnitColumn: {
        if (!m_unitLookup)
            return false;
        const auto id = m_unitLookup(text);
        if (!id)
            return false;
        after.unitId = *id;
        after.unitName = text;
        break;
    }
    default:
        return false;
    }
    if (!ok || after == before)
        return false;
    return m_editor(before, after);
}

std::optional<double> TargetTableModel::numberIn(const QString &text)
{
    core::FiniteNumber::Problem problem = core::FiniteNumber::Problem::None;
    const auto v = core::FiniteNumber::parse(text, &problem);
    if (!v)
        emit editRefused(
            problem == core::FiniteNumber::Problem::NotFinite
                ? tr("\"%1\" is not a finite number; a target needs an ordinary number").arg(text)
                : tr("\"%1\" is not a number").arg(text));
    return v;
}

void TargetTableModel::setContents(QList<TargetEntry> targets, QHash<qint64, QList<Observation>> observations,
                                   QHash<qint64, core::Indicator> indicators, const QDate &asOf,
                                   const TargetTolerances &settings)
{
    beginResetModel();
    m_observations = std::move(observations);
    m_indicators = std::move(indicators);
    m_asOf = asOf;
    m_settings = settings;
    m_rows.clear();
    m_rows.reserve(targets.size());
    for (TargetEntry &e : targets) {
        const bool cumulative =
            m_indicators.value(e.indicatorId).cumulative || !m_indicators.contains(e.indicatorId);
        TargetEvaluation ev =
            TargetRules::evaluate(e.target, m_observations.value(e.indicatorId), asOf, settings, cumulative);
        m_rows.append(Row{std::move(e), std::move(ev)});
    }
    endResetModel();
}

int TargetTableModel::rowOf(qint64 targetId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).entry.target.id == targetId)
            return int(i);
    return -1;
}

} // namespace duban::ui
