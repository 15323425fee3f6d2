// The dashboard's 考核 tab and 签收率 column on real widgets, over the scored ledger of
// support/ScoredLedger.h.
#include "support/ScoredLedger.h"
#include "support/TempDir.h"

#include "core/services/OpenLedger.h"
#include "core/services/UndoStack.h"
#include "ui/models/UnitStatisticsModel.h"
#include "ui/views/DashboardView.h"
#include "ui/views/DuePanel.h"
#include "ui/views/RollCallPanel.h"
#include "ui/views/ScoresPanel.h"
#include "ui/views/SupervisionView.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeWidget>

using namespace duban::core;
using namespace duban::ui;
using duban::test::zh;

TEST(ScoresPanel, RanksTheUnitsAndExpandsIntoTheirItems)
{
    duban::test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("s.sqlite")), nullptr);
    PlanDocument doc = duban::test::smallPlan();
    duban::test::buildScoredLedger(*db, doc);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    OpenLedger store(*db);
    store.setAsOf(QDate(2023, 10, 12));
    store.reload();
    DashboardView view(&store);
    view.resize(1400, 800);
    view.show();
    view.refresh();

    // 签收率 in the unit table: 开发建设局 signed none of the one it owes.
    UnitStatisticsModel *units = view.unitModel();
    int building = -1;
    for (int r = 0; r < units->rowCount(); ++r)
        if (units->index(r, 0).data().toString() == zh("新区开发建设局（交通运输局）"))
            building = r;
    ASSERT_GE(building, 0);
    const QModelIndex rate = units->index(building, int(UnitStatisticsModel::Column::SignRate));
    EXPECT_EQ(rate.data().toString(), QStringLiteral("0%"));
    EXPECT_TRUE(rate.data(Qt::ToolTipRole).toString().contains(QLatin1Char('1')));

    // The 考核 tab: computed when shown, in a worker thread (the window does not wait for it).
    QSignalSpy computed(view.scoresPanel(), &ScoresPanel::refreshed);
    view.unitTabs()->setCurrentWidget(view.scoresPanel());
    QTreeWidget *tree = view.scoresPanel()->tree();
    EXPECT_EQ(tree->topLevelItemCount(), 0) << "not computed on the window's thread";
    ASSERT_TRUE(computed.wait(10000));
    ASSERT_EQ(tree->topLevelItemCount(), 6);
    QTreeWidgetItem *first = tree->topLevelItem(0);
    EXPECT_EQ(first->text(ScoresPanel::Rank), QStringLiteral("1"));
    EXPECT_EQ(first->text(ScoresPanel::Unit), zh("新区经济发展局"));
    EXPECT_EQ(first->text(ScoresPanel::Score), QStringLiteral("101"));
    EXPECT_EQ(first->text(ScoresPanel::FirstKind + int(ScoreKind::CompletedOnTime)), QStringLiteral("2"));
    EXPECT_EQ(first->childCount(), 0) << "items come when expanded";
    tree->expandItem(first);
    ASSERT_EQ(first->childCount(), 5);
    EXPECT_EQ(first->child(0)->text(ScoresPanel::Score), QStringLiteral("−1"));
    EXPECT_TRUE(first->child(0)->text(ScoresPanel::Unit).contains(QStringLiteral("2023 Q1")))
        << first->child(0)->text(ScoresPanel::Unit).toStdString();
    EXPECT_EQ(first->child(1)->text(ScoresPanel::Score), QStringLiteral("+2"));

    // A later date is counted again when the ledger's date moves.
    store.setAsOf(QDate(2023, 3, 27));
    view.refresh();
    ASSERT_TRUE(computed.wait(10000));
    ASSERT_GT(tree->topLevelItemCount(), 0);
    EXPECT_EQ(tree->topLevelItem(0)->text(ScoresPanel::Score), QStringLiteral("104"));
}

TEST(RollCallPanel, ListsTheUnitsThatHaveNotReported)
{
    duban::test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("s.sqlite")), nullptr);
    PlanDocument doc = duban::test::smallPlan();
    duban::test::buildScoredLedger(*db, doc);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    OpenLedger store(*db);
    store.setAsOf(QDate(2023, 10, 12));
    store.reload();
    RollCallPanel panel(&store);
    panel.refresh();
    QTreeWidget *tree = panel.tree();
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *unit = tree->topLevelItem(0);
    EXPECT_TRUE(unit->text(RollCallPanel::Name).startsWith(zh("新区科技创新和产业促进局")));
    ASSERT_EQ(unit->childCount(), 1);
    EXPECT_TRUE(unit->child(0)->text(RollCallPanel::Name).startsWith(QStringLiteral("10 ")));
    EXPECT_EQ(unit->child(0)->text(RollCallPanel::Period), QStringLiteral("2023 Q3"));
    EXPECT_EQ(unit->child(0)->text(RollCallPanel::Due), QStringLiteral("2023-10-10"));
    std::optional<qint64> asked;
    QObject::connect(&panel, &RollCallPanel::taskActivated, [&](qint64 id) { asked = id; });
    emit tree->itemActivated(unit->child(0), 0);
    EXPECT_EQ(asked, doc.tasks.at(2).id);
    // Once task 10 reports, nobody is called.
    ProgressReport r;
    r.taskId = doc.tasks.at(2).id;
    r.date = QDate(2023, 10, 11);
    r.unit = zh("新区科技创新和产业促进局");
    r.percent = 60;
    r.text = zh("补报");
    StorageError err;
    ASSERT_GT(store.addReport(r, &err), 0) << err.message.toStdString();
    panel.refresh();
    EXPECT_EQ(tree->topLevelItemCount(), 0);
}

TEST(SupervisionView, HoldsTheDueSoonPanelAndTheRollCallWhichFollowsTheLedger)
{
    duban::test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("v.sqlite")), nullptr);
    PlanDocument doc = duban::test::smallPlan();
    duban::test::buildScoredLedger(*db, doc);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    OpenLedger store(*db);
    store.setAsOf(QDate(2023, 10, 12));
    store.reload();
    SupervisionView view(&store, store.undoStack());
    view.resize(1000, 600);
    view.show();
    QTabWidget *pages = view.pages();
    ASSERT_EQ(pages->count(), 3);
    EXPECT_EQ(pages->widget(1), view.duePanel());
    EXPECT_EQ(pages->widget(2), view.rollCall());
    // The roll call is read when its page is first shown, not before.
    EXPECT_EQ(view.rollCall()->tree()->topLevelItemCount(), 0);
    pages->setCurrentWidget(view.rollCall());
    QCoreApplication::processEvents();
    ASSERT_EQ(view.rollCall()->tree()->topLevelItemCount(), 1);
    EXPECT_TRUE(view.rollCall()
                    ->tree()
                    ->topLevelItem(0)
                    ->text(RollCallPanel::Name)
                    .startsWith(zh("新区科技创新和产业促进局")));
    // A report of task 10 clears it while the page is shown.
    ProgressReport r;
    r.taskId = doc.tasks.at(2).id;
    r.date = QDate(2023, 10, 11);
    r.unit = zh("新区科技创新和产业促进局");
    r.percent = 60;
    r.text = zh("推进中");
    StorageError error;
    ASSERT_GT(store.addReport(r, &error), 0) << error.message.toStdString();
    QCoreApplication::processEvents();
    EXPECT_EQ(view.rollCall()->tree()->topLevelItemCount(), 0);
    // An activated task of either panel is passed on, to open it in the ledger.
    std::optional<qint64> asked;
    QObject::connect(&view, &SupervisionView::taskActivated, [&](qint64 id) { asked = id; });
    emit view.rollCall()->taskActivated(doc.tasks.at(2).id);
    EXPECT_EQ(asked, doc.tasks.at(2).id);
    asked.reset();
    emit view.duePanel()->taskActivated(doc.tasks.at(0).id);
    EXPECT_EQ(asked, doc.tasks.at(0).id);
}
