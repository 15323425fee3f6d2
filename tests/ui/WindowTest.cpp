// The window on real offscreen widgets, driven from the keyboard: the as-of date typed, undo and redo keys,
// columns hidden and remembered, the detail pane collapsed, the ledger's filter bar.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/services/OpenLedger.h"
#include "core/services/UndoStack.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/TaskRepository.h"
#include "ui/MainWindow.h"
#include "ui/views/LedgerView.h"
#include "ui/views/TaskDetailPane.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

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
