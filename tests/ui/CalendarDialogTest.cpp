// The calendar dialog: the office's days pasted from the notice, added and removed, saved on OK in one
// go; a bad line shown and nothing saved.
#include "support/TempDir.h"

#include "core/services/CalendarService.h"
#include "core/services/OpenLedger.h"
#include "core/storage/Database.h"
#include "ui/dialogs/CalendarDialog.h"

#include <gtest/gtest.h>

#include <QPlainTextEdit>
#include <QTableWidget>

using namespace duban::core;
using namespace duban::ui;

namespace {

struct Ledger
{
    duban::test::TempDir dir;
    std::unique_ptr<Database> db = Database::open(dir.file(QStringLiteral("c.sqlite")), nullptr);
    std::unique_ptr<OpenLedger> store = std::make_unique<OpenLedger>(*db);
};

} // namespace

TEST(CalendarDialog, PastedLinesAreSavedOnOkAndRemovedOnesDeleted)
{
    // GIVEN a ledger with one entry of the office's
    Ledger f;
    ASSERT_TRUE(CalendarService(*f.db).setDays(
        {{QDate(2026, 5, 8), DayKind::Holiday, QStringLiteral("区庆")}}, nullptr));
    CalendarDialog dialog(f.store.get());
    ASSERT_EQ(dialog.table()->rowCount(), 1);
    EXPECT_EQ(dialog.table()->item(0, CalendarDialog::NameColumn)->text(), QStringLiteral("区庆"));
    // WHEN 2027's National Day is pasted, the old entry removed and OK pressed
    dialog.pasteBox()->setPlainText(QStringLiteral("2027-10-01 休 国庆节\n2027-10-09 班 国庆节\n"));
    ASSERT_TRUE(dialog.addPastedLines()) << dialog.problem().toStdString();
    EXPECT_TRUE(dialog.pasteBox()->toPlainText().isEmpty());
    ASSERT_EQ(dialog.table()->rowCount(), 3);
    dialog.table()->selectRow(0);
    dialog.removeSelected();
    EXPECT_EQ(dialog.table()->rowCount(), 2);
    dialog.accept();
    // THEN the database holds exactly the dialog's entries
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const QList<CalendarDay> expected{{QDate(2027, 10, 1), DayKind::Holiday, QStringLiteral("国庆节")},
                                      {QDate(2027, 10, 9), DayKind::Workday, QStringLiteral("国庆节")}};
    EXPECT_EQ(CalendarService(*f.db).officeDays(), expected);
    EXPECT_FALSE(CalendarService(*f.db).calendar().isWorkday(QDate(2027, 10, 1)));
}

TEST(CalendarDialog, ABadPastedLineIsShownAndOkSavesNothing)
{
    Ledger f;
    CalendarDialog dialog(f.store.get());
    dialog.show();
    dialog.pasteBox()->setPlainText(QStringLiteral("2027-10-01 休 国庆节\n2027-10-09 上课 国庆节\n"));
    // WHEN OK is pressed with the lines not yet added THEN they are read, the bad one refused, and the
    // dialog stays open with nothing saved
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("Line 2"))) << dialog.problem().toStdString();
    EXPECT_EQ(dialog.table()->rowCount(), 0);
    EXPECT_TRUE(CalendarService(*f.db).officeDays().isEmpty());
    // and Cancel leaves it so
    dialog.reject();
    EXPECT_TRUE(CalendarService(*f.db).officeDays().isEmpty());
}

TEST(CalendarDialog, WhileWritesAreHeldOkIsRefused)
{
    Ledger f;
    CalendarDialog dialog(f.store.get());
    dialog.show();
    dialog.pasteBox()->setPlainText(QStringLiteral("2027-10-01 holiday 国庆节"));
    ASSERT_TRUE(dialog.addPastedLines());
    f.store->setWritesHeld(true);
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.problem(), OpenLedger::writesHeldMessage());
    EXPECT_TRUE(CalendarService(*f.db).officeDays().isEmpty());
    f.store->setWritesHeld(false);
    dialog.accept();
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(CalendarService(*f.db).officeDays().size(), 1);
}
