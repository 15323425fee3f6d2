#pragma once

#include "core/domain/Indicator.h"
#include "core/domain/Observation.h"
#include "core/domain/TargetEntry.h"
#include "core/rules/TargetEvaluation.h"
#include "core/rules/TargetTolerances.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include <functional>
#include <optional>

namespace duban::ui {

/// The targets table of the indicators screen: each target with its latest value and evaluation as of a
/// date. Edits are handed to an editor callback (the view pushes an EditTargetCommand).
class TargetTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetTableModel)
public:
    enum Column
    {
        IndicatorColumn,
        PeriodColumn,
        LatestColumn,
        EvaluationColumn,
        ComparatorColumn,
        TargetColumn,
        StretchColumn,
        ProjectionColumn,
        MeasureColumn,
        TaskColumn,
        UnitColumn,
        ColumnCount
    };
    enum Role
    {
        TargetIdRole = Qt::UserRole + 1,
        IndicatorIdRole,
        StateRole
    };

    struct Row
    {
        core::TargetEntry entry;
        core::TargetEvaluation evaluation;
    };
    using Editor = std::function<bool(const core::TargetEntry &before, const core::TargetEntry &after)>;
    /// A unit name → its id (0 for an empty name), nullopt if there is no such unit.
    using UnitLookup = std::function<std::optional<qint64>(const QString &name)>;

    explicit TargetTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setContents(QList<core::TargetEntry> targets, QHash<qint64, QList<core::Observation>> observations,
                     QHash<qint64, core::Indicator> indicators, const QDate &asOf,
                     const core::TargetTolerances &settings);
    void setEditor(Editor editor) { m_editor = std::move(editor); }
    void setUnitLookup(UnitLookup lookup) { m_unitLookup = std::move(lookup); }

    const Row &row(int i) const { return m_rows.at(i); }
    int rowOf(qint64 targetId) const;
    core::Indicator indicator(qint64 id) const { return m_indicators.value(id); }
    QList<core::Observation> observations(qint64 indicatorId) const
    {
        return m_observations.value(indicatorId);
    }
    QDate asOf() const { return m_asOf; }
    core::TargetTolerances tolerances() const { return m_settings; }

    static QString number(double value);
    /// As number(), with at least one decimal for a rate (7.0 %, not 7 %).
    static QString number(double value, const QString &measure);
    /// "≥", "≤", "≈", "=", ">" or the import's symbols or Chinese words (以上, 左右 …) → comparator.
    static std::optional<core::Comparator> parseComparator(const QString &text);

signals:
    /// An edit was refused because its text cannot be used; `reason` says why (for the status bar).
    void editRefused(const QString &reason);

private:
    /// A target or stretch value typed in a cell; nullopt (after editRefused) if it is not a finite number.
    std::optional<double> numberIn(const QString &text);

    QList<Row> m_rows;
    QHash<qint64, QList<core::Observation>> m_observations;
    QHash<qint64, core::Indicator> m_indicators;
    QDate m_asOf;
    core::TargetTolerances m_settings;
    Editor m_editor;
    UnitLookup m_unitLookup;
};

} // namespace duban::ui
