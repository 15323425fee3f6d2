// Renders Duban's screens to PNG files so they can be looked at (README images, reviews):
//   duban_screenshots OUTDIR [en|zh_CN]
// Runs on any Qt platform; under xvfb-run it uses a real X server. Uses a temporary database and
// QStandardPaths test mode, so it never touches a user's data.
#include "LoopShots.h"

#include "core/import/PlanImporter.h"
#include "core/services/OpenLedger.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/TaskRepository.h"
#include "ui/dialogs/BriefingDialog.h"
#include "ui/dialogs/CalendarDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/NoticeDialog.h"
#include "ui/dialogs/UnitDirectoryDialog.h"
#include "ui/MainWindow.h"
#include "ui/views/DashboardView.h"
#include "ui/views/DuePanel.h"
#include "ui/views/LedgerView.h"
#include "ui/views/ScoresPanel.h"
#include "ui/views/SupervisionView.h"
#include "ui/views/TaskDetailPane.h"

#include "core/services/LedgerExportService.h"
#include "core/services/ReportPackageService.h"
#include "ui/dialogs/ExportLedgerDialog.h"
#include "ui/dialogs/ReportPackageDialogs.h"
#include "ui/export/LedgerWorkbook.h"
#include "ui/export/ReportPackageWriter.h"
#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <cstdio>

using namespace duban;

namespace {

void save(QWidget *w, const QString &path)
{
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        std::fprintf(stderr, "window not exposed\n");
    QTest::qWait(300);
    const QPixmap pixmap = w->grab();
    if (!pixmap.save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DubanScreenshots"));
    QApplication::setApplicationName(QStringLiteral("duban-screenshots"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    const QString lang = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en");
    QDir().mkpath(out);
    QTranslator own, qt;
    if (lang == QLatin1String("zh_CN")) {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        if (own.load(QStringLiteral(":/i18n/duban_zh_CN.qm")))
            QApplication::installTranslator(&own);
        if (qt.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qt);
        QFont f(QStringLiteral("WenQuanYi Micro Hei"));
        f.setPointSize(10);
        QApplication::setFont(f);
    }
    QSettings().clear(); // the screenshots' own preferences: every run starts from the first layout
    QTemporaryDir dir;
    {
        // Welcome page on an empty database.
        auto db = core::Database::open(dir.filePath(QStringLiteral("empty.sqlite")), nullptr);
        ui::MainWindow window(std::move(db));
        window.resize(1280, 760);
        save(&window, out + QStringLiteral("/welcome-%1.png").arg(lang));
    }
    QFile sample(QStringLiteral(":/sample/xiangjiang-2023-ten-actions.txt"));
    sample.open(QIODevice::ReadOnly);
    const QByteArray seed = sample.readAll();
    auto db = core::Database::open(dir.filePath(QStringLiteral("seed.sqlite")), nullptr);
    const core::ImportOutcome outcome = core::PlanImporter().importBytes(seed);
    if (!outcome.ok()) {
        std::fprintf(stderr, "seed import failed\n");
        return 1;
    }
    core::PlanDocument doc = *outcome.document;
    core::PlanRepository(*db).save(doc, outcome.units, nullptr);
    {
        // Some supervision history so the lights and the dashboard have something to show.
        core::ProgressRepository progress(*db);
        core::TaskRepository tasks(*db);
        for (int i = 0; i < doc.tasks.size(); ++i) {
            core::ProgressReport r;
            r.taskId = doc.tasks.at(i).id;
            r.unit = doc.tasks.at(i).lead();
            r.percent = (i * 37) % 90 + 5;
            r.text = QStringLiteral("按计划推进，已完成阶段性工作。");
            r.date = QDate(2023, 6, 1 + (i % 20));
            if (i % 5 != 3)
                progress.insertReport(r, nullptr);
            if (i % 9 == 4) {
                core::Task t = *tasks.load(doc.tasks.at(i).id);
                t.status = core::TaskStatus::Completed;
                t.completedOn = QDate(2023, 6, 20);
                tasks.update(t, nullptr);
            }
        }
        core::SupervisionRecord notice;
        notice.taskId = doc.tasks.at(1).id;
        notice.kind = core::SupervisionRecord::Kind::Notice;
        notice.date = QDate(2023, 4, 10);
        notice.unit = doc.tasks.at(1).lead();
        notice.text = QStringLiteral("请于4月20日前报送一季度集中开工项目完成情况。");
        notice.responseDue = QDate(2023, 4, 20);
        progress.insertRecord(notice, nullptr);
    }
    ui::MainWindow window(std::move(db));
    window.resize(1500, 900);
    window.show();
    window.store()->setAsOf(QDate(2023, 7, 1));
    window.ledger()->selectTask(doc.tasks.at(1).id);
    save(&window, out + QStringLiteral("/ledger-%1.png").arg(lang));
    // Two lead units: the second unit of task 1 ticked in the detail pane, then undone.
    window.ledger()->selectTask(doc.tasks.at(0).id);
    if (QListWidget *units = window.ledger()->detail()->coUnitList(); units->count() > 1) {
        units->item(1)->setCheckState(Qt::Checked);
        save(&window, out + QStringLiteral("/leads-%1.png").arg(lang));
        window.undoStack()->undo();
    }
    window.ledger()->selectTask(doc.tasks.at(1).id);
    window.tabs()->setCurrentWidget(window.supervision());
    save(&window, out + QStringLiteral("/supervision-%1.png").arg(lang));
    window.tabs()->setCurrentWidget(window.dashboard());
    save(&window, out + QStringLiteral("/dashboard-%1.png").arg(lang));
    // The default window size (1400 × 860): what fits of the ledger and of the dashboard.
    window.resize(1400, 860);
    save(&window, out + QStringLiteral("/dashboard-1400-%1.png").arg(lang));
    // The 考核 tab, the first unit expanded into its items.
    window.dashboard()->unitTabs()->setCurrentWidget(window.dashboard()->scoresPanel());
    window.dashboard()->scoresPanel()->refresh(); // now, not in the background
    if (QTreeWidget *scores = window.dashboard()->scoresPanel()->tree(); scores->topLevelItemCount() > 0)
        scores->expandItem(scores->topLevelItem(0));
    save(&window, out + QStringLiteral("/dashboard-scores-%1.png").arg(lang));
    window.dashboard()->unitTabs()->setCurrentIndex(0);
    window.tabs()->setCurrentIndex(0);
    save(&window, out + QStringLiteral("/ledger-1400-%1.png").arg(lang));
    {
        QHeaderView *header = window.ledger()->table()->horizontalHeader();
        QMenu *menu = window.ledger()->createColumnMenu(&window);
        menu->popup(header->mapToGlobal(QPoint(header->sectionViewportPosition(0) + 20, header->height())));
        save(menu, out + QStringLiteral("/ledger-columns-menu-%1.png").arg(lang));
        menu->close();
        delete menu;
    }
    window.ledger()->setDetailPaneShown(false);
    save(&window, out + QStringLiteral("/ledger-1400-no-pane-%1.png").arg(lang));
    window.ledger()->setDetailPaneShown(true);
    // The as-of date typed whole in the toolbar (2023/6/30, then Enter): the ledger as it stood that day.
    if (auto *asOf = window.findChild<QDateEdit *>(QStringLiteral("asOfDate"))) {
        asOf->setFocus();
        asOf->selectAll();
        QTest::keyClicks(asOf, QStringLiteral("2023/6/30"));
        QTest::keyClick(asOf, Qt::Key_Return);
        window.ledger()->selectTask(doc.tasks.at(1).id);
        save(&window, out + QStringLiteral("/asof-typed-%1.png").arg(lang));
        asOf->setDate(QDate(2023, 7, 1));
    }
    window.resize(1500, 900);
    {
        ui::ImportDialog dialog(window.store(), window.undoStack(), &window);
        dialog.loadBytes(seed, QStringLiteral("xiangjiang-2023-ten-actions.txt"));
        dialog.resize(1500, 860);
        save(&dialog, out + QStringLiteral("/import-%1.png").arg(lang));
    }
    {
        ui::BriefingDialog dialog(window.store(), &window);
        dialog.resize(1300, 860);
        save(&dialog, out + QStringLiteral("/briefing-dialog-%1.png").arg(lang));
    }
    {
        // The office enters 2027's National Day from the notice: two lines added, one still in the box.
        ui::CalendarDialog dialog(window.store(), &window);
        dialog.pasteBox()->setPlainText(QStringLiteral("2027-10-01 休 国庆节\n2027-10-09 班 国庆节"));
        dialog.addPastedLines();
        dialog.pasteBox()->setPlainText(QStringLiteral("2027-10-02 休 国庆节"));
        save(&dialog, out + QStringLiteral("/calendar-%1.png").arg(lang));
    }
    {
        ui::UnitDirectoryDialog dialog(window.store(), window.undoStack(), &window);
        dialog.resize(900, 600);
        save(&dialog, out + QStringLiteral("/units-%1.png").arg(lang));
        // The merge question for a unit written two ways (a typo made 新区财政局 beside 新区财政金融局).
        {
            core::Task t = *core::TaskRepository(window.store()->database()).load(doc.tasks.at(2).id);
            t.co.append(QStringLiteral("新区财政局"));
            core::TaskRepository(window.store()->database()).update(t, nullptr);
            window.store()->reload();
        }
        QAbstractItemModel *m = dialog.table()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->index(row, 0).data().toString() == QStringLiteral("新区财政局"))
                dialog.table()->setCurrentIndex(m->index(row, 0));
        dialog.setTargetChooser([](const QString &, const QStringList &choices) { return choices.value(0); });
        dialog.setQuestion([&](const QString &title, const QString &text) {
            QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, &dialog);
            save(&box, out + QStringLiteral("/unit-merge-%1.png").arg(lang));
            return true;
        });
        dialog.mergeSelected();
        save(&dialog, out + QStringLiteral("/units-merged-%1.png").arg(lang));
    }
    {
        // Another writer renames task 3 while the window shows it; the user then ticks 办结.
        const qint64 id = doc.tasks.at(3).id;
        window.ledger()->selectTask(id);
        {
            auto other = core::Database::open(window.store()->path(), nullptr);
            core::Task t = *core::TaskRepository(*other).load(id);
            t.title = QStringLiteral("强化项目要素保障（另一台电脑上改过）");
            core::TaskRepository(*other).update(t, nullptr);
        }
        window.ledger()->setQuestion([&](const QString &title, const QString &text) {
            QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, &window);
            save(&box, out + QStringLiteral("/conflict-%1.png").arg(lang));
            return false;
        });
        if (auto *done = window.ledger()->detail()->findChild<QCheckBox *>())
            done->setChecked(!done->isChecked());
    }
    {
        // What comes due in the 3 working days after 2023-09-27 (over the National Day holiday).
        window.store()->setAsOf(QDate(2023, 9, 27));
        ui::DuePanel panel(window.store());
        panel.refresh();
        panel.resize(1100, 640);
        save(&panel, out + QStringLiteral("/due-%1.png").arg(lang));
    }
    {
        // A 督办通知单 for 新区经济发展局 as of 2023-07-06: its red and yellow led tasks checked.
        window.store()->setAsOf(QDate(2023, 7, 6));
        ui::NoticeDialog dialog(window.store(), QStringLiteral("新区经济发展局"), &window);
        dialog.resize(820, 680);
        save(&dialog, out + QStringLiteral("/notice-dialog-%1.png").arg(lang));
    }
    {
        // 导出台账: the ledger filtered to one unit, so the dialog offers its rows or all.
        window.store()->setAsOf(QDate(2023, 7, 1));
        std::vector<qint64> shown;
        for (int i = 0; i < std::min(12, window.store()->index().size()); ++i)
            shown.push_back(window.store()->index().row(i).id);
        ui::ExportLedgerDialog dialog(window.store(), shown, &window);
        dialog.pathEdit()->setText(QStringLiteral("/home/office/文档/任务台账-2023-07-01.xlsx"));
        save(&dialog, out + QStringLiteral("/export-dialog-%1.png").arg(lang));
        // The exported workbook itself, for a look in a spreadsheet program.
        core::LedgerExportScope scope;
        if (const auto sheet = core::LedgerExportService(window.store()->database())
                                   .build(scope, QDate(2023, 7, 1), nullptr)) {
            QString error;
            core::OutputFile::Options overwrite;
            overwrite.overwrite = true;
            ui::LedgerWorkbook::write(*sheet, out + QStringLiteral("/ledger-%1.xlsx").arg(lang),
                                      ui::LedgerWorkbook::Format::Xlsx, overwrite, &error);
        }
    }
    {
        // 收表: two returns of 新区经济发展局's June package, one good, one with 完成% 120.
        core::ReportPackageService packages(window.store()->database());
        const auto content = packages.content(QStringLiteral("新区经济发展局"), QStringLiteral("2023-06"),
                                              QDateTime(QDate(2023, 7, 1), QTime(9, 0)), nullptr);
        QTemporaryDir scratch;
        const QString sent = scratch.filePath(QStringLiteral("新区经济发展局-2023年6月-报送表.xlsx"));
        core::OutputFile::Options overwrite;
        overwrite.overwrite = true;
        QString error;
        if (content && ui::ReportPackageWriter::write(*content, sent, overwrite, &error)) {
            QFile::copy(sent, out + QStringLiteral("/package-%1.xlsx").arg(lang));
            auto fill = [&](const QString &to, const QString &body) {
                QProcess p;
                p.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral("-c"),
                         QStringLiteral(
                             "import sys, datetime, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\n"
                             "ws = wb.worksheets[0]\n") +
                             body + QStringLiteral("\nwb.save(sys.argv[2])\n"),
                         sent, to});
                p.waitForFinished(60000);
            };
            const QString good = scratch.filePath(QStringLiteral("新区经济发展局-6月-已填.xlsx"));
            const QString bad = scratch.filePath(QStringLiteral("新区经济发展局-6月-重报.xlsx"));
            fill(good,
                 QStringLiteral("ws['F4'] = '第二批合作项目清单已发布，开工12个'; ws['G4'] = '55%'\n"
                                "ws['F5'] = '五比五看竞赛第二轮观摩完成'; ws['G5'] = 60; ws['J5'] = '是'\n"
                                "ws['F6'] = '场景清单发布'; ws['K6'] = datetime.date(2024, 3, 31)"));
            fill(bad, QStringLiteral("ws['F4'] = '已全部完成'; ws['G4'] = 120"));
            ui::CollectPackagesDialog dialog(window.store(), &window);
            dialog.addFiles({good, bad});
            dialog.resize(960, 560);
            save(&dialog, out + QStringLiteral("/collect-preview-%1.png").arg(lang));
        }
    }
    loopShots(window, doc, out, lang, save);
    return 0;
}
