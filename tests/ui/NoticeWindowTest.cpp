// The due-soon panel and the notice dialog on real widgets: the panel lists the ledger's items by unit and
// follows its date, its button records a 催办 for all of a unit's listed tasks in one undoable step; the
// dialog issues a numbered notice as one undo step (undo removes it and its records, redo brings back the
// same number) and saves its PDF.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/services/OpenLedger.h"
#include "core/services/UndoStack.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "ui/dialogs/NoticeDialog.h"
#include "ui/views/DuePanel.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QFileInfo>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

using namespace duban::core;
using namespace duban::ui;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

struct LedgerFixture
{
    duban::test::TempDir dir;
    std::unique_ptr<Database> db = Database::open(dir.file(QStringLiteral("w.sqlite")), nullptr);
    PlanDocument doc = duban::test::smallPlan();
    std::unique_ptr<OpenLedger> ledger;

    explicit LedgerFixture(QDate asOf)
    {
        PlanRepository(*db).save(doc, nullptr);
        ledger = std::make_unique<OpenLedger>(*db);
        ledger->setAsOf(asOf);
        ledger->reload();
    }
    qint64 id(int task) const { return doc.tasks.at(task).id; }
    int count(const QString &sql)
    {
        QSqlQuery q(db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
};

QStringList topLevel(const QTreeWidget *tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out.append(tree->topLevelItem(i)->text(0));
    return out;
}

} // namespace

TEST(DuePanel, ListsTheItemsByUnitAndFollowsTheLedgersDate)
{
    // As of 2023-09-27, three working days reach 2023-10-08: task 10's deadline and September's reports.
    LedgerFixture f(QDate(2023, 9, 27));
    DuePanel panel(f.ledger.get());
    panel.setWorkdays(3);
    EXPECT_EQ(topLevel(panel.tree()),
              (QStringList{u("新区经济发展局 (3 item(s))"), u("新区科技创新和产业促进局 (2 item(s))")}));
    const QTreeWidgetItem *economy = panel.tree()->topLevelItem(0);
    ASSERT_EQ(economy->childCount(), 3); // the reports of tasks 1, 2 and 四（一）
    EXPECT_EQ(economy->child(0)->text(0), QStringLiteral("2023-10-05"));
    EXPECT_EQ(economy->child(0)->text(2), u("1 激发民间投资活力"));
    EXPECT_EQ(panel.items().size(), 5);
    // A later date: task 10 is past due (the red list's), nothing of September is left but its report.
    f.ledger->setAsOf(QDate(2023, 10, 12));
    panel.refresh();
    for (const DueItem &i : panel.items())
        EXPECT_NE(i.kind, DueItem::Kind::Deadline);
}

TEST(DuePanel, FollowsTheLedgerInAWorkerThreadWhileShown)
{
    LedgerFixture f(QDate(2023, 9, 27));
    DuePanel panel(f.ledger.get());
    QSignalSpy read(&panel, &DuePanel::refreshed);
    panel.show();
    // Shown, it reads in the background: nothing yet on the window's thread, then the list.
    EXPECT_TRUE(panel.items().isEmpty());
    ASSERT_TRUE(read.wait(10000));
    EXPECT_EQ(panel.items().size(), 5);
    // The ledger's date moves: read again, by itself.
    f.ledger->setAsOf(QDate(2023, 10, 12));
    ASSERT_TRUE(read.wait(10000));
    for (const DueItem &i : panel.items())
        EXPECT_NE(i.kind, DueItem::Kind::Deadline);
    // Two reads under way at once: only the latest is shown. (Both start before the event loop runs, so
    // the first cannot have been delivered already, however fast the worker is.)
    read.clear();
    f.ledger->setAsOf(QDate(2023, 9, 26));
    panel.refreshInBackground();
    f.ledger->setAsOf(QDate(2023, 9, 27));
    panel.refreshInBackground();
    ASSERT_TRUE(read.wait(10000));
    QTest::qWait(200);
    EXPECT_EQ(read.count(), 1) << "an older read is dropped";
    EXPECT_EQ(panel.items().size(), 5);
}

TEST(DuePanel, RemindsAllOfAUnitsListedTasksInOneUndoableStep)
{
    LedgerFixture f(QDate(2023, 9, 27));
    DuePanel panel(f.ledger.get());
    panel.setWorkdays(3);
    ASSERT_TRUE(panel.selectUnit(u("新区经济发展局")));
    panel.remindSelectedUnit();
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM supervision_records WHERE kind = 0 AND unit = "
                                     "'新区经济发展局' AND issued_on = '2023-09-27'")),
              3);
    EXPECT_EQ(f.ledger->records(f.id(0)).size(), 1);
    EXPECT_TRUE(f.ledger->records(f.id(0)).first().text.contains(QStringLiteral("2023-10-05")));
    EXPECT_EQ(f.ledger->undoStack()->count(), 1) << "one step";
    ASSERT_TRUE(f.ledger->undoStack()->undo());
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM supervision_records")), 0);
    ASSERT_TRUE(f.ledger->undoStack()->redo());
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM supervision_records")), 3);
}

TEST(NoticeDialog, IssuesANumberedNoticeAsOneUndoStepAndSavesItsPdf)
{
    // As of 2023-07-06 新区经济发展局's red and yellow led tasks are 1, 2 and 四（一）: checked at first.
    LedgerFixture f(QDate(2023, 7, 6));
    NoticeDialog dialog(f.ledger.get(), u("新区经济发展局"));
    EXPECT_EQ(dialog.unitBox()->currentText(), u("新区经济发展局"));
    EXPECT_EQ(dialog.checkedTasks(), (QList<qint64>{f.id(0), f.id(1), f.id(4)}));
    EXPECT_EQ(dialog.taskList()->count(), 4) << "its open tasks: 1, 2, 10 (co-handled) and 四（一）";
    EXPECT_TRUE(dialog.requirementEdit()->toPlainText().contains(u("13 July")))
        << dialog.requirementEdit()->toPlainText().toStdString();
    ASSERT_TRUE(dialog.setTaskChecked(f.id(4), false));

    ASSERT_TRUE(dialog.issueNotice());
    ASSERT_TRUE(dialog.issued());
    EXPECT_EQ(dialog.issued()->number, 1);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM supervision_records WHERE notice_id IS NOT NULL")),
              2);
    EXPECT_EQ(f.ledger->records(f.id(1)).size(), 1);
    const QString pdf = f.dir.file(QStringLiteral("notice.pdf"));
    QString error;
    ASSERT_TRUE(dialog.savePdfTo(pdf, &error)) << error.toStdString();
    EXPECT_GT(QFileInfo(pdf).size(), 1000);

    // Undo removes the notice and its records; redo brings back the same number.
    UndoStack *undo = f.ledger->undoStack();
    ASSERT_EQ(undo->count(), 1);
    ASSERT_TRUE(undo->undo());
    EXPECT_FALSE(dialog.issued());
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM notices")), 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM supervision_records")), 0);
    EXPECT_TRUE(f.ledger->records(f.id(1)).isEmpty());
    EXPECT_FALSE(dialog.savePdfTo(pdf, &error));
    ASSERT_TRUE(undo->redo());
    ASSERT_TRUE(dialog.issued());
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM notices WHERE number = 1")), 1);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM supervision_records WHERE notice_id IS NOT NULL")),
              2);
}

TEST(NoticeDialog, RefusesANoticeWithoutTasks)
{
    LedgerFixture f(QDate(2023, 7, 6));
    NoticeDialog dialog(f.ledger.get(), u("新区经济发展局"));
    for (qint64 id : dialog.checkedTasks())
        dialog.setTaskChecked(id, false);
    EXPECT_FALSE(dialog.issueNotice());
    EXPECT_FALSE(dialog.issued());
    EXPECT_EQ(f.ledger->undoStack()->count(), 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM notices")), 0);
}
