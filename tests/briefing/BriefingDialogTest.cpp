// The briefing dialog: suggests the next issue, previews pages, follows the options, remembers exports.
#include "BriefingTestSupport.h"
#include "support/TempDir.h"

#include "core/briefing/BriefingArchive.h"
#include "ui/LedgerStore.h"
#include "ui/dialogs/BriefingDialog.h"

#include <gtest/gtest.h>

#include <QCheckBox>
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
    ASSERT_TRUE(BriefingArchive(db->connection()).record(4, QDate(2023, 6, 30), QString(), QDateTime::currentDateTime(), &error));
    LedgerStore store(db->connection());
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
