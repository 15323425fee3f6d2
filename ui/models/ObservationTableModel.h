#pragma once

#include "core/domain/Observation.h"

#include <QAbstractTableModel>

#include <functional>

namespace duban::ui {

/// The observations (实绩) of one indicator: period, value, source, note. Edits are handed to an editor
/// callback (the view pushes undo commands).
class ObservationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObservationTableModel)
public:
    enum Column
    {
        PeriodColumn,
        ValueColumn,
        SourceColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        ObservationIdRole = Qt::UserRole + 1
    };
    using Editor = std::function<bool(const core::Observation &before, const core::Observation &after)>;

    explicit ObservationTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Shows `observations` (sorted by the end of their period).
    void setObservations(qint64 indicatorId, QList<core::Observation> observations,
                         const QString &measure = {});
    qint64 indicatorId() const { return m_indicatorId; }
    const core::Observation &observation(int row) const { return m_rows.at(row); }
    void setEditor(Editor editor) { m_editor = std::move(editor); }

signals:
    /// An edit was refused because its text cannot be used; `reason` says why (for the status bar).
    void editRefused(const QString &reason);

private:
    qint64 m_indicatorId = 0;
    QString m_measure;
    QList<core::Observation> m_rows;
    Editor m_editor;
};

} // namespace duban::ui
