#include "IndicatorsView.h"

#include "ui/dialogs/ObservationTableDialog.h"

#include "core/indicators/ObservationTable.h"
#include "core/services/IndicatorService.h"
#include "core/services/OpenLedger.h"
#include "core/xlsx/XlsxReader.h"
#include "ui/charts/ChartDataBuilder.h"
#include "ui/charts/PeriodLabels.h"
#include "ui/charts/TargetChart.h"
#include "ui/commands/IndicatorCommands.h"
#include "ui/dialogs/PasteColumnDialog.h"
#include "ui/models/ObservationTableModel.h"
#include "ui/models/TargetTableModel.h"

#include "core/domain/FiniteNumber.h"
#include "core/domain/Period.h"
#include "core/io/InputFile.h"

#include "core/services/UndoStack.h"
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

IndicatorsView::IndicatorsView(core::OpenLedger *store, core::UndoStack *undo, QWidget *parent)
    : QWidget(parent), m_store(store), m_indicators(store->indicators()), m_undo(undo),
      m_targets(new TargetTableModel(this)), m_observations(new ObservationTableModel(this)),
      m_asOf(new QLabel(this)), m_targetTable(new QTableView(this)), m_chartView(new QChartView(this)),
      m_observationTitle(new QLabel(this)), m_period(new QLineEdit(this)), m_value(new QLineEdit(this)),
      m_source(new QLineEdit(this)), m_note(new QLineEdit(this)), m_observationTable(new QTableView(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("IndicatorsView"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Bad rows"), question) == QMessageBox::Yes;
    };
    m_targets->setEditor([this](const TargetEntry &before, const TargetEntry &after) {
        StorageError error;
        return StoreCommand::push(new EditTargetCommand(m_indicators, before, after), &error) ||
               (emit statusMessage(error.message), false);
    });
    m_targets->setUnitLookup([this](const QString &name) -> std::optional<qint64> {
        if (name.trimmed().isEmpty())
            return qint64(0);
        if (auto unit = m_store->lookup().unit(name))
            return unit->id;
        emit statusMessage(tr("No unit called \"%1\" in the unit directory").arg(name));
        return std::nullopt;
    });
    connect(m_targets, &TargetTableModel::editRefused, this, &IndicatorsView::statusMessage);
    connect(m_observations, &ObservationTableModel::editRefused, this, &IndicatorsView::statusMessage);
    m_observations->setEditor([this](const Observation &, const Observation &after) {
        StorageError error;
        if (StoreCommand::push(new SetObservationCommand(m_indicators, after), &error))
            return true;
        emit statusMessage(error.message);
        return false;
    });

    // Tool bar: the as-of date and the chart's actions.
    auto *copy = new QToolButton(this);
    copy->setText(tr("Copy chart"));
    copy->setToolTip(tr("Copy the chart to the clipboard as an image"));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export chart…"));
    exportButton->setToolTip(tr("Save the chart as PNG or SVG"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_asOf);
    bar->addStretch(1);
    bar->addWidget(new QLabel(tr("Select several targets to compare them on one chart."), this));
    bar->addWidget(copy);
    bar->addWidget(exportButton);

    m_targetTable->setModel(m_targets);
    m_targetTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_targetTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_targetTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_targetTable->verticalHeader()->hide();
    m_targetTable->horizontalHeader()->setStretchLastSection(true);
    m_targetTable->setWordWrap(false);
    m_targetTable->setAlternatingRowColors(true);

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(420, 300);

    // Observations editor.
    m_period->setPlaceholderText(tr("2023-06 or 1-6月"));
    m_period->setToolTip(tr("A month is the year-to-date value (2023-06 = Jan–Jun); also 2023-Q2 or a date"));
    m_value->setPlaceholderText(tr("Value"));
    m_source->setPlaceholderText(tr("Source"));
    m_note->setPlaceholderText(tr("Note"));
    auto *record = new QPushButton(tr("Record"), this);
    auto *entry = new QHBoxLayout;
    entry->addWidget(m_period, 2);
    entry->addWidget(m_value, 1);
    entry->addWidget(m_source, 2);
    entry->addWidget(m_note, 2);
    entry->addWidget(record);
    m_observationTable->setModel(m_observations);
    m_observationTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_observationTable->verticalHeader()->hide();
    m_observationTable->horizontalHeader()->setStretchLastSection(true);
    auto *remove = new QPushButton(tr("Delete"), this);
    auto *paste = new QPushButton(tr("Paste column…"), this);
    //: zh_CN: 导入 CSV 或 Excel…
    auto *import = new QPushButton(tr("Import CSV or Excel…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(paste);
    buttons->addWidget(import);
    auto *observationBox = new QGroupBox(tr("Observations"), this);
    auto *obsLayout = new QVBoxLayout(observationBox);
    obsLayout->addWidget(m_observationTitle);
    obsLayout->addLayout(entry);
    obsLayout->addWidget(m_observationTable, 1);
    obsLayout->addLayout(buttons);

    auto *right = new QSplitter(Qt::Vertical, m_splitter);
    right->addWidget(m_chartView);
    right->addWidget(observationBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    m_splitter->addWidget(m_targetTable);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({600, 900});
    m_targetTable->setTextElideMode(Qt::ElideMiddle);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(copy, &QToolButton::clicked, this, &IndicatorsView::copyChart);
    connect(exportButton, &QToolButton::clicked, this, &IndicatorsView::exportChart);
    connect(record, &QPushButton::clicked, this, &IndicatorsView::recordFromEntry);
    connect(m_value, &QLineEdit::returnPressed, this, &IndicatorsView::recordFromEntry);
    connect(remove, &QPushButton::clicked, this, &IndicatorsView::deleteSelectedObservations);
    connect(paste, &QPushButton::clicked, this, &IndicatorsView::pasteColumn);
    connect(import, &QPushButton::clicked, this, &IndicatorsView::importCsv);
    connect(m_targetTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateChart();
        updateObservations();
    });
    connect(m_store, &core::OpenLedger::asOfChanged, this, &IndicatorsView::reload);
    connect(m_store, &core::OpenLedger::reset, this, &IndicatorsView::reload);
    connect(m_indicators, &core::IndicatorService::targetsChanged, this, &IndicatorsView::reload);
    connect(m_indicators, &core::IndicatorService::observationsChanged, this, &IndicatorsView::reload);
    reload();
}

void IndicatorsView::reload()
{
    QList<qint64> selected;
    for (int row : selectedRows())
        selected.append(m_targets->row(row).entry.target.id);
    const QModelIndex current = m_targetTable->currentIndex();
    const qint64 currentId = current.isValid() ? m_targets->row(current.row()).entry.target.id : 0;
    if (currentId) {
        selected.removeAll(currentId);
        selected.prepend(currentId);
    }

    QHash<qint64, Indicator> indicators;
    for (const Indicator &i : m_indicators->indicators())
        indicators.insert(i.id, i);
    m_asOf->setText(
        tr("As of %1")
            .arg(m_store->asOf().toString(Qt::ISODate))); // as the toolbar shows it, in any language
    m_targets->setContents(m_indicators->targets(), m_indicators->allObservations(), indicators,
                           m_store->asOf(), m_indicators->tolerances());
    m_targetTable->resizeColumnsToContents();
    if (m_targetTable->columnWidth(TargetTableModel::IndicatorColumn) > 220)
        m_targetTable->setColumnWidth(TargetTableModel::IndicatorColumn, 220);
    if (selected.isEmpty() && m_targets->rowCount() > 0)
        selected.append(m_targets->row(0).entry.target.id);
    selectTargets(selected);
    updateChart();
    updateObservations();
}

void IndicatorsView::selectTargets(const QList<qint64> &targetIds)
{
    QItemSelection selection;
    int first = -1;
    for (qint64 id : targetIds) {
        const int row = m_targets->rowOf(id);
        if (row < 0)
            continue;
        if (first < 0)
            first = row;
        selection.select(m_targets->index(row, 0), m_targets->index(row, TargetTableModel::ColumnCount - 1));
    }
    QItemSelectionModel *model = m_targetTable->selectionModel();
    const QSignalBlocker blocker(model);
    model->clearSelection();
    if (first >= 0) {
        model->setCurrentIndex(m_targets->index(first, 0), QItemSelectionModel::NoUpdate);
        model->select(selection, QItemSelectionModel::Select);
    }
    updateChart();
    updateObservations();
}

QList<int> IndicatorsView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_targetTable->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    // The current row leads (it decides the chart's year).
    const QModelIndex current = m_targetTable->currentIndex();
    if (current.isValid() && rows.contains(current.row())) {
        rows.removeAll(current.row());
        rows.prepend(current.row());
    }
    return rows;
}

qint64 IndicatorsView::currentIndicatorId() const
{
    const QModelIndex current = m_targetTable->currentIndex();
    if (current.isValid())
        return m_targets->row(current.row()).entry.indicatorId;
    const QList<int> rows = selectedRows();
    return rows.isEmpty() ? 0 : m_targets->row(rows.first()).entry.indicatorId;
}

int IndicatorsView::defaultYear() const
{
    const QModelIndex current = m_targetTable->currentIndex();
    if (current.isValid())
        if (const auto p = Period::parse(m_targets->row(current.row()).entry.target.period))
            return p->year;
    return m_store->asOf().year();
}

void IndicatorsView::updateChart()
{
    QList<ChartSubject> subjects;
    QSet<qint64> seen;
    for (int row : selectedRows()) {
        const TargetEntry &e = m_targets->row(row).entry;
        if (seen.contains(e.indicatorId) && subjects.size() > 0)
            continue; // one line per indicator when comparing
        seen.insert(e.indicatorId);
        Indicator indicator = m_targets->indicator(e.indicatorId);
        if (indicator.name.isEmpty())
            indicator.name = e.target.name;
        subjects.append(ChartSubject{indicator, e.target, m_targets->observations(e.indicatorId)});
    }
    m_chartData = ChartDataBuilder::build(subjects, m_store->asOf(), m_targets->tolerances());
    QChart *old = m_chartView->chart();
    QChart *chart = TargetChart::build(m_chartData);
    if (subjects.isEmpty())
        chart->setTitle(tr("Select a target to see its trend"));
    m_chartView->setChart(chart);
    delete old;
}

void IndicatorsView::updateObservations()
{
    const qint64 id = currentIndicatorId();
    const Indicator indicator = m_targets->indicator(id);
    m_observations->setObservations(id, m_targets->observations(id), indicator.measure);
    m_observationTitle->setText(id ? tr("Observations of %1 (%2)").arg(indicator.name, indicator.measure)
                                   : tr("No indicator selected"));
    m_observationTable->resizeColumnsToContents();
}

void IndicatorsView::recordFromEntry()
{
    if (recordObservation(m_period->text(), m_value->text(), m_source->text(), m_note->text())) {
        m_value->clear();
        m_note->clear();
        // Suggest the next month.
        if (const auto p = Period::parse(m_period->text(), defaultYear());
            p && p->kind == Period::Kind::Month && p->index < 12)
            m_period->setText(Period::month(p->year, p->index + 1).key());
        m_value->setFocus();
    }
}

bool IndicatorsView::recordObservation(const QString &period, const QString &value, const QString &source,
                                       const QString &note)
{
    const qint64 indicatorId = currentIndicatorId();
    if (!indicatorId) {
        emit statusMessage(tr("Select a target first"));
        return false;
    }
    const auto p = Period::parse(period, defaultYear());
    if (!p) {
        emit statusMessage(
            tr("Cannot read the period \"%1\": write 2023-06 (Jan–Jun), 2023-Q2 or 2023-06-15").arg(period));
        return false;
    }
    FiniteNumber::Problem problem = FiniteNumber::Problem::None;
    const auto v = FiniteNumber::parse(value, &problem);
    if (!v) {
        emit statusMessage(problem == FiniteNumber::Problem::NotFinite
                               ? tr("The value \"%1\" is not a finite number; infinite and not-a-number "
                                    "values cannot be recorded")
                                     .arg(value)
                               : tr("Cannot read the value \"%1\"").arg(value));
        return false;
    }
    StorageError error;
    const Observation o{0, indicatorId, p->key(), *v, source.trimmed(), note.trimmed()};
    if (!StoreCommand::push(new SetObservationCommand(m_indicators, o), &error)) {
        emit statusMessage(error.message);
        return false;
    }
    emit statusMessage(
        tr("Recorded %1 for %2").arg(TargetTableModel::number(*v), PeriodLabels::period(p->key())));
    return true;
}

bool IndicatorsView::recordMany(QList<Observation> observations, const QList<RowProblem> &problems)
{
    QStringList described;
    for (const RowProblem &p : problems)
        described.append(tr("Line %1: %2").arg(p.line).arg(p.message));
    return recordMany(std::move(observations), described);
}

bool IndicatorsView::recordMany(QList<Observation> observations, const QStringList &problems)
{
    if (!problems.isEmpty()) {
        QStringList lines = problems.mid(0, 15);
        if (problems.size() > 15)
            lines.append(tr("… and %n more", nullptr, int(problems.size() - 15)));
        const QString question = tr("%n row(s) cannot be used:", nullptr, int(problems.size())) +
                                 QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                                 tr("Record the %n good row(s) anyway?", nullptr, int(observations.size()));
        if (observations.isEmpty()) {
            QMessageBox::warning(this, tr("Bad rows"), lines.join(QLatin1Char('\n')));
            return false;
        }
        if (!m_confirm(question))
            return false;
    }
    if (observations.isEmpty()) {
        emit statusMessage(tr("Nothing was recorded: no value could be read"));
        return false;
    }
    StorageError error;
    const int count = int(observations.size());
    if (!StoreCommand::push(new ImportObservationsCommand(m_indicators, std::move(observations)), &error)) {
        emit statusMessage(error.message);
        return false;
    }
    emit statusMessage(tr("Recorded %n observation(s)", nullptr, count));
    return true;
}

bool IndicatorsView::importCsvBytes(const QByteArray &bytes, const QString &fileName)
{
    IndicatorService::CsvObservations read = m_indicators->readCsv(bytes, defaultYear());
    if (!read.error.isEmpty()) {
        emit statusMessage(tr("%1: %2").arg(fileName, read.error));
        return false;
    }
    return recordMany(std::move(read.good), read.problems);
}

void IndicatorsView::importCsv()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import observations"), QString(),
                                     //: zh_CN: CSV 或 Excel 表格 (*.csv *.txt *.xlsx);;所有文件 (*)
                                     tr("CSV or Excel tables (*.csv *.txt *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    importCsvFile(path);
}

bool IndicatorsView::importCsvFile(const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return importTableFile(path);
    // Only a regular file within the limit is read (a FIFO would block, /dev/zero never end).
    const InputFile::Result file = InputFile::read(path);
    if (!file.ok()) {
        emit statusMessage(file.message);
        return false;
    }
    return importCsvBytes(file.bytes, QFileInfo(path).fileName());
}

bool IndicatorsView::importTableFile(const QString &path)
{
    // A statistics table (indicator rows × 1–N月 columns, or the transpose): the mapping step starts from
    // the first visible sheet whose layout can be told.
    XlsxReader::Error error;
    std::optional<XlsxWorkbook> book = XlsxReader::read(path, &error);
    if (!book) {
        emit statusMessage(error.message);
        return false;
    }
    int first = -1, visible = 0;
    for (const XlsxSheet &sheet : std::as_const(book->sheets)) {
        if (sheet.state != XlsxSheet::State::Visible)
            continue;
        if (first < 0 && ObservationTable::guess(sheet, defaultYear()).isValid())
            first = visible;
        ++visible;
    }
    if (first < 0) {
        //: zh_CN: %1中找不到统计表：没有一行或一列是时期（如1-3月）。
        emit statusMessage(tr("%1 holds no statistics table: no row or column of periods (like 1-3月).")
                               .arg(QFileInfo(path).fileName()));
        return false;
    }
    ObservationTableDialog dialog(std::move(*book), m_indicators->indicators(), defaultYear(),
                                  QFileInfo(path).fileName(), this);
    dialog.setSheet(first);
    const bool accepted = m_mapTable ? m_mapTable(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return false;
    ObservationTableDialog::Outcome outcome = dialog.outcome();
    // The dialog showed the cells that cannot be used; recording the rest is what its button said.
    return recordMany(std::move(outcome.observations), QStringList{});
}

void IndicatorsView::pasteColumn()
{
    const qint64 indicatorId = currentIndicatorId();
    if (!indicatorId) {
        emit statusMessage(tr("Select a target first"));
        return;
    }
    PasteColumnDialog dialog(m_targets->indicator(indicatorId).name, defaultYear(), this);
    const QString clip = QApplication::clipboard()->text();
    // Suggest the clipboard when it starts with a value or a period (1-2月 ⇥ 5.1).
    const QString firstCell =
        clip.section(QLatin1Char('\n'), 0, 0).section(QLatin1Char('\t'), 0, 0).trimmed();
    if (!clip.isEmpty() && (FiniteNumber::parse(firstCell) || Period::parse(firstCell, defaultYear())))
        dialog.setText(clip);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PastedColumn::Result result = dialog.result();
    QList<Observation> observations;
    for (const PastedValue &v : result.values)
        observations.append(Observation{0, indicatorId, v.period, v.value, {}, {}});
    QStringList problems;
    for (const RowProblem &p : result.problems)
        problems.append(PasteColumnDialog::problemText(result, p));
    recordMany(std::move(observations), problems);
}

void IndicatorsView::deleteSelectedObservations()
{
    const QModelIndexList rows = m_observationTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<Observation> doomed;
    for (const QModelIndex &i : rows)
        doomed.append(m_observations->observation(i.row()));
    StorageError error;
    if (!StoreCommand::push(new DeleteObservationsCommand(m_indicators, std::move(doomed)), &error))
        emit statusMessage(error.message);
}

void IndicatorsView::copyChart()
{
    const QSize size = m_chartView->size().expandedTo(QSize(640, 400));
    QApplication::clipboard()->setImage(TargetChart::image(m_chartData, size, devicePixelRatioF()));
    emit statusMessage(tr("Chart copied to the clipboard"));
}

void IndicatorsView::exportChart()
{
    QString selectedFilter;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), m_chartData.title,
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"), &selectedFilter);
    if (path.isEmpty())
        return;
    const bool svg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) ||
                     (QFileInfo(path).suffix().isEmpty() && selectedFilter.contains(QLatin1String("svg")));
    if (QFileInfo(path).suffix().isEmpty())
        path += svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QSize size(1000, 600);
    QString error;
    const QStringList ledger{m_store->path()};
    const bool ok = svg ? TargetChart::exportSvg(m_chartData, path, size, &error, ledger)
                        : TargetChart::exportPng(m_chartData, path, size, &error, ledger);
    if (!ok)
        QMessageBox::warning(this, tr("Export chart"), error);
    else
        emit statusMessage(tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace duban::ui
