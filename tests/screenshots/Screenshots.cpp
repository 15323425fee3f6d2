// Renders Duban's screens to PNG files so they can be looked at (README images, reviews):
//   duban_screenshots OUTDIR [en|zh_CN]
// Runs on any Qt platform; under xvfb-run it uses a real X server. Uses a temporary database and
// QStandardPaths test mode, so it never touches a user's data.
#include "core/import/PlanImporter.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/UnitDirectoryDialog.h"
#include "ui/views/LedgerView.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

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
    core::PlanRepository(db->connection()).save(doc, outcome.units, nullptr);
    ui::MainWindow window(std::move(db));
    window.resize(1500, 900);
    window.show();
    window.ledger()->selectTask(doc.tasks.at(1).id);
    save(&window, out + QStringLiteral("/ledger-%1.png").arg(lang));
    {
        ui::ImportDialog dialog(window.store(), window.undoStack(), &window);
        dialog.loadBytes(seed, QStringLiteral("xiangjiang-2023-ten-actions.txt"));
        dialog.resize(1500, 860);
        save(&dialog, out + QStringLiteral("/import-%1.png").arg(lang));
    }
    {
        ui::UnitDirectoryDialog dialog(window.store(), window.undoStack(), &window);
        dialog.resize(900, 600);
        save(&dialog, out + QStringLiteral("/units-%1.png").arg(lang));
    }
    return 0;
}
