// The report packages in the window: the send dialog writes one workbook per unit into a folder; the
// collect dialog previews returns (a bad one with its problem, which cannot be ticked) and saves the ticked
// ones as one undo step that undo takes back and redo puts again.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/services/OpenLedger.h"
#include "core/services/UndoStack.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "ui/dialogs/ReportPackageDialogs.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTreeWidget>

using namespace duban::core;
using namespace duban::ui;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

struct PackageLedger
{
    duban::test::TempDir dir;
    std::unique_ptr<Database> db = Database::open(dir.file(QStringLiteral("p.sqlite")), nullptr);
    PlanDocument doc = duban::test::smallPlan();
    std::unique_ptr<OpenLedger> ledger;

    PackageLedger()
    {
        PlanRepository(*db).save(doc, nullptr);
        ledger = std::make_unique<OpenLedger>(*db);
        ledger->setAsOf(QDate(2023, 7, 4));
        ledger->reload();
    }
    int reports()
    {
        QSqlQuery q(db->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM progress_reports")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }
    bool fill(const QString &from, const QString &to, const QString &body)
    {
        QProcess p;
        p.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nws = wb.worksheets[0]\n") +
                 body + QStringLiteral("\nwb.save(sys.argv[2])\n"),
             from, to});
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }
};

} // namespace

TEST(ReportPackageDialogs, SendWritesOnePackagePerUnitThenCollectPreviewsSavesAndUndoes)
{
    PackageLedger f;
    SendPackagesDialog send(f.ledger.get());
    send.periodEdit()->setDate(QDate(2023, 6, 1));
    const QString folder = f.dir.file(QStringLiteral("out"));
    send.folderEdit()->setText(folder);
    ASSERT_TRUE(send.writePackages()) << send.problem().toStdString();
    EXPECT_GE(send.written().size(), 4) << "every unit with open tasks";
    const QString economy = QDir(folder).filePath(u("新区经济发展局-2023年6月-报送表.xlsx"));
    ASSERT_TRUE(send.written().contains(economy));

    const QString good = f.dir.file(QStringLiteral("good.xlsx"));
    const QString bad = f.dir.file(QStringLiteral("bad.xlsx"));
    ASSERT_TRUE(f.fill(economy, good, QStringLiteral("ws['F4'] = '第一批项目开工'; ws['G4'] = 40")));
    ASSERT_TRUE(f.fill(economy, bad, QStringLiteral("ws['F4'] = 'x'; ws['G4'] = 120")));

    CollectPackagesDialog collect(f.ledger.get());
    collect.addFiles({good, bad});
    ASSERT_EQ(collect.tree()->topLevelItemCount(), 2);
    QTreeWidgetItem *first = collect.tree()->topLevelItem(0);
    QTreeWidgetItem *second = collect.tree()->topLevelItem(1);
    EXPECT_EQ(first->checkState(0), Qt::Checked);
    EXPECT_EQ(first->text(2), QStringLiteral("1"));
    ASSERT_GE(second->childCount(), 1);
    EXPECT_TRUE(second->child(0)->text(0).contains(QStringLiteral("120")))
        << second->child(0)->text(0).toStdString();
    EXPECT_FALSE(collect.setAccepted(1, true)) << "a return with problems cannot be ticked";
    // The same file twice is listed once.
    collect.addFiles({good});
    EXPECT_EQ(collect.tree()->topLevelItemCount(), 2);

    const int before = f.reports();
    ASSERT_TRUE(collect.collect()) << collect.status().toStdString();
    EXPECT_EQ(f.reports(), before + 1);
    EXPECT_EQ(f.ledger->undoStack()->count(), 1) << "one step";
    EXPECT_EQ(f.ledger->reports(f.doc.tasks[0].id).size(), 1);
    ASSERT_TRUE(f.ledger->undoStack()->undo());
    EXPECT_EQ(f.reports(), before);
    ASSERT_TRUE(f.ledger->undoStack()->redo());
    EXPECT_EQ(f.reports(), before + 1);
    // Collected again: nothing more (the return is the same).
    CollectPackagesDialog again(f.ledger.get());
    again.addFiles({good});
    EXPECT_EQ(again.returns().first().reports(), 0);
}
