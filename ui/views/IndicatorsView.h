#pragma once

#include "ui/charts/ChartData.h"

#include "core/domain/Observation.h"
#include "core/indicators/RowProblem.h"

#include <QWidget>

#include <functional>

class QChartView;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
namespace duban::core {
class OpenLedger;
class IndicatorService;
class UndoStack;
} // namespace duban::core

namespace duban::ui {

class ObservationTableDialog;
class ObservationTableModel;
class TargetTableModel;

/// The indicators screen (指标监测): targets with their latest value and evaluation as of the store's date,
/// the trend chart of the selected targets (several selected: compared on one chart), and the observations
/// editor of the current indicator (type a value, paste a column, import a CSV). Every edit is undoable.
class IndicatorsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorsView)
public:
    IndicatorsView(core::OpenLedger *store, core::UndoStack *undo, QWidget *parent = nullptr);

    TargetTableModel *targetModel() const { return m_targets; }
    ObservationTableModel *observationModel() const { return m_observations; }
    QTableView *targetTable() const { return m_targetTable; }
    QTableView *observationTable() const { return m_observationTable; }
    QChartView *chartView() const { return m_chartView; }
    /// What the chart shows now.
    const ChartData &chartData() const { return m_chartData; }

    /// Selects the rows of these targets (the first becomes current).
    void selectTargets(const QList<qint64> &targetIds);
    qint64 currentIndicatorId() const;

    /// Records one observation of the current indicator; false (with a status message) if unreadable.
    bool recordObservation(const QString &period, const QString &value, const QString &source = {},
                           const QString &note = {});
    /// Records values of the current indicator, after asking about bad rows if there are any.
    bool recordMany(QList<core::Observation> observations, const QList<core::RowProblem> &problems);
    /// Imports observations from CSV bytes (any indicator); asks before keeping good rows beside bad ones.
    bool importCsvBytes(const QByteArray &bytes, const QString &fileName);
    /// Imports observations from a CSV file; a file that cannot be read is refused with a status message.
    bool importCsvFile(const QString &path);
    /// Imports a statistics table from an .xlsx file through the mapping step (ObservationTableDialog:
    /// sheet, layout, which name is which indicator, a preview), with the same checks as a CSV; recorded as
    /// one undo step.
    bool importTableFile(const QString &path);
    /// Replaces the mapping step's dialog.exec() (tests): true records what the dialog shows.
    void setTableMapping(std::function<bool(ObservationTableDialog &)> answer)
    {
        m_mapTable = std::move(answer);
    }
    /// Replaces the yes/no question about keeping good rows (tests).
    void setConfirmation(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }

public slots:
    void reload();
    void copyChart();
    void exportChart();
    void importCsv();
    void pasteColumn();
    void deleteSelectedObservations();

signals:
    void statusMessage(const QString &text);

private:
    /// recordMany() with the problems already in words ("Row 3: …").
    bool recordMany(QList<core::Observation> observations, const QStringList &problems);
    void updateChart();
    void updateObservations();
    int defaultYear() const;
    QList<int> selectedRows() const;
    void recordFromEntry();

    core::OpenLedger *m_store;
    core::IndicatorService *m_indicators;
    core::UndoStack *m_undo;
    TargetTableModel *m_targets;
    ObservationTableModel *m_observations;
    QLabel *m_asOf;
    QTableView *m_targetTable;
    QChartView *m_chartView;
    QLabel *m_observationTitle;
    QLineEdit *m_period;
    QLineEdit *m_value;
    QLineEdit *m_source;
    QLineEdit *m_note;
    QTableView *m_observationTable;
    QSplitter *m_splitter;
    ChartData m_chartData;
    std::function<bool(const QString &)> m_confirm;
    std::function<bool(ObservationTableDialog &)> m_mapTable;
};

} // namespace duban::ui
