// The Chinese interface has no English left in it: every window, tab, dialog, menu and undo text of the
// window on the seed ledger is walked under zh_CN, and any run of Latin letters that is not a file format,
// a key name or a product name fails the test with where it was found.
#include "support/TempDir.h"

#include "core/domain/ProgressReport.h"
#include "core/domain/SupervisionRecord.h"
#include "core/import/PlanImporter.h"
#include "core/services/OpenLedger.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "ui/dialogs/BriefingDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/PasteColumnDialog.h"
#include "ui/dialogs/ProgressReportDialog.h"
#include "ui/dialogs/StatusThresholdsDialog.h"
#include "ui/dialogs/SupervisionDialog.h"
#include "ui/dialogs/UnitDirectoryDialog.h"
#include "ui/MainWindow.h"
#include "ui/views/LedgerView.h"

#include <gtest/gtest.h>

#include "core/services/UndoStack.h"
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace duban::core;
using namespace duban::ui;

namespace {

/// Latin words that are not English left behind: formats, keys, products, units of measure.
bool allowed(const QString &word)
{
    static const QStringList words = {
        QStringLiteral("PDF"),       QStringLiteral("Word"),  QStringLiteral("Excel"),
        QStringLiteral("CSV"),       QStringLiteral("PNG"),   QStringLiteral("SVG"),
        QStringLiteral("Ctrl"),      QStringLiteral("Shift"), QStringLiteral("Del"),
        QStringLiteral("Alt"),       QStringLiteral("Tab"),   QStringLiteral("Enter"),
        QStringLiteral("Esc"),       QStringLiteral("WPS"),   QStringLiteral("UTF"),
        QStringLiteral("GB"),        QStringLiteral("ISO"),   QStringLiteral("Qt"),
        QStringLiteral("sqlite"),    QStringLiteral("txt"),   QStringLiteral("docx"),
        QStringLiteral("xlsx"),      QStringLiteral("Duban"), QStringLiteral("English"),
        QStringLiteral("yyyy"),      QStringLiteral("MM"),    QStringLiteral("dd"),
        QStringLiteral("seed"),      QStringLiteral("AR"),    QStringLiteral("PL"),
        QStringLiteral("SungtiL"),   QStringLiteral("UMing"), QStringLiteral("KaitiM"),
        QStringLiteral("WenQuanYi"), QStringLiteral("Micro"), QStringLiteral("Hei"),
        QStringLiteral("Noto"),      QStringLiteral("Sans"),  QStringLiteral("Serif"),
        QStringLiteral("CJK"),       QStringLiteral("SC"),    QStringLiteral("TC"),
        QStringLiteral("JP"),        QStringLiteral("KR"),    QStringLiteral("HK"),
        QStringLiteral("Mono"),      QStringLiteral("Song"),  QStringLiteral("Kai"),
    };
    return words.contains(word, Qt::CaseInsensitive);
}

struct Finder
{
    QStringList english;

    void check(const QString &where, const QString &text)
    {
        static const QRegularExpression latin(QStringLiteral("[A-Za-z]{2,}"));
        QString plain = text;
        plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));        // rich text tags
        plain.remove(QRegularExpression(QStringLiteral("(/[\\w.\\-]+)+"))); // file paths
        plain.remove(QRegularExpression(QStringLiteral("&\\w+;")));         // entities
        auto it = latin.globalMatch(plain);
        while (it.hasNext()) {
            const QString word = it.next().captured();
            if (!allowed(word)) {
                english.append(QStringLiteral("%1: “%2”").arg(where, text.left(80)));
                return;
            }
        }
    }

    void walk(QWidget *root, const QString &name)
    {
        check(name + QStringLiteral(" title"), root->windowTitle());
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            const QString where = name + QLatin1Char('/') + QString::fromLatin1(w->metaObject()->className());
            check(where + QStringLiteral(" tooltip"), w->toolTip());
            if (auto *l = qobject_cast<QLabel *>(w); l && !l->text().contains(QLatin1Char('%')))
                check(where, l->text());
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                check(where, b->text());
            if (auto *g = qobject_cast<QGroupBox *>(w))
                check(where, g->title());
            if (auto *e = qobject_cast<QLineEdit *>(w))
                check(where + QStringLiteral(" placeholder"), e->placeholderText());
            if (auto *t = qobject_cast<QTabWidget *>(w))
                for (int i = 0; i < t->count(); ++i)
                    check(where + QStringLiteral(" tab"), t->tabText(i));
            if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model())
                for (int c = 0; c < v->model()->columnCount(); ++c)
                    check(where + QStringLiteral(" header"),
                          v->model()->headerData(c, Qt::Horizontal).toString());
            if (auto *c = qobject_cast<QComboBox *>(w); c && !c->isEditable())
                for (int i = 0; i < std::min(c->count(), 12); ++i)
                    check(where + QStringLiteral(" item"), c->itemText(i));
            for (QAction *a : w->actions()) {
                check(where + QStringLiteral(" action"), a->text());
                check(where + QStringLiteral(" action tip"),
                      a->toolTip() == a->text().remove(QLatin1Char('&')) ? QString() : a->toolTip());
            }
        }
    }

    void walkMenu(QMenu *menu, const QString &name)
    {
        check(name, menu->title());
        for (QAction *a : menu->actions()) {
            check(name + QStringLiteral(" › ") + a->text(), a->text());
            if (a->menu())
                walkMenu(a->menu(), name + QStringLiteral(" › ") + a->text());
        }
    }
};

} // namespace

TEST(ChineseInterface, NoEnglishIsLeftInAnyWindowDialogMenuOrUndoText)
{
    // GIVEN the Chinese catalogues and the window on the seed plan
    QTranslator own, qt;
    ASSERT_TRUE(own.load(QStringLiteral(":/i18n/duban_zh_CN.qm")));
    ASSERT_TRUE(qt.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                        QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QCoreApplication::installTranslator(&qt);
    QCoreApplication::installTranslator(&own);
    duban::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("seed.sqlite"));
    const QByteArray seed = duban::test::readAll(duban::test::seedPath());
    {
        auto db = Database::open(path, nullptr);
        const ImportOutcome outcome = PlanImporter().importBytes(seed);
        ASSERT_TRUE(outcome.ok());
        PlanDocument doc = *outcome.document;
        ASSERT_GT(PlanRepository(*db).save(doc, outcome.units, nullptr), 0);
    }
    Finder find;
    {
        MainWindow window(Database::open(path, nullptr));
        window.resize(1400, 860);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.ledger()->selectTask(window.store()->index().row(1).id);
        // WHEN every screen, menu and dialog is shown
        for (int i = 0; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            QCoreApplication::processEvents();
            find.walk(&window, QStringLiteral("window tab %1").arg(i));
        }
        for (QAction *a : window.menuBar()->actions())
            if (a->menu())
                find.walkMenu(a->menu(), QStringLiteral("menu"));
        {
            ImportDialog d(window.store(), window.undoStack(), &window);
            d.loadBytes(seed, QStringLiteral("seed.txt"));
            find.walk(&d, QStringLiteral("import dialog"));
        }
        {
            BriefingDialog d(window.store(), &window);
            find.walk(&d, QStringLiteral("briefing dialog"));
        }
        {
            UnitDirectoryDialog d(window.store(), window.undoStack(), &window);
            find.walk(&d, QStringLiteral("unit directory"));
        }
        {
            StatusThresholdsDialog d(window.store()->statusThresholds(), &window);
            find.walk(&d, QStringLiteral("light rules"));
        }
        {
            ProgressReportDialog d(ProgressReport{}, {QStringLiteral("新区经济发展局")}, &window);
            find.walk(&d, QStringLiteral("progress report dialog"));
        }
        for (auto mode : {SupervisionDialog::Mode::Issue, SupervisionDialog::Mode::Respond}) {
            SupervisionDialog d(SupervisionRecord{}, {QStringLiteral("新区经济发展局")}, mode, &window);
            find.walk(&d, QStringLiteral("supervision dialog"));
        }
        {
            PasteColumnDialog d(QStringLiteral("地区生产总值增长"), 2023, &window);
            find.walk(&d, QStringLiteral("paste dialog"));
        }
        // and the undo texts of edits made in the ledger
        window.ledger()->newTask();
        for (int i = 0; i < window.undoStack()->count(); ++i)
            find.check(QStringLiteral("undo"), window.undoStack()->command(i)->text());
    }
    QCoreApplication::removeTranslator(&own);
    QCoreApplication::removeTranslator(&qt);
    // THEN nothing English is left
    EXPECT_TRUE(find.english.isEmpty()) << find.english.size() << " English texts:\n"
                                        << find.english.join(QLatin1Char('\n')).toStdString();
}
