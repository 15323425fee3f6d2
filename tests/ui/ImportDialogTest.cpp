// The import dialog on real widgets: preview of the seed, corrections in cells, saving in one step
// (undoable), refusing bad files, and updating a plan imported before instead of duplicating it.
#include "support/TempDir.h"

#include "core/services/OpenLedger.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/TaskRepository.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/models/ImportPreviewModel.h"

#include <gtest/gtest.h>

#include "core/services/UndoStack.h"
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTimer>

#include <sys/stat.h>

using namespace duban::core;
using namespace duban::ui;

namespace {

struct DialogFixture
{
    duban::test::TempDir dir;
    std::unique_ptr<Database> db = Database::open(dir.file(QStringLiteral("i.sqlite")), nullptr);
    OpenLedger store{*db};
    duban::core::UndoStack *undo = store.undoStack();

    int row(ImportDialog &d, const char *code)
    {
        for (int r = 0; r < d.taskModel()->rowCount(); ++r)
            if (d.taskModel()->index(r, int(ImportTaskModel::Column::Code)).data().toString() ==
                QString::fromUtf8(code))
                return r;
        return -1;
    }
};

} // namespace

TEST(ImportDialog, PreviewsTheSeedWithWarningsNextToTheirTasks)
{
    DialogFixture f;
    ImportDialog dialog(&f.store, f.undo);
    ASSERT_TRUE(dialog.loadFile(duban::test::seedPath()));
    EXPECT_EQ(dialog.taskModel()->rowCount(), 38);
    EXPECT_EQ(dialog.targetModel()->rowCount(), 15);
    const int task1 = f.row(dialog, "1");
    ASSERT_GE(task1, 0);
    const QString warning = dialog.taskModel()
                                ->index(task1, int(ImportTaskModel::Column::Warnings))
                                .data(Qt::ToolTipRole)
                                .toString();
    EXPECT_TRUE(warning.contains(QStringLiteral("年初"))) << warning.toStdString();
    const int task2 = f.row(dialog, "2");
    EXPECT_EQ(dialog.taskModel()->index(task2, int(ImportTaskModel::Column::Milestones)).data().toString(),
              QStringLiteral("2023-03-31"));
    EXPECT_EQ(dialog.taskModel()->index(task2, int(ImportTaskModel::Column::Section)).data().toString(),
              QStringLiteral("（一）有效投资扩容行动"));
    EXPECT_EQ(dialog.taskModel()->rowForLine(dialog.document().tasks.at(task2).sourceLine), task2);
}

TEST(ImportDialog, CorrectionsAreSavedAndTheImportIsOneUndoStep)
{
    DialogFixture f;
    ImportDialog dialog(&f.store, f.undo);
    ASSERT_TRUE(dialog.loadFile(duban::test::seedPath()));
    const int r = f.row(dialog, "34");
    ImportTaskModel *m = dialog.taskModel();
    ASSERT_TRUE(
        m->setData(m->index(r, int(ImportTaskModel::Column::Lead)), QStringLiteral("新区财政金融局")));
    ASSERT_TRUE(
        m->setData(m->index(r, int(ImportTaskModel::Column::CoUnits)), QStringLiteral("新区税务局、园区")));
    ASSERT_TRUE(
        m->setData(m->index(r, int(ImportTaskModel::Column::Deadline)), QStringLiteral("2023-10-31")));
    EXPECT_FALSE(
        m->setData(m->index(r, int(ImportTaskModel::Column::Deadline)), QStringLiteral("2023-02-30")));
    EXPECT_FALSE(m->setData(m->index(r, int(ImportTaskModel::Column::Title)), QStringLiteral("  ")));
    ImportTargetModel *t = dialog.targetModel();
    ASSERT_TRUE(t->setData(t->index(0, int(ImportTargetModel::Column::Value)), QStringLiteral("7.8")));
    EXPECT_FALSE(t->setData(t->index(0, int(ImportTargetModel::Column::Comparator)), QStringLiteral("≈≈")));
    dialog.accept();
    ASSERT_GT(dialog.savedPlanId(), 0);
    EXPECT_EQ(f.store.index().size(), 38);
    QList<Task> tasks = TaskRepository(*f.db).loadAll();
    const auto it = std::find_if(tasks.begin(), tasks.end(),
                                 [](const Task &x) { return x.code == QStringLiteral("34"); });
    ASSERT_NE(it, tasks.end());
    EXPECT_EQ(it->lead(), QStringLiteral("新区财政金融局"));
    EXPECT_EQ(it->co, duban::test::strings({"新区税务局", "园区"}));
    EXPECT_EQ(it->deadline, QDate(2023, 10, 31));
    EXPECT_DOUBLE_EQ(PlanRepository(*f.db).planTargets(dialog.savedPlanId()).at(0).value, 7.8);
    // the whole import is one undo step
    ASSERT_EQ(f.undo->count(), 1);
    QList<qint64> ids;
    for (const Task &saved : TaskRepository(*f.db).loadAll())
        ids.append(saved.id);
    f.undo->undo();
    EXPECT_EQ(TaskRepository(*f.db).count(), 0);
    EXPECT_TRUE(PlanRepository(*f.db).all().isEmpty());
    f.undo->redo();
    EXPECT_EQ(TaskRepository(*f.db).count(), 38);
    // redo puts the plan back with the same ids, so later commands still find their tasks
    QList<qint64> again;
    for (const Task &saved : TaskRepository(*f.db).loadAll())
        again.append(saved.id);
    EXPECT_EQ(again, ids);
}

TEST(ImportDialog, BadFilesAreRefusedAndNothingIsSaved)
{
    DialogFixture f;
    ImportDialog dialog(&f.store, f.undo);
    const QString empty = f.dir.file(QStringLiteral("empty.txt"));
    duban::test::writeAll(empty, {});
    // The warning box would block: close it as soon as it appears.
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->inherits("QMessageBox"))
                w->close();
    });
    EXPECT_FALSE(dialog.loadFile(empty));
    EXPECT_TRUE(dialog.lastError().contains(QStringLiteral("empty"), Qt::CaseInsensitive))
        << dialog.lastError().toStdString();
    EXPECT_EQ(dialog.taskModel()->rowCount(), 0);
    EXPECT_EQ(TaskRepository(*f.db).count(), 0);
}

TEST(ImportDialog, ReimportUpdatesThePlanAndKeepsProgress)
{
    // GIVEN the seed imported, with a progress report on task 5
    DialogFixture f;
    {
        ImportDialog first(&f.store, f.undo);
        ASSERT_TRUE(first.loadFile(duban::test::seedPath()));
        first.accept();
    }
    const QList<Task> before = TaskRepository(*f.db).loadAll();
    const Task task5 = *std::find_if(before.begin(), before.end(),
                                     [](const Task &t) { return t.code == QStringLiteral("5"); });
    ProgressReport report{0, task5.id, QDate(2023, 5, 31), {}, QStringLiteral("进展顺利"), 45, {}, {}};
    ProgressRepository(*f.db).insertReport(report, nullptr);
    // WHEN the same document is imported again with one title changed, and the user chooses to update
    ImportDialog again(&f.store, f.undo);
    ASSERT_TRUE(again.loadFile(duban::test::seedPath()));
    const int r = f.row(again, "5");
    ASSERT_TRUE(again.taskModel()->setData(again.taskModel()->index(r, int(ImportTaskModel::Column::Title)),
                                           QStringLiteral("持续推进“湘商回归”工程")));
    QStringList shown;
    again.setUpdateQuestion([&](const QStringList &changes) {
        shown = changes;
        return ImportDialog::UpdateChoice::Update;
    });
    again.accept();
    // THEN the change was shown, the plan was updated in place, and the task kept its id and its report
    EXPECT_TRUE(shown.join(QLatin1Char('\n')).contains(QStringLiteral("Task 5")))
        << shown.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(PlanRepository(*f.db).all().size(), 1);
    EXPECT_EQ(TaskRepository(*f.db).count(), 38);
    const Task after = *TaskRepository(*f.db).load(task5.id);
    EXPECT_EQ(after.title, QStringLiteral("持续推进“湘商回归”工程"));
    EXPECT_EQ(ProgressRepository(*f.db).reports(task5.id).size(), 1);
    EXPECT_EQ(after.sectionId, task5.sectionId);
    // AND the update is one undoable step after the import: undo puts the saved plan back, redo again
    ASSERT_EQ(f.undo->count(), 2);
    ASSERT_TRUE(f.undo->undo());
    EXPECT_EQ(TaskRepository(*f.db).load(task5.id)->title, task5.title);
    EXPECT_EQ(TaskRepository(*f.db).count(), 38);
    EXPECT_EQ(ProgressRepository(*f.db).reports(task5.id).size(), 1);
    ASSERT_TRUE(f.undo->redo());
    EXPECT_EQ(TaskRepository(*f.db).load(task5.id)->title, QStringLiteral("持续推进“湘商回归”工程"));
    // AND undoing the import itself is refused while a task has a report: the stack stays where it was
    ASSERT_TRUE(f.undo->undo());
    StorageError error;
    EXPECT_FALSE(f.undo->undo(&error));
    EXPECT_EQ(error.code, StorageError::Code::Conflict);
    EXPECT_EQ(f.undo->index(), 1);
    EXPECT_EQ(TaskRepository(*f.db).count(), 38);
}

TEST(ImportDialog, NonFiniteTargetValuesAreRefused)
{
    DialogFixture f;
    ImportDialog dialog(&f.store, f.undo);
    ASSERT_TRUE(dialog.loadFile(duban::test::seedPath()));
    ImportTargetModel *t = dialog.targetModel();
    const QVariant before = t->index(0, int(ImportTargetModel::Column::Value)).data();
    for (const char *text : {"inf", "nan", "-inf", "1e999"}) {
        EXPECT_FALSE(
            t->setData(t->index(0, int(ImportTargetModel::Column::Value)), QString::fromLatin1(text)))
            << text;
        EXPECT_FALSE(
            t->setData(t->index(0, int(ImportTargetModel::Column::Stretch)), QString::fromLatin1(text)))
            << text;
    }
    EXPECT_EQ(t->index(0, int(ImportTargetModel::Column::Value)).data(), before);
}

TEST(ImportDialog, DevicesFifosFoldersAndOversizeFilesAreRefusedPromptly)
{
    DialogFixture f;
    ImportDialog dialog(&f.store, f.undo);
    const QString fifo = f.dir.file(QStringLiteral("pipe.txt"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString huge = f.dir.file(QStringLiteral("huge.txt"));
    {
        QFile file(huge);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(20LL * 1024 * 1024 + 1));
    }
    // The warning boxes would block: close each as soon as it appears.
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->inherits("QMessageBox"))
                w->close();
    });
    closer.start(10);
    struct Case
    {
        QString file;
        QString says;
    };
    for (const Case &c :
         {Case{QStringLiteral("/dev/zero"), QStringLiteral("not a regular file")},
          Case{fifo, QStringLiteral("not a regular file")}, Case{f.dir.path(), QStringLiteral("is a folder")},
          Case{huge, QStringLiteral("20 MB")}}) {
        QElapsedTimer timer;
        timer.start();
        EXPECT_FALSE(dialog.loadFile(c.file)) << c.file.toStdString();
        EXPECT_LT(timer.elapsed(), 5000);
        EXPECT_TRUE(dialog.lastError().contains(c.says)) << dialog.lastError().toStdString();
    }
    EXPECT_EQ(dialog.taskModel()->rowCount(), 0);
}
