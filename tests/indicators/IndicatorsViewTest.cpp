// The indicators screen on the seed ledger: follows the as-of date, records through the undo stack,
// imports CSV with bad rows only when confirmed, and its models pass QAbstractItemModelTester.
#include "IndicatorTestSupport.h"
#include "support/TempDir.h"
#include <QProcess>

#include "core/services/OpenLedger.h"
#include "ui/dialogs/ObservationTableDialog.h"
#include "ui/dialogs/PasteColumnDialog.h"
#include "ui/models/ObservationTableModel.h"
#include "ui/models/TargetTableModel.h"
#include "ui/views/IndicatorsView.h"

#include "core/services/UndoStack.h"
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <algorithm>

#include <sys/stat.h>

using namespace duban::core;
using namespace duban::ui;

namespace {

struct ViewFixture : duban::test::SeedDatabase
{
    std::unique_ptr<OpenLedger> store;
    duban::core::UndoStack *undo = nullptr; // the ledger's
    std::unique_ptr<IndicatorsView> view;
    TargetEntry annual = target(QStringLiteral("地区生产总值增长"), QStringLiteral("2023"));
    TargetEntry q1 = target(QStringLiteral("地区生产总值增长"), QStringLiteral("2023-Q1"));

    ViewFixture()
    {
        store = std::make_unique<OpenLedger>(*db);
        undo = store->undoStack();
        store->setAsOf(QDate(2023, 6, 30));
        store->reload();
        view = std::make_unique<IndicatorsView>(store.get(), undo);
        view->resize(1400, 800);
        view->selectTargets({annual.target.id});
    }
    ~ViewFixture() { view.reset(); }

    QString evaluationOf(qint64 targetId) const
    {
        const TargetTableModel *m = view->targetModel();
        return m->index(m->rowOf(targetId), TargetTableModel::EvaluationColumn).data().toString();
    }
    TargetState stateOf(qint64 targetId) const
    {
        const TargetTableModel *m = view->targetModel();
        return TargetState(m->index(m->rowOf(targetId), 0).data(TargetTableModel::StateRole).toInt());
    }
};

} // namespace

TEST(IndicatorsView, ModelsPassTheTester)
{
    ViewFixture f;
    QAbstractItemModelTester targets(f.view->targetModel(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester observations(f.view->observationModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(f.view->targetModel()->rowCount(), int(f.repository().targets().size()));
    ASSERT_TRUE(f.view->recordObservation(QStringLiteral("1-2月"), QStringLiteral("6.2")));
    EXPECT_EQ(f.view->observationModel()->rowCount(), 1);
}

TEST(IndicatorsView, TypedObservationsDriveEvaluationAndChart)
{
    ViewFixture f;
    EXPECT_EQ(f.stateOf(f.annual.target.id), TargetState::NoData);
    // WHEN the office types the first half year of GDP growth
    for (const auto &[period, value] : {std::pair{"1-2月", "6.2"},
                                        {"1-3月", "6.8"},
                                        {"2023-04", "7.0"},
                                        {"2023年1-5月", "7.1"},
                                        {"2023-06", "7.3"}})
        ASSERT_TRUE(f.view->recordObservation(QString::fromUtf8(period), QString::fromUtf8(value)));
    // THEN the annual target is on track, the Q1 target (≥ 7, 1-3月 = 6.8) not met, and the chart has 5
    // points
    EXPECT_EQ(f.stateOf(f.annual.target.id), TargetState::OnTrack);
    EXPECT_EQ(f.stateOf(f.q1.target.id), TargetState::NotMet);
    EXPECT_EQ(f.view->chartData().series.first().points.size(), 5);
    EXPECT_EQ(f.view->observationModel()->rowCount(), 5);
    EXPECT_EQ(f.undo->count(), 5);
    // The view follows the as-of date: at the end of March only two values are known
    f.store->setAsOf(QDate(2023, 3, 31));
    EXPECT_EQ(f.view->chartData().series.first().points.size(), 2);
    EXPECT_EQ(f.stateOf(f.annual.target.id), TargetState::Behind);
    EXPECT_EQ(f.evaluationOf(f.q1.target.id), targetStateText(TargetState::NotMet));
    // Undo takes the last value away
    f.store->setAsOf(QDate(2023, 6, 30));
    f.undo->undo();
    EXPECT_EQ(f.view->chartData().series.first().points.size(), 4);
    // Bad input is refused with a message
    EXPECT_FALSE(f.view->recordObservation(QStringLiteral("June"), QStringLiteral("7")));
    EXPECT_FALSE(f.view->recordObservation(QStringLiteral("2023-07"), QStringLiteral("seven")));
}

TEST(IndicatorsView, EditingATargetCellPushesAnUndoableCommand)
{
    ViewFixture f;
    TargetTableModel *m = f.view->targetModel();
    const int row = m->rowOf(f.annual.target.id);
    ASSERT_TRUE(m->setData(m->index(row, TargetTableModel::TargetColumn), 7.0));
    EXPECT_DOUBLE_EQ(f.repository().target(f.annual.target.id)->target.value, 7.0);
    ASSERT_TRUE(m->setData(m->index(m->rowOf(f.annual.target.id), TargetTableModel::ComparatorColumn),
                           QStringLiteral("以上")));
    EXPECT_EQ(f.repository().target(f.annual.target.id)->target.comparator, Comparator::AtLeast);
    ASSERT_TRUE(m->setData(m->index(m->rowOf(f.annual.target.id), TargetTableModel::UnitColumn),
                           QStringLiteral("新区经济发展局")));
    EXPECT_EQ(f.repository().target(f.annual.target.id)->unitName, QStringLiteral("新区经济发展局"));
    EXPECT_FALSE(m->setData(m->index(m->rowOf(f.annual.target.id), TargetTableModel::UnitColumn),
                            QStringLiteral("没有这个单位")));
    EXPECT_FALSE(m->setData(m->index(m->rowOf(f.annual.target.id), TargetTableModel::PeriodColumn),
                            QStringLiteral("sometime")));
    EXPECT_EQ(f.undo->count(), 3);
    f.undo->undo();
    f.undo->undo();
    f.undo->undo();
    EXPECT_EQ(f.repository().target(f.annual.target.id)->target, f.annual.target);
}

TEST(IndicatorsView, CsvWithBadRowsIsKeptOnlyWhenConfirmed)
{
    ViewFixture f;
    const QByteArray csv = "indicator,period,value\n"
                           "地区生产总值增长,2023-02,6.2\n"
                           "地区生产总值增长,2023-03,6.8\n"
                           "社会消费品零售总额增长,2023-03,oops\n";
    QString asked;
    f.view->setConfirmation([&](const QString &q) {
        asked = q;
        return false;
    });
    EXPECT_FALSE(f.view->importCsvBytes(csv, QStringLiteral("x.csv")));
    EXPECT_TRUE(asked.contains(QStringLiteral("Line 4")));
    EXPECT_TRUE(f.repository().observations(f.annual.indicatorId).isEmpty());
    f.view->setConfirmation([](const QString &) { return true; });
    EXPECT_TRUE(f.view->importCsvBytes(csv, QStringLiteral("x.csv")));
    EXPECT_EQ(f.repository().observations(f.annual.indicatorId).size(), 2);
    EXPECT_EQ(f.undo->count(), 1);
}

TEST(IndicatorsView, SelectingSeveralTargetsComparesThem)
{
    ViewFixture f;
    const TargetEntry retail = f.target(QStringLiteral("社会消费品零售总额增长"), QStringLiteral("2023"));
    f.view->selectTargets({f.annual.target.id, retail.target.id, f.q1.target.id});
    // One line per indicator: the Q1 target shares GDP's indicator
    EXPECT_EQ(f.view->chartData().series.size(), 2);
    EXPECT_EQ(f.view->currentIndicatorId(), f.annual.indicatorId);
}

TEST(IndicatorsView, NonFiniteNumbersAreRefusedInEveryEditor)
{
    ViewFixture f;
    QStringList messages;
    QObject::connect(f.view.get(), &IndicatorsView::statusMessage,
                     [&](const QString &text) { messages.append(text); });
    // The entry line
    EXPECT_FALSE(f.view->recordObservation(QStringLiteral("2023-06"), QStringLiteral("inf")));
    EXPECT_FALSE(f.view->recordObservation(QStringLiteral("2023-06"), QStringLiteral("nan")));
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.last().contains(QStringLiteral("finite"))) << messages.last().toStdString();
    // The observations table
    ASSERT_TRUE(f.view->recordObservation(QStringLiteral("2023-06"), QStringLiteral("7.3")));
    ObservationTableModel *o = f.view->observationModel();
    ASSERT_EQ(o->rowCount(), 1);
    EXPECT_FALSE(o->setData(o->index(0, ObservationTableModel::ValueColumn), QStringLiteral("inf")));
    EXPECT_FALSE(o->setData(o->index(0, ObservationTableModel::ValueColumn), QStringLiteral("1e999")));
    EXPECT_DOUBLE_EQ(f.repository().observations(f.annual.indicatorId).first().value, 7.3);
    // The targets table: value and stretch
    TargetTableModel *m = f.view->targetModel();
    const int row = m->rowOf(f.annual.target.id);
    messages.clear();
    EXPECT_FALSE(m->setData(m->index(row, TargetTableModel::TargetColumn), QStringLiteral("inf")));
    EXPECT_FALSE(m->setData(m->index(row, TargetTableModel::TargetColumn), QStringLiteral("nan")));
    EXPECT_FALSE(m->setData(m->index(row, TargetTableModel::StretchColumn), QStringLiteral("-inf")));
    EXPECT_FALSE(m->setData(m->index(row, TargetTableModel::StretchColumn), QStringLiteral("1e999")));
    EXPECT_EQ(f.repository().target(f.annual.target.id)->target, f.annual.target);
    EXPECT_EQ(f.undo->count(), 1);
    // and the table said why
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.last().contains(QStringLiteral("finite"))) << messages.last().toStdString();
}

TEST(PasteColumnDialog, TwoColumnPasteIsReadByItsPeriodsAndBadRowsAreShown)
{
    // GIVEN the dialog with a two-column paste, one row of it bad
    PasteColumnDialog dialog(QStringLiteral("地区生产总值增长"), 2023);
    dialog.setText(QStringLiteral("1-2月\t5.1\n1-3月\tx\n1-5月\t6.8\n1-7月\t7.2\n"));
    // THEN the values go under the periods beside them
    const PastedColumn::Result r = dialog.result();
    ASSERT_EQ(r.values.size(), 3);
    EXPECT_EQ(r.values[0].period, QStringLiteral("2023-02"));
    EXPECT_EQ(r.values[1].period, QStringLiteral("2023-05"));
    EXPECT_EQ(r.values[2].period, QStringLiteral("2023-07"));
    // and the preview names the bad row
    EXPECT_TRUE(dialog.previewText().contains(QStringLiteral("Row 2"))) << dialog.previewText().toStdString();
    // even when the start month is not a month (the periods are in the paste)
    dialog.setStartMonth(QStringLiteral("sometime"));
    EXPECT_EQ(dialog.result().values.size(), 3);
}

TEST(IndicatorsView, CsvFileMustBeARegularFileOfAReadableSize)
{
    ViewFixture f;
    duban::test::TempDir dir;
    const QString fifo = dir.file(QStringLiteral("pipe.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QStringList messages;
    QObject::connect(f.view.get(), &IndicatorsView::statusMessage,
                     [&](const QString &text) { messages.append(text); });
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(f.view->importCsvFile(fifo));
    EXPECT_FALSE(f.view->importCsvFile(QStringLiteral("/dev/zero")));
    EXPECT_FALSE(f.view->importCsvFile(dir.path()));
    EXPECT_LT(timer.elapsed(), 5000);
    ASSERT_EQ(messages.size(), 3);
    EXPECT_TRUE(messages[0].contains(QStringLiteral("not a regular file"))) << messages[0].toStdString();
    EXPECT_TRUE(messages[1].contains(QStringLiteral("not a regular file"))) << messages[1].toStdString();
    EXPECT_TRUE(messages[2].contains(QStringLiteral("is a folder"))) << messages[2].toStdString();
    EXPECT_TRUE(f.repository().observations(f.annual.indicatorId).isEmpty());
}

TEST(IndicatorsView, AnObservationRecordedElsewhereIsShownOnceTheWindowNotices)
{
    // GIVEN the screen on the GDP target, with no observations yet
    ViewFixture f;
    EXPECT_EQ(f.view->observationModel()->rowCount(), 0);
    // WHEN another process records one (duban observe in a shell) and the window looks for changes
    {
        auto other = Database::open(f.db->path(), nullptr);
        QList<Observation> one{Observation{0, f.annual.indicatorId, QStringLiteral("2023-03"), 4.1, {}, {}}};
        ASSERT_TRUE(IndicatorRepository(*other).replaceObservations({}, one, nullptr));
    }
    ASSERT_TRUE(f.store->checkOutsideChanges());
    // THEN the screen shows it
    EXPECT_EQ(f.view->observationModel()->rowCount(), 1);
}

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

/// A workbook made by python3-openpyxl, as a statistics office's Excel would save it.
bool makeWorkbook(const QString &path, const char *body)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, openpyxl\nwb = openpyxl.Workbook()\nws = wb.active\n") +
                 QString::fromUtf8(body) + QStringLiteral("\nwb.save(sys.argv[1])\n"),
             path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        ADD_FAILURE() << p.readAllStandardError().toStdString();
        return false;
    }
    return true;
}

} // namespace

TEST(IndicatorsView, AStatisticsTableFromExcelGoesThroughTheMappingStep)
{
    ViewFixture f;
    duban::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("统计月报.xlsx"));
    // A first sheet of notes, then the table: a title, the periods, four names — one the ledger's, one
    // with a bad cell, one written the bureau's way, one a sub-item the office does not track.
    ASSERT_TRUE(makeWorkbook(path, "ws.title = '说明'\nws.append(['本表由统计局提供'])\n"
                                   "t = wb.create_sheet('月报')\nt.append(['主要经济指标'])\n"
                                   "t.append(['指标', '2023年1-2月', '2023年1-3月'])\n"
                                   "t.append(['地区生产总值增长', 6.2, 6.8])\n"
                                   "t.append(['社会消费品零售总额增长', 'oops', 5.0])\n"
                                   "t.append(['GDP增速（新区口径）', 7.1, 7.3])\n"
                                   "t.append(['其中：一产', 1, 2])\n"));
    const qint64 gdp = f.annual.indicatorId;
    int asked = 0;
    f.view->setConfirmation([&](const QString &) {
        ++asked;
        return true;
    });
    bool shown = false;
    f.view->setTableMapping([&](ObservationTableDialog &d) {
        shown = true;
        EXPECT_EQ(d.sheetNames(), (QStringList{u("说明"), u("月报")}));
        EXPECT_EQ(d.tableLayout(), (ObservationTableLayout{true, 1, 0})) << "the sheet with a table, guessed";
        EXPECT_EQ(d.names(), (QStringList{u("地区生产总值增长"), u("社会消费品零售总额增长"),
                                          u("GDP增速（新区口径）"), u("其中：一产")}));
        EXPECT_EQ(d.choiceFor(u("地区生产总值增长")), gdp) << "a name of the ledger is matched";
        EXPECT_EQ(d.choiceFor(u("GDP增速（新区口径）")), -1) << "one it does not know is left to the user";
        // Unmapped, the bureau's names are problems, shown before anything is recorded.
        EXPECT_TRUE(d.previewText().contains(u("GDP增速（新区口径）"))) << d.previewText().toStdString();
        EXPECT_TRUE(d.previewText().contains(QStringLiteral("B4"))) << d.previewText().toStdString();
        // Two names for one indicator: the second line's values are refused, not silently kept.
        d.choose(u("GDP增速（新区口径）"), gdp);
        d.choose(u("其中：一产"), 0);
        EXPECT_TRUE(d.previewText().contains(u("月报, row 5"))) << d.previewText().toStdString();
        EXPECT_EQ(d.outcome().observations.size(), 2 + 1);
        // The bureau's line is the one to keep; the ledger's own name is not imported.
        d.choose(u("地区生产总值增长"), 0);
        const ObservationTableDialog::Outcome o = d.outcome();
        EXPECT_EQ(o.observations.size(), 2 + 1) << "GDP from row 5 and the good cell of row 4";
        EXPECT_TRUE(d.recordButton()->isEnabled());
        return true;
    });
    ASSERT_TRUE(f.view->importCsvFile(path));
    EXPECT_TRUE(shown);
    EXPECT_EQ(asked, 0) << "the dialog's preview was the question";
    QList<Observation> gdpValues = f.repository().observations(gdp);
    ASSERT_EQ(gdpValues.size(), 2);
    std::sort(gdpValues.begin(), gdpValues.end(),
              [](const Observation &a, const Observation &b) { return a.period < b.period; });
    EXPECT_EQ(gdpValues[0].value, 7.1) << "the value of the line mapped by hand";
    EXPECT_EQ(gdpValues[1].value, 7.3);
    EXPECT_EQ(f.undo->count(), 1) << "one undo step";
    f.undo->undo();
    EXPECT_TRUE(f.repository().observations(gdp).isEmpty());
}

TEST(IndicatorsView, TheMappingStepFollowsTheChosenLinesAndRefusesAnEmptyReading)
{
    ViewFixture f;
    duban::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("转置.xlsx"));
    // The transpose: periods down the first column.
    ASSERT_TRUE(makeWorkbook(path, "ws.append(['时期', '地区生产总值增长', '备注'])\n"
                                   "ws.append(['1-2月', 6.2, '初步'])\nws.append(['1-3月', 6.8, None])\n"));
    f.view->setTableMapping([&](ObservationTableDialog &d) {
        EXPECT_EQ(d.tableLayout(), (ObservationTableLayout{false, 0, 0}));
        EXPECT_EQ(d.names(), (QStringList{u("地区生产总值增长"), u("备注")}));
        EXPECT_TRUE(d.previewText().contains(u("初步"))) << "a text column is a problem until it is skipped";
        d.choose(u("备注"), 0);
        EXPECT_EQ(d.outcome().problems, QStringList{});
        EXPECT_EQ(d.outcome().observations.size(), 2);
        // The periods said to be in row 2 (across): no period there, nothing to record, no button.
        d.setTableLayout(ObservationTableLayout{true, 1, 0});
        EXPECT_TRUE(d.outcome().observations.isEmpty());
        EXPECT_FALSE(d.recordButton()->isEnabled());
        d.setTableLayout(ObservationTableLayout{false, 0, 0});
        EXPECT_EQ(d.choiceFor(u("备注")), 0) << "a choice stays with its name";
        return false; // cancelled: nothing recorded
    });
    EXPECT_FALSE(f.view->importCsvFile(path));
    EXPECT_TRUE(f.repository().observations(f.annual.indicatorId).isEmpty());
    EXPECT_EQ(f.undo->count(), 0);

    // A workbook without a row or column of periods never opens the step.
    const QString none = dir.file(QStringLiteral("名单.xlsx"));
    ASSERT_TRUE(makeWorkbook(none, "ws.append(['名称', '数值'])\nws.append(['甲', 1])\n"));
    bool shown = false;
    f.view->setTableMapping([&](ObservationTableDialog &) { return shown = true; });
    QSignalSpy status(f.view.get(), &IndicatorsView::statusMessage);
    EXPECT_FALSE(f.view->importCsvFile(none));
    EXPECT_FALSE(shown);
    ASSERT_EQ(status.count(), 1);
    EXPECT_TRUE(status.first().first().toString().contains(QStringLiteral("名单.xlsx")));
}
