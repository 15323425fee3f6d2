// Supervision on real widgets: lights follow the as-of date and progress; the supervision view groups red
// and yellow tasks by lead unit; 催办/督办 records are undoable; the dashboard counts; the window remembers
// its layout.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/services/OpenLedger.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/TaskRepository.h"
#include "ui/commands/TaskCommands.h"
#include "ui/MainWindow.h"
#include "ui/models/LedgerModel.h"
#include "ui/models/SupervisionModel.h"
#include "ui/models/UnitStatisticsModel.h"
#include "ui/views/DashboardView.h"
#include "ui/views/LedgerView.h"
#include "ui/views/SupervisionView.h"

#include <gtest/gtest.h>

#include "core/services/UndoStack.h"
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace duban::core;
using namespace duban::ui;

namespace {

struct StoreFixture
{
    duban::test::TempDir dir;
    std::unique_ptr<Database> db = Database::open(dir.file(QStringLiteral("v.sqlite")), nullptr);
    PlanDocument doc = duban::test::smallPlan();
    std::unique_ptr<OpenLedger> store;
    duban::core::UndoStack *undo = nullptr; // the ledger's

    StoreFixture()
    {
        PlanRepository(*db).save(doc, nullptr);
        store = std::make_unique<OpenLedger>(*db);
        undo = store->undoStack();
        store->setAsOf(QDate(2023, 10, 15));
        store->reload();
    }
    Light lightOf(int task) { return store->light(store->index().indexOf(doc.tasks.at(task).id)).light; }
};

} // namespace

TEST(Supervision, LightsFollowTheAsOfDateAndProgress)
{
    StoreFixture f;
    EXPECT_EQ(f.lightOf(2), Light::Red);    // task 10, due 2023-09-30
    EXPECT_EQ(f.lightOf(0), Light::Yellow); // task 1: no report, not started
    f.store->setAsOf(QDate(2023, 9, 1));
    EXPECT_EQ(f.lightOf(2), Light::Yellow); // not yet due; no report
    // A report for July by its due day (Aug 5) with enough progress turns task 1 green, and undo takes it
    // back.
    ProgressReport r{0,
                     f.doc.tasks.at(0).id,
                     QDate(2023, 8, 3),
                     QStringLiteral("新区经济发展局"),
                     QStringLiteral("过半"),
                     80,
                     {},
                     {}};
    ASSERT_TRUE(StoreCommand::push(history::addReport(f.store.get(), r), nullptr));
    EXPECT_EQ(f.lightOf(0), Light::Green);
    EXPECT_EQ(f.store->index().progress(f.store->index().indexOf(f.doc.tasks.at(0).id)), 80);
    f.undo->undo();
    EXPECT_EQ(f.lightOf(0), Light::Yellow);
    EXPECT_TRUE(f.store->reports(f.doc.tasks.at(0).id).isEmpty());
    f.undo->redo();
    EXPECT_EQ(f.store->reports(f.doc.tasks.at(0).id).size(), 1);
}

TEST(Supervision, LedgerShowsAndFiltersByLight)
{
    StoreFixture f;
    LedgerModel model(f.store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TaskFilter filter;
    filter.light = Light::Red;
    model.setFilter(filter);
    QStringList codes;
    for (int r = 0; r < model.rowCount(); ++r)
        codes.append(model.index(r, 0).data().toString());
    EXPECT_EQ(codes, duban::test::strings({"2", "10"}));
    const int row10 = model.rowOf(f.doc.tasks.at(2).id);
    EXPECT_EQ(model.index(row10, int(LedgerModel::Column::Light)).data().toString(),
              QStringLiteral("Overdue 15 day(s)"));
    EXPECT_TRUE(model.index(row10, int(LedgerModel::Column::Light))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Overdue by 15 day(s) (deadline 2023-09-30)")));
    EXPECT_EQ(model.index(row10, int(LedgerModel::Column::Light)).data(LedgerModel::LightRole).toInt(),
              int(Light::Red));
    filter.light = Light::Completed;
    model.setFilter(filter);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("3"));
    // AND a closed task reads done, whatever it last reported
    EXPECT_EQ(model.index(0, int(LedgerModel::Column::Progress)).data().toString(), QStringLiteral("100%"));
}

TEST(Supervision, ViewGroupsRedAndYellowByLeadUnitMostOverdueFirst)
{
    StoreFixture f;
    SupervisionModel model(f.store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // red: 10 (15 days overdue, 科技创新局), 2 (milestone, 经济发展局); yellow: 1 and 四（一） (经济发展局)
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("新区科技创新和产业促进局"));
    EXPECT_EQ(model.index(0, int(SupervisionModel::Column::DaysOverdue)).data().toInt(), 15);
    const QModelIndex econ = model.index(1, 0);
    EXPECT_EQ(econ.data().toString(), QStringLiteral("新区经济发展局"));
    ASSERT_EQ(model.rowCount(econ), 3);
    EXPECT_TRUE(model.index(0, 0, econ).data().toString().startsWith(QStringLiteral("2 ")));
    EXPECT_EQ(model.index(0, int(SupervisionModel::Column::Light), econ).data().toString(),
              QStringLiteral("Q1 milestone overdue 198 day(s)"));
    EXPECT_EQ(model.redCount(), 2);
    EXPECT_EQ(model.yellowCount(), 2);
    EXPECT_EQ(model.taskIdsOfUnit(1).size(), 3);
}

TEST(Supervision, UnitWideNoticeIsOneUndoStepAndAnOverdueNoticeIsRed)
{
    StoreFixture f;
    f.store->setAsOf(QDate(2023, 3, 1));
    EXPECT_EQ(f.lightOf(0), Light::Yellow);
    QList<SupervisionRecord> records;
    for (int task : {0, 1, 4}) {
        SupervisionRecord r;
        r.taskId = f.doc.tasks.at(task).id;
        r.kind = SupervisionRecord::Kind::Notice;
        r.date = QDate(2023, 3, 1);
        r.unit = QStringLiteral("新区经济发展局");
        r.text = QStringLiteral("请报送进展");
        r.responseDue = QDate(2023, 3, 8);
        records.append(r);
    }
    ASSERT_TRUE(StoreCommand::push(history::addRecords(f.store.get(), records), nullptr));
    EXPECT_EQ(f.undo->count(), 1);
    for (int task : {0, 1, 4})
        EXPECT_EQ(f.store->records(f.doc.tasks.at(task).id).size(), 1);
    f.store->setAsOf(QDate(2023, 3, 9));
    EXPECT_EQ(f.lightOf(0), Light::Red);
    EXPECT_EQ(f.store->statistics().units.last().openNotices, 3);
    // a response clears it
    SupervisionRecord answered = f.store->records(f.doc.tasks.at(0).id).first();
    const SupervisionRecord before = answered;
    answered.respondedOn = QDate(2023, 3, 9);
    ASSERT_TRUE(StoreCommand::push(history::editRecord(f.store.get(), before, answered), nullptr));
    EXPECT_EQ(f.lightOf(0), Light::Yellow);
    f.undo->undo();
    f.undo->undo();
    for (int task : {0, 1, 4})
        EXPECT_TRUE(f.store->records(f.doc.tasks.at(task).id).isEmpty());
}

TEST(Supervision, DeletingATaskKeepsItsHistoryForUndo)
{
    StoreFixture f;
    const qint64 id = f.doc.tasks.at(0).id;
    ProgressReport r{0, id, QDate(2023, 5, 1), {}, QStringLiteral("进展"), 30, {}, {}};
    f.store->addReport(r, nullptr);
    SupervisionRecord n{
        0, id, SupervisionRecord::Kind::Reminder, QDate(2023, 5, 2), {}, {}, QDate(2023, 5, 9), {}, {}};
    f.store->addRecord(n, nullptr);
    ASSERT_TRUE(StoreCommand::push(new DeleteTaskCommand(f.store.get(), *f.store->task(id)), nullptr));
    EXPECT_TRUE(ProgressRepository(*f.db).reports(id).isEmpty());
    f.undo->undo();
    EXPECT_EQ(ProgressRepository(*f.db).reports(id).size(), 1);
    EXPECT_EQ(ProgressRepository(*f.db).records(id).size(), 1);
}

TEST(Supervision, DashboardCountsAndPerUnitTable)
{
    StoreFixture f;
    DashboardView view(f.store.get());
    view.refresh();
    EXPECT_EQ(view.statistics().counts.red, 2);
    EXPECT_EQ(view.statistics().counts.yellow, 2);
    EXPECT_EQ(view.statistics().counts.completed, 1);
    UnitStatisticsModel *m = view.unitModel();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int econ = -1;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data().toString() == QStringLiteral("新区经济发展局"))
            econ = r;
    ASSERT_GE(econ, 0);
    EXPECT_EQ(m->index(econ, int(UnitStatisticsModel::Column::Led)).data().toInt(), 3);
    EXPECT_EQ(m->index(econ, int(UnitStatisticsModel::Column::Overdue)).data().toInt(), 1);
    // clicking a light asks the ledger to filter
    std::optional<Light> asked;
    QObject::connect(&view, &DashboardView::lightActivated, [&](Light l) { asked = l; });
    emit view.lightActivated(Light::Red);
    EXPECT_EQ(asked, Light::Red);
}

TEST(Supervision, DashboardCountsTheReportsEachLeadUnitOwes)
{
    // GIVEN as of 2023-10-15 (September's reports were due Oct 5): 新区经济发展局 leads tasks 1, 2 and
    // 四（一）; it reported on task 1 on Oct 3 (on time) and on task 2 on Oct 10 (late), not on 四（一）; a
    // co-unit's report on 四（一） does not count for it
    StoreFixture f;
    ProgressRepository progress(*f.db);
    const auto report = [&](int task, QDate date, const char *unit) {
        ProgressReport r{0, f.doc.tasks.at(task).id, date, QString::fromUtf8(unit), {}, 80, {}, {}};
        ASSERT_TRUE(progress.insertReport(r, nullptr));
    };
    report(0, QDate(2023, 10, 3), "新区经济发展局");
    report(1, QDate(2023, 10, 10), "新区经济发展局");
    report(4, QDate(2023, 10, 2), "园区");
    f.store->reload();
    DashboardView view(f.store.get());
    view.refresh();
    UnitStatisticsModel *m = view.unitModel();
    int econ = -1;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data().toString() == QStringLiteral("新区经济发展局"))
            econ = r;
    ASSERT_GE(econ, 0);
    const auto cell = [&](UnitStatisticsModel::Column c) { return m->index(econ, int(c)).data().toInt(); };
    // THEN its row counts 3 reports due: 1 on time, 1 late, 1 missing
    EXPECT_EQ(cell(UnitStatisticsModel::Column::ReportsDue), 3);
    EXPECT_EQ(cell(UnitStatisticsModel::Column::ReportsOnTime), 1);
    EXPECT_EQ(cell(UnitStatisticsModel::Column::ReportsLate), 1);
    EXPECT_EQ(cell(UnitStatisticsModel::Column::ReportsMissing), 1);
    // AND the co-unit 园区 owes nothing
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data().toString() == QStringLiteral("园区")) {
            EXPECT_EQ(m->index(r, int(UnitStatisticsModel::Column::ReportsDue)).data().toInt(), 0);
        }
    }
    // AND the totals are in the statistics the briefing uses
    EXPECT_EQ(view.statistics().reports.missing + view.statistics().reports.late +
                  view.statistics().reports.onTime,
              view.statistics().reports.due);
    EXPECT_GE(view.statistics().reports.missing, 1);
}

TEST(MainWindowLayout, FirstOpeningFitsTheScreen)
{
    // GIVEN no remembered layout and a screen smaller than the window's preferred 1400 × 860
    duban::test::TempDir dir;
    QSettings().clear();
    MainWindow window(Database::open(dir.file(QStringLiteral("s.sqlite")), nullptr));
    const QSize available = window.screen()->availableGeometry().size();
    ASSERT_LT(available.width(), 1400) << "the offscreen screen is expected to be smaller";
    // THEN the window is no larger than the screen
    EXPECT_LE(window.width(), available.width());
    EXPECT_LE(window.height(), available.height());
}

TEST(MainWindowLayout, AsOfToolbarDrivesEveryViewAndLayoutIsRemembered)
{
    duban::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("w.sqlite"));
    {
        auto db = Database::open(path, nullptr);
        PlanDocument doc = duban::test::smallPlan();
        PlanRepository(*db).save(doc, nullptr);
    }
    QSettings().clear();
    QList<int> sizes;
    {
        MainWindow window(Database::open(path, nullptr));
        window.resize(1300, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        auto *asOf = window.findChild<QDateEdit *>(QStringLiteral("asOfDate"));
        ASSERT_TRUE(asOf);
        asOf->setDate(QDate(2023, 10, 15));
        EXPECT_EQ(window.store()->asOf(), QDate(2023, 10, 15));
        EXPECT_EQ(window.supervision()->model()->redCount(), 2);
        auto *splitter = window.ledger()->findChild<QSplitter *>();
        ASSERT_TRUE(splitter);
        splitter->setSizes({700, 600});
        sizes = splitter->sizes();
        window.ledger()->table()->setColumnWidth(int(LedgerModel::Column::Title), 333);
        window.close();
    }
    MainWindow again(Database::open(path, nullptr));
    again.resize(1300, 800);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_EQ(again.ledger()->findChild<QSplitter *>()->sizes(), sizes);
    EXPECT_EQ(again.ledger()->table()->columnWidth(int(LedgerModel::Column::Title)), 333);
}

TEST(MainWindowLayout, OpeningAnotherDatabaseSwitchesEveryViewAndABadFileKeepsTheCurrentOne)
{
    duban::test::TempDir dir;
    const QString first = dir.file(QStringLiteral("first.sqlite"));
    const QString second = dir.file(QStringLiteral("second.sqlite"));
    {
        auto db = Database::open(second, nullptr);
        PlanDocument doc = duban::test::smallPlan();
        PlanRepository(*db).save(doc, nullptr);
    }
    MainWindow window(Database::open(first, nullptr));
    window.show();
    EXPECT_EQ(window.store()->index().size(), 0);
    ASSERT_TRUE(window.openDatabase(second));
    EXPECT_EQ(window.database()->path(), second);
    EXPECT_EQ(window.store()->index().size(), 5);
    EXPECT_EQ(window.ledger()->model()->rowCount(), 5);
    EXPECT_EQ(window.undoStack()->count(), 0);
    // A file that is not a Duban database is refused with a message; the open ledger stays.
    const QString notes = dir.file(QStringLiteral("notes.sqlite"));
    duban::test::writeAll(notes, QByteArray("not a database\n").repeated(20));
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->inherits("QMessageBox"))
                w->close();
    });
    EXPECT_FALSE(window.openDatabase(notes));
    EXPECT_EQ(window.database()->path(), second);
    EXPECT_EQ(window.store()->index().size(), 5);
    EXPECT_EQ(duban::test::readAll(notes), QByteArray("not a database\n").repeated(20));
}
