// The briefing dialog: suggests the next issue, previews pages, follows the options, remembers exports.
#include "BriefingTestSupport.h"
#include "support/TempDir.h"

#include "core/briefing/BriefingArchive.h"
#include "core/services/OpenLedger.h"
#include "ui/AppSettings.h"
#include "ui/dialogs/BriefingDialog.h"
#include "ui/export/BriefingStyle.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QDir>
#include <QFontComboBox>
#include <QSettings>
#include <QSpinBox>

using namespace duban::core;
using namespace duban::ui;
using duban::test::TempDir;

TEST(BriefingDialog, SuggestsTheNextIssueAndPreviewsPages)
{
    TempDir dir;
    auto db = duban::test::openBriefingFixture(dir.file(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(db);
    StorageError error;
    ASSERT_TRUE(
        BriefingArchive(*db).record(4, QDate(2023, 6, 30), QString(), QDateTime::currentDateTime(), &error));
    OpenLedger store(*db);
    store.reload();
    store.setAsOf(QDate(2023, 7, 15));
    {
        BriefingDialog dialog(&store);
        EXPECT_EQ(dialog.options().issue, 5);
        EXPECT_EQ(dialog.options().asOf, QDate(2023, 7, 15));
        const int full = dialog.previewPageCount();
        EXPECT_GE(full, 3);
        // Unticking every attachment part shortens the briefing
        const QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>();
        ASSERT_EQ(boxes.size(), 8);
        for (QCheckBox *box : boxes)
            box->setChecked(false);
        boxes.first()->setChecked(true); // overview only
        dialog.refreshPreview();
        EXPECT_EQ(dialog.previewPageCount(), 1);
        EXPECT_EQ(dialog.options().parts, BriefingParts(BriefingPart::Overview));
    }
}

TEST(BriefingDialog, FontChoiceIsRememberedAndUsedForTheBriefing)
{
    TempDir dir;
    auto db = duban::test::openBriefingFixture(dir.file(QStringLiteral("f.sqlite")));
    ASSERT_TRUE(db);
    OpenLedger store(*db);
    store.reload();
    QSettings().clear();
    {
        BriefingDialog dialog(&store);
        const QList<QFontComboBox *> fonts = dialog.findChildren<QFontComboBox *>();
        ASSERT_EQ(fonts.size(), 2);
        // defaults: AR PL UMing (body) and WenQuanYi Micro Hei (headings)
        EXPECT_EQ(BriefingStyle::fromSettings(QSettings()).bodyFamily, QStringLiteral("AR PL UMing CN"));
        fonts.at(0)->setCurrentFont(QFont(QStringLiteral("WenQuanYi Micro Hei")));
    }
    EXPECT_EQ(duban::ui::settings::bodyFont.get(QSettings()), QStringLiteral("WenQuanYi Micro Hei"));
    EXPECT_EQ(BriefingStyle::fromSettings(QSettings()).bodyFamily, QStringLiteral("WenQuanYi Micro Hei"));
    // A font that is not installed falls back to the default instead of breaking the PDF.
    QSettings s;
    duban::ui::settings::bodyFont.set(s, QStringLiteral("方正仿宋_GB2312 (not installed)"));
    EXPECT_EQ(BriefingStyle::fromSettings(s).bodyFamily, QStringLiteral("AR PL UMing CN"));
    QSettings().clear();
}

TEST(BriefingDialog, ExportRefusesTheDatabaseAndReportsWriteErrors)
{
    // GIVEN the dialog over a ledger
    TempDir dir;
    const QString dbPath = dir.file(QStringLiteral("e.sqlite"));
    auto db = duban::test::openBriefingFixture(dbPath);
    ASSERT_TRUE(db);
    OpenLedger store(*db);
    store.reload();
    store.setAsOf(QDate(2023, 7, 15));
    BriefingDialog dialog(&store);
    const QByteArray bytes = duban::test::readAll(dbPath);
    // WHEN the export goes to the database, a folder, a device or a missing folder
    for (const QString &path : {dbPath, dir.path(), QStringLiteral("/dev/full"),
                                dir.file(QStringLiteral("no/such/folder/b.pdf"))}) {
        QString error;
        // THEN it fails with a message that names the file
        EXPECT_FALSE(dialog.exportPdfTo(path, &error)) << path.toStdString();
        EXPECT_TRUE(error.contains(QDir::toNativeSeparators(path))) << error.toStdString();
    }
    // and nothing was written or remembered
    EXPECT_EQ(duban::test::readAll(dbPath), bytes);
    EXPECT_TRUE(BriefingArchive(*db).all().isEmpty());
    // A good path is written and remembered; exporting again replaces the file (the file dialog asked)
    const QString pdf = dir.file(QStringLiteral("b.pdf"));
    QString error;
    ASSERT_TRUE(dialog.exportPdfTo(pdf, &error)) << error.toStdString();
    ASSERT_TRUE(dialog.exportPdfTo(pdf, &error)) << error.toStdString();
    EXPECT_TRUE(duban::test::readAll(pdf).startsWith("%PDF-"));
    EXPECT_EQ(BriefingArchive(*db).all().size(), 2);
    // and no temporary file is left beside them (only the open ledger's own files and the PDF)
    QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    files.removeIf([](const QString &name) { return name.startsWith(QStringLiteral("e.sqlite")); });
    EXPECT_EQ(files, QStringList{QStringLiteral("b.pdf")});
}
