// The window on real offscreen widgets, driven from the keyboard: the as-of date typed, undo and redo keys,
// columns hidden and remembered, the detail pane collapsed, the ledger's filter bar.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/rules/StatusRules.h"
#include "core/services/OpenLedger.h"
#include "core/services/UndoStack.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/TaskRepository.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/models/LedgerModel.h"
#include "ui/views/DashboardView.h"
#include "ui/views/LedgerView.h"
#include "ui/views/TaskDetailPane.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace duban::core;
using namespace duban::ui;

namespace {

// Types Chinese text the way an input method commits it (QTest::keyClicks cannot send CJK).
void commitText(QWidget *w, const QString &text)
{
    QInputMethodEvent e;
    e.setCommitString(text);
    QApplication::sendEvent(w, &e);
}

// A window on the small plan, shown at its default size and active, so that its shortcuts work.
struct WindowFixture
{
    duban::test::TempDir dir;
    QString path = dir.file(QStringLiteral("w.sqlite"));
    std::unique_ptr<MainWindow> window;

    WindowFixture()
    {
        QSettings().clear();
        {
            auto db = Database::open(path, nullptr);
            PlanDocument doc = duban::test::smallPlan();
            PlanRepository(*db).save(doc, nullptr);
        }
        open();
    }

    void open()
    {
        window = std::make_unique<MainWindow>(Database::open(path, nullptr));
        window->resize(1400, 860);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    // Closes the window as the user does (it saves its layout) and opens a new one on the same file.
    void reopen()
    {
        window->close();
        window.reset();
        open();
    }

    OpenLedger *store() const { return window->store(); }
    QDateEdit *asOf() const { return window->findChild<QDateEdit *>(QStringLiteral("asOfDate")); }
    Task saved(qint64 id) const { return *TaskRepository(*window->database()).load(id); }
};

} // namespace

TEST(Window, TypingADateIntoTheAsOfFieldChangesTheAsOfDate)
{
    // GIVEN the window as of 2024-05-10
    WindowFixture f;
    QDateEdit *asOf = f.asOf();
    ASSERT_TRUE(asOf);
    asOf->setDate(QDate(2024, 5, 10));
    ASSERT_EQ(f.store()->asOf(), QDate(2024, 5, 10));
    QSignalSpy applied(f.store(), &OpenLedger::asOfChanged);
    // WHEN the user types a year into the year section and presses Enter
    asOf->setFocus();
    asOf->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(asOf, QStringLiteral("2023"));
    QTest::keyClick(asOf, Qt::Key_Return);
    // THEN the ledger is as of that day, and never was as of a half-typed year (0202-05-10)
    EXPECT_EQ(f.store()->asOf(), QDate(2023, 5, 10));
    ASSERT_EQ(applied.size(), 1);
    EXPECT_EQ(applied.at(0).at(0).toDate(), QDate(2023, 5, 10));
    // WHEN the month is typed, then stepped with the arrow key
    asOf->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClicks(asOf, QStringLiteral("06"));
    QTest::keyClick(asOf, Qt::Key_Return);
    EXPECT_EQ(f.store()->asOf(), QDate(2023, 6, 10));
    asOf->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClick(asOf, Qt::Key_Up);
    EXPECT_EQ(f.store()->asOf(), QDate(2023, 6, 11));
    // WHEN a day the month does not have is typed: it is not applied
    asOf->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClicks(asOf, QStringLiteral("02"));
    QTest::keyClick(asOf, Qt::Key_Return);
    ASSERT_EQ(f.store()->asOf(), QDate(2023, 2, 11));
    asOf->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(asOf, QStringLiteral("30"));
    QTest::keyClick(asOf, Qt::Key_Return);
    EXPECT_TRUE(f.store()->asOf().isValid());
    EXPECT_EQ(f.store()->asOf().month(), 2);
    EXPECT_EQ(f.store()->asOf(), asOf->date()) << "the field shows the date the ledger is as of";
}

TEST(Window, ADateTypedWholeIntoTheAsOfFieldChangesTheAsOfDate)
{
    // GIVEN the window as of 2024-05-10
    WindowFixture f;
    QDateEdit *asOf = f.asOf();
    asOf->setDate(QDate(2024, 5, 10));
    asOf->setFocus();
    const auto typeOver = [asOf](const QString &text) {
        QTest::keyClick(asOf, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(asOf, text);
        QTest::keyClick(asOf, Qt::Key_Return);
    };
    // WHEN a whole date is typed over the selected text, in the ways offices write one
    typeOver(QStringLiteral("2023-06-30"));
    EXPECT_EQ(f.store()->asOf(), QDate(2023, 6, 30));
    typeOver(QStringLiteral("20230115"));
    EXPECT_EQ(f.store()->asOf(), QDate(2023, 1, 15));
    typeOver(QStringLiteral("2022/3/8"));
    EXPECT_EQ(f.store()->asOf(), QDate(2022, 3, 8));
    typeOver(QStringLiteral("23-9-1"));
    EXPECT_EQ(f.store()->asOf(), QDate(2023, 9, 1));
    // WHEN the year section is emptied and typed again
    asOf->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClick(asOf, Qt::Key_End);
    asOf->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClick(asOf, Qt::Key_Backspace);
    QTest::keyClicks(asOf, QStringLiteral("2021"));
    QTest::keyClick(asOf, Qt::Key_Return);
    EXPECT_EQ(f.store()->asOf(), QDate(2021, 9, 1));
    // THEN a typed day that does not exist is not taken: the field goes back to the ledger's date
    typeOver(QStringLiteral("2023-02-30"));
    EXPECT_EQ(f.store()->asOf(), QDate(2021, 9, 1));
    EXPECT_EQ(asOf->date(), QDate(2021, 9, 1));
    EXPECT_EQ(asOf->text(), QStringLiteral("2021-09-01"));
}

TEST(Window, UndoAndRedoKeysUndoTheLedgerEditEvenFromTheTextField)
{
    // GIVEN the window with task 1 selected, and a co-unit added through the detail pane's field
    WindowFixture f;
    const qint64 id = f.store()->index().row(0).id;
    f.window->ledger()->selectTask(id);
    TaskDetailPane *pane = f.window->ledger()->detail();
    QLineEdit *field = pane->coUnitInput();
    field->setFocus();
    commitText(field, QStringLiteral("各街道（镇）"));
    QTest::keyClick(field, Qt::Key_Return);
    ASSERT_TRUE(f.saved(id).co.contains(QStringLiteral("各街道（镇）")));
    ASSERT_TRUE(field->hasFocus());
    // WHEN Ctrl+Z is pressed with the focus still in the field
    QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
    // THEN the ledger edit is undone, not the field's typing
    EXPECT_FALSE(f.saved(id).co.contains(QStringLiteral("各街道（镇）")));
    EXPECT_FALSE(pane->coUnitList()->findItems(QStringLiteral("各街道（镇）"), Qt::MatchExactly).size());
    // WHEN Ctrl+Shift+Z: redone; Ctrl+Z then Ctrl+Y: undone and redone again
    QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(f.saved(id).co.contains(QStringLiteral("各街道（镇）")));
    QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(f.saved(id).co.contains(QStringLiteral("各街道（镇）")));
    QTest::keyClick(field, Qt::Key_Y, Qt::ControlModifier);
    EXPECT_TRUE(f.saved(id).co.contains(QStringLiteral("各街道（镇）")));
    // AND from the table too
    f.window->ledger()->table()->setFocus();
    QTest::keyClick(f.window->ledger()->table(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(f.saved(id).co.contains(QStringLiteral("各街道（镇）")));
}

TEST(Window, TypingInATextFieldIsUndoneInTheFieldFirst)
{
    // GIVEN a ledger edit on the stack and the user typing something new into the add-unit field
    WindowFixture f;
    const qint64 id = f.store()->index().row(0).id;
    f.window->ledger()->selectTask(id);
    QLineEdit *field = f.window->ledger()->detail()->coUnitInput();
    field->setFocus();
    commitText(field, QStringLiteral("各街道（镇）"));
    QTest::keyClick(field, Qt::Key_Return);
    QTest::keyClicks(field, QStringLiteral("abc"));
    // WHEN Ctrl+Z: the typing goes first, the ledger edit stays
    QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(field->text(), QString());
    EXPECT_TRUE(f.saved(id).co.contains(QStringLiteral("各街道（镇）")));
    // and the next Ctrl+Z undoes the ledger edit
    QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(f.saved(id).co.contains(QStringLiteral("各街道（镇）")));
}

TEST(Window, EveryShortcutBelongsToExactlyOneEnabledAction)
{
    // GIVEN the window with something to undo and to redo
    WindowFixture f;
    const qint64 id = f.store()->index().row(0).id;
    f.window->ledger()->selectTask(id);
    QLineEdit *field = f.window->ledger()->detail()->coUnitInput();
    commitText(field, QStringLiteral("各街道（镇）"));
    QTest::keyClick(field, Qt::Key_Return);
    commitText(field, QStringLiteral("园区二"));
    f.window->ledger()->detail()->setQuestion([](const QString &, const QString &) { return true; });
    QTest::keyClick(field, Qt::Key_Return);
    f.store()->undoStack()->undo();
    ASSERT_TRUE(f.store()->undoStack()->canUndo());
    ASSERT_TRUE(f.store()->undoStack()->canRedo());
    // THEN each key sequence of an enabled action in the window is that one action's only
    QHash<QKeySequence, QStringList> owners;
    for (QAction *a : f.window->findChildren<QAction *>()) {
        if (!a->isEnabled())
            continue;
        for (const QKeySequence &k : a->shortcuts())
            owners[k].append(a->text());
    }
    for (const QKeySequence &k :
         {QKeySequence(Qt::CTRL | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
          QKeySequence(Qt::CTRL | Qt::Key_Y)})
        EXPECT_EQ(owners.value(k).size(), 1) << k.toString().toStdString();
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        EXPECT_EQ(it.value().size(), 1) << it.key().toString().toStdString() << " is on "
                                        << it.value().join(QStringLiteral(", ")).toStdString();
}

TEST(Window, ACompletionDateDefaultsToAPastAsOfDate)
{
    // GIVEN the ledger reviewed as of 2023-07-01 and an open task
    WindowFixture f;
    f.asOf()->setDate(QDate(2023, 7, 1));
    const qint64 id = f.store()->index().row(0).id;
    f.window->ledger()->selectTask(id);
    auto *completed = f.window->ledger()->detail()->findChild<QCheckBox *>(QStringLiteral("completed"));
    ASSERT_TRUE(completed);
    // WHEN the user ticks it completed
    completed->click();
    // THEN it is completed as of the day being reviewed, not today
    EXPECT_EQ(f.saved(id).completedOn, QDate(2023, 7, 1));
    // AND with the as-of date in the future, today
    f.store()->undoStack()->undo();
    f.asOf()->setDate(QDate::currentDate().addDays(30));
    f.window->ledger()->selectTask(id);
    completed->click();
    EXPECT_EQ(f.saved(id).completedOn, QDate::currentDate());
}

TEST(Window, AColumnHiddenThroughTheHeaderMenuStaysHiddenInTheNextWindow)
{
    // GIVEN the ledger with every column shown
    WindowFixture f;
    QTableView *table = f.window->ledger()->table();
    const int deadline = int(LedgerModel::Column::Deadline);
    ASSERT_FALSE(table->isColumnHidden(deadline));
    // WHEN the user unticks 截止 "Deadline" in the header's menu
    std::unique_ptr<QMenu> menu(f.window->ledger()->createColumnMenu(nullptr));
    ASSERT_EQ(menu->actions().size(), f.window->ledger()->model()->columnCount()) << "one entry per column";
    QAction *entry = nullptr;
    for (QAction *a : menu->actions())
        if (a->text() == f.window->ledger()->model()->headerData(deadline, Qt::Horizontal).toString())
            entry = a;
    ASSERT_TRUE(entry);
    ASSERT_TRUE(entry->isChecked());
    entry->trigger();
    // THEN the column is hidden, and still hidden after Duban is closed and opened again
    EXPECT_TRUE(table->isColumnHidden(deadline));
    EXPECT_EQ(duban::ui::settings::ledgerHiddenColumns.get(QSettings()),
              QStringList{QStringLiteral("deadline")});
    f.reopen();
    EXPECT_TRUE(f.window->ledger()->table()->isColumnHidden(deadline));
    // AND ticking it again shows it
    std::unique_ptr<QMenu> again(f.window->ledger()->createColumnMenu(nullptr));
    for (QAction *a : again->actions())
        if (a->data().toString() == QStringLiteral("deadline")) {
            EXPECT_FALSE(a->isChecked());
            a->trigger();
        }
    EXPECT_FALSE(f.window->ledger()->table()->isColumnHidden(deadline));
    EXPECT_GT(f.window->ledger()->table()->columnWidth(deadline), 20);
}

TEST(Window, ColumnsAreRememberedByKeySoThatANewColumnJustAppears)
{
    // GIVEN preferences written by a version with other columns: one this version lacks ("retired",
    // hidden), and none of the columns added since (the last report, the schedule 序时进度)
    WindowFixture f;
    f.window->close();
    f.window.reset();
    {
        QSettings s;
        duban::ui::settings::ledgerColumns.set(s,
                                               duban::test::strings({"retired=80", "title=300", "code=50"}));
        duban::ui::settings::ledgerHiddenColumns.set(s, duban::test::strings({"retired", "section"}));
    }
    // WHEN the window opens
    f.open();
    QTableView *table = f.window->ledger()->table();
    // THEN the known columns are laid out as saved, the hidden one by its key, the new one shown
    EXPECT_EQ(table->horizontalHeader()->visualIndex(int(LedgerModel::Column::Title)), 0);
    EXPECT_EQ(table->horizontalHeader()->visualIndex(int(LedgerModel::Column::Code)), 1);
    EXPECT_EQ(table->columnWidth(int(LedgerModel::Column::Title)), 300);
    EXPECT_TRUE(table->isColumnHidden(int(LedgerModel::Column::Section)));
    for (int c = 0; c < f.window->ledger()->model()->columnCount(); ++c) {
        const bool hidden = table->isColumnHidden(c);
        EXPECT_EQ(hidden, c == int(LedgerModel::Column::Section)) << LedgerModel::columnKey(c).toStdString();
    }
}

TEST(Window, AtTheDefaultSizeTheKeyColumnsAreInView)
{
    // GIVEN the window at 1400 × 860 with no remembered layout, the detail pane open
    WindowFixture f;
    QTableView *table = f.window->ledger()->table();
    ASSERT_TRUE(f.window->ledger()->isDetailPaneShown());
    const int viewport = table->viewport()->width();
    // THEN number, light, task, lead, deadline and progress are wholly in view
    for (LedgerModel::Column c :
         {LedgerModel::Column::Code, LedgerModel::Column::Light, LedgerModel::Column::Title,
          LedgerModel::Column::Lead, LedgerModel::Column::Deadline, LedgerModel::Column::Progress}) {
        const int at = table->horizontalHeader()->sectionViewportPosition(int(c));
        EXPECT_GE(at, 0) << LedgerModel::columnKey(int(c)).toStdString();
        EXPECT_LE(at + table->columnWidth(int(c)), viewport) << LedgerModel::columnKey(int(c)).toStdString();
    }
    // AND a deadline is not cut
    const QModelIndex someDeadline = table->model()->index(0, int(LedgerModel::Column::Deadline));
    EXPECT_LE(table->fontMetrics().horizontalAdvance(someDeadline.data().toString()) + 8,
              table->columnWidth(int(LedgerModel::Column::Deadline)));
}

TEST(Window, TheLightColumnShowsTheFirstReasonAndTheTooltipAll)
{
    // GIVEN the ledger as of a day when a task has more than one reason for its light
    WindowFixture f;
    f.asOf()->setDate(QDate(2023, 10, 15));
    const LedgerModel *model = f.window->ledger()->model();
    int several = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const int i = f.store()->index().indexOf(model->taskId(row));
        const QStringList reasons = reasonTexts(f.store()->light(i));
        const QModelIndex cell = model->index(row, int(LedgerModel::Column::Light));
        // THEN the cell says the first reason only, the tooltip every one
        if (!reasons.isEmpty()) {
            EXPECT_EQ(cell.data().toString(), shortReasonText(f.store()->light(i)));
        }
        for (const QString &r : reasons)
            EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().contains(r)) << r.toStdString();
        several += reasons.size() > 1 ? 1 : 0;
    }
    EXPECT_GT(several, 0) << "the plan as of 2023-10-15 has a task with several reasons";
}

TEST(Window, TheDetailPaneCollapsesAndIsRememberedCollapsed)
{
    // GIVEN the ledger with its detail pane
    WindowFixture f;
    LedgerView *ledger = f.window->ledger();
    const int tableWidth = ledger->table()->width();
    // WHEN the user hides it from the View menu (or Ctrl+Shift+D)
    ledger->detailPaneAction()->trigger();
    // THEN the table takes the room, and the pane stays hidden in the next window
    EXPECT_FALSE(ledger->isDetailPaneShown());
    EXPECT_FALSE(ledger->detailPaneAction()->isChecked());
    EXPECT_GT(ledger->table()->width(), tableWidth + 200);
    f.reopen();
    ledger = f.window->ledger();
    EXPECT_FALSE(ledger->isDetailPaneShown());
    EXPECT_FALSE(ledger->detailPaneAction()->isChecked());
    // WHEN shown again by its shortcut
    QTest::keyClick(ledger->table(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(ledger->isDetailPaneShown());
    EXPECT_TRUE(ledger->detailPaneAction()->isChecked());
    EXPECT_GE(ledger->detail()->width(), 320);
}

TEST(Window, AFilterThatListsNothingClearsTheDetailPane)
{
    // GIVEN task 1 selected and shown in the pane
    WindowFixture f;
    LedgerView *ledger = f.window->ledger();
    const qint64 id = f.store()->index().row(0).id;
    ledger->selectTask(id);
    ASSERT_EQ(ledger->detail()->taskId(), id);
    // WHEN a filter still lists it, it stays; when the filter lists nothing, the pane is empty
    commitText(ledger->searchBox(), QStringLiteral("民间投资"));
    EXPECT_EQ(ledger->model()->rowCount(), 1);
    EXPECT_EQ(ledger->detail()->taskId(), id);
    commitText(ledger->searchBox(), QStringLiteral("不存在的词"));
    EXPECT_EQ(ledger->model()->rowCount(), 0);
    EXPECT_EQ(ledger->detail()->taskId(), 0);
    EXPECT_FALSE(ledger->detail()->titleEditor()->isEnabled());
}

TEST(Window, TextTypedIntoTheAddUnitFieldDoesNotCarryToTheNextTask)
{
    // GIVEN a unit half typed into task 1's add-unit field
    WindowFixture f;
    LedgerView *ledger = f.window->ledger();
    ledger->selectTask(f.store()->index().row(0).id);
    commitText(ledger->detail()->coUnitInput(), QStringLiteral("各街"));
    ASSERT_EQ(ledger->detail()->coUnitInput()->text(), QStringLiteral("各街"));
    // WHEN another task is selected in the table
    ledger->table()->selectRow(ledger->model()->rowOf(f.store()->index().row(1).id));
    // THEN its field is empty
    EXPECT_EQ(ledger->detail()->taskId(), f.store()->index().row(1).id);
    EXPECT_EQ(ledger->detail()->coUnitInput()->text(), QString());
}

TEST(Window, ClearFiltersResetsEveryFilter)
{
    // GIVEN every filter of the bar in use
    WindowFixture f;
    LedgerView *ledger = f.window->ledger();
    ASSERT_FALSE(ledger->clearFiltersButton()->isEnabled());
    QList<QComboBox *> combos = ledger->findChildren<QComboBox *>(Qt::FindDirectChildrenOnly);
    ASSERT_GE(combos.size(), 5); // unit, role, section, light, status
    QTest::keyClicks(ledger->searchBox(), QStringLiteral("x"));
    for (QComboBox *c : combos)
        c->setCurrentIndex(c->count() - 1);
    ASSERT_TRUE(ledger->clearFiltersButton()->isEnabled());
    ASSERT_LT(ledger->model()->rowCount(), 5);
    // WHEN the button is clicked
    QTest::mouseClick(ledger->clearFiltersButton(), Qt::LeftButton);
    // THEN every task is listed and every filter is back at "all"
    EXPECT_EQ(ledger->model()->rowCount(), 5);
    EXPECT_TRUE(ledger->searchBox()->text().isEmpty());
    for (QComboBox *c : combos)
        EXPECT_EQ(c->currentIndex(), 0);
    EXPECT_EQ(ledger->model()->filter(), TaskFilter{});
    EXPECT_FALSE(ledger->clearFiltersButton()->isEnabled());
}

TEST(Window, TheScheduleFilterListsTheTasksOfOneStanding)
{
    // GIVEN the small plan as of 2023-07-01: no reports, so the open tasks are 尚未启动 and one is closed
    WindowFixture f;
    f.store()->setAsOf(QDate(2023, 7, 1));
    LedgerView *ledger = f.window->ledger();
    QComboBox *schedule = nullptr;
    for (QComboBox *c : ledger->findChildren<QComboBox *>(Qt::FindDirectChildrenOnly))
        if (c->findData(int(ScheduleJudgement::Behind)) > 0 &&
            c->itemText(0).contains(QStringLiteral("schedule")))
            schedule = c;
    ASSERT_TRUE(schedule);
    // WHEN 尚未启动 is picked THEN the four open tasks are listed, each not started in the schedule column
    schedule->setCurrentIndex(schedule->findData(int(ScheduleJudgement::NotStarted)));
    ASSERT_EQ(ledger->model()->rowCount(), 4);
    for (int r = 0; r < ledger->model()->rowCount(); ++r)
        EXPECT_EQ(ledger->model()->index(r, int(LedgerModel::Column::Schedule)).data().toString(),
                  judgementText(ScheduleJudgement::NotStarted));
    // AND 已完成 lists the closed one
    schedule->setCurrentIndex(schedule->findData(int(ScheduleJudgement::Completed)));
    EXPECT_EQ(ledger->model()->rowCount(), 1);
    EXPECT_TRUE(ledger->clearFiltersButton()->isEnabled());
}

TEST(Window, TheUnitFilterListsNamedUnitsByPinyinThenGroups)
{
    WindowFixture f;
    QComboBox *units = f.window->ledger()->unitFilter();
    QStringList names;
    for (int i = 1; i < units->count(); ++i)
        names.append(units->itemText(i));
    EXPECT_EQ(names, duban::test::strings({"新区财政金融局", "新区经济发展局", "新区开发建设局（交通运输局）",
                                           "新区科技创新和产业促进局", "各街道（镇）", "园区"}));
}

TEST(Window, TheDashboardsBarChartNamesEveryUnitInFullAtTheDefaultSize)
{
    // GIVEN fourteen units leading tasks, some with long names and a second name in brackets
    WindowFixture f;
    const QStringList names = duban::test::strings(
        {"新区科技创新和产业促进局（大学科技园办公室）", "新区民政和社会保障局（退役军人事务局）",
         "新区经济发展局", "新区财政金融局", "新区商务和市场监督管理局", "新区开发建设局（交通运输局）",
         "新区税务局", "新区宣传部", "新区组织工作部", "新区党政综合部", "新区自然资源规划局",
         "新区行政审批服务局", "新区统战部（群团工作部）", "新区政法工作部"});
    {
        TaskRepository tasks(*f.window->database());
        for (int i = 0; i < names.size(); ++i) {
            Task t = *tasks.load(f.store()->index().row(i % 5).id);
            t.id = 0;
            t.version = 0;
            t.code = QString::number(100 + i);
            t.leads = QStringList{names.at(i)};
            t.co.clear();
            t.milestones.clear();
            ASSERT_GT(tasks.insert(t, nullptr), 0);
        }
    }
    f.store()->reload();
    // WHEN the dashboard is shown in the window at 1400 × 860
    f.window->tabs()->setCurrentWidget(f.window->dashboard());
    QTest::qWait(50);
    auto *bars = f.window->dashboard()->findChild<QChartView *>(QStringLiteral("unitBars"));
    ASSERT_TRUE(bars);
    // THEN every unit name on the bar chart's axis is whole (wrapped, or its first name without the second
    // one in brackets), none elided
    QStringList shown;
    for (QGraphicsItem *item : bars->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        QString plain = text->toPlainText();
        EXPECT_FALSE(plain.contains(u'…') || plain.contains(QStringLiteral("..."))) << plain.toStdString();
        shown.append(plain.remove(u'\n').remove(QChar::LineSeparator));
    }
    int units = 0;
    for (const QString &name : names)
        units += shown.contains(name) || shown.contains(name.section(u'（', 0, 0)) ? 1 : 0;
    EXPECT_GE(units, 8) << "the chart names at least the eight units that lead most";
}
