#pragma once

#include "core/domain/PlanDocument.h"

#include <QAbstractTableModel>

namespace duban::ui {

/// The tasks of a decomposed document before saving: every cell the user may correct is editable,
/// and each task shows the importer's warnings about its lines.
class ImportTaskModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportTaskModel)
public:
    enum class Column
    {
        Line,
        Code,
        Section,
        Title,
        Lead,
        CoUnits,
        Deadline,
        Milestones,
        Targets,
        Warnings
    };
    static constexpr int columnCount_ = 10;

    explicit ImportTaskModel(core::PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reset();
    /// The row of the task whose source text contains `line`, or -1.
    int rowForLine(int line) const;
    /// Warnings about row `row`'s lines.
    QStringList warningsFor(int row) const;

    static QString milestonesText(const QList<core::Milestone> &milestones);
    static QString targetsText(const QList<core::Target> &targets);

private:
    void indexWarnings();

    core::PlanDocument *m_doc;
    QList<QStringList> m_warnings; ///< per row
};

/// The plan-level targets of a decomposed document, editable.
class ImportTargetModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportTargetModel)
public:
    enum class Column
    {
        Name,
        Value,
        Measure,
        Comparator,
        Stretch,
        Period
    };

    explicit ImportTargetModel(core::PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void reset();

private:
    core::PlanDocument *m_doc;
};

} // namespace duban::ui
